/**
 * Cells of the CSV files Assured writes for people to open in a spreadsheet. A cell starting
 * with one of these characters is read by Excel, LibreOffice and Google Sheets as a formula
 * (=HYPERLINK(…), +cmd|…, @SUM(…)), so a value copied from an uploaded file could run when the
 * download is opened. Such a cell gets a leading apostrophe, which spreadsheets show as text.
 * Plain TypeScript with no Node APIs: the web page bundles it too.
 */

/** Leading characters that make a spreadsheet treat a cell as a formula. */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** Marks a cell as text; negative numbers such as -3 are marked too, which keeps them as written. */
export const TEXT_MARK = "'";

export function spreadsheetSafeCell(value: string): string {
  return FORMULA_TRIGGERS.some((trigger) => value.startsWith(trigger)) ? `${TEXT_MARK}${value}` : value;
}

export function spreadsheetSafeRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => row.map(spreadsheetSafeCell));
}
