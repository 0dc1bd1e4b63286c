/**
 * Imports involvement records in three steps: read each file (read-import-file.ts), validate
 * every row against its record type (validate-rows.ts), write the valid rows in one
 * transaction (write-chunks.ts). By default a file with any bad row imports nothing and every
 * error is reported (file, row, column, value, what was expected); with `skipInvalid` the
 * valid rows are imported and the rejected rows are returned for `<file>.rejected.csv`.
 *
 * Memory stays bounded by streaming: a CSV file is read once to count its rows and find the
 * file-level problems, then read again a chunk of rows at a time; each chunk is validated
 * and written at once inside the transaction, which a bad row anywhere rolls back at the
 * end. What is kept across chunks is one number per key seen (for duplicates and references
 * within the import); stored references are looked up per chunk.
 */
import type { Database } from '../database.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { organisationForImport } from './import-organisation.js';
import { importDatabaseError } from './import-database-errors.js';
import type { ImportError, ImportFileReport, ImportReport } from './import-schema.js';
import { formatImportError } from './import-errors.js';
import type { ImportMapping } from './mapping/mapping-schema.js';
import { readImportFiles, type ImportFileSource, type ReadImportFile } from './read-import-file.js';
import { IMPORT_ORDER, RECORD_TYPES } from './record-types/index.js';
import { RowValidator, type ChunkResult, type ValidatedFile } from './validate-rows.js';
import { FileWriter, idOfChunk, storedIdsOfChunk } from './write-chunks.js';
import { takeImportTurn, writeOrganisation, type ImportOrganisation } from './write-rows.js';
import { AppError } from '../../shared/app-error.js';
import { TableReadError, type RowChunk } from './read-table.js';

export type { ImportFileInput, ImportFilePath, ImportFileSource } from './read-import-file.js';
export { takeImportTurn } from './write-rows.js';

export interface ImportFilesOptions {
  db: Database;
  /** Uploaded bytes, or files on disk (a CSV file on disk is streamed from it, never held whole). */
  files: ImportFileSource[];
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
  /** Longest the one transaction (checking and writing) may take before it is rolled back (default 10 minutes). */
  transactionTimeoutMs?: number;
}

export interface ImportProgress {
  phase: 'read' | 'check' | 'write' | 'done';
  /** Rows done in this phase so far. */
  rows: number;
  /** Rows this phase has to do, once known (reading does not know it until the end). */
  total?: number;
}

/**
 * Errors listed per file, so that a file of a million bad rows cannot make a report of a
 * million messages; every error is still counted, and one closing entry says how many more.
 */
export const MAX_ERRORS_LISTED_PER_FILE = 1000;
const DEFAULT_TRANSACTION_TIMEOUT_MS = 600_000;

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

/** What checking (and writing) one file came to, beyond its report. */
interface FileOutcome {
  file: ReadImportFile;
  valid: number;
  rejectedRows: number;
  /** Errors found but not listed in the report (past MAX_ERRORS_LISTED_PER_FILE). */
  unlisted: number;
  /** The rejected rows' cells as read, by row number, for the rejected-rows file. */
  originals: Map<number, string[]>;
}

/** Thrown inside the transaction to roll back an import that found bad rows after writing some. */
class RollBack extends Error {}

/** The rejected rows as they were (header first), each with an `errors` column. */
function rejectedRowsOf(outcome: FileOutcome, errorsByRow: Map<number, ImportError[]>): string[][] | undefined {
  if (outcome.originals.size === 0) return undefined;
  const { file } = outcome;
  const table = file.table!;
  // A mapped file's rejected rows go back under the provider's own headers.
  const mapped = file.report.columnMapping !== undefined || file.report.sourceFile !== undefined;
  const headers = mapped ? (table.sourceHeaders ?? table.headers) : table.headers;
  const lines: string[][] = [[...headers, 'errors']];
  for (const [row, original] of [...outcome.originals.entries()].sort(([a], [b]) => a - b)) {
    lines.push([...headers.map((_, index) => original[index] ?? ''), (errorsByRow.get(row) ?? []).map((error) => error.message).join(' | ')]);
  }
  return lines;
}

/** The report fields writing changes, to put back when the transaction is rolled back. */
function writeFieldsOf(report: ImportFileReport) {
  const { created, updated, unchanged, status, batchId, previousImport } = report;
  return { created, updated, unchanged, status, batchId, previousImport, warnings: [...report.warnings] };
}

