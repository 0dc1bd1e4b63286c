/**
 * Reads an uploaded file (CSV, XLSX or JSON) into header + rows of cell text, with the row
 * number a person would see when opening the file (the header is row 1 in CSV and XLSX;
 * JSON rows are numbered from 1 as records). Reading is bounded (rows, columns, cell length,
 * see read-limits.ts): CSV and XLSX are read as streams and stop at the first row over the
 * limit. A cell that cannot be stored (NUL, too long, a formula without a result, a nested
 * JSON value) makes its row an error naming the column, never a crash later on.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as parseCsv } from 'csv-parse';
import { DEFAULT_READ_LIMITS, echoValue, type ReadLimits } from './read-limits.js';
import { columnName, readFirstSheet, readSheets, WorkbookReadError, type CellProblem, type SheetContent } from './read-xlsx.js';
import { yieldToEventLoop } from './yield-to-event-loop.js';

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
  /** Rows that cannot be read (ragged CSV rows, non-object JSON entries, unreadable cells), at most one per row. */
  shapeErrors: RowReadError[];
  /** What a person calls a row in this format. */
  rowWord: 'row' | 'record';
  /** The header cells as the provider wrote them (trimmed), in column order. */
  sourceHeaders?: string[];
  /** Rows read as a title above the header. */
  titleRows?: number[];
}

