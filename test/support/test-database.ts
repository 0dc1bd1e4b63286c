/**
 * Databases the suite runs against: embedded PGlite (in memory) always, and a real
 * PostgreSQL server when ASSURED_TEST_POSTGRES_URL is set (CI starts one). Each test
 * database is fresh: a new in-memory PGlite, or a new database on the server.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../../src/data/database.js';

export const POSTGRES_URL = process.env.ASSURED_TEST_POSTGRES_URL;

export const DATABASE_KINDS: DatabaseKind[] = POSTGRES_URL ? ['pglite', 'postgresql'] : ['pglite'];

export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ dataDir: 'memory://' });
  if (!POSTGRES_URL) throw new Error('ASSURED_TEST_POSTGRES_URL is not set');
  const name = `assured_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...db,
    close: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * Empties every table but the migration history and the working-day calendar, so one database can
 * serve a whole file. The calendar is reference data the code writes once per handle, not test data.
 */
export async function resetDatabase(db: Database): Promise<void> {
  const tables = await db.prisma.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'working_day', 'calendar_version')`,
  );
  if (tables.length === 0) return;
  await db.prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table.tablename}"`).join(', ')} CASCADE`);
}
