/**
 * RFC 4180 CSV for the rejected-rows download. Cells a spreadsheet would run as a formula are
 * marked as text first (the CLI's rejected-rows file uses the same rule); every other cell reads
 * back unchanged.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { spreadsheetSafeCell } from '../shared/spreadsheet-safe-cell.js';

export function toCsv(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => row.map(spreadsheetSafeCell)),
    // Quote cells with edge spaces too: a spreadsheet would trim them.
    { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ },
  );
}

/** `reviews.csv` → `reviews.rejected.csv`, the name the CLI writes. */
export function rejectedFileName(file: string): string {
  const dot = file.lastIndexOf('.');
  return `${dot > 0 ? file.slice(0, dot) : file}.rejected.csv`;
}
