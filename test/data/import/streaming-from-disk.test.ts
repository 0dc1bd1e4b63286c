/**
 * A CSV file given by its path (as `assured import` gives it) is read from the disk on every
 * pass and never held whole: the same rows, hash and errors as the bytes in memory, and
 * memory that does not grow with the file. The memory test fails if reading goes back to
 * taking the whole file (as a buffer or as text).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFiles, type ReadImportFile } from '../../../src/data/import/read-import-file.js';
import { ROWS_PER_CHUNK } from '../../../src/data/import/read-table.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'assured-stream-disk-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function onDisk(name: string, content: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

/** What a read gives: hash, counts, headers, errors and every row, read again chunk by chunk. */
async function summary(files: ReadImportFile[]) {
  return Promise.all(
    files.map(async (file) => {
      const rows: unknown[] = [];
      if (file.chunks) for await (const chunk of file.chunks()) rows.push(...chunk.rows, ...chunk.shapeErrors);
      return { sha256: file.sha256, type: file.type, rows: file.report.rows, headers: file.table?.headers, errors: file.report.errors.map((error) => error.message), read: rows };
    }),
  );
}

const servicesLines = (count: number) => Array.from({ length: count }, (_, index) => `S${index},Service ${index},Town ${index},supported-living`).join('\n');

describe('a CSV file read from its path', () => {
  it.each([
    ['several chunks, a byte-order mark and semicolons', Buffer.from(`\uFEFFid;name;locality;service_type\n${servicesLines(ROWS_PER_CHUNK * 2 + 7).replaceAll(',', ';')}\n`)],
    ['a ragged row and a blank line', Buffer.from(`id,name,locality,service_type\nS1,One,Town,supported-living\n\nS2,Two,Town,supported-living,extra\n`)],
    ['bytes that are not UTF-8 past the first 64 KiB', Buffer.concat([Buffer.from(`id,name,locality,service_type\n${servicesLines(3000)}\n`), Buffer.from([0xff, 0xfe, 0x0a])])],
    ['only blanks', Buffer.from('\uFEFF  \r\n\n\t\n')],
    ['an unclosed quote', Buffer.from(`id,name,locality,service_type\nS1,"One,Town,supported-living\n`)],
  ])('gives what the same bytes in memory give: %s', async (_case, content) => {
    const file = await onDisk('services.csv', content);
    const fromDisk = await summary(await readImportFiles({ name: 'services.csv', path: file }, { stream: true }));
    const inMemory = await summary(await readImportFiles({ name: 'services.csv', content }, { stream: true }));
    expect(fromDisk).toEqual(inMemory);
  });

  it('refuses to read on when the file changed after it was first read', async () => {
    const file = await onDisk('services.csv', Buffer.from(`id,name,locality,service_type\n${servicesLines(10)}\n`));
    const [read] = await readImportFiles({ name: 'services.csv', path: file }, { stream: true });
    expect(read!.report.rows).toBe(10);
    await writeFile(file, `id,name,locality,service_type\n${servicesLines(12)}\n`);
    const again = async () => {
      for await (const _chunk of read!.chunks!()) void _chunk;
    };
    await expect(again()).rejects.toThrow('services.csv: the file changed while it was being imported');
  });

  it('holds no more than a chunk of rows at a time, however large the file', async () => {
    // About 42 MiB: 46,000 rows of about 950 bytes.
    const rows = 46_000;
    const file = path.join(dir, 'large-services.csv');
    const out = createWriteStream(file);
    const name = 'n'.repeat(900);
    out.write('id,name,locality,service_type\n');
    for (let start = 0; start < rows; start += 1000) {
      const lines = Array.from({ length: 1000 }, (_, offset) => `S${start + offset},${name}${start + offset},Town,supported-living\n`).join('');
      if (!out.write(lines)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const fileBytes = out.bytesWritten;
    expect(fileBytes).toBeGreaterThan(40 * 2 ** 20);

    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    /** Heap that survives a full collection, plus buffers (a file read whole is one or the other). */
    const held = () => {
      collect();
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    const before = held();
    let most = 0;
    const sample = () => (most = Math.max(most, held() - before));
    const [read] = await readImportFiles({ name: 'services.csv', path: file }, { stream: true, onRowsRead: sample });
    expect(read!.report.errors).toEqual([]);
    expect(read!.report.rows).toBe(rows);
    let again = 0;
    for await (const chunk of read!.chunks!()) {
      again += chunk.rows.length;
      sample();
    }
    expect(again).toBe(rows);
    // A chunk of 5,000 rows held with its cells measured about 15 MB here; the file is 42 MiB.
    expect(most).toBeLessThan(fileBytes / 2);
  }, 60_000);
});
