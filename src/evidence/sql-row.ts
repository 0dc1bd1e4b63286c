/**
 * Reading raw SQL rows the same way on both databases: PGlite and node-postgres return counts as
 * numbers, bigints or strings, and arrays as arrays or as Postgres array literals ("{a,b}").
 */
export type Row = Record<string, unknown>;

export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return 0;
}

export function toStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string' && value.startsWith('{')) return value.slice(1, -1).split(',').filter(Boolean);
  return [];
}

/**
 * SQL whose parameters are named `{name}` with each name replaced by its number (`$n`), so one
 * text can sit in statements that number their parameters differently.
 */
export function bindNames(sql: string, numbers: Readonly<Record<string, number>>): string {
  return sql.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const number = numbers[name];
    if (number === undefined) throw new Error(`No parameter number for {${name}}`);
    return `$${number}`;
  });
}

/**
 * SQL whose parameters are named `{name}`, numbered in the order they first appear, and those
 * names in that order: a statement built from optional parts binds only the values it uses,
 * since PostgreSQL cannot type a parameter the text never names.
 */
export function numberNames(sql: string): { sql: string; names: string[] } {
  const names = [...new Set(Array.from(sql.matchAll(/\{(\w+)\}/g), (match) => match[1]!))];
  return { sql: bindNames(sql, Object.fromEntries(names.map((name, index) => [name, index + 1]))), names };
}

/** The values of a statement numbered by numberNames, in its order. */
export function valuesInOrder(names: readonly string[], values: Readonly<Record<string, unknown>>): unknown[] {
  return names.map((name) => {
    if (!(name in values)) throw new Error(`No value for {${name}}`);
    return values[name];
  });
}

/**
 * Whether the record `alias` (with a person_id) belongs to one of the scope's services
 * ({services}), looked up record by record: a period holds far fewer records than the
 * organisation has people, yet from its estimates the planner would hash every person for each
 * count that joins them.
 */
export const personInServices = (alias: string) => `(SELECT p.service_id FROM person p WHERE p.id = ${alias}.person_id) = ANY({services}::uuid[])`;

/** The working-day ordinal of a date in the region ({region}), looked up by key for the same reason; NULL outside the calendar. */
export const workingDayOrdinal = (date: string) => `(SELECT w.ordinal FROM working_day w WHERE w.region = {region}::"BankHolidayRegion" AND w.date = ${date})`;
