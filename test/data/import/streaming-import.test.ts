/**
 * Streaming imports: a CSV file is read and written a chunk of rows at a time inside the one
 * transaction, so these files span several chunks (ROWS_PER_CHUNK rows each). A bad row found
 * after earlier chunks were written still leaves nothing stored; references and duplicates
 * are checked across chunks and files; the error list of a file is capped with a count of the rest.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { importFiles, MAX_ERRORS_LISTED_PER_FILE, type ImportFileInput, type ImportProgress } from '../../../src/data/import/import-files.js';
import { readImportFiles } from '../../../src/data/import/read-import-file.js';
import { ROWS_PER_CHUNK } from '../../../src/data/import/read-table.js';
import { DATABASE_KINDS, openTestDatabase, resetDatabase } from '../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const file = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });
const organisation = file('organisation.csv', 'slug,name,region\nstream-care,Stream Care Ltd,england-and-wales\n');
/** More rows than two chunks hold, so the file is read and written in three. */
const ROWS = ROWS_PER_CHUNK * 2 + 500;

function servicesCsv(rows: number, line: (index: number) => string = (index) => `S${index},Service ${index},Town ${index},supported-living`): ImportFileInput {
  const lines = ['id,name,locality,service_type'];
  for (let index = 0; index < rows; index++) lines.push(line(index));
  return file('services.csv', `${lines.join('\n')}\n`);
}

function peopleCsv(rows: number, serviceOf: (index: number) => string): ImportFileInput {
  const lines = ['id,service_id,accessible_format,started_on'];
  for (let index = 0; index < rows; index++) lines.push(`P${index},${serviceOf(index)},none,01/02/2024`);
  return file('people.csv', `${lines.join('\n')}\n`);
}

describe('reading a CSV file for a streamed import', () => {
  it('keeps no rows in memory, counts them, and gives them again a chunk at a time', async () => {
    const [read] = await readImportFiles(servicesCsv(ROWS), { stream: true });
    expect(read!.report.errors).toEqual([]);
    expect(read!.report.rows).toBe(ROWS);
    expect(read!.table!.rows).toEqual([]);
    const sizes: number[] = [];
    let last = 0;
    for await (const chunk of read!.chunks!()) {
      sizes.push(chunk.rows.length);
      last = chunk.rows.at(-1)!.row;
    }
    expect(sizes).toEqual([ROWS_PER_CHUNK, ROWS_PER_CHUNK, 500]);
    expect(last).toBe(ROWS + 1);
  });

  it('finds a CSV that breaks part-way before anything is checked: a file error, no rows', async () => {
    const broken = servicesCsv(ROWS, (index) => (index === ROWS - 1 ? `S${index},"Unclosed,Town,supported-living` : `S${index},Service ${index},Town ${index},supported-living`));
    const [read] = await readImportFiles(broken, { stream: true });
    expect(read!.type).toBeUndefined();
    expect(read!.report.errors).toHaveLength(1);
    expect(read!.report.errors[0]!.message).toMatch(/^services\.csv: the CSV cannot be read/);
  });
});

