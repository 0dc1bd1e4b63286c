/**
 * Reads the first worksheet of an .xlsx workbook as a stream of rows, so the work is bounded by
 * the rows and columns that hold values, never by what the workbook declares: a few-kilobyte
 * file with one cell on Excel's last row, or a <dimension> spanning the whole grid, costs no
 * more than its real content. Row and column positions are checked as they arrive, and the
 * zip's declared part sizes before anything is unpacked.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MAX_WORKBOOK_BYTES, MAX_WORKBOOK_PART_BYTES, type ReadLimits } from './read-limits.js';
import { yieldToEventLoop } from './yield-to-event-loop.js';

/** Rows read between yields to the event loop, so reading a large workbook never holds up other requests for long. */
const ROWS_PER_YIELD = 1000;

/** A cell that cannot stand for a value, with what to do about it. */
export interface CellProblem {
  problem: string;
  expected: string;
  /** What the cell holds, as a person would recognise it (a formula or an error code). */
  value?: string;
}

export interface SheetRow {
  row: number;
  /** Cell text or problem per column, from column 1 to the header's width. */
  values: (string | CellProblem)[];
}

export interface SheetContent {
  sheetName: string;
  /** Header cells (row 1); blank when the sheet has no row 1. */
  header: string[];
  rows: SheetRow[];
  /** Rows above the header that were read as a title (a hand-kept sheet's heading, merged across the columns). */
  titleRows?: number[];
}

/** Thrown for a workbook that cannot be read or breaks a limit; the caller adds the file name. */
export class WorkbookReadError extends Error {
  constructor(
    message: string,
    readonly expected: string,
  ) {
    super(message);
  }
}

const FORMULA_WITHOUT_RESULT = 'a value: save the workbook in Excel so each formula keeps its result (and fix formulas that give errors), or paste values';
const ERROR_VALUE_EXPECTED = 'a value, not an error: fix the formula or type the value';

