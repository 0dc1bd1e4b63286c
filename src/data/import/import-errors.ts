/** One readable line per import error: where (file, row, column), the value, what is wrong and what was expected. */
import type { ImportError } from './import-schema.js';
import { echoValue } from './read-limits.js';

export type RowWord = 'row' | 'record';

export function formatImportError(raw: Omit<ImportError, 'message'>, rowWord: RowWord): ImportError {
  // Values are echoed shortened, so one huge cell cannot make a huge report.
  const error = raw.value === undefined ? raw : { ...raw, value: echoValue(raw.value) };
  const where = [error.file, error.row === undefined ? undefined : `${rowWord} ${error.row}`, error.column === undefined ? undefined : `column ${error.column}`]
    .filter(Boolean)
    .join(' ');
  const subject = error.value === undefined ? (error.column === undefined ? '' : 'value ') : `${error.value} `;
  return { ...error, message: `${where}: ${subject}${error.problem} (expected ${error.expected})` };
}