export interface RowReadError {
  row: number;
  /** The column of the unreadable cell, when one cell is to blame. */
  column?: string;
  /** The cell as echoed in messages (shortened). */
  value?: string;
  problem: string;
  expected: string;
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

/** Told how many rows have been read so far, every few thousand rows (for a progress display). */
export type OnRowsRead = (rows: number) => void;
export const ROWS_PER_PROGRESS = 5000;
/** Rows read between yields to the event loop, so reading a large file never holds up other requests for long. */
const ROWS_PER_YIELD = 1000;

export async function readTable(fileName: string, content: Buffer, limits: Partial<ReadLimits> = {}, onRowsRead?: OnRowsRead): Promise<RawTable> {
  const format = formatOf(fileName);
  if (!format) throw new TableReadError(`${fileName}: unsupported file type`, 'a .csv, .xlsx or .json file');
  const bounds: ReadLimits = { ...DEFAULT_READ_LIMITS, ...definedOnly(limits) };
  if (format === 'xlsx') return readXlsx(fileName, content, bounds, onRowsRead);
  if (!isUtf8(content)) throw notUtf8(fileName);
  return format === 'csv' ? readCsv(fileName, content, bounds, onRowsRead) : readJson(fileName, content, bounds);
}

function definedOnly(limits: Partial<ReadLimits>): Partial<ReadLimits> {
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}

function notUtf8(fileName: string): TableReadError {
  return new TableReadError(`${fileName}: the file is not UTF-8 text`, 'UTF-8 text (in Excel: Save As → "CSV UTF-8")');
}

function tooManyRows(fileName: string, limits: ReadLimits, rowWord: RawTable['rowWord']): TableReadError {
  return new TableReadError(`${fileName}: has more than ${limits.maxRows} ${rowWord}s`, `at most ${limits.maxRows} ${rowWord}s per file`);
}

/** Header names, refusing two columns that normalise to the same name (one would silently win). */
function checkedHeaders(fileName: string, names: string[], limits: ReadLimits, position: (index: number) => string): string[] {
  if (names.length > limits.maxColumns) throw new TableReadError(`${fileName}: has ${names.length} columns`, `at most ${limits.maxColumns} columns`);
  const headers = names.map(normaliseColumnName);
  const firstIndex = new Map<string, number>();
  headers.forEach((header, index) => {
    if (header === '') return;
    const first = firstIndex.get(header);
    if (first !== undefined) {
      throw new TableReadError(`${fileName}: the header "${echoValue(header, 60)}" appears twice (columns ${position(first)} and ${position(index)})`, 'each column name once');
    }
    firstIndex.set(header, index);
  });
  return headers;
}

/** Why a cell cannot be stored, if it cannot. */
function storageProblem(value: string, limits: ReadLimits): CellProblem | undefined {
  if (value.length > limits.maxCellCharacters) return { problem: `is ${value.length} characters long`, expected: `at most ${limits.maxCellCharacters} characters in a cell` };
  // PostgreSQL text cannot hold NUL: refused here so a dry run and an import agree.
  if (value.includes('\u0000')) return { problem: 'contains a NUL character', expected: 'text without NUL (\\0) characters' };
  return undefined;
}

function buildRow(row: number, headers: string[], values: (string | CellProblem)[], limits: ReadLimits): RawRow | RowReadError {
  const cells: Record<string, string> = {};
  const original: string[] = [];
  for (const [index, raw] of values.entries()) {
    const header = headers[index] ?? '';
    if (typeof raw !== 'string') {
      if (header !== '') return { row, column: header, ...(raw.value === undefined ? {} : { value: echoValue(raw.value) }), problem: raw.problem, expected: raw.expected };
      original.push('');
      continue;
    }
    const problem = header === '' ? undefined : storageProblem(raw, limits);
    if (problem) return { row, column: header, value: echoValue(raw), ...problem };
    original.push(raw);
    const value = raw.trim();
    if (value !== '' && header !== '') cells[header] = value;
  }
  return { row, cells, original };
}

function isRowError(built: RawRow | RowReadError): built is RowReadError {
  return 'problem' in built;
}

function detectDelimiter(firstLine: string): ',' | ';' {
  const count = (character: string) => firstLine.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

/** Only spaces, tabs, line ends and a byte-order mark. */
function isBlank(content: Buffer): boolean {
  const start = content.subarray(0, 3).equals(BYTE_ORDER_MARK) ? 3 : 0;
  for (let index = start; index < content.length; index += 1) {
    const byte = content[index]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}

const CSV_CHUNK_BYTES = 64 * 1024;
/** Longest CSV record the parser buffers; far above any real row, it only stops a runaway quote. */
const MAX_CSV_RECORD_CHARACTERS = 8 * 2 ** 20;

function* chunksOf(content: Buffer): Generator<Buffer> {
  for (let start = 0; start < content.length; start += CSV_CHUNK_BYTES) yield content.subarray(start, start + CSV_CHUNK_BYTES);
}

/**
 * A CSV file's bytes: held in memory (an upload), or a file on disk that is read again from
 * the disk on every pass, so a large file never has to fit in memory.
 */
export type CsvContent = Buffer | { path: string };

function csvBytes(content: CsvContent): AsyncIterable<Buffer> {
  return Buffer.isBuffer(content) ? Readable.from(chunksOf(content)) : createReadStream(content.path, { highWaterMark: CSV_CHUNK_BYTES });
}

/** The bytes as they come, refusing text that is not UTF-8 (a file on disk is checked as it is read, not first as a whole). */
async function* utf8Checked(fileName: string, bytes: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of bytes) {
      decoder.decode(chunk, { stream: true });
      yield chunk;
    }
    decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw notUtf8(fileName);
    throw error;
  }
}

/** Size and modification time of a file on disk, to notice it changing between passes. */
async function fileStamp(filePath: string): Promise<string> {
  const stats = await stat(filePath);
  return `${stats.size}:${stats.mtimeMs}`;
}

/** Whether a file holds only blanks, and its first line (up to 1 MiB), read from its start only. */
async function csvStart(content: CsvContent): Promise<{ blank: boolean; firstLine: string }> {
  if (Buffer.isBuffer(content)) {
    const lineEnd = content.indexOf(0x0a);
    return { blank: isBlank(content), firstLine: content.toString('utf8', 0, Math.min(lineEnd === -1 ? content.length : lineEnd, 2 ** 20)) };
  }
  const head: Buffer[] = [];
  let headBytes = 0;
  let blank = true;
  let first = true;
  const stream = createReadStream(content.path, { highWaterMark: CSV_CHUNK_BYTES });
  try {
    let lineDone = false;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!lineDone) {
        head.push(chunk);
        headBytes += chunk.length;
        lineDone = chunk.includes(0x0a) || headBytes >= 2 ** 20;
      }
      // Only the file's first bytes can be a byte-order mark.
      blank &&= first ? isBlank(chunk) : isBlank(Buffer.concat([BYTE_ORDER_MARK, chunk]));
      first = false;
      if (lineDone && !blank) break;
    }
  } finally {
    stream.destroy();
  }
  const start = Buffer.concat(head);
  const lineEnd = start.indexOf(0x0a);
  return { blank, firstLine: start.toString('utf8', 0, Math.min(lineEnd === -1 ? start.length : lineEnd, 2 ** 20)) };
}

