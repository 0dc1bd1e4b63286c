/**
 * The figures' two large statements are prepared once per connection (queryPrepared), so the
 * database does not parse and plan them again on every read. A prepared statement must give the
 * same rows as the statement sent on its own, for every kind of value the figures pass, every
 * time; and it must really be prepared, or the read pays for planning as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { queryPrepared } from '../../src/evidence/prepared-query.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

// Every parameter kind the figures' statements take, and text that needs quoting.
const SQL = `SELECT $1::uuid AS id, $2::uuid[] AS ids, $3::date AS day, $4::int + 1 AS next, $5::text AS words,
  $6::text[] AS list, cardinality($7::date[]) AS days, $8::varbit AS bits, $9::int IS NULL AS missing, $10::text AS version,
  (SELECT count(*)::int FROM generate_series(1, $4::int)) AS counted`;

const PARAMS: unknown[] = [
  '6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
  ['6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f', '00000000-0000-4000-8000-000000000001'],
  '2026-04-01',
  41,
  `O'Brien's "quoted" \\ backslash; --not a comment`,
  [`it's`, 'a,b', 'back\\slash', 'double "quote"', '{braces}', ''],
  [],
  '1011',
  null,
  '2019-01-01..2027-12-31 retrieved 2026-01-05',
];

describe.each(DATABASE_KINDS)('statements prepared once per connection on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db.close();
  });

  it('gives the same rows as the statement on its own, every time', async () => {
    const alone = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(SQL, ...PARAMS);
    expect(alone[0]?.words).toBe(PARAMS[4]);
    expect(alone[0]?.list).toEqual(PARAMS[5]);
    for (let run = 0; run < 8; run++) expect(await queryPrepared(db, SQL, PARAMS)).toEqual(alone);
    // Other values through the same prepared statement.
    const other: unknown[] = [PARAMS[1] && (PARAMS[1] as string[])[1], [], '2025-12-31', 0, '', ['NULL', 'null'], ['2026-01-01'], '0', 3, 'x'];
    expect(await queryPrepared(db, SQL, other)).toEqual(await db.prisma.$queryRawUnsafe(SQL, ...other));
  });

  it('is prepared on the connection and executed from there', async () => {
    for (let run = 0; run < 6; run++) await queryPrepared(db, SQL, PARAMS);
    // Sent one after another, the reads above and this one share a connection.
    const statements = await db.prisma.$queryRawUnsafe<{ statement: string; executions: number }[]>(
      `SELECT statement, (generic_plans + custom_plans)::int AS executions FROM pg_prepared_statements WHERE statement LIKE '%$10::text AS version%' AND statement NOT LIKE '%pg_prepared_statements%'`,
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.executions).toBeGreaterThanOrEqual(6);
  });

  it('prepares each statement once however many reads start together', async () => {
    const sql = `SELECT $1::int * 2 AS doubled`;
    const results = await Promise.all(Array.from({ length: 5 }, (_, index) => queryPrepared(db, sql, [index])));
    expect(results.map((rows) => Number(rows[0]?.doubled))).toEqual([0, 2, 4, 6, 8]);
  });
});
