import { open, readFile, writeFile } from 'node:fs/promises';
import { MAX_ANNOTATED_WORKBOOK_BYTES, writeErrorWorkbook } from '../../data/import/error-workbook.js';
import type { ImportFilePath } from '../../data/import/import-files.js';
import path from 'node:path';
import { DEFAULT_READ_LIMITS } from '../../data/import/read-limits.js';
import { importFiles } from '../../data/import/import-files.js';
import type { ImportFileReport, ImportReport } from '../../data/import/import-schema.js';
import { rejectedRowsCsv } from '../../data/import/rejected-rows-csv.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../command.js';
import { ORG_FLAG, TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { InputError } from '../read-input.js';
import { formatTable } from '../format-table.js';
import { isCappedImportChild } from '../import-heap.mjs';
import { createImportProgress } from '../import-progress.js';
import { withDatabase } from '../with-database.js';
import { resolveMapping } from './mapping.js';

/**
 * Rows per file the CLI reads: an Excel sheet's worth. CSV files are streamed and written in
 * chunks, so memory does not grow with the rows (the API keeps its smaller per-upload limit).
 */
export const CLI_MAX_ROWS = DEFAULT_READ_LIMITS.maxRows;
/** A terminal import of a million rows may take many minutes on a busy machine; the API keeps its 10. */
const CLI_TRANSACTION_TIMEOUT_MS = 60 * 60_000;

/**
 * The embedded database's buffers in the capped import child, which runs with PGlite in its own
 * process under a 500 MB goal: PostgreSQL's defaults (128 MB of shared buffers among them) took
 * 56 MB more of PGlite's memory at 100,000 rows for about 9% less time. Only there: the server
 * and the figures want the buffers.
 */
export const BULK_IMPORT_PGLITE_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '16MB',
  work_mem: '2MB',
  maintenance_work_mem: '16MB',
  wal_buffers: '1MB',
  temp_buffers: '2MB',
  // PGlite 0.4.3 spins forever (all CPU, no I/O) on a checkpoint that WAL volume starts inside a
  // write, at about max_wal_size / 1.9 (a 1,000,000-row import reached it at 530 MB of WAL);
  // one import's WAL stays far below this, so its only checkpoint is the one on close, after
  // the import has committed or rolled back.
  max_wal_size: '16GB',
  // That checkpoint would otherwise keep the import's WAL files for reuse, sized by this
  // max_wal_size and the WAL just written (1.7 GB after 1,000,000 + 1,000,000 rows); off, it
  // deletes them, and the folder keeps what a fresh one has.
  wal_recycle: 'off',
};

/** How `assured import` opens the database: with the bulk-import settings in the capped child. */
export function importDatabaseOptions(io: Pick<CliIO, 'env'>): { pgliteSettings?: Readonly<Record<string, string>> } {
  return isCappedImportChild(io.env) ? { pgliteSettings: BULK_IMPORT_PGLITE_SETTINGS } : {};
}

export function formatImportReport(report: ImportReport, width?: number): string {
  const rows = report.files.map((file) => [file.file, file.recordType ?? '?', file.status, file.rows, file.created, file.updated, file.rejected]);
  const lines = [
    `Organisation: ${report.organisation ?? '(none)'}${report.dryRun ? '   (dry run: nothing written)' : ''}`,
    formatTable(['file', 'type', 'status', 'rows', 'created', 'updated', 'rejected'], rows, width),
  ];
  const warnings = report.files.flatMap((file) => file.warnings);
  if (warnings.length > 0) lines.push('', ...warnings.map((warning) => `note: ${warning}`));
  const errors = report.files.flatMap((file) => file.errors);
  if (errors.length > 0) {
    lines.push('', `${errors.length} error${errors.length === 1 ? '' : 's'}:`, ...errors.map((error) => `  ${error.message}`));
    lines.push('', report.rejected ? 'Nothing was imported. Fix the rows above, or re-run with --skip-invalid to import the valid rows.' : 'Valid rows were imported; rejected rows are listed above.');
  }
  return lines.join('\n');
}

/** The file given on the command line that a report entry came from (a sheet or a derived table names its workbook or export). */
function inputOf<T extends { name: string }>(files: readonly T[], file: ImportFileReport): T | undefined {
  const wanted = file.sourceFile ?? file.file;
  return files.find((input) => path.basename(input.name) === wanted);
}

/** " [Reviews]" or " (participants)" after the file's own name, as a safe file-name part: ".Reviews". */
function partSuffix(reportName: string, inputName: string): string {
  const rest = reportName.startsWith(inputName) ? reportName.slice(inputName.length) : '';
  const safe = rest.replace(/[^A-Za-z0-9-]+/g, '.').replace(/^\.+|\.+$/g, '');
  return safe === '' ? '' : `.${safe}`;
}

type InputFile = ImportFilePath & { fullPath: string; bytes: number };

/**
 * The files named on the command line, checked readable but not read: the import reads them
 * from the disk (a CSV file a chunk at a time, so a large one is never held in memory).
 */