/** Rows of a table read together (a stretch of a streamed file, or all of a file held in memory). */
export interface RowChunk {
  rows: RawRow[];
  shapeErrors: RowReadError[];
}

/**
 * A table whose rows can be read a chunk at a time, as often as needed: a streamed CSV file
 * is parsed again on each pass instead of being held whole, so a large import holds one
 * chunk of rows at a time.
 */
export interface TableSource {
  /** Header, format and row word; `rows` and `shapeErrors` are empty when the rows are streamed. */
  table: RawTable;
  /** Every row in file order, a chunk at a time. May throw TableReadError part-way through. */
  chunks(onRowsRead?: OnRowsRead): AsyncIterable<RowChunk>;
}

/** Rows per chunk when a table is read in chunks. */
export const ROWS_PER_CHUNK = 5000;

/** A table already held whole, as a source: all its unreadable rows come with the first chunk, as validation has always reported them first. */
export function tableSource(table: RawTable): TableSource {
  return {
    table,
    async *chunks() {
      if (table.rows.length === 0) {
        yield { rows: [], shapeErrors: table.shapeErrors };
        return;
      }
      for (let start = 0; start < table.rows.length; start += ROWS_PER_CHUNK) {
        yield { rows: table.rows.slice(start, start + ROWS_PER_CHUNK), shapeErrors: start === 0 ? table.shapeErrors : [] };
      }
    },
  };
}

/** A CSV file read a chunk of rows at a time; the header is read first, on its own. A file on disk is read from the disk on every pass. */
export async function csvTableSource(fileName: string, content: CsvContent, limits: Partial<ReadLimits> = {}): Promise<TableSource> {
  const bounds: ReadLimits = { ...DEFAULT_READ_LIMITS, ...definedOnly(limits) };
  if (Buffer.isBuffer(content) && !isUtf8(content)) throw notUtf8(fileName);
  let header: { headers: string[]; sourceHeaders: string[] } | undefined;
  for await (const part of csvParts(fileName, content, bounds, undefined, true)) {
    if ('headers' in part) header = part;
  }
  const table: RawTable = { format: 'csv', headers: header?.headers ?? [], rows: [], shapeErrors: [], rowWord: 'row', sourceHeaders: header?.sourceHeaders ?? [] };
  const stamp = Buffer.isBuffer(content) ? undefined : await fileStamp(content.path);
  return {
    table,
    async *chunks(onRowsRead) {
      // Every pass must read the rows the first one counted and checked.
      if (stamp !== undefined && !Buffer.isBuffer(content) && (await fileStamp(content.path)) !== stamp) {
        throw new TableReadError(`${fileName}: the file changed while it was being imported`, 'the file left as it is until the import ends');
      }
      for await (const part of csvParts(fileName, content, bounds, onRowsRead, false)) if (!('headers' in part)) yield part;
    },
  };
}

async function readCsv(fileName: string, content: Buffer, limits: ReadLimits, onRowsRead?: OnRowsRead): Promise<RawTable> {
  let headers: string[] = [];
  let sourceHeaders: string[] = [];
  const shapeErrors: RowReadError[] = [];
  const rows: RawRow[] = [];
  for await (const part of csvParts(fileName, content, limits, onRowsRead, false)) {
    if ('headers' in part) {
      ({ headers, sourceHeaders } = part);
      continue;
    }
    for (const row of part.rows) rows.push(row);
    for (const error of part.shapeErrors) shapeErrors.push(error);
  }
  return { format: 'csv', headers, rows, shapeErrors, rowWord: 'row', sourceHeaders };
}