function restoreWriteFields(report: ImportFileReport, saved: ReturnType<typeof writeFieldsOf>): void {
  const { batchId, previousImport, ...counts } = saved;
  Object.assign(report, counts);
  if (batchId === undefined) delete report.batchId;
  else report.batchId = batchId;
  if (previousImport === undefined) delete report.previousImport;
  else report.previousImport = previousImport;
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
  const readOptions = { stream: true, ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}), ...(options.mapping ? { mapping: options.mapping } : {}) };
  const files = (await Promise.all(options.files.map((file, index) => readImportFiles(file, { ...readOptions, onRowsRead: onRowsRead(index) })))).flat();
  const organisation = await organisationForImport(db, files, options.organisation);
  markTwins(files);

  const active = IMPORT_ORDER.flatMap((type) => files.filter((file) => file.type === type && file.report.status !== 'unchanged' && file.report.errors.length === 0));
  const toCheck = active.reduce((sum, file) => sum + file.report.rows, 0);
  progress({ phase: 'read', rows: files.reduce((sum, file) => sum + file.report.rows, 0) });
  progress({ phase: 'check', rows: 0, total: toCheck });

  let writing = false;
  let written = 0;
  const validator = new RowValidator({ now, onRowsChecked: (rows) => (writing ? undefined : progress({ phase: 'check', rows, total: toCheck })) });
  const outcomes = new Map<ReadImportFile, FileOutcome>();
  const errorsByFile = new Map<ReadImportFile, Map<number, ImportError[]>>();
  const errorCountSoFar = () => files.reduce((sum, file) => sum + file.report.errors.length + (outcomes.get(file)?.unlisted ?? 0), 0);

  /** Adds a chunk's findings to its file's report: errors (the first MAX_ERRORS_LISTED_PER_FILE listed), counts, rejected rows. */
  const record = (file: ReadImportFile, chunk: RowChunk, result: ChunkResult) => {
    const outcome = outcomes.get(file)!;
    outcome.valid += result.valid.length;
    outcome.rejectedRows += result.rejected.size;
    if (result.rejected.size === 0) return;
    const originals = new Map(chunk.rows.filter((row) => result.rejected.has(row.row)).map((row) => [row.row, row.original]));
    const byRow = errorsByFile.get(file) ?? new Map<number, ImportError[]>();
    errorsByFile.set(file, byRow);
    for (const [row, errors] of result.rejected) {
      // Every rejected row is kept for the rejected-rows file when rows are skipped; otherwise only as many as are listed.
      if (skipInvalid || outcome.originals.size < MAX_ERRORS_LISTED_PER_FILE) {
        outcome.originals.set(row, originals.get(row) ?? []);
        byRow.set(row, errors);
      }
      for (const error of errors) {
        if (file.report.errors.length < MAX_ERRORS_LISTED_PER_FILE) file.report.errors.push(error);
        else outcome.unlisted += 1;
      }
    }
  };

  /** Checks the files' rows a chunk at a time; with `write`, writes each chunk's valid rows while the import is still clean (or skips bad rows). */
  const checkFiles = async (client: Prisma.TransactionClient, organisationId: string | undefined, list: readonly ReadImportFile[], write: boolean) => {
    for (const file of list) {
      const type = file.type!;
      const recordType = RECORD_TYPES[type];
      outcomes.set(file, { file, valid: 0, rejectedRows: 0, unlisted: 0, originals: new Map() });
      const ordinal = validator.startFile(file as ValidatedFile);
      const asValidated = { ...file, table: file.table!, type, valid: [], rejected: new Map() } as ValidatedFile;
      // The writer shares the file's report.
      asValidated.report = file.report;
      const writer = write && type !== 'organisation' && organisationId ? new FileWriter(client, organisationId, asValidated) : undefined;
      try {
        for await (const chunk of file.chunks!()) {
          const ids = await storedIdsOfChunk(client, organisationId, recordType, chunk);
          const result = await validator.validateChunk(asValidated, ordinal, recordType, chunk, (refType, ref) => ids[refType].has(ref));
          record(file, chunk, result);
          if (result.rejected.size > 0 && !skipInvalid) writing = false;
          if (writer && writing) {
            await writer.writeChunk(result.valid, idOfChunk(ids, file.name));
            written += result.valid.length;
            progress({ phase: 'write', rows: written, total: toCheck });
          }
        }
      } catch (error) {
        // A file on disk read again for this pass that no longer reads as it did (it changed).
        if (error instanceof TableReadError) throw new AppError('INVALID_INPUT', `${error.message}: nothing from this import was written; import it again once it is saved (expected ${error.expected}).`);
        throw error;
      }
      if (writer && writing) await writer.finish();
    }
  };

  // The organisation file is checked first and on its own: it decides what the others are written to.
  const organisationFiles = active.filter((file) => file.type === 'organisation');
  const recordFiles = active.filter((file) => file.type !== 'organisation');
  await checkFiles(db.prisma, organisation.id, organisationFiles, false);
  const clean = () => errorCountSoFar() === 0;
  if (!dryRun && (clean() || skipInvalid) && active.some((file) => file.report.rows > 0)) {
    const saved = new Map(files.map((file) => [file, writeFieldsOf(file.report)]));
    const organisationFile = organisationFiles.find((file) => (outcomes.get(file)?.valid ?? 0) > 0);
    writing = true;
    try {
      await db.prisma.$transaction(
        async (tx) => {
          await takeImportTurn(tx, organisation.slug, options.waitForOtherImportMs ?? DEFAULT_WAIT_FOR_OTHER_IMPORT_MS);
          const organisationId = await writeOrganisation(tx, organisation, organisationFile ? ({ ...organisationFile, report: organisationFile.report } as ValidatedFile) : undefined);
          if (!organisationId) throw new AppError('NOT_FOUND', `No organisation "${organisation.slug}" any more: it was removed while the files were being checked.`);
          if (organisation.id !== undefined && organisation.id !== organisationId) {
            throw new AppError('CONFLICT', `The organisation "${organisation.slug}" was removed and created again while the files were being checked; send the import again.`);
          }
          await checkFiles(tx, organisationId, recordFiles, true);
          // A bad row found after some rows were written: nothing of this import may stay.
          if (!writing) throw new RollBack();
        },
        // PGlite has one connection, so there the wait is for the transaction to start.
        { timeout: options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS, maxWait: options.waitForOtherImportMs ?? DEFAULT_WAIT_FOR_OTHER_IMPORT_MS },
      );
    } catch (error) {
      if (!(error instanceof RollBack)) throw importDatabaseError(error, organisation.slug);
      for (const [file, fields] of saved) restoreWriteFields(file.report, fields);
    }
  } else {
    await checkFiles(db.prisma, organisation.id, recordFiles, false);
  }
  progress({ phase: 'check', rows: validator.rowsChecked, total: toCheck });
  if (written > 0) progress({ phase: 'write', rows: written, total: toCheck });

  for (const [file, outcome] of outcomes) {
    if (outcome.unlisted > 0) {
      file.report.errors.push(
        formatImportError(
          { file: file.name, problem: `has ${outcome.unlisted} more error${outcome.unlisted === 1 ? '' : 's'} not listed here (only the first ${MAX_ERRORS_LISTED_PER_FILE} of a file are listed, to keep the report small)`, expected: 'the errors above fixed; importing again lists the rest' },
          file.table?.rowWord ?? 'row',
        ),
      );
    }
    file.report.rejectedRows = rejectedRowsOf(outcome, errorsByFile.get(file) ?? new Map());
  }
  for (const { report } of files) {
    const file = files.find((candidate) => candidate.report === report)!;
    const rejectedRows = outcomes.get(file)?.rejectedRows ?? 0;
    // A file refused as a whole rejects every row.
    report.rejected = rejectedRows + (report.errors.length > 0 && rejectedRows === 0 && report.status !== 'unchanged' ? report.rows : 0);
  }

  const errorCount = errorCountSoFar() - [...outcomes.values()].filter((outcome) => outcome.unlisted > 0).length;
  const rejected = errorCount > 0 && !skipInvalid;

  progress({ phase: 'done', rows: files.reduce((sum, file) => sum + file.report.rows, 0) });
  for (const file of files) {
    if (file.report.status === 'unchanged') continue;
    if (rejected || ((outcomes.get(file)?.valid ?? 0) === 0 && file.report.errors.length > 0)) file.report.status = 'rejected';
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
