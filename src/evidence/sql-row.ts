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