/** The header (first), then the rows in chunks of ROWS_PER_CHUNK; with `headerOnly`, stops after the header. */
async function* csvParts(
  fileName: string,
  content: CsvContent,
  limits: ReadLimits,
  onRowsRead: OnRowsRead | undefined,
  headerOnly: boolean,
): AsyncGenerator<{ headers: string[]; sourceHeaders: string[] } | RowChunk> {
  const start = await csvStart(content);
  if (start.blank) throw new TableReadError(`${fileName}: the file is empty`, 'a header row and at least one data row');
  const firstLine = start.firstLine.replace(/^\uFEFF/, '');
  const source = Readable.from(Buffer.isBuffer(content) ? csvBytes(content) : utf8Checked(fileName, csvBytes(content)));
  const parser = parseCsv({
    delimiter: detectDelimiter(firstLine),
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    max_record_size: MAX_CSV_RECORD_CHARACTERS,
  });
  // pipeline, not pipe: an error reading the file (or text that is not UTF-8) ends the parser too.
  pipeline(source, parser).catch(() => undefined);
  let headers: string[] | undefined;
  let chunk: RowChunk = { rows: [], shapeErrors: [] };
  let row = 1;
  try {
    for await (const values of parser as AsyncIterable<string[]>) {
      if (!headers) {
        headers = checkedHeaders(fileName, values, limits, (index) => String(index + 1));
        yield { headers, sourceHeaders: values.map(sourceHeader) };
        if (headerOnly) return;
        continue;
      }
      row += 1;
      if (row - 1 > limits.maxRows) throw tooManyRows(fileName, limits, 'row');
      if (onRowsRead && (row - 1) % ROWS_PER_PROGRESS === 0) onRowsRead(row - 1);
      if ((row - 1) % ROWS_PER_YIELD === 0) await yieldToEventLoop();
      if (values.length !== headers.length && values.slice(headers.length).some((value) => value.trim() !== '')) {
        chunk.shapeErrors.push({ row, problem: `has ${values.length} fields`, expected: `${headers.length} fields, one per header column` });
      } else if (values.length < headers.length && values.length > 1) {
        chunk.shapeErrors.push({ row, problem: `has ${values.length} fields`, expected: `${headers.length} fields, one per header column` });
      } else {
        const built = buildRow(row, headers, values, limits);
        if (isRowError(built)) chunk.shapeErrors.push(built);
        else chunk.rows.push(built);
      }
      if (chunk.rows.length + chunk.shapeErrors.length >= ROWS_PER_CHUNK) {
        yield chunk;
        chunk = { rows: [], shapeErrors: [] };
      }
    }
    if (!headers) yield { headers: [], sourceHeaders: [] };
    else if (chunk.rows.length + chunk.shapeErrors.length > 0) yield chunk;
  } catch (error) {
    if (error instanceof TableReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TableReadError(`${fileName}: the CSV cannot be read (${echoValue(reason)})`, 'comma- or semicolon-separated values with balanced quotes');
  } finally {
    source.destroy();
    parser.destroy();
  }
}

async function readXlsx(fileName: string, content: Buffer, limits: ReadLimits, onRowsRead?: OnRowsRead): Promise<RawTable> {
  let sheet: SheetContent | undefined;
  try {
    sheet = await readFirstSheet(content, limits, onRowsRead);
  } catch (error) {
    throw workbookError(fileName, error);
  }
  if (!sheet || (sheet.header.length === 0 && sheet.rows.length === 0)) throw new TableReadError(`${fileName}: the first worksheet is empty`, 'a header row and at least one data row');
  return sheetTable(fileName, sheet, limits);
}

function workbookError(fileName: string, error: unknown): TableReadError {
  if (error instanceof WorkbookReadError) return new TableReadError(`${fileName}: ${error.message}`, error.expected);
  return new TableReadError(`${fileName}: the workbook cannot be opened`, 'an Excel .xlsx workbook');
}

function sheetTable(fileName: string, sheet: SheetContent, limits: ReadLimits): RawTable {
  const headers = checkedHeaders(fileName, sheet.header, limits, (index) => columnName(index + 1));
  const rows: RawRow[] = [];
  const shapeErrors: RowReadError[] = [];
  for (const { row, values } of sheet.rows) {
    const built = buildRow(row, headers, values, limits);
    if (isRowError(built)) shapeErrors.push(built);
    else rows.push(built);
  }
  return { format: 'xlsx', headers, rows, shapeErrors, rowWord: 'row', sourceHeaders: sheet.header.map(sourceHeader), ...(sheet.titleRows?.length ? { titleRows: sheet.titleRows } : {}) };
}

export interface SheetTable {
  sheetName: string;
  table?: RawTable;
  /** Why this sheet cannot be read, when it cannot. */
  error?: TableReadError;
}

/** Every non-empty sheet of a workbook as a table (a sheet that cannot be read carries its error). */
export async function readWorkbookTables(fileName: string, content: Buffer, limits: Partial<ReadLimits> = {}, onRowsRead?: OnRowsRead): Promise<SheetTable[]> {
  const bounds: ReadLimits = { ...DEFAULT_READ_LIMITS, ...definedOnly(limits) };
  let sheets: SheetContent[];
  try {
    sheets = await readSheets(content, bounds, { firstOnly: false, ...(onRowsRead ? { onRowsRead } : {}) });
  } catch (error) {
    throw workbookError(fileName, error);
  }
  return sheets
    .filter((sheet) => sheet.header.length > 0 || sheet.rows.length > 0)
    .map((sheet) => {
      try {
        return { sheetName: sheet.sheetName, table: sheetTable(`${fileName} [${sheet.sheetName}]`, sheet, bounds) };
      } catch (error) {
        if (error instanceof TableReadError) return { sheetName: sheet.sheetName, error };
        throw error;
      }
    });
}

function sourceHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim();
}