async function importInputFiles(io: CliIO, names: readonly string[]): Promise<InputFile[]> {
  return Promise.all(
    names.map(async (file) => {
      const fullPath = path.resolve(io.cwd, file);
      try {
        const handle = await open(fullPath, 'r');
        try {
          const stats = await handle.stat();
          if (stats.isDirectory()) throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
          return { name: file, path: fullPath, fullPath, bytes: stats.size };
        } finally {
          await handle.close();
        }
      } catch (error) {
        const { code, message } = error as NodeJS.ErrnoException;
        throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : message}`);
      }
    }),
  );
}

/** Beside each rejected workbook, its annotated copy: `reviews.xlsx` → `reviews.errors.xlsx`. */
async function writeErrorWorkbooks(io: CliIO, files: readonly InputFile[], report: ImportReport): Promise<void> {
  for (const input of files) {
    if (!input.name.toLowerCase().endsWith('.xlsx') || input.bytes > MAX_ANNOTATED_WORKBOOK_BYTES) continue;
    const fileName = path.basename(input.name);
    const entry = report.files.find((file) => (file.sourceFile ?? file.file) === fileName && file.errors.length > 0);
    let annotated: Buffer | undefined;
    try {
      annotated = await writeErrorWorkbook({ fileName, content: await readFile(input.fullPath), report });
    } catch (error) {
      // The errors are in the report either way; say why the marked copy is missing.
      entry?.warnings.push(`${fileName}: no marked copy written (${(error as Error).message.slice(0, 200)})`);
      continue;
    }
    if (!annotated) continue;
    const target = input.fullPath.replace(/\.xlsx$/i, '.errors.xlsx');
    await writeFile(target, annotated);
    entry?.warnings.push(`${fileName}: errors marked in ${path.relative(io.cwd, target)} (an "Errors" column and the bad cells highlighted)`);
  }
}

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import involvement records (CSV, XLSX, JSON) with row-level errors',
  usage: 'assured import FILE... [--org SLUG] [--mapping MAPPING] [--dry-run] [--skip-invalid] [--format json|table]',
  arguments: [{ name: 'FILE', description: 'record files (CSV, XLSX or JSON); the record type comes from the file name', variadic: true }],
  flags: {
    org: { ...ORG_FLAG, description: 'the organisation', defaultText: 'the one in organisation.csv, or the only one in the database' },
    mapping: {
      type: 'string',
      value: 'MAPPING',
      description: "how your headers and values map to Assured's: a mapping file (.json) or the name of a saved mapping",
      defaultText: 'confident matches only; anything uncertain stops with a proposal',
      example: '--mapping our-care-system',
    },
    'dry-run': { type: 'boolean', description: 'check every row and report, but write nothing', example: '--dry-run' },
    'skip-invalid': { type: 'boolean', description: 'import the valid rows and write the rejected ones to FILE.rejected.csv', defaultText: 'any error rejects the whole import', example: '--skip-invalid' },
    format: TABLE_FORMAT_FLAG,
  },
  examples: ['assured import fixtures/provider/*.csv', 'assured import reviews.xlsx --org harbour-care --dry-run', 'assured import fixtures/mapping/ACTIONS.csv --mapping fixtures/mapping/ACTIONS.mapping.json'],
  notes: ['Exit codes: 0 imported, 1 rows were rejected, 2 usage or input error.'],
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new InputError('give at least one file');
    if (values.format !== 'json' && values.format !== 'table') throw new InputError(`--format must be json or table (got "${values.format}")`);
    const files = await importInputFiles(io, positionals);
    // Drawn on stderr only when both outputs are a terminal: piped or JSON output stays clean.
    const display = createImportProgress({ stream: process.stderr, enabled: values.format !== 'json' && process.stdout.isTTY === true });
    const report = await withDatabase(io, async (db) => {
      const mapping = values.mapping !== undefined ? await resolveMapping(io, db, values.mapping, values.org) : undefined;
      return importFiles({
        db,
        files,
        onProgress: display.onProgress,
        ...(values.org !== undefined ? { organisation: values.org } : {}),
        ...(mapping ? { mapping } : {}),
        dryRun: values['dry-run'],
        skipInvalid: values['skip-invalid'],
        maxRows: CLI_MAX_ROWS,
        transactionTimeoutMs: CLI_TRANSACTION_TIMEOUT_MS,
      });
    }, importDatabaseOptions(io)).finally(() => display.stop());
    if (values['skip-invalid'] && !values['dry-run']) {
      for (const file of report.files) {
        if (!file.rejectedRows) continue;
        const input = inputOf(files, file);
        if (!input) continue;
        const target = `${input.fullPath}${partSuffix(file.file, path.basename(input.name))}.rejected.csv`;
        await writeFile(target, rejectedRowsCsv(file.rejectedRows));
        file.warnings.push(`${file.file}: ${file.rejected} rejected row${file.rejected === 1 ? '' : 's'} written to ${path.relative(io.cwd, target)}`);
      }
    }
    await writeErrorWorkbooks(io, files, report);
    if (values.format === 'json') {
      io.stdout(JSON.stringify({ ...report, files: report.files.map(({ rejectedRows: _rejectedRows, ...file }) => file) }, null, 2));
    } else {
      io.stdout(formatImportReport(report, io.columns));
    }
    return report.errorCount > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
});
