/**
 * The import template: a sheet per record type with its header, an example row, a dropdown per
 * coded column, date formats and a "Read me" sheet; the workbook and the CSVs import as they
 * are (one row per record type, every sheet in dependency order, in one import).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/data/database.js';
import { importFiles } from '../../../../src/data/import/import-files.js';
import { IMPORT_ORDER, RECORD_TYPES } from '../../../../src/data/import/record-types/index.js';
import { writeTemplateCsvs, writeTemplateWorkbook } from '../../../../src/data/import/template/write-template.js';
import { countRecords } from '../../../../src/data/table-counts.js';
import { openTestDatabase, resetDatabase } from '../../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('import template', () => {
  let db: Database;
  let content: Buffer;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    content = await writeTemplateWorkbook();
  });
  afterAll(async () => {
    await db.close();
  });

  it('has a Read me sheet and a sheet per record type with header, example row, dropdowns and date formats', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Read me', ...IMPORT_ORDER]);
    const reviews = workbook.getWorksheet('reviews')!;
    expect(reviews.getRow(1).values).toEqual([undefined, ...RECORD_TYPES.reviews.fields.map((field) => field.name)]);
    expect(reviews.getCell('C2').value).toBe('goal-setting');
    expect(reviews.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['"goal-setting,mini-review,deep-dive,complex,debrief"'] });
    expect(reviews.getCell('I2').dataValidation).toMatchObject({ type: 'list', allowBlank: true, formulae: ['"yes,no"'] });
    expect(reviews.getColumn(4).numFmt).toBe('dd/mm/yyyy');
    const readMe = workbook.getWorksheet('Read me')!;
    const lines: string[] = [];
    readMe.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(' | ')));
    expect(lines).toContain('reviews | held_on | yes | date of the meeting | a date as DD/MM/YYYY or YYYY-MM-DD');
    expect(lines).toContain('participants | mode | yes | how they took part | one of: in-person, remote, async');
  });

  it('the workbook imports as it is: every record-type sheet, in dependency order, in one import', async () => {
    await resetDatabase(db);
    const report = await importFiles({ db, files: [{ name: 'assured-template.xlsx', content }], now: NOW });
    expect(report.errorCount).toBe(0);
    expect(report.files.map((file) => file.recordType)).toEqual(IMPORT_ORDER);
    expect(report.files[0]!.warnings).toContain('assured-template.xlsx: sheet "Read me" ignored (not a record type)');
    const counts = await countRecords(db, 'your-organisation');
    expect(counts).toMatchObject({ services: 1, people: 1, reviews: 1, participants: 1, actions: 1, 'practice library entries': 1 });
  });

  it('the CSV templates import as they are', async () => {
    await resetDatabase(db);
    const files = [...writeTemplateCsvs()].map(([name, text]) => ({ name, content: Buffer.from(text) }));
    expect(files.map((file) => file.name)).toEqual(IMPORT_ORDER.map((type) => `${type}.csv`));
    const report = await importFiles({ db, files, now: NOW });
    expect(report.files.flatMap((file) => file.errors.map((error) => error.message))).toEqual([]);
    expect(report.files.every((file) => file.status === 'imported' && file.created === 1)).toBe(true);
  });
});
