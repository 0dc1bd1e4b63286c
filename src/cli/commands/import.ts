import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ZApiLimitsSchema } from '../../api/limits.js';
import { importFiles } from '../../data/import/import-files.js';
import type { ImportReport } from '../../data/import/import-schema.js';
import { rejectedRowsCsv } from '../../data/import/rejected-rows-csv.js';
import { EXIT_FINDINGS, EXIT_OK } from '../command.js';
import { ORG_FLAG, TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { InputError } from '../read-input.js';
import { formatTable } from '../format-table.js';
import { withDatabase } from '../with-database.js';

/** The API's row limit applies to the CLI too: reading stops at the first row over it. */
export const CLI_MAX_ROWS = ZApiLimitsSchema.parse({}).maxRows;

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

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import involvement records (CSV, XLSX, JSON) with row-level errors',
  usage: 'assured import FILE... [--org SLUG] [--dry-run] [--skip-invalid] [--format json|table]',
  arguments: [{ name: 'FILE', description: 'record files (CSV, XLSX or JSON); the record type comes from the file name', variadic: true }],
  flags: {
    org: { ...ORG_FLAG, description: 'the organisation', defaultText: 'the one in organisation.csv, or the only one in the database' },
    'dry-run': { type: 'boolean', description: 'check every row and report, but write nothing', example: '--dry-run' },
    'skip-invalid': { type: 'boolean', description: 'import the valid rows and write the rejected ones to FILE.rejected.csv', defaultText: 'any error rejects the whole import', example: '--skip-invalid' },
    format: TABLE_FORMAT_FLAG,
  },
  examples: ['assured import fixtures/provider/*.csv', 'assured import reviews.xlsx --org harbour-care --dry-run'],
  notes: ['Exit codes: 0 imported, 1 rows were rejected, 2 usage or input error.'],
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new InputError('give at least one file');
    if (values.format !== 'json' && values.format !== 'table') throw new InputError(`--format must be json or table (got "${values.format}")`);
    const files = await Promise.all(
      positionals.map(async (file) => {
        const fullPath = path.resolve(io.cwd, file);
        const content = await readFile(fullPath).catch((error: NodeJS.ErrnoException) => {
          throw new InputError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
        });
        return { name: file, fullPath, content };
      }),
    );
    const report = await withDatabase(io, (db) =>
      importFiles({ db, files, ...(values.org !== undefined ? { organisation: values.org } : {}), dryRun: values['dry-run'], skipInvalid: values['skip-invalid'], maxRows: CLI_MAX_ROWS }),
    );
    if (values['skip-invalid'] && !values['dry-run']) {
      for (const [index, file] of report.files.entries()) {
        if (!file.rejectedRows) continue;
        const target = `${files[index]!.fullPath}.rejected.csv`;
        await writeFile(target, rejectedRowsCsv(file.rejectedRows));
        file.warnings.push(`${file.file}: ${file.rejected} rejected row${file.rejected === 1 ? '' : 's'} written to ${path.relative(io.cwd, target)}`);
      }
    }
    if (values.format === 'json') {
      io.stdout(JSON.stringify({ ...report, files: report.files.map(({ rejectedRows: _rejectedRows, ...file }) => file) }, null, 2));
    } else {
      io.stdout(formatImportReport(report, io.columns));
    }
    return report.errorCount > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
});
