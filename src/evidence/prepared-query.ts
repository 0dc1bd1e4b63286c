/**
 * The figures' large statements, prepared once per connection instead of parsed and planned on
 * every read: on the small fixture planning them took about as long as running them, and on
 * PGlite as long as the baseline aggregate at 100,000 reviews (bench/figures-profile.ts).
 *
 * PostgreSQL: the statement is marked, and the driver adapter prepares it under a name on each
 * pooled connection the first time that connection runs it (database.ts). PGlite: one session,
 * but its Prisma adapter sends every statement unnamed, so the statement is prepared with
 * PREPARE and run with EXECUTE, its values written as quoted literals (EXECUTE takes no
 * parameters), each coerced to the type the prepared statement gives that parameter.
 */
import { createHash } from 'node:crypto';
import { PREPARED_MARK, type Database } from '../data/database.js';
import type { Row } from './sql-row.js';

/** Per Prisma client (one PGlite session): the statements prepared on it, or being prepared. */
const preparedOn = new WeakMap<object, Map<string, Promise<boolean>>>();

const nameOf = (sql: string) => `assured_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;

/** The value as an SQL literal of unknown type, for EXECUTE's arguments. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) {
    const elements = value.map((element: unknown) => {
      if (element === null || element === undefined) return 'NULL';
      if (Array.isArray(element)) throw new Error('Nested arrays are not supported');
      return `"${scalarText(element).replace(/[\\"]/g, '\\$&')}"`;
    });
    return quote(`{${elements.join(',')}}`);
  }
  return quote(scalarText(value));
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot send ${value} as a parameter`);
    return String(value);
  }
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  throw new Error(`Cannot send a ${typeof value} as a parameter`);
}

/** A standard string literal: quotes doubled; backslashes are plain characters (checked on first use). */
function quote(text: string): string {
  if (text.includes('\0')) throw new Error('Text with a NUL character cannot be sent');
  return `'${text.replace(/'/g, "''")}'`;
}

/** Prepares the statement on the PGlite session once; false when the session reads backslashes in literals as escapes, so literals are not safe. */
function prepareOnce(db: Database, name: string, sql: string): Promise<boolean> {
  let statements = preparedOn.get(db.prisma);
  if (!statements) preparedOn.set(db.prisma, (statements = new Map()));
  let prepared = statements.get(name);
  if (!prepared) {
    prepared = (async () => {
      const [state] = await db.prisma.$queryRawUnsafe<{ prepared: boolean; literals: string }[]>(
        `SELECT EXISTS (SELECT 1 FROM pg_prepared_statements WHERE name = $1) AS prepared, current_setting('standard_conforming_strings') AS literals`,
        name,
      );
      if (state?.literals !== 'on') return false;
      if (!state.prepared) await db.prisma.$executeRawUnsafe(`PREPARE ${name} AS ${sql}`);
      return true;
    })();
    statements.set(name, prepared);
    prepared.catch(() => statements.delete(name));
  }
  return prepared;
}

/** The rows of `sql` with `params` ($1, $2, …), from a statement prepared once per connection. */
export async function queryPrepared<T extends Row = Row>(db: Database, sql: string, params: readonly unknown[]): Promise<T[]> {
  if (db.kind === 'postgresql') return db.prisma.$queryRawUnsafe<T[]>(`${PREPARED_MARK}${sql}`, ...params);
  const name = nameOf(sql);
  if (!(await prepareOnce(db, name, sql))) return db.prisma.$queryRawUnsafe<T[]>(sql, ...params);
  return db.prisma.$queryRawUnsafe<T[]>(`EXECUTE ${name}${params.length > 0 ? `(${params.map(sqlLiteral).join(', ')})` : ''}`);
}
