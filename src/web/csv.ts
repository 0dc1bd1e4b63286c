/**
 * RFC 4180 CSV for the rejected-rows download. Cells a spreadsheet would run as a formula are
 * marked as text first (the CLI's rejected-rows file uses the same rule); every other cell reads
 * back unchanged.
 */
import { spreadsheetSafeCell } from '../shared/spreadsheet-safe-cell.js';

function cell(raw: string): string {
  const value = spreadsheetSafeCell(raw);
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** `reviews.csv` → `reviews.rejected.csv`, the name the CLI writes. */
export function rejectedFileName(file: string): string {
  const dot = file.lastIndexOf('.');
  return `${dot > 0 ? file.slice(0, dot) : file}.rejected.csv`;
}
