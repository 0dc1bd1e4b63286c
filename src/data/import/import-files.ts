/**
 * Imports involvement records in three steps: read each file (read-import-file.ts), validate
 * every row against its record type (validate-rows.ts), write the valid rows in one
 * transaction (write-rows.ts). By default a file with any bad row imports nothing and every
 * error is reported (file, row, column, value, what was expected); with `skipInvalid` the
 * valid rows are imported and the rejected rows are returned for `<file>.rejected.csv`.
 */
import type { Database } from '../database.js';
import { organisationForImport } from './import-organisation.js';
import type { ImportReport } from './import-schema.js';
import type { ImportMapping } from './mapping/mapping-schema.js';
import { readImportFiles, type ImportFileInput, type ReadImportFile } from './read-import-file.js';
import { findStoredIds } from './stored-ids.js';
import { validateFiles, type ValidatedFile } from './validate-rows.js';
import { writeImport } from './write-rows.js';
import { AppError } from '../../shared/app-error.js';

export type { ImportFileInput } from './read-import-file.js';
export { takeImportTurn } from './write-rows.js';

export interface ImportFilesOptions {
  db: Database;
  files: ImportFileInput[];
  /** Organisation slug; may be left out when the files include organisation.csv or the database holds one organisation. */
  organisation?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  /** Dates after this are rejected as in the future. */
  now?: Date;
  /** Refuse files with more data rows than this (the API sets it). */
  maxRows?: number;
  /** The provider's mapping of headers, values and shapes (see mapping/mapping-schema.ts). */
  mapping?: ImportMapping;
  /** Told how far the import has got (rows read, checked, written), for a progress display. */
  onProgress?: (progress: ImportProgress) => void;
  /** How long to wait for another import for the same organisation to finish before refusing with CONFLICT (default 60 s). */
  waitForOtherImportMs?: number;
}

export interface ImportProgress {
  phase: 'read' | 'check' | 'write' | 'done';
  /** Rows done in this phase so far. */
  rows: number;
  /** Rows this phase has to do, once known (reading does not know it until the end). */
  total?: number;
}

const DEFAULT_WAIT_FOR_OTHER_IMPORT_MS = 60_000;

/** A file whose content is already in this import under another name is imported once. */
function markTwins(files: readonly ReadImportFile[]): void {
  const seenSha = new Map<string, string>();
  for (const file of files) {
    const twin = seenSha.get(file.sha256);
    if (twin && file.report.status !== 'unchanged') {
      file.report.status = 'unchanged';
      file.report.warnings.push(`${file.name}: same content as ${twin} in this import; imported once`);
    }
    seenSha.set(file.sha256, file.name);
  }
}

/** The rejected rows as they were (header first), each with an `errors` column. */
function rejectedRowsOf(file: ValidatedFile): string[][] | undefined {
  if (file.rejected.size === 0) return undefined;
  const { table } = file;
  const byRow = new Map(table.rows.map((row) => [row.row, row.original]));
  // A mapped file's rejected rows go back under the provider's own headers.
  const mapped = file.report.columnMapping !== undefined || file.report.sourceFile !== undefined;
  const headers = mapped ? (table.sourceHeaders ?? table.headers) : table.headers;
  const lines: string[][] = [[...headers, 'errors']];
  for (const [row, errors] of [...file.rejected.entries()].sort(([a], [b]) => a - b)) {
    const original = byRow.get(row) ?? [];
    lines.push([...headers.map((_, index) => original[index] ?? ''), errors.map((error) => error.message).join(' | ')]);
  }
  return lines;
}

export async function importFiles(options: ImportFilesOptions): Promise<ImportReport> {
  const { db } = options;
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const skipInvalid = options.skipInvalid ?? false;
  if (options.files.length === 0) throw new AppError('INVALID_INPUT', 'No files to import.');

  const progress = options.onProgress ?? (() => undefined);
  const readSoFar = new Map<number, number>();
  const onRowsRead = (index: number) => (rows: number) => {
    readSoFar.set(index, rows);
    progress({ phase: 'read', rows: [...readSoFar.values()].reduce((sum, count) => sum + count, 0) });
  };
  const readOptions = { ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}), ...(options.mapping ? { mapping: options.mapping } : {}) };
  const files = (await Promise.all(options.files.map((file, index) => readImportFiles(file, { ...readOptions, onRowsRead: onRowsRead(index) })))).flat();
  const organisation = await organisationForImport(db, files, options.organisation);
  markTwins(files);

  const storedIds = await findStoredIds(db.prisma, organisation.id, files);
  const active = files.filter((file) => file.report.status !== 'unchanged' && file.report.errors.length === 0 && file.type);
  const toCheck = active.reduce((sum, file) => sum + (file.table?.rows.length ?? 0), 0);
  progress({ phase: 'read', rows: files.reduce((sum, file) => sum + file.report.rows, 0) });
  progress({ phase: 'check', rows: 0, total: toCheck });
  const validated = await validateFiles(active, { now, storedIds, onRowsChecked: (rows) => progress({ phase: 'check', rows, total: toCheck }) });
  progress({ phase: 'check', rows: toCheck, total: toCheck });
  // Each validated file shares its report with the file as read.
  const validatedByReport = new Map(validated.map((file) => [file.report, file]));
  for (const file of validated) {
    for (const errors of file.rejected.values()) file.report.errors.push(...errors);
    file.report.rejectedRows = rejectedRowsOf(file);
  }
  for (const { report } of files) {
    const rejectedRows = validatedByReport.get(report)?.rejected.size ?? 0;
    // A file refused as a whole rejects every row.
    report.rejected = rejectedRows + (report.errors.length > 0 && rejectedRows === 0 && report.status !== 'unchanged' ? report.rows : 0);
  }

  const errorCount = files.reduce((sum, file) => sum + file.report.errors.length, 0);
  const rejected = errorCount > 0 && !skipInvalid;
  const toWrite = validated.filter((file) => file.valid.length > 0);
  if (!rejected && !dryRun && toWrite.length > 0) {
    const toWriteRows = toWrite.reduce((sum, file) => sum + file.valid.length, 0);
    progress({ phase: 'write', rows: 0, total: toWriteRows });
    await writeImport({
      db,
      organisation,
      files: toWrite,
      storedIds,
      waitForOtherImportMs: options.waitForOtherImportMs ?? DEFAULT_WAIT_FOR_OTHER_IMPORT_MS,
      onRowsWritten: (rows) => progress({ phase: 'write', rows, total: toWriteRows }),
    });
  }

  progress({ phase: 'done', rows: files.reduce((sum, file) => sum + file.report.rows, 0) });
  for (const file of files) {
    if (file.report.status === 'unchanged') continue;
    if (rejected || ((validatedByReport.get(file.report)?.valid.length ?? 0) === 0 && file.report.errors.length > 0)) file.report.status = 'rejected';
    else if (dryRun) file.report.status = 'validated';
    else file.report.status = file.report.errors.length > 0 ? 'partly-imported' : 'imported';
  }

  const totals: ImportReport['totals'] = {};
  for (const file of files) {
    const key = file.type ?? 'unrecognised';
    const total = (totals[key] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 });
    total.created += file.report.created;
    total.updated += file.report.updated;
    total.unchanged += file.report.unchanged;
    total.rejected += file.report.rejected;
  }
  return { organisation: organisation.slug, dryRun, skipInvalid, rejected, files: files.map((file) => file.report), totals, errorCount };
}
