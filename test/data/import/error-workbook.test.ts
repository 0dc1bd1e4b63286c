/**
 * A rejected workbook comes back as the provider's own file with an "Errors" column, the bad
 * cells highlighted (found by the provider's own header, under a title row) and an "Import
 * errors" sheet; LibreOffice opens it and shows the errors. The LibreOffice step needs soffice
 * with Calc (libreoffice-calc, installed by .ci/run); locally it is skipped, visibly, without it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { writeErrorWorkbook } from '../../../src/data/import/error-workbook.js';
import { importFiles } from '../../../src/data/import/import-files.js';
import { ZImportMappingSchema } from '../../../src/data/import/mapping/mapping-schema.js';
import { readFixtureFiles } from '../../support/fixture-files.js';
import { openTestDatabase } from '../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const run = promisify(execFile);
const hasCalc = await run('soffice', ['--version']).then(
  () => readFile('/usr/lib/libreoffice/program/libsclo.so').then(() => true, () => false),
  () => false,
);
if (!hasCalc && !process.env.CI) console.warn('error-workbook.test.ts: LibreOffice check skipped: soffice with Calc is not installed (apt-get install libreoffice-calc)');

describe('annotated error workbook', () => {
  let db: Database;
  let dir: string;
  let annotated: Buffer;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    dir = await mkdtemp(path.join(os.tmpdir(), 'assured-errors-'));
    const small = await readFixtureFiles('fixtures/small');
    await importFiles({ db, files: small.filter((file) => ['organisation.csv', 'services.csv', 'people.csv'].includes(file.name)), now: NOW });
    // The hand-kept workbook with two mistakes a manager makes: an impossible date and an unknown client.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile('fixtures/mapping/reviews-log-kept-by-hand.xlsx');
    const sheet = workbook.worksheets[0]!;
    sheet.getCell('D4').value = '31 February 2026';
    sheet.getCell('B6').value = 'P-999';
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const mapping = ZImportMappingSchema.parse(JSON.parse(await readFile('fixtures/mapping/reviews-log-kept-by-hand.mapping.json', 'utf8')));
    const report = await importFiles({ db, files: [{ name: 'reviews-log.xlsx', content }], mapping, now: NOW });
    expect(report.rejected).toBe(true);
    annotated = (await writeErrorWorkbook({ fileName: 'reviews-log.xlsx', content, report }))!;
  });
  afterAll(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('adds an Errors column on the header row, highlights the bad cells and lists every error', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(annotated as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('H3').value).toBe('Errors');
    expect(sheet.getCell('H4').value).toBe('Review date (held_on): 31 February 2026 is not a real date (expected a date as DD/MM/YYYY or YYYY-MM-DD)');
    expect(sheet.getCell('H6').value).toMatch(/^Client \(person_id\): P-999 is not a known people id/);
    expect(sheet.getCell('D4').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('B6').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('C4').fill).toBeUndefined();
    const summary = workbook.getWorksheet('Import errors')!;
    expect(summary.getRow(2).values).toEqual([undefined, 'Reviews 2026', 4, 'Review date', 'held_on', '31 February 2026', expect.stringContaining('reviews-log.xlsx row 4 column "Review date" (held_on)')]);
  });

  it.skipIf(!hasCalc && !process.env.CI)('re-opens in LibreOffice with the errors visible', async () => {
    const input = path.join(dir, 'reviews-log.errors.xlsx');
    await writeFile(input, annotated);
    const profile = `file://${await mkdtemp(path.join(os.tmpdir(), 'assured-lo-'))}`;
    await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'csv', '--outdir', dir, input], { timeout: 60_000 });
    const text = await readFile(path.join(dir, 'reviews-log.errors.csv'), 'utf8');
    expect(text).toContain('Errors');
    expect(text).toContain('31 February 2026 is not a real date');
    expect(text).toContain('P-999 is not a known people id');
  }, 90_000);
});
