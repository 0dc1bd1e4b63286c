/** One readable line per import error: where (file, row, column), the value, what is wrong and what was expected. */
import type { ImportError } from './import-schema.js';
import { echoValue } from './read-limits.js';

export type RowWord = 'row' | 'record';

export function formatImportError(raw: Omit<ImportError, 'message'>, rowWord: RowWord): ImportError {
  // Values are echoed shortened, so one huge cell cannot make a huge report.
  const error = raw.value === undefined ? raw : { ...raw, value: echoValue(raw.value) };
  const where = [error.file, error.row === undefined ? undefined : `${rowWord} ${error.row}`, columnText(error)]
    .filter(Boolean)
    .join(' ');
  const subject = error.value === undefined ? (error.column === undefined ? '' : 'value ') : `${error.value} `;
  return { ...error, message: `${where}: ${subject}${error.problem} (expected ${error.expected})` };
}

/** "column held_on", or with the provider's header: 'column "Date of review" (held_on)'. */
function columnText(error: Omit<ImportError, 'message'>): string | undefined {
  if (error.column === undefined) return undefined;
  if (error.sourceColumn === undefined || error.sourceColumn === error.column) return `column ${error.column}`;
  return `column "${error.sourceColumn}" (${error.column})`;
}
