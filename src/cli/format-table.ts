/**
 * Plain-text tables for terminal output: a header, a dashed rule, then the rows; numbers
 * right-aligned. Tables fit the width they are given: when the cells would run wider, the widest
 * columns are narrowed and their text wraps within the column (cli-table3 does the wrapping).
 */
import Table from 'cli-table3';

/** Used when the caller does not know the terminal's width (output to a file or a pipe). */
export const DEFAULT_TABLE_WIDTH = 100;
const COLUMN_GAP = 2;
/** No column is narrowed below this, however little room there is. */
const MIN_COLUMN_WIDTH = 6;

const NO_BORDERS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
  middle: ' '.repeat(COLUMN_GAP),
};

function textWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map((line) => [...line].length));
}

/**
 * Column widths that fit `width`: columns narrower than an equal share keep their width; the
 * others share what is left equally.
 */
export function fitColumns(natural: readonly number[], width: number): number[] {
  const available = width - COLUMN_GAP * Math.max(0, natural.length - 1);
  if (natural.reduce((sum, each) => sum + each, 0) <= available) return [...natural];
  const widths = [...natural];
  let open = natural.map((_, index) => index);
  let room = available;
  for (;;) {
    const share = Math.floor(room / Math.max(1, open.length));
    const fitting = open.filter((index) => natural[index]! <= share);
    if (fitting.length === 0) {
      for (const index of open) widths[index] = Math.max(MIN_COLUMN_WIDTH, share);
      return widths;
    }
    for (const index of fitting) room -= natural[index]!;
    open = open.filter((index) => natural[index]! > share);
    if (open.length === 0) return widths;
  }
}

export function formatTable(headers: string[], rows: (string | number)[][], width = DEFAULT_TABLE_WIDTH): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const natural = headers.map((_, column) => Math.max(...cells.map((row) => textWidth(row[column] ?? ''))));
  const widths = fitColumns(natural, width);
  const table = new Table({
    chars: NO_BORDERS,
    style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [] },
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
  });
  // A word longer than its column is broken rather than cut off with an ellipsis.
  const align = (row: string[]) =>
    row.map((content, column) => ({
      content,
      hAlign: numeric[column] ? ('right' as const) : ('left' as const),
      wrapOnWordBoundary: content.split(/\s+/).every((word) => [...word].length <= widths[column]!),
    }));
  table.push(align(headers), widths.map((each) => '-'.repeat(each)), ...cells.slice(1).map(align));
  return table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}
