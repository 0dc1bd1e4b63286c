/**
 * The provider's own workbook handed back with its errors marked: an "Errors" column beside
 * each sheet's data saying what is wrong on that row, the bad cells highlighted, and an
 * "Import errors" sheet listing every error (file-wide ones too) with file, row, column and
 * value. Errors are placed by the provider's own header (`sourceColumn`) where the import
 * mapped one, so the cell marked is the one the manager typed.
 */
import ExcelJS from 'exceljs';
import type { ImportError, ImportReport } from './import-schema.js';
import { normaliseColumnName } from './read-table.js';

/** Above this many bytes the workbook is not loaded whole to be annotated (errors are still in the report). */
export const MAX_ANNOTATED_WORKBOOK_BYTES = 20 * 2 ** 20;

const BAD_CELL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const BAD_CELL_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' }, bold: true };
const ERRORS_HEADER = 'Errors';
const SUMMARY_SHEET = 'Import errors';
/** Rows searched for the header (a hand-kept sheet may have a title above it). */
const HEADER_SEARCH_ROWS = 10;

/** The errors of one input file, by the sheet they belong to (undefined: the first sheet, or the file as a whole). */
function errorsBySheet(fileName: string, report: ImportReport): { sheet: string | undefined; errors: ImportError[] }[] {
  const groups: { sheet: string | undefined; errors: ImportError[] }[] = [];
  for (const file of report.files) {
    if ((file.sourceFile ?? file.file) !== fileName || file.errors.length === 0) continue;
    const sheet = /^.* \[(.+)\](?: \(.+\))?$/.exec(file.file)?.[1];
    groups.push({ sheet, errors: file.errors });
  }
  return groups;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  return String(value);
}

/** The header row and each header's column number, normalised as the importer reads headers. */
function headerOf(sheet: ExcelJS.Worksheet, wanted: readonly string[]): { row: number; columns: Map<string, number> } {
  const want = new Set(wanted.map(normaliseColumnName));
  let best = { row: 1, columns: new Map<string, number>(), hits: -1 };
  for (let rowNumber = 1; rowNumber <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); rowNumber += 1) {
    const columns = new Map<string, number>();
    sheet.getRow(rowNumber).eachCell((cell, column) => {
      const name = normaliseColumnName(cellText(cell.value));
      if (name !== '' && !columns.has(name)) columns.set(name, column);
    });
    const hits = [...want].filter((name) => columns.has(name)).length;
    if (hits > best.hits || (hits === best.hits && best.columns.size < 2 && columns.size >= 2)) best = { row: rowNumber, columns, hits };
  }
  return { row: best.row, columns: best.columns };
}

/** The annotated copy of a rejected workbook, or undefined when the file has no errors. */
export async function writeErrorWorkbook(options: { fileName: string; content: Buffer; report: ImportReport }): Promise<Buffer | undefined> {
  const groups = errorsBySheet(options.fileName, options.report);
  if (groups.length === 0) return undefined;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(options.content as never);
  const summary = workbook.getWorksheet(SUMMARY_SHEET) ?? workbook.addWorksheet(SUMMARY_SHEET);
  summary.columns = [
    { header: 'sheet', width: 18 },
    { header: 'row', width: 6 },
    { header: 'your column', width: 24 },
    { header: 'Assured column', width: 20 },
    { header: 'value', width: 20 },
    { header: 'what is wrong', width: 90 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const { sheet: sheetName, errors } of groups) {
    const sheet = (sheetName !== undefined ? workbook.getWorksheet(sheetName) : undefined) ?? workbook.worksheets.find((entry) => entry.name !== SUMMARY_SHEET)!;
    const header = headerOf(sheet, errors.flatMap((error) => [error.sourceColumn ?? '', error.column ?? '']).filter(Boolean));
    const errorsColumn = Math.max(1, ...header.columns.values()) + 1;
    const headerCell = sheet.getCell(header.row, errorsColumn);
    headerCell.value = ERRORS_HEADER;
    headerCell.font = { bold: true, color: { argb: 'FF9C0006' } };
    sheet.getColumn(errorsColumn).width = 80;
    const byRow = new Map<number, string[]>();
    for (const error of errors) {
      const where = error.sourceColumn ?? error.column;
      summary.addRow([sheet.name, error.row ?? '', error.sourceColumn ?? error.column ?? '', error.column ?? '', error.value ?? '', error.message]);
      if (error.row === undefined) continue;
      const column = where === undefined ? undefined : (header.columns.get(normaliseColumnName(where)) ?? (error.column ? header.columns.get(error.column) : undefined));
      if (column !== undefined) {
        const cell = sheet.getCell(error.row, column);
        cell.fill = BAD_CELL_FILL;
        cell.font = BAD_CELL_FONT;
      }
      const label = error.sourceColumn ? `${error.sourceColumn} (${error.column})` : error.column;
      byRow.set(error.row, [...(byRow.get(error.row) ?? []), `${label ? `${label}: ` : ''}${error.value !== undefined ? `${error.value} ` : ''}${error.problem} (expected ${error.expected})`]);
    }
    for (const [row, messages] of byRow) {
      const cell = sheet.getCell(row, errorsColumn);
      cell.value = messages.join('\n');
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.font = { color: { argb: 'FF9C0006' } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