/** Excel's last column is XFD (16,384). */
export function columnName(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function dateText(value: Date): string {
  // exceljs gives the wall-clock value as UTC; keep the time only when there is one.
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** Text of a cell value; formulas give their saved result; anything else is a problem, never "[object Object]". */
export function cellText(value: ExcelJS.CellValue | undefined, address: string): string | CellProblem {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { problem: `is not a valid date (cell ${address})`, expected: 'a date' } : dateText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : { problem: `is not a number Excel can save (cell ${address})`, expected: 'a value' };
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return { problem: `is a kind of cell that cannot be read as text (cell ${address})`, expected: 'text, a number or a date' };
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('');
  if ('error' in value) return { problem: `is an Excel error value (cell ${address})`, expected: ERROR_VALUE_EXPECTED, value: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = `=${String('formula' in value ? value.formula : value.sharedFormula)}`;
    const result = (value as { result?: ExcelJS.CellValue }).result;
    // The streaming reader drops an error result (t="e") too, so the two cannot be told apart.
    if (result === undefined || result === null) return { problem: `is a formula with no saved value (cell ${address})`, expected: FORMULA_WITHOUT_RESULT, value: formula };
    const isErrorResult = (typeof result === 'number' && Number.isNaN(result)) || (typeof result === 'object' && 'error' in result);
    if (isErrorResult) return { problem: `is an Excel error value (cell ${address})`, expected: ERROR_VALUE_EXPECTED, value: formula };
    const text = cellText(result, address);
    return typeof text === 'string' ? text : { ...text, value: formula };
  }
  if ('hyperlink' in value && 'text' in value) return cellText(value.text as ExcelJS.CellValue, address);
  return { problem: `is a kind of cell that cannot be read as text (cell ${address})`, expected: 'text, a number or a date' };
}

interface ZipPart {
  name: string;
  unpackedBytes: number;
}

/** The parts a zip's central directory declares, or undefined when the buffer is not a zip. */
function declaredParts(content: Buffer): ZipPart[] | undefined {
  const END_SIGNATURE = 0x06054b50;
  const CENTRAL_SIGNATURE = 0x02014b50;
  const lowest = Math.max(0, content.length - 22 - 0xffff);
  let end = -1;
  for (let offset = content.length - 22; offset >= lowest; offset -= 1) {
    if (content.readUInt32LE(offset) === END_SIGNATURE) {
      end = offset;
      break;
    }
  }
  if (end === -1) return undefined;
  const count = content.readUInt16LE(end + 10);
  let offset = content.readUInt32LE(end + 16);
  const parts: ZipPart[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = content.readUInt16LE(offset + 28);
    const extraLength = content.readUInt16LE(offset + 30);
    const commentLength = content.readUInt16LE(offset + 32);
    parts.push({ name: content.toString('utf8', offset + 46, offset + 46 + nameLength), unpackedBytes: content.readUInt32LE(offset + 24) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** How many worksheets a workbook holds, from its zip directory (nothing is unpacked). */
export function worksheetCount(content: Buffer): number {
  return (declaredParts(content) ?? []).filter((part) => /^xl\/worksheets\/[^/]+\.xml$/.test(part.name)).length;
}

function checkDeclaredSizes(content: Buffer): void {
  const parts = declaredParts(content);
  if (!parts) throw new WorkbookReadError('the workbook cannot be opened', 'an Excel .xlsx workbook');
  const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  const tooBig = parts.find((part) => part.unpackedBytes > MAX_WORKBOOK_PART_BYTES);
  if (tooBig) throw new WorkbookReadError(`the workbook part ${tooBig.name.slice(0, 100)} unpacks to ${megabytes(tooBig.unpackedBytes)}`, `at most ${megabytes(MAX_WORKBOOK_PART_BYTES)} per part`);
  const total = parts.reduce((sum, part) => sum + part.unpackedBytes, 0);
  if (total > MAX_WORKBOOK_BYTES) throw new WorkbookReadError(`the workbook unpacks to ${megabytes(total)}`, `at most ${megabytes(MAX_WORKBOOK_BYTES)} unpacked`);
}

/** The parts of a workbook ExcelJS's streaming reader uses, as it names its steps (exceljs is pinned to 4.4.0). */
interface WorkbookReaderSteps {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNumber: string): Generator<{ eventType: string; value: unknown }>;
}

const WORKSHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * ExcelJS's streaming reader, given each part of the zip by name from its central directory, in
 * the order they depend on each other: relationships, workbook, shared strings and styles, then
 * the worksheets in workbook order, each still read row by row. Its own parse reads the zip as one
 * stream, and under load that stream can end before its last entries: a workbook whose workbook
 * part came last failed to open, and one whose last part was a worksheet lost that sheet.
 */
class PartByPartWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(private readonly content: Buffer) {
    super(Readable.from([]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles tell dates from numbers; hyperlinks are read as their text.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
  }

  override async *parse(): AsyncGenerator<{ eventType: string; value: unknown }> {
    const steps = this as unknown as WorkbookReaderSteps;
    const zip = await JSZip.loadAsync(this.content);
    const part = (name: string): Readable | undefined => {
      const file = zip.file(name);
      return file ? new Readable().wrap(file.nodeStream('nodebuffer')) : undefined;
    };
    const rels = part('xl/_rels/workbook.xml.rels');
    if (rels) await steps._parseRels(rels);
    const workbook = part('xl/workbook.xml');
    if (workbook) await steps._parseWorkbook(workbook);
    const sharedStrings = part('xl/sharedStrings.xml');
    if (sharedStrings) for await (const _string of steps._parseSharedStrings(sharedStrings));
    const styles = part('xl/styles.xml');
    if (styles) await steps._parseStyles(styles);
    for (const sheetNumber of worksheetNumbersInWorkbookOrder(Object.keys(zip.files), steps)) {
      yield* steps._parseWorksheet(part(`xl/worksheets/sheet${sheetNumber}.xml`)!, sheetNumber);
    }
  }
}

/** Worksheet part numbers in the workbook's tab order; parts the workbook does not list come after, by number. */
function worksheetNumbersInWorkbookOrder(partNames: string[], steps: WorkbookReaderSteps): string[] {
  const numbers = partNames.flatMap((name) => WORKSHEET_PART.exec(name)?.[1] ?? []).sort((a, b) => Number(a) - Number(b));
  const tabOf = (sheetNumber: string) => {
    const rel = steps.workbookRels?.find((candidate) => candidate.Target === `worksheets/sheet${sheetNumber}.xml`);
    const tab = rel ? (steps.model?.sheets ?? []).findIndex((sheet) => sheet.rId === rel.Id) : -1;
    return tab === -1 ? Number.MAX_SAFE_INTEGER : tab;
  };
  return numbers.sort((a, b) => tabOf(a) - tabOf(b));
}

/** Rows of the first worksheet (in workbook order), from row 1, checked against the limits as they stream. */
export async function readFirstSheet(content: Buffer, limits: ReadLimits, onRowsRead?: (rows: number) => void): Promise<SheetContent | undefined> {
  return (await readSheets(content, limits, { firstOnly: true, ...(onRowsRead ? { onRowsRead } : {}) }))[0];
}

/** Rows of every worksheet (or only the first), in workbook order, each checked against the limits as it streams. */
export async function readSheets(content: Buffer, limits: ReadLimits, options: { firstOnly: boolean; onRowsRead?: (rows: number) => void }): Promise<SheetContent[]> {
  checkDeclaredSizes(content);
  const reader = new PartByPartWorkbookReader(content);
  const sheets: SheetContent[] = [];
  for await (const sheet of reader) {
    const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
    const sheetName = (sheet as unknown as { name?: string }).name ?? 'Sheet1';
    const firstName = model?.sheets?.[0]?.name;
    if (options.firstOnly && firstName !== undefined && sheetName !== firstName) continue;
    sheets.push(await readSheetRows(sheet, sheetName, limits, options.onRowsRead));
    if (options.firstOnly) break;
  }
  return sheets;
}

/** Rows above the header a hand-kept sheet may have (a title, merged across the columns, and blank rows). */
const MAX_TITLE_ROWS = 9;

interface StreamedRow {
  number: number;
  values: (string | CellProblem)[];
}

/** Rows between progress calls. */
const ROWS_PER_PROGRESS = 5000;

async function readSheetRows(sheet: ExcelJS.stream.xlsx.WorksheetReader, sheetName: string, limits: ReadLimits, onRowsRead?: (rows: number) => void): Promise<SheetContent> {
  const content: SheetContent = { sheetName, header: [], rows: [], titleRows: [] };
  let width = 0;
  let headerRow: number | undefined;
  // Row 1 with a single cell may be a title above the real header: rows are held back until that is decided.
  let heldBack: StreamedRow[] | undefined;
  const lastRow = limits.maxRows + 1;
  const filled = (values: (string | CellProblem)[]) => values.filter((value) => typeof value !== 'string' || value.trim() !== '').length;
  const take = (row: StreamedRow) => {
    if (headerRow === undefined) {
      headerRow = row.number;
      width = row.values.length;
      // Row 1 is the header even when row 1 is missing (original behaviour): then no header.
      content.header = row.values.map((value) => (typeof value === 'string' ? value : ''));
      return;
    }
    const values = Array.from({ length: width }, (_, index) => row.values[index] ?? '');
    if (values.every((value) => typeof value === 'string' && value.trim() === '')) return;
    content.rows.push({ row: row.number, values });
    if (onRowsRead && content.rows.length % ROWS_PER_PROGRESS === 0) onRowsRead(content.rows.length);
  };
  const release = (titleCount: number) => {
    const held = heldBack ?? [];
    heldBack = undefined;
    content.titleRows = held.slice(0, titleCount).map((row) => row.number);
    for (const row of held.slice(titleCount)) take(row);
  };
  for await (const row of sheet) {
    if (row.number % ROWS_PER_YIELD === 0) await yieldToEventLoop();
    if (!row.hasValues) continue;
    if (row.number > lastRow) {
      throw new WorkbookReadError(`sheet "${sheetName}" has data on row ${row.number}`, `at most ${limits.maxRows} rows per file (data on rows 2 to ${lastRow})`);
    }
    let lastColumn = 0;
    row.eachCell((_cell, column) => {
      lastColumn = column;
      if (column > limits.maxColumns) throw new WorkbookReadError(`sheet "${sheetName}" has a cell at ${columnName(column)}${row.number} (column ${column})`, `at most ${limits.maxColumns} columns`);
    });
    const readWidth = headerRow === undefined ? lastColumn : width;
    const streamed: StreamedRow = { number: row.number, values: Array.from({ length: readWidth }, (_, index) => cellText(row.getCell(index + 1).value, `${columnName(index + 1)}${row.number}`)) };
    if (headerRow === undefined && heldBack === undefined && row.number === 1 && filled(streamed.values) === 1) {
      heldBack = [streamed];
      continue;
    }
    if (heldBack) {
      if (row.number <= MAX_TITLE_ROWS + 1 && filled(streamed.values) >= 2) {
        release(heldBack.length);
        take(streamed);
        continue;
      }
      if (row.number <= MAX_TITLE_ROWS + 1) {
        heldBack.push(streamed);
        continue;
      }
      release(0);
    }
    if (headerRow === undefined && row.number !== 1) {
      // No row 1: as before, the sheet has no header and every row is data of width 0.
      headerRow = 1;
      width = 0;
    }
    take(streamed);
  }
  if (heldBack) release(0);
  return content;
}