const JSON_VALUE_EXPECTED = 'text, a number, true/false, or a list of those';

/** A JSON value as cell text: scalars as written, flat lists joined with ";" (tag lists); anything deeper is a problem, never recursed into. */
function jsonCell(value: unknown): string | CellProblem {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      if (Array.isArray(item)) return { problem: 'is a list of lists', expected: JSON_VALUE_EXPECTED };
      if (typeof item === 'object' && item !== null) return { problem: 'is a list of objects', expected: JSON_VALUE_EXPECTED };
      parts.push(item === null || item === undefined ? '' : String(item));
    }
    return parts.join(';');
  }
  return { problem: 'is an object', expected: JSON_VALUE_EXPECTED };
}

function readJson(fileName: string, content: Buffer, limits: ReadLimits): RawTable {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TableReadError(`${fileName}: the JSON cannot be parsed (${echoValue(reason)})`, 'a JSON array of objects, or { "rows": [ … ] }');
  }
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as { rows?: unknown }).rows) ? (data as { rows: unknown[] }).rows : undefined;
  if (!list) throw new TableReadError(`${fileName}: the JSON is not a list of records`, 'a JSON array of objects, or { "rows": [ … ] }');
  if (list.length > limits.maxRows) throw tooManyRows(fileName, limits, 'record');
  const headerSet = new Set<string>();
  const sourceKeys = new Map<string, string>();
  const shapeErrors: RowReadError[] = [];
  const objects: { row: number; values: Map<string, string | CellProblem> }[] = [];
  list.forEach((item, index) => {
    const row = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      shapeErrors.push({ row, problem: `is ${Array.isArray(item) ? 'an array' : item === null ? 'null' : `a ${typeof item}`}`, expected: 'an object of column: value pairs' });
      return;
    }
    const values = new Map<string, string | CellProblem>();
    const keyOf = new Map<string, string>();
    for (const [key, value] of Object.entries(item)) {
      const column = normaliseColumnName(key);
      const earlier = keyOf.get(column);
      if (earlier !== undefined) {
        shapeErrors.push({ row, column, problem: `has two keys for this column ("${echoValue(earlier, 60)}" and "${echoValue(key, 60)}")`, expected: 'each column once per record' });
        return;
      }
      keyOf.set(column, key);
      values.set(column, jsonCell(value));
    }
    for (const column of values.keys()) headerSet.add(column);
    for (const [column, key] of keyOf) if (!sourceKeys.has(column)) sourceKeys.set(column, sourceHeader(key));
    if (headerSet.size > limits.maxColumns) throw new TableReadError(`${fileName}: has more than ${limits.maxColumns} different keys`, `at most ${limits.maxColumns} columns`);
    objects.push({ row, values });
  });
  const headers = [...headerSet];
  const rows: RawRow[] = [];
  for (const { row, values } of objects) {
    const built = buildRow(row, headers, headers.map((header) => values.get(header) ?? ''), limits);
    if (isRowError(built)) shapeErrors.push(built);
    else rows.push(built);
  }
  shapeErrors.sort((a, b) => a.row - b.row);
  return { format: 'json', headers, rows, shapeErrors, rowWord: 'record', sourceHeaders: headers.map((header) => sourceKeys.get(header) ?? header) };
}
