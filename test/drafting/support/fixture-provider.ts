/** The fixture provider (Harbour Care, April 2025 – September 2026) imported into a fresh in-memory database. */
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../../src/data/database.js';
import { importFiles } from '../../../src/data/import/import-files.js';
import { readFixtureFiles } from '../../support/fixture-files.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/provider/', import.meta.url));
export const QUARTERS = ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'] as const;

export async function fixtureFiles(): Promise<{ name: string; content: Buffer }[]> {
  return readFixtureFiles(FIXTURE_DIR);
}

export async function openFixtureDatabase(): Promise<Database> {
  const db = await openDatabase({ dataDir: 'memory://' });
  const report = await importFiles({ db, files: await fixtureFiles(), now: new Date('2026-11-01T00:00:00Z') });
  if (report.errorCount > 0) throw new Error(`fixture import failed: ${JSON.stringify(report.files)}`);
  return db;
}
