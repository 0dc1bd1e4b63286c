/**
 * Reads an uploaded file (CSV, XLSX or JSON) into header + rows of cell text, with the row
 * number a person would see when opening the file (the header is row 1 in CSV and XLSX;
 * JSON rows are numbered from 1 as records).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import path from 'node:path';

export type FileFormat = 'csv' | 'xlsx' | 'json';

export interface RawRow {
  row: number;
  /** Normalised column name → trimmed cell text; blank cells are absent. */
  cells: Record<string, string>;
  /** The cells as they were, in header order, for the rejected-rows file. */
  original: string[];
}

export interface RawTable {
  format: FileFormat;
  headers: string[];
  rows: RawRow[];
  /** Rows whose shape is wrong (ragged CSV rows, non-object JSON entries). */
  shapeErrors: { row: number; problem: string; expected: string }[];
  /** What a person calls a row in this format. */
  rowWord: 'row' | 'record';
}

export class TableReadError extends Error {
  constructor(
    message: string,
    readonly expected: string,
  ) {
    super(message);
  }
}

export function normaliseColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function formatOf(fileName: string): FileFormat | undefined {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.csv' || extension === '.txt') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.json') return 'json';
  return undefined;
}

export async function readTable(fileName: string, content: Buffer): Promise<RawTable> {
  const format = formatOf(fileName);
  if (!format) throw new TableReadError(`${fileName}: unsupported file type`, 'a .csv, .xlsx or .json file');
  if (format === 'xlsx') return readXlsx(fileName, content);
  const text = decodeUtf8(fileName, content);
  return format === 'csv' ? readCsv(fileName, text) : readJson(fileName, text);
}

function decodeUtf8(fileName: string, content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    throw new TableReadError(`${fileName}: the file is not UTF-8 text`, 'UTF-8 text (in Excel: Save As → "CSV UTF-8")');
  }
}

function buildRow(row: number, headers: string[], values: string[]): RawRow {
  const cells: Record<string, string> = {};
  headers.forEach((header, index) => {
    const value = (values[index] ?? '').trim();
    if (value !== '' && header !== '') cells[header] = value;
  });
  return { row, cells, original: values };
}

function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (character: string) => firstLine.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function readCsv(fileName: string, text: string): RawTable {
  if (text.trim() === '') throw new TableReadError(`${fileName}: the file is empty`, 'a header row and at least one data row');
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TableReadError(`${fileName}: the CSV cannot be read (${reason})`, 'comma- or semicolon-separated values with balanced quotes');
  }
  const [header = [], ...data] = records;
  const headers = header.map(normaliseColumnName);
  const shapeErrors: RawTable['shapeErrors'] = [];
  const rows: RawRow[] = [];
  data.forEach((values, index) => {
    const row = index + 2;
    if (values.length !== headers.length && values.slice(headers.length).some((value) => value.trim() !== '')) {
      shapeErrors.push({ row, problem: `has ${values.length} fields`, expected: `${headers.length} fields, one per header column` });
      return;
    }
    if (values.length < headers.length && values.length > 1) {
      shapeErrors.push({ row, problem: `has ${values.length} fields`, expected: `${headers.length} fields, one per header column` });
      return;
    }
    rows.push(buildRow(row, headers, values));
  });
  return { format: 'csv', headers, rows, shapeErrors, rowWord: 'row' };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs gives the wall-clock value as UTC; keep the time only when there is one.
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

async function readXlsx(fileName: string, content: Buffer): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new TableReadError(`${fileName}: the workbook cannot be opened`, 'an Excel .xlsx workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new TableReadError(`${fileName}: the first worksheet is empty`, 'a header row and at least one data row');
  const width = sheet.getRow(1).cellCount;
  const valuesOf = (rowNumber: number) => Array.from({ length: width }, (_, index) => cellText(sheet.getRow(rowNumber).getCell(index + 1).value));
  const headers = valuesOf(1).map(normaliseColumnName);
  const rows: RawRow[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const values = valuesOf(rowNumber);
    if (values.every((value) => value.trim() === '')) continue;
    rows.push(buildRow(rowNumber, headers, values));
  }
  return { format: 'xlsx', headers, rows, shapeErrors: [], rowWord: 'row' };
}

function readJson(fileName: string, text: string): RawTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TableReadError(`${fileName}: the JSON cannot be parsed (${reason})`, 'a JSON array of objects, or { "rows": [ … ] }');
  }
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as { rows?: unknown }).rows) ? (data as { rows: unknown[] }).rows : undefined;
  if (!list) throw new TableReadError(`${fileName}: the JSON is not a list of records`, 'a JSON array of objects, or { "rows": [ … ] }');
  const headerSet = new Set<string>();
  const shapeErrors: RawTable['shapeErrors'] = [];
  const objects: { row: number; entries: [string, string][] }[] = [];
  list.forEach((item, index) => {
    const row = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      shapeErrors.push({ row, problem: `is ${Array.isArray(item) ? 'an array' : item === null ? 'null' : `a ${typeof item}`}`, expected: 'an object of column: value pairs' });
      return;
    }
    const entries = Object.entries(item).map(([key, value]): [string, string] => [
      normaliseColumnName(key),
      value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : typeof value === 'object' ? JSON.stringify(value) : String(value),
    ]);
    entries.forEach(([key]) => headerSet.add(key));
    objects.push({ row, entries });
  });
  const headers = [...headerSet];
  const rows = objects.map(({ row, entries }) => {
    const byKey = new Map(entries);
    return buildRow(row, headers, headers.map((header) => byKey.get(header) ?? ''));
  });
  return { format: 'json', headers, rows, shapeErrors, rowWord: 'record' };
}
