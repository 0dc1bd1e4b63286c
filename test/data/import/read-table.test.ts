/**
 * Reading hostile or odd input files: bounded work for tiny workbooks that declare huge sheets,
 * cells that are not plain values, NUL bytes, deep JSON, huge cells, duplicate headers and row
 * limits. Each must end as a clear file or row error that names the file, the row and the column.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../../src/data/import/import-files.js';
import { readTable, TableReadError } from '../../../src/data/import/read-table.js';
import { MAX_CELL_CHARACTERS } from '../../../src/data/import/read-limits.js';
import { openTestDatabase, resetDatabase } from '../../support/test-database.js';
import { buildWorkbook, cellXml, hugeDimensionWorkbook, lastRowWorkbook, rowsXml } from './build-workbook.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const file = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });
const organisation = file('organisation.csv', 'slug,name\nacme-care,Acme Care Ltd\n');
const FORMULA_EXPECTED = 'a value: save the workbook in Excel so each formula keeps its result (and fix formulas that give errors), or paste values';
const SERVICE_HEADER = ['id', 'name', 'locality', 'service_type'];

async function refusal(promise: Promise<unknown>): Promise<TableReadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TableReadError);
  return error as TableReadError;
}

describe('readTable bounds the work a workbook can ask for', () => {
  it('refuses a tiny workbook with a cell on row 1,048,576 quickly, naming the file, the sheet and the limit', async () => {
    const content = lastRowWorkbook();
    expect(content.length).toBeLessThan(8_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const error = await refusal(readTable('services.xlsx', content, { maxRows: 50_000 }));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 2 ** 20);
    expect(error.message).toBe('services.xlsx: sheet "Sheet1" has data on row 1048576');
    expect(error.expected).toBe('at most 50000 rows per file (data on rows 2 to 50001)');
  });

  it('ignores an oversized <dimension> declaration rather than allocating for it', async () => {
    const started = Date.now();
    const table = await readTable('services.xlsx', hugeDimensionWorkbook());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(table.rows.map((row) => row.cells)).toEqual([{ id: 'S-1', name: 'Harbour House', locality: 'Leeds' }]);
  });

  it('refuses a cell beyond the column limit, naming the cell', async () => {
    const content = buildWorkbook({ sheetData: rowsXml([['id', 'name']]) + `<row r="2">${cellXml('A2', 'S-1')}${cellXml('XFD2', 'far away')}</row>` });
    const error = await refusal(readTable('services.xlsx', content));
    expect(error.message).toBe('services.xlsx: sheet "Sheet1" has a cell at XFD2 (column 16384)');
    expect(error.expected).toMatch(/^at most \d+ columns$/);
  });

  it('refuses a zip entry that declares an enormous unpacked size before unpacking it', async () => {
    const content = lastRowWorkbook();
    // Patch the central directory's uncompressed size of the sheet (the last entry) to 3 GB.
    const central = content.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    content.writeUInt32LE(3 * 2 ** 30, central + 24);
    const error = await refusal(readTable('services.xlsx', content));
    expect(error.message).toMatch(/^services\.xlsx: the workbook part xl\/worksheets\/sheet1\.xml unpacks to 3072 MB/);
  });
});

describe('readTable turns odd cells into text or a row error, never "[object Object]"', () => {
  it('uses a formula cell\'s cached value, and names the cell when there is none', async () => {
    const content = buildWorkbook({
      sheetData: rowsXml([
        SERVICE_HEADER,
        ['S-1', { formula: 'CONCAT("Harbour"," House")', cached: 'Harbour House' }, 'Leeds', 'supported-living'],
        ['S-2', { formula: 'CONCAT("Quay"," House")' }, 'Leeds', 'supported-living'],
        ['S-3', 'Mill House', { error: '#N/A' }, 'supported-living'],
        ['S-4', 'Dock House', { formula: '1/0', cached: '#DIV/0!', type: 'e' }, 'supported-living'],
      ]),
    });
    const table = await readTable('services.xlsx', content);
    expect(table.rows.map((row) => row.cells.name)).toEqual(['Harbour House']);
    expect(table.shapeErrors).toEqual([
      { row: 3, column: 'name', value: '=CONCAT("Quay"," House")', problem: 'is a formula with no saved value (cell B3)', expected: FORMULA_EXPECTED },
      { row: 4, column: 'locality', value: '#N/A', problem: 'is an Excel error value (cell C4)', expected: 'a value, not an error: fix the formula or type the value' },
      { row: 5, column: 'locality', value: '=1/0', problem: 'is a formula with no saved value (cell C5)', expected: FORMULA_EXPECTED },
    ]);
    expect(JSON.stringify(table)).not.toContain('[object Object]');
  });

  it('reads rich text, shared rich text and hyperlinks as their text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('services');
    sheet.addRow(SERVICE_HEADER);
    sheet.addRow(['S-1', { richText: [{ text: 'Harbour ', font: { bold: true } }, { text: 'House' }] }, { text: 'Leeds', hyperlink: 'https://example.org/leeds' }, 'supported-living']);
    sheet.addRow(['S-2', { text: { richText: [{ text: 'Quay ' }, { text: 'House' }] }, hyperlink: 'https://example.org/quay' } as unknown as ExcelJS.CellValue, 'York', 'supported-living']);
    const table = await readTable('services.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(table.rows.map((row) => [row.cells.name, row.cells.locality])).toEqual([
      ['Harbour House', 'Leeds'],
      ['Quay House', 'York'],
    ]);
    expect(JSON.stringify(table)).not.toContain('[object Object]');
  });
});

describe('readTable: headers, cells and rows within limits', () => {
  it('refuses a duplicate header, naming it and both columns', async () => {
    const error = await refusal(readTable('services.csv', Buffer.from('id,name,ID,locality\nS-1,Harbour,S-2,Leeds\n')));
    expect(error.message).toBe('services.csv: the header "id" appears twice (columns 1 and 3)');
    expect(error.expected).toBe('each column name once');
    const workbook = buildWorkbook({ sheetData: rowsXml([['id', 'name', 'Name'], ['S-1', 'a', 'b']]) });
    expect((await refusal(readTable('services.xlsx', workbook))).message).toBe('services.xlsx: the header "name" appears twice (columns B and C)');
  });

  it('refuses a JSON record with two keys for one column', async () => {
    const table = await readTable('services.json', Buffer.from(JSON.stringify([{ id: 'S-1', Name: 'a', name: 'b', locality: 'Leeds', service_type: 'supported-living' }])));
    expect(table.shapeErrors).toEqual([{ row: 1, column: 'name', problem: 'has two keys for this column ("Name" and "name")', expected: 'each column once per record' }]);
  });

  it('makes a NUL character a row error naming the column', async () => {
    const table = await readTable('services.csv', Buffer.from('id,name,locality,service_type\nS-1,Harbour\u0000House,Leeds,supported-living\nS-2,Quay House,York,supported-living\n'));
    expect(table.rows.map((row) => row.cells.id)).toEqual(['S-2']);
    expect(table.shapeErrors).toEqual([{ row: 2, column: 'name', value: 'Harbour\\0House', problem: 'contains a NUL character', expected: 'text without NUL (\\0) characters' }]);
  });

  it('makes deeply nested JSON values a row error instead of recursing', async () => {
    const nested = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
    const text = `[{"id":"S-1","name":${nested},"locality":"Leeds","service_type":"supported-living"},{"id":"S-2","name":"Quay","locality":{"town":"York"},"service_type":"supported-living"},{"id":"S-3","name":"Mill","locality":"Hull","service_type":"supported-living","tags":["a",["b"]]}]`;
    const table = await readTable('services.json', Buffer.from(text));
    expect(table.rows).toEqual([]);
    expect(table.shapeErrors).toEqual([
      { row: 1, column: 'name', problem: 'is a list of lists', expected: 'text, a number, true/false, or a list of those' },
      { row: 2, column: 'locality', problem: 'is an object', expected: 'text, a number, true/false, or a list of those' },
      { row: 3, column: 'tags', problem: 'is a list of lists', expected: 'text, a number, true/false, or a list of those' },
    ]);
  });

  it('makes an oversized cell a row error whose echoed value is short', async () => {
    const big = 'x'.repeat(MAX_CELL_CHARACTERS + 1);
    const table = await readTable('services.csv', Buffer.from(`id,name,locality,service_type\nS-1,${big},Leeds,supported-living\n`));
    expect(table.shapeErrors).toHaveLength(1);
    const [error] = table.shapeErrors;
    expect(error).toMatchObject({ row: 2, column: 'name', problem: `is ${MAX_CELL_CHARACTERS + 1} characters long`, expected: `at most ${MAX_CELL_CHARACTERS} characters in a cell` });
    expect(error!.value!.length).toBeLessThan(260);
    expect(error!.value).toMatch(/^x{200}… \(\d+ characters\)$/);
  });

  it('stops reading a CSV at the row limit and says so', async () => {
    const lines = ['id,name,locality,service_type', ...Array.from({ length: 30 }, (_, index) => `S-${index},Home ${index},Leeds,supported-living`)];
    const error = await refusal(readTable('services.csv', Buffer.from(lines.join('\n')), { maxRows: 20 }));
    expect(error.message).toBe('services.csv: has more than 20 rows');
    expect(error.expected).toBe('at most 20 rows per file');
    expect((await readTable('services.csv', Buffer.from(lines.slice(0, 21).join('\n')), { maxRows: 20 })).rows).toHaveLength(20);
  });

  it('refuses a JSON list over the row limit', async () => {
    const list = Array.from({ length: 5 }, (_, index) => ({ id: `S-${index}` }));
    const error = await refusal(readTable('services.json', Buffer.from(JSON.stringify(list)), { maxRows: 4 }));
    expect(error.message).toBe('services.json: has more than 4 records');
  });
});

describe('importFiles: dry run and import agree on odd cells', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('a NUL byte is rejected by the dry run and by the import, with file, row and column, writing nothing', async () => {
    const services = file('services.csv', 'id,name,locality,service_type\nS-1,Harbour\u0000House,Leeds,supported-living\n');
    for (const dryRun of [true, false]) {
      const report = await importFiles({ db, files: [organisation, services], dryRun, now: NOW });
      expect(report.rejected).toBe(true);
      expect(report.files[1]!.status).toBe('rejected');
      expect(report.files[1]!.errors.map((error) => error.message)).toEqual(['services.csv row 2 column name: Harbour\\0House contains a NUL character (expected text without NUL (\\0) characters)']);
    }
    expect(await db.prisma.service.count()).toBe(0);
  });

  it('a formula with no saved result is a row error naming the cell; its cached value imports', async () => {
    const content = buildWorkbook({
      sheetData: rowsXml([
        SERVICE_HEADER,
        ['S-1', { formula: 'A1', cached: 'Harbour House' }, 'Leeds', 'supported-living'],
        ['S-2', { formula: 'A1' }, 'Leeds', 'supported-living'],
      ]),
    });
    const report = await importFiles({ db, files: [organisation, { name: 'services.xlsx', content }], skipInvalid: true, now: NOW });
    expect(report.files[1]!.errors.map((error) => error.message)).toEqual([
      `services.xlsx row 3 column name: =A1 is a formula with no saved value (cell B3) (expected ${FORMULA_EXPECTED})`,
    ]);
    expect((await db.prisma.service.findMany()).map((service) => service.name)).toEqual(['Harbour House']);
  });

  it('echoes long values shortened in error messages and the rejected rows', async () => {
    const long = 'y'.repeat(5_000);
    const report = await importFiles({ db, files: [organisation, file('services.csv', `id,name,locality,service_type\nS-1,${long},Leeds,supported-living\n`)], dryRun: true, now: NOW });
    const [error] = report.files[1]!.errors;
    expect(error!.problem).toBe('is longer than 200 characters');
    expect(error!.value).toBe(`${'y'.repeat(200)}… (5000 characters)`);
    expect(error!.message.length).toBeLessThan(400);
  });

  it('a duplicate header is a file error and nothing is written', async () => {
    const report = await importFiles({ db, files: [organisation, file('services.csv', 'id,id,name,locality,service_type\nS-1,S-2,Harbour,Leeds,supported-living\n')], now: NOW });
    expect(report.files[1]!.errors.map((error) => error.message)).toEqual(['services.csv: the header "id" appears twice (columns 1 and 2) (expected each column name once)']);
    expect(await db.prisma.service.count()).toBe(0);
  });
});
