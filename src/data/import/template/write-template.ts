/**
 * The import template: one sheet per record type (in import order) with its header, one
 * example row that imports as it is, a dropdown for every coded column, date formats, and a
 * "Read me" sheet saying what each column holds; or the same as one CSV per record type.
 * Everything comes from the record types' own field descriptions, so the template cannot
 * drift from what the importer accepts.
 */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { ImportField } from '../fields.js';
import { IMPORT_ORDER, RECORD_TYPES, type RecordTypeName } from '../record-types/index.js';
import { EXAMPLE_DATE, EXAMPLE_DATE_TIME, TEMPLATE_EXAMPLES, type ExampleValue } from './template-examples.js';

/** Rows of each sheet that carry the dropdowns. */
const FORMATTED_ROWS = 5000;
const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
/** Excel refuses an inline list longer than this. */
const MAX_INLINE_LIST = 255;

const YES_NO = ['yes', 'no'] as const;

function exampleOf(type: RecordTypeName, field: ImportField): ExampleValue {
  const given = TEMPLATE_EXAMPLES[type]?.[field.name];
  if (given !== undefined) return given;
  switch (field.kind) {
    case 'date':
      return EXAMPLE_DATE;
    case 'date-time':
      return EXAMPLE_DATE_TIME;
    case 'yes-no':
      return 'yes';
    case 'choice':
      return field.choices![0]!;
    case 'whole-number':
      return Math.min(field.range!.max, Math.max(field.range!.min, 2));
    case 'list':
      return 'communication';
    case 'reference':
      return `${type.slice(0, 2).toUpperCase()}-001`;
    default:
      return field.meaning;
  }
}

/** The accepted values of a column with a dropdown, if it has one. */
function listOf(field: ImportField): readonly string[] | undefined {
  if (field.kind === 'choice') return field.choices;
  if (field.kind === 'yes-no') return YES_NO;
  return undefined;
}

/** exceljs keeps range validations (one per column, not one per cell) on the sheet; its types leave them out. */
function validationsOf(sheet: ExcelJS.Worksheet): { add: (range: string, validation: ExcelJS.DataValidation) => void } {
  return (sheet as unknown as { dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void } }).dataValidations;
}

function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function whatGoesIn(field: ImportField): string {
  const list = listOf(field);
  if (list) return `one of: ${list.join(', ')}`;
  return field.expected;
}

export async function writeTemplateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Assured';
  const readMe = workbook.addWorksheet('Read me');
  readMe.columns = [
    { header: 'sheet', width: 20 },
    { header: 'column', width: 26 },
    { header: 'required', width: 10 },
    { header: 'what it holds', width: 50 },
    { header: 'what to write', width: 60 },
  ];
  readMe.getRow(1).font = { bold: true };
  readMe.insertRows(1, [
    ['How to use this template'],
    ['Fill in one sheet per kind of record; delete the example row (row 2) of each sheet first, or keep it to try an import. Leave a sheet empty (header only) or delete it if you keep no such records.'],
    ['Dates are day first (15/01/2026). Coded columns have a dropdown. Import the whole workbook at once: assured import assured-template.xlsx'],
    [],
  ]);
  readMe.getRow(1).font = { bold: true, size: 14 };
  readMe.getRow(5).font = { bold: true };
  for (const type of IMPORT_ORDER) {
    const recordType = RECORD_TYPES[type];
    const sheet = workbook.addWorksheet(type);
    sheet.addRow(recordType.fields.map((field) => field.name));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.addRow(recordType.fields.map((field) => exampleOf(type, field)));
    recordType.fields.forEach((field, index) => {
      const column = sheet.getColumn(index + 1);
      column.width = Math.max(14, field.name.length + 2);
      const letter = columnLetter(index + 1);
      if (field.kind === 'date' || field.kind === 'date-time') {
        // A column style: Excel gives it to every cell typed in the column.
        column.numFmt = field.kind === 'date' ? DATE_FORMAT : DATE_TIME_FORMAT;
        sheet.getCell(`${letter}1`).numFmt = 'General';
      }
      const list = listOf(field);
      if (list) {
        const inline = `"${list.join(',')}"`;
        if (inline.length > MAX_INLINE_LIST) throw new Error(`The accepted values of ${type}.${field.name} are too long for a dropdown.`);
        validationsOf(sheet).add(`${letter}2:${letter}${FORMATTED_ROWS}`, {
          type: 'list',
          allowBlank: !field.required,
          formulae: [inline],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: field.name,
          error: `Choose one of: ${list.join(', ')}`,
        });
      }
      sheet.getCell(`${letter}1`).note = `${field.meaning}${field.required ? ' (required)' : ''}`;
      readMe.addRow([type, field.name, field.required ? 'yes' : '', field.meaning, whatGoesIn(field)]);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Example values as a CSV cell: dates day first, as providers' files write them. */
function csvCell(value: ExampleValue): string {
  if (!(value instanceof Date)) return String(value);
  const iso = value.toISOString();
  const date = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return iso.endsWith('T00:00:00.000Z') ? date : `${date} ${iso.slice(11, 16)}`;
}

/** One CSV per record type (file name → content), header and example row. */
export function writeTemplateCsvs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const type of IMPORT_ORDER) {
    const fields = RECORD_TYPES[type].fields;
    files.set(`${type}.csv`, stringify([fields.map((field) => field.name), fields.map((field) => csvCell(exampleOf(type, field)))], { record_delimiter: 'unix' }));
  }
  return files;
}
