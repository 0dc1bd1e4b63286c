/**
 * The capped import child opens the embedded database with small buffers; every other command
 * (the server, figures) keeps PGlite's own. Read back from a real PGlite with SHOW.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK_IMPORT_PGLITE_SETTINGS, importDatabaseOptions } from '../../src/cli/commands/import.js';
import { openDatabase } from '../../src/data/database.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'assured-import-settings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Each bulk-import setting's value in a database opened as `assured import` opens it under `env`. */
async function settingsSeen(env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const db = await openDatabase({ dataDir: path.join(dir, 'db'), migrate: false, ...importDatabaseOptions({ env }) });
  try {
    const seen: Record<string, string> = {};
    for (const name of Object.keys(BULK_IMPORT_PGLITE_SETTINGS)) {
      const rows = await db.prisma.$queryRawUnsafe<Record<string, string>[]>(`SHOW ${name}`);
      seen[name] = rows[0]![name]!;
    }
    return seen;
  } finally {
    await db.close();
  }
}

describe('the database settings of assured import', () => {
  it('reach PGlite in the capped child, and only there', async () => {
    expect(await settingsSeen({ ASSURED_IMPORT_HEAP_CAPPED: '1' })).toEqual(BULK_IMPORT_PGLITE_SETTINGS);
    const plain = await settingsSeen({});
    expect(plain.shared_buffers).toBe('128MB');
    expect(plain).not.toEqual(BULK_IMPORT_PGLITE_SETTINGS);
  });
});
