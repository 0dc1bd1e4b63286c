/**
 * Bounds on what reading one import file may cost, whatever the file declares, and the
 * shortening of cell values echoed back in error messages.
 */

export interface ReadLimits {
  /** Most data rows (records, for JSON) in one file. */
  maxRows: number;
  /** Most columns in a sheet or CSV header. */
  maxColumns: number;
  /** Longest cell, in characters. */
  maxCellCharacters: number;
}

/** Excel's own limit on one cell: anything Excel can hold passes; longer text is not a record. */
export const MAX_CELL_CHARACTERS = 32_767;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  // Excel's last row, less the header: a bound when the caller sets none.
  maxRows: 1_048_575,
  // Record types have at most a few dozen columns; unknown ones are ignored but still read.
  maxColumns: 500,
  maxCellCharacters: MAX_CELL_CHARACTERS,
};

/** Largest unpacked part of a workbook (a 50,000-row, 20-column sheet is about 45 MB of XML). */
export const MAX_WORKBOOK_PART_BYTES = 128 * 2 ** 20;
/** Largest unpacked workbook, all parts together. */
export const MAX_WORKBOOK_BYTES = 256 * 2 ** 20;

/** Longest echo of a cell value in an error message. */
export const ECHO_CHARACTERS = 200;

/**
 * A cell value fit to repeat in a message: NUL shown as \0 (terminals and PostgreSQL cannot
 * carry it) and anything long cut to its start with its full length, so a huge cell cannot
 * make a huge error report.
 */
export function echoValue(value: string, maxCharacters = ECHO_CHARACTERS): string {
  const visible = value.includes('\u0000') ? value.replace(/\u0000/g, '\\0') : value;
  if (visible.length <= maxCharacters) return visible;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(visible[maxCharacters - 1]!) ? maxCharacters - 1 : maxCharacters;
  return `${visible.slice(0, end)}… (${value.length} characters)`;
}
