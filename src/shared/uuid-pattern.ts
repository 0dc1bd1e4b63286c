/** A UUID in its canonical 8-4-4-4-12 hex form, either case: the shape of every stored id. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
