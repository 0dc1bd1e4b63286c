/**
 * The capped import child (a CSV import of 4 MiB or more) runs PGlite with a very large
 * max_wal_size, so no checkpoint starts inside its write; the WAL that write made must not stay
 * in the data folder once the import has committed and the database is closed. Real processes
 * through assured.mjs on a real PGlite folder, made by `assured db migrate` as a user would.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_CAP_FROM_BYTES, importHeapFlags } from '../../src/cli/import-heap.mjs';
import { openDatabase } from '../../src/data/database.js';
import { runCli } from './run-cli.js';

/** PostgreSQL's WAL segment size, PGlite's too. */
const SEGMENT_BYTES = 16 * 2 ** 20;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'assured-import-wal-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Bytes of the WAL files in a PGlite folder. */
async function walBytes(dataDir: string): Promise<number> {
  const walDir = path.join(dataDir, 'pg_wal');
  let total = 0;
  for (const entry of await readdir(walDir, { withFileTypes: true })) if (entry.isFile()) total += (await stat(path.join(walDir, entry.name))).size;
  return total;
}

/** Writes `lines` to `file` a thousand at a time; returns the bytes written. */
async function writeCsv(file: string, header: string, count: number, line: (index: number) => string): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${header}\n`);
  for (let start = 0; start < count; start += 1000) {
    await write(Array.from({ length: Math.min(1000, count - start) }, (_, offset) => `${line(start + offset)}\n`).join(''));
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

const pad = (value: number) => String(value).padStart(2, '0');
/** A UK date in 2025 for row `index`. */
const ukDate = (index: number, offsetDays = 0) => {
  const day = new Date(Date.UTC(2025, 0, 1) + ((index % 300) + offsetDays) * 86_400_000);
  return `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
};

describe('the WAL a large import leaves behind', () => {
  it('is recycled once the import has committed: the folder keeps about what a fresh database has', async () => {
    const dataDir = path.join(dir, 'db');
    const migrated = await runCli(['db', 'migrate'], { ASSURED_DATA_DIR: dataDir }, dir);
    expect(migrated.code).toBe(0);
    const fresh = await walBytes(dataDir);

    // References as long as a reference may be, so 4 MiB of CSV needs fewer rows (a faster test).
    const long = (prefix: string, index: number) => `${prefix}${index}-${'x'.repeat(56 - String(index).length)}`;
    const reviews = 19_000;
    await writeFile(path.join(dir, 'organisation.csv'), 'slug,name,region\nwal-care,WAL Care Ltd,england-and-wales\n');
    await writeCsv(path.join(dir, 'services.csv'), 'id,name,locality,service_type', 2, (i) => `S${i},Service ${i},Town ${i},supported-living`);
    await writeCsv(path.join(dir, 'people.csv'), 'id,service_id,accessible_format,started_on', 200, (i) => `P${i},S${i % 2},none,01/01/2024`);
    let bytes = await writeCsv(path.join(dir, 'reviews.csv'), 'id,person_id,type,held_on,summary_sent_on', reviews, (i) => `${long('R', i)},P${i % 200},mini-review,${ukDate(i)},${ukDate(i, 3)}`);
    bytes += await writeCsv(path.join(dir, 'participants.csv'), 'id,review_id,role,advocate_type,mode', reviews, (i) => `${long('A', i)},${long('R', i)},family,,in-person`);
    const files = ['organisation.csv', 'services.csv', 'people.csv', 'reviews.csv', 'participants.csv'];
    // Large enough that `assured import` runs the capped child, which this is about.
    expect(bytes).toBeGreaterThan(IMPORT_CAP_FROM_BYTES);
    expect(importHeapFlags(['import', ...files.map((file) => path.join(dir, file))], {})).toBeDefined();

    const imported = await runCli(['import', ...files, '--format', 'json'], { ASSURED_DATA_DIR: dataDir }, dir);
    expect(imported.code, imported.stderr).toBe(0);
    const report = JSON.parse(imported.stdout) as { files: { file: string; created: number }[] };
    expect(report.files.map((file) => [file.file, file.created])).toEqual([
      ['organisation.csv', 1],
      ['services.csv', 2],
      ['people.csv', 200],
      ['reviews.csv', reviews],
      ['participants.csv', reviews],
    ]);

    // A fresh folder holds one segment; allow one more (a checkpoint may make the next ahead of time).
    expect(await walBytes(dataDir)).toBeLessThanOrEqual(fresh + SEGMENT_BYTES);

    // And the rows are there, without the WAL that wrote them.
    const db = await openDatabase({ dataDir, migrate: false });
    try {
      const counts = await db.prisma.$queryRawUnsafe<{ reviews: number; participants: number }[]>(
        'SELECT (SELECT count(*) FROM review)::int AS reviews, (SELECT count(*) FROM participant)::int AS participants',
      );
      expect(counts[0]).toEqual({ reviews, participants: reviews });
    } finally {
      await db.close();
    }
  }, 600_000);
});
