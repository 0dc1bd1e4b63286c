import path from 'node:path';
import { openDatabase, type Database, type OpenDatabaseOptions } from '../data/database.js';
import type { CliIO } from './command.js';

/** DATABASE_URL if set, else ASSURED_DATA_DIR, else ./data/db under the working directory. */
export function databaseOptions(io: CliIO): OpenDatabaseOptions {
  if (io.env.DATABASE_URL) return { env: io.env, databaseUrl: io.env.DATABASE_URL };
  return { env: io.env, dataDir: path.resolve(io.cwd, io.env.ASSURED_DATA_DIR ?? path.join('data', 'db')) };
}

/** Opens the database, runs the work and closes it, so no connection outlives a command. */
export async function withDatabase<T>(io: CliIO, work: (db: Database) => Promise<T>, options: Partial<OpenDatabaseOptions> = {}): Promise<T> {
  const db = await openDatabase({ ...databaseOptions(io), ...options });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
