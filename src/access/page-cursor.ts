/**
 * Cursor pagination over rows ordered newest first by a timestamp, ties broken by id: a cursor
 * names the last row of a page, and the next page starts strictly after it, so rows inserted
 * meanwhile never shift or repeat a page. Cursors are opaque to clients (base64url JSON).
 */
import { AppError } from '../shared/app-error.js';
import { UUID_PATTERN } from '../shared/uuid-pattern.js';

export interface PageCursor {
  at: Date;
  id: string;
}

export interface Page<Item> {
  items: Item[];
  /** Cursor of the next page; null on the last page. */
  nextCursor: string | null;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify({ at: cursor.at.toISOString(), id: cursor.id })).toString('base64url');
}

export function decodeCursor(text: string): PageCursor {
  const invalid = new AppError('INVALID_INPUT', 'The cursor is not one this API gave out: pass the `next` link or cursor of the previous page unchanged.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  const { at, id } = (parsed ?? {}) as { at?: unknown; id?: unknown };
  if (typeof at !== 'string' || typeof id !== 'string' || !UUID_PATTERN.test(id)) throw invalid;
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) throw invalid;
  return { at: date, id };
}

/** Prisma condition for rows after the cursor in (timestamp desc, id desc) order. */
export function afterCursor<Field extends string>(field: Field, cursor: PageCursor | undefined) {
  if (!cursor) return {};
  return { OR: [{ [field]: { lt: cursor.at } }, { [field]: cursor.at, id: { lt: cursor.id } }] };
}

/** Takes one row more than the limit to know whether another page follows. */
export function toPage<Row extends { id: string }, Item>(rows: Row[], limit: number, at: (row: Row) => Date, toItem: (row: Row) => Item): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return { items: pageRows.map(toItem), nextCursor: rows.length > limit && last ? encodeCursor({ at: at(last), id: last.id }) : null };
}
