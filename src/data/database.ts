/**
 * Opens the database: embedded PGlite by default (data in a folder), or a PostgreSQL
 * server when DATABASE_URL is set. Everything above this module uses the same Prisma
 * client whichever adapter sits below it.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { AppError } from '../shared/app-error.js';
import { lockDataFolder } from './data-folder-lock.js';
import { applyMigrations, readMigrationList } from './migrations/schema-engine.js';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Where the data lives: a folder for PGlite, the server (without password) for PostgreSQL. */
  location: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgresql://… — takes precedence over dataDir. Defaults to env DATABASE_URL. */
  databaseUrl?: string;
  /** PGlite data folder, or 'memory://' for an in-memory database. Defaults to env ASSURED_DATA_DIR or ./data/db. */
  dataDir?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  env?: NodeJS.ProcessEnv;
  /**
   * PostgreSQL settings for the embedded database while this process holds it (name → value,
   * e.g. `{ shared_buffers: '16MB' }`); PGlite's own when absent. Not used on PostgreSQL.
   */
  pgliteSettings?: Readonly<Record<string, string>>;
}

export const DEFAULT_DATA_DIR = path.join('data', 'db');

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const env = options.env ?? process.env;
  const databaseUrl = options.databaseUrl ?? (options.dataDir ? undefined : env.DATABASE_URL);
  const database = databaseUrl ? openPostgres(databaseUrl) : await openPglite(options.dataDir ?? env.ASSURED_DATA_DIR ?? DEFAULT_DATA_DIR, options.pgliteSettings);
  if (options.migrate !== false) {
    try {
      await migrateIfNeeded(database);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

/**
 * A statement whose SQL starts with this is prepared once per PostgreSQL connection under a name
 * made from its text, so the server neither parses it nor, once it settles on a generic plan,
 * plans it again on each run. For large statements read often (src/evidence/prepared-query.ts);
 * every other statement stays unnamed.
 */
export const PREPARED_MARK = '/* prepared */ ';

const preparedNames = new Map<string, string>();

/** The statement's name, or '' (the protocol's unnamed statement) for statements not marked. */
function preparedName(query: { sql: string }): string {
  if (!query.sql.startsWith(PREPARED_MARK)) return '';
  let name = preparedNames.get(query.sql);
  if (name === undefined) {
    name = `assured_${createHash('sha256').update(query.sql).digest('hex').slice(0, 32)}`;
    preparedNames.set(query.sql, name);
  }
  return name;
}

function openPostgres(databaseUrl: string): Database {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new AppError('INVALID_INPUT', `DATABASE_URL must start with postgresql:// (got "${databaseUrl.split(':')[0]}:…")`);
  }
  const adapterFactory = new PrismaPg({ connectionString: databaseUrl }, { statementNameGenerator: preparedName });
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const url = new URL(databaseUrl);
  return {
    prisma,
    kind: 'postgresql',
    location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
    adapterFactory,
    close: () => prisma.$disconnect(),
  };
}

/** A folder is locked before PGlite touches it and unlocked after PGlite has let go of it; memory needs no lock. */
async function openPglite(dataDir: string, settings: Readonly<Record<string, string>> = {}): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const location = inMemory ? dataDir : path.resolve(dataDir);
  if (!inMemory) await makeDataFolder(location);
  const lock = inMemory ? undefined : lockDataFolder(location);
  let client: PGlite | undefined;
  try {
    const extra = Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
    client = new PGlite(location, extra.length > 0 ? { startParams: [...PGlite.defaultStartParams, ...extra] } : {});
    await client.waitReady;
  } catch (error) {
    await client?.close().catch(() => undefined);
    lock?.release();
    throw new AppError('DATABASE', `Could not open the embedded database in ${location}: ${errorText(error)}`, { cause: error });
  }
  const adapterFactory = new PrismaPGlite(client);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const opened = client;
  return {
    prisma,
    kind: 'pglite',
    location,
    adapterFactory,
    close: async () => {
      try {
        await prisma.$disconnect();
        await opened.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function makeDataFolder(location: string): Promise<void> {
  try {
    await mkdir(location, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new AppError('INVALID_INPUT', `The database folder ${location} is not a folder (a file is in the way); set ASSURED_DATA_DIR to a folder.`);
    }
    throw new AppError('DATABASE', `Could not create the database folder ${location}: ${errorText(error)}`, { cause: error });
  }
}

/** Names of committed migrations that the database has not finished applying. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const list = await readMigrationList();
  const wanted = list.migrationDirectories.map((directory) => directory.path);
  const applied = await appliedMigrationNames(database);
  return wanted.filter((name) => !applied.has(name));
}

async function appliedMigrationNames(database: Database): Promise<Set<string>> {
  const exists = await database.prisma.$queryRawUnsafe<{ present: boolean }[]>(
    `SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`,
  );
  if (!exists[0]?.present) return new Set();
  const rows = await database.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Set(rows.map((row) => row.migration_name));
}

/**
 * Starting the wasm engine costs a few hundred milliseconds, so it only runs when a
 * committed migration is missing from `_prisma_migrations`.
 */
export async function migrateIfNeeded(database: Database): Promise<string[]> {
  const pending = await pendingMigrations(database);
  if (pending.length === 0) return [];
  try {
    return await applyMigrations(database.adapterFactory);
  } catch (error) {
    throw new AppError('DATABASE', `Could not apply migrations ${pending.join(', ')} to ${database.location}: ${errorText(error)}`, { cause: error });
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) return JSON.stringify(error);
  return String(error);
}