describe.each(DATABASE_KINDS)('streamed imports on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('imports a file of several chunks in one transaction, with the same report', async () => {
    const seen: ImportProgress[] = [];
    const report = await importFiles({ db, files: [organisation, servicesCsv(ROWS)], now: NOW, onProgress: (progress) => seen.push(progress) });
    expect(report.errorCount).toBe(0);
    expect(report.files.map((entry) => [entry.file, entry.status, entry.rows, entry.created, entry.rejected])).toEqual([
      ['organisation.csv', 'imported', 1, 1, 0],
      ['services.csv', 'imported', ROWS, ROWS, 0],
    ]);
    expect(await db.prisma.service.count()).toBe(ROWS);
    expect(await db.prisma.importBatch.findFirst({ where: { recordType: 'services' }, select: { rowCount: true } })).toEqual({ rowCount: ROWS });
    // Written chunk by chunk while checking, not after.
    const writes = seen.filter((progress) => progress.phase === 'write').map((progress) => progress.rows);
    expect(writes.slice(0, 3)).toEqual([ROWS_PER_CHUNK, ROWS_PER_CHUNK * 2, ROWS]);

    const again = await importFiles({ db, files: [organisation, servicesCsv(ROWS)], now: NOW });
    expect(again.files[1]).toMatchObject({ status: 'unchanged', created: 0, unchanged: ROWS });
  });

  it('a bad row in the last chunk, after two chunks were written, leaves nothing stored and reports the row', async () => {
    const seen: ImportProgress[] = [];
    const bad = servicesCsv(ROWS, (index) => `S${index},Service ${index},Town ${index},${index === ROWS - 1 ? 'castle' : 'supported-living'}`);
    const report = await importFiles({ db, files: [organisation, bad], now: NOW, onProgress: (progress) => seen.push(progress) });
    expect(seen.some((progress) => progress.phase === 'write' && progress.rows >= ROWS_PER_CHUNK * 2)).toBe(true);
    expect(report.rejected).toBe(true);
    expect(report.errorCount).toBe(1);
    expect(report.files.map((entry) => [entry.file, entry.status, entry.created, entry.rejected, entry.batchId])).toEqual([
      ['organisation.csv', 'rejected', 0, 0, undefined],
      ['services.csv', 'rejected', 0, 1, undefined],
    ]);
    expect(report.files[1]!.errors[0]).toMatchObject({ file: 'services.csv', row: ROWS + 1, column: 'service_type', value: 'castle' });
    expect(await db.prisma.organisation.count()).toBe(0);
    expect(await db.prisma.service.count()).toBe(0);
    expect(await db.prisma.importBatch.count()).toBe(0);
  });

  it('checks duplicates and references across chunks and files; --skip-invalid writes the rest', async () => {
    const services = servicesCsv(ROWS, (index) => (index === ROWS - 1 ? 'S0,Again,Town,supported-living' : index === ROWS_PER_CHUNK + 7 ? `S${index},,Town,supported-living` : `S${index},Service ${index},Town ${index},supported-living`));
    // People refer to services in every chunk: one to the rejected row, one to none.
    const people = peopleCsv(ROWS, (index) => (index === 3 ? `S${ROWS_PER_CHUNK + 7}` : index === ROWS - 2 ? 'S-NONE' : `S${index % 100}`));
    const report = await importFiles({ db, files: [organisation, people, services], now: NOW, skipInvalid: true });
    const messages = report.files.flatMap((entry) => entry.errors.map((error) => error.message));
    expect(messages).toEqual([
      `people.csv row 5 column service_id: S${ROWS_PER_CHUNK + 7} refers to a services row that was rejected (services.csv row ${ROWS_PER_CHUNK + 9}) (expected a reference to a valid row: fix that row first)`,
      `people.csv row ${ROWS} column service_id: S-NONE is not a known services id (expected the id of a row in services (in this import or already imported))`,
      `services.csv row ${ROWS_PER_CHUNK + 9} column name: value is missing (expected the service name)`,
      `services.csv row ${ROWS + 1} column id: S0 is a duplicate id (first used on row 2) (expected an id used once per record type)`,
    ]);
    expect(report.files.map((entry) => [entry.file, entry.status, entry.created, entry.rejected])).toEqual([
      ['organisation.csv', 'imported', 1, 0],
      ['people.csv', 'partly-imported', ROWS - 2, 2],
      ['services.csv', 'partly-imported', ROWS - 2, 2],
    ]);
    expect(report.files[2]!.rejectedRows?.map((line) => line[0])).toEqual(['id', `S${ROWS_PER_CHUNK + 7}`, 'S0']);
    expect(await db.prisma.service.count()).toBe(ROWS - 2);
    expect(await db.prisma.person.count()).toBe(ROWS - 2);
  });

  it('lists the first errors of a file of bad rows and counts the rest, saying so', async () => {
    const bad = servicesCsv(ROWS, (index) => `S${index},Service ${index},Town ${index},castle`);
    const report = await importFiles({ db, files: [organisation, bad], now: NOW });
    const services = report.files[1]!;
    expect(report.errorCount).toBe(ROWS);
    expect(services.rejected).toBe(ROWS);
    expect(services.errors).toHaveLength(MAX_ERRORS_LISTED_PER_FILE + 1);
    expect(services.errors.at(-1)!.message).toBe(
      `services.csv: has ${ROWS - MAX_ERRORS_LISTED_PER_FILE} more errors not listed here (only the first ${MAX_ERRORS_LISTED_PER_FILE} of a file are listed, to keep the report small) (expected the errors above fixed; importing again lists the rest)`,
    );
    expect(await db.prisma.service.count()).toBe(0);
  });
});
