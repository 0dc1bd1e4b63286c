/**
 * The `<file>.rejected.csv` the CLI writes beside a file imported with --skip-invalid: the
 * rejected rows as they were, with an `errors` column. Cells a spreadsheet would run as
 * formulas are marked as text, by the same rule as the web page's download.
 */
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafeRows } from '../../shared/spreadsheet-safe-cell.js';

export function rejectedRowsCsv(rows: readonly (readonly string[])[]): string {
  return stringify(spreadsheetSafeRows(rows));
}
