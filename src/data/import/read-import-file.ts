/**
 * Step 1 of an import, read: one uploaded file becomes a table of cell text with its
 * SHA-256 and its record type (from the file name, or else the header), or a report saying
 * why it cannot be imported at all (unreadable, unknown type, a required column missing, no
 * rows, too many rows). Nothing here looks at the database.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { formatImportError } from './import-errors.js';
import type { ImportFileReport } from './import-schema.js';
import { readTable, TableReadError, type RawTable } from './read-table.js';
import { columnsOf, DETECTION_ORDER, IMPORT_ORDER, RECORD_TYPES, requiredColumnsOf, type RecordTypeName } from './record-types/index.js';

export interface ImportFileInput {
  /** File name as the user knows it (folders are dropped in messages). */
  name: string;
  content: Buffer;
}

/** A file as read. `table` and `type` are set when the file can go on to validation (`report.errors` is then empty). */
export interface ReadImportFile {
  name: string;
  sha256: string;
  table?: RawTable;
  type?: RecordTypeName;
  /** The file's report, filled in by each step. */
  report: ImportFileReport;
}

/** The record type a file holds, from its name or else from the columns its header has. */
export function detectRecordType(fileName: string, headers: readonly string[]): RecordTypeName | undefined {
  const base = path.basename(fileName).toLowerCase();
  const byName = DETECTION_ORDER.find((type) => RECORD_TYPES[type].fileName.test(base));
  if (byName) return byName;
  const headerSet = new Set(headers);
  const candidates = DETECTION_ORDER.filter((type) => requiredColumnsOf(type).every((column) => headerSet.has(column)));
  const score = (type: RecordTypeName) => columnsOf(type).filter((column) => headerSet.has(column)).length;
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

function emptyReport(name: string, sha256: string): ImportFileReport {
  return { file: name, sha256, status: 'rejected', rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, errors: [], warnings: [] };
}

export async function readImportFile(input: ImportFileInput, maxRows: number | undefined): Promise<ReadImportFile> {
  const name = path.basename(input.name);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const read: ReadImportFile = { name, sha256, report: emptyReport(name, sha256) };
  const fileError = (problem: string, expected: string) => {
    read.report.errors.push(formatImportError({ file: name, problem, expected }, 'row'));
  };
  try {
    read.table = await readTable(name, input.content, maxRows !== undefined ? { maxRows } : {});
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    fileError(error.message.replace(`${name}: `, ''), error.expected);
    return read;
  }
  const table = read.table;
  read.report.rows = table.rows.length + table.shapeErrors.length;
  const type = detectRecordType(name, table.headers);
  read.report.recordType = type;
  if (!type) {
    fileError(
      'is not a recognised record type: neither the file name nor the header names one',
      `a file named after its type (${IMPORT_ORDER.join(', ')}) or with that type's columns`,
    );
    return read;
  }
  read.type = type;
  const required = requiredColumnsOf(read.type);
  const missing = required.filter((column) => !table.headers.includes(column));
  if (missing.length > 0) {
    fileError(`has no ${missing.map((column) => `"${column}"`).join(', ')} column${missing.length > 1 ? 's' : ''}`, `the ${read.type} columns ${required.join(', ')}`);
    return read;
  }
  if (read.report.rows === 0) fileError('has a header but no data rows', 'at least one data row');
  if (maxRows !== undefined && read.report.rows > maxRows) fileError(`has ${read.report.rows} rows`, `at most ${maxRows} rows per file`);
  const known = new Set(columnsOf(read.type));
  const unknown = table.headers.filter((header) => header !== '' && !known.has(header));
  if (unknown.length > 0) read.report.warnings.push(`${name}: column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} ignored (not a ${read.type} column)`);
  return read;
}
