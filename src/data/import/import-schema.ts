import { z } from 'zod';
import { ZRecordTypeNameSchema } from './record-types/index.js';

export const ZColumnMappingReportSchema = z.object({
  recordType: ZRecordTypeNameSchema.describe('The kind of records the file was read as'),
  columns: z.array(z.object({ header: z.string().describe("The provider's header"), field: z.string().describe('The Assured column it was matched to'), similarity: z.number().describe('How alike the two names are, 0 to 1'), via: z.enum(['name', 'synonym', 'similar', 'mapping']).describe("How it was matched: Assured's own name, a synonym, likeness, or the mapping given") })).describe("Headers matched: by Assured's own name, a listed synonym, likeness, or the mapping given"),
  uncertain: z.array(z.object({ header: z.string().describe("The provider's header"), candidates: z.array(z.object({ field: z.string().describe('An Assured column'), similarity: z.number().describe('How alike the two names are, 0 to 1') })).describe('Assured columns it may be, best first') })).describe('Headers that may be a column, with the candidates, best first: confirm with a mapping'),
  missingRequired: z.array(z.object({ field: z.string().describe('The required Assured column'), candidates: z.array(z.object({ header: z.string().describe('A header of the file'), similarity: z.number().describe('How alike the two names are, 0 to 1') })).describe('Headers that might hold it, best first') })).describe('Required columns no header was matched to, with the headers that might hold them'),
});

export const ZImportErrorSchema = z.object({
  file: z.string().describe('The file the error is in'),
  row: z.number().int().optional().describe('Row number as seen in the file (CSV/XLSX header is row 1); absent for whole-file errors'),
  column: z.string().optional().describe('The column, as headed in the file'),
  sourceColumn: z.string().optional().describe('The provider\'s own header for `column`, when the file names it differently ("Date of review" for held_on)'),
  value: z.string().optional().describe('The value found'),
  problem: z.string().describe('What is wrong with it'),
  expected: z.string().describe('What was expected instead'),
  message: z.string().describe('One readable line: "reviews.csv row 14, column summary_sent_on: 31/02/2026 is not a real date (expected …)"'),
});
export type ImportError = z.infer<typeof ZImportErrorSchema>;

export const ZImportFileReportSchema = z.object({
  file: z.string().describe("The file's name"),
  recordType: ZRecordTypeNameSchema.optional().describe('The kind of records the file holds, decided by its name'),
  sha256: z.string().describe("SHA-256 of the file's content"),
  status: z.enum(['imported', 'unchanged', 'rejected', 'validated', 'partly-imported']).describe('imported, unchanged (imported before), rejected, validated (dry run) or partly-imported (some rows skipped)'),
  rows: z.number().int().describe('Data rows in the file'),
  created: z.number().int().describe('Records created'),
  updated: z.number().int().describe('Records whose values changed'),
  unchanged: z.number().int().describe("Valid rows whose stored values already equal the file's"),
  rejected: z.number().int().describe('Rows rejected for errors'),
  previousImport: z.object({ batchId: z.string().describe('The earlier import batch'), importedAt: z.string().describe('When it was imported (ISO 8601)') }).optional().describe('Set when the same file was imported before'),
  batchId: z.string().optional().describe("The import batch the file's rows now cite"),
  errors: z.array(ZImportErrorSchema).describe('Row-level and whole-file errors'),
  warnings: z.array(z.string()).describe('Things imported but worth a look'),
  sourceFile: z.string().optional().describe("The uploaded file this table came from, when it is one sheet of a workbook or made from another file's columns"),
  columnMapping: ZColumnMappingReportSchema.optional().describe("How the provider's headers were matched to Assured's columns, when they were not Assured's own"),
  rejectedRows: z.array(z.array(z.string())).optional().describe('Rejected rows (header first), each with an `errors` column, for `<file>.rejected.csv`'),
});
export type ImportFileReport = z.infer<typeof ZImportFileReportSchema>;

export const ZImportReportSchema = z.object({
  organisation: z.string().optional().describe('The organisation the records were imported into'),
  dryRun: z.boolean().describe('true when the files were only checked'),
  skipInvalid: z.boolean().describe('true when invalid rows were skipped rather than rejecting the import'),
  rejected: z.boolean().describe('True when nothing was written because of errors (and --skip-invalid was not given)'),
  files: z.array(ZImportFileReportSchema).describe('One report per file'),
  totals: z.record(z.string(), z.object({ created: z.number().int().describe('Records created'), updated: z.number().int().describe('Records whose values changed'), unchanged: z.number().int().describe("Valid rows whose stored values already equal the file's"), rejected: z.number().int().describe('Rows rejected for errors') })).describe('Counts by record type'),
  errorCount: z.number().int().describe('Errors across all files'),
});
export type ImportReport = z.infer<typeof ZImportReportSchema>;
