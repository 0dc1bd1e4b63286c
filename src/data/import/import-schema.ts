import { z } from 'zod';
import { ZRecordTypeNameSchema } from './record-types/index.js';

export const ZImportErrorSchema = z.object({
  file: z.string(),
  /** Row number as seen in the file (CSV/XLSX header is row 1); absent for whole-file errors. */
  row: z.number().int().optional(),
  column: z.string().optional(),
  value: z.string().optional(),
  problem: z.string(),
  expected: z.string(),
  /** One readable line: "reviews.csv row 14, column summary_sent_on: 31/02/2026 is not a real date (expected …)". */
  message: z.string(),
});
export type ImportError = z.infer<typeof ZImportErrorSchema>;

export const ZImportFileReportSchema = z.object({
  file: z.string(),
  recordType: ZRecordTypeNameSchema.optional(),
  sha256: z.string(),
  status: z.enum(['imported', 'unchanged', 'rejected', 'validated', 'partly-imported']),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Valid rows whose stored values already equal the file's. */
  unchanged: z.number().int(),
  rejected: z.number().int(),
  /** Set when the same file was imported before. */
  previousImport: z.object({ batchId: z.string(), importedAt: z.string() }).optional(),
  batchId: z.string().optional(),
  errors: z.array(ZImportErrorSchema),
  warnings: z.array(z.string()),
  /** Rejected rows (header first), each with an `errors` column, for `<file>.rejected.csv`. */
  rejectedRows: z.array(z.array(z.string())).optional(),
});
export type ImportFileReport = z.infer<typeof ZImportFileReportSchema>;

export const ZImportReportSchema = z.object({
  organisation: z.string().optional(),
  dryRun: z.boolean(),
  skipInvalid: z.boolean(),
  /** True when nothing was written because of errors (and --skip-invalid was not given). */
  rejected: z.boolean(),
  files: z.array(ZImportFileReportSchema),
  totals: z.record(z.string(), z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() })),
  errorCount: z.number().int(),
});
export type ImportReport = z.infer<typeof ZImportReportSchema>;
