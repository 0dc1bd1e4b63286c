/**
 * A workbook's parts may sit in its zip in any order: Excel, LibreOffice, exceljs and export tools
 * each choose their own. The reader must give the same sheets, names and dates whatever the order.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSheets } from '../../../src/data/import/read-xlsx.js';

const LIMITS = { maxRows: 1000, maxColumns: 50, maxCellCharacters: 10_000 };

async function workbookWithTwoSheets(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const people = workbook.addWorksheet('People');
  people.addRow(['id', 'started_on']);
  people.addRow(['P-1', new Date(Date.UTC(2025, 0, 31))]);
  people.getCell('B2').numFmt = 'dd/mm/yyyy';
  const reviews = workbook.addWorksheet('Reviews');
  reviews.addRow(['id', 'person_id']);
  reviews.addRow(['R-1', 'P-1']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same workbook with its zip entries stored in the given order (parts not named keep their order, after these). */
async function repacked(content: Buffer, first: string[]): Promise<Buffer> {
  const source = await JSZip.loadAsync(content);
  const names = Object.keys(source.files).filter((name) => !source.files[name]!.dir);
  const order = [...first.filter((name) => names.includes(name)), ...names.filter((name) => !first.includes(name))];
  const target = new JSZip();
  for (const name of order) target.file(name, await source.file(name)!.async('nodebuffer'));
  const repackedContent = await target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const stored = Object.values((await JSZip.loadAsync(repackedContent)).files).filter((file) => !file.dir).map((file) => file.name);
  expect(stored).toEqual(order);
  return repackedContent;
}

const expectedSheets = [
  { sheetName: 'People', header: ['id', 'started_on'], rows: [{ row: 2, values: ['P-1', '2025-01-31'] }] },
  { sheetName: 'Reviews', header: ['id', 'person_id'], rows: [{ row: 2, values: ['R-1', 'P-1'] }] },
];

describe('readSheets whatever order the zip stores the parts in', () => {
  it('reads names, tab order and dates when the workbook part comes after the worksheets it names', async () => {
    const content = await repacked(await workbookWithTwoSheets(), [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet1.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
    ]);
    expect(await readSheets(content, LIMITS, { firstOnly: false })).toMatchObject(expectedSheets);
    expect(await readSheets(content, LIMITS, { firstOnly: true })).toMatchObject(expectedSheets.slice(0, 1));
  });

  it('reads a date as a date when the styles part comes after the worksheets', async () => {
    const content = await repacked(await workbookWithTwoSheets(), [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/styles.xml',
    ]);
    expect(await readSheets(content, LIMITS, { firstOnly: false })).toMatchObject(expectedSheets);
  });

  it('reads every sheet of a workbook read many times at once', async () => {
    const content = await workbookWithTwoSheets();
    const reads = await Promise.all(Array.from({ length: 24 }, () => readSheets(content, LIMITS, { firstOnly: false })));
    for (const sheets of reads) expect(sheets).toMatchObject(expectedSheets);
  });
});
