/**
 * What a preview of an import answers: per file, how its columns and coded values map to
 * Assured's, and its first rows as they would be stored (typed), each with its errors.
 */
import { z } from 'zod';
import { ZColumnMappingReportSchema, ZImportErrorSchema } from './import-schema.js';
import { ZRecordTypeNameSchema } from './record-types/index.js';

/** How a provider's value becomes Assured's. */
export const VALUE_SOURCES = ['assured', 'mapping', 'synonym', 'unknown'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

export const ZPreviewValueSchema = z.object({
  value: z.string().describe('The value as the file has it, e.g. "Mini Review"'),
  storedAs: z.string().nullable().describe("Assured's value it is stored as (yes or no for a yes/no column), or null when it is not known and its rows are refused"),
  via: z
    .enum(VALUE_SOURCES)
    .describe("How it was mapped: assured (already one of Assured's values), mapping (the mapping given), synonym (Assured's list of common words: check it), unknown (refused: choose one of `allowed` in the mapping's values)"),
  rows: z.number().int().describe('Rows of the file with this value'),
});

export const ZPreviewValueColumnSchema = z.object({
  column: z.string().describe('The Assured column, e.g. type'),
  sourceColumn: z.string().optional().describe("The provider's header for the column, when it differs"),
  allowed: z.array(z.string()).describe('The values Assured accepts in the column'),
  values: z.array(ZPreviewValueSchema).describe('Each distinct value of the file in the column, unknown ones first, then by rows'),
  otherValues: z.number().int().describe('Distinct values left out of `values` because there are too many to list (0 when all are listed)'),
});

const ZStoredCellSchema = z
  .union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()])
  .describe('The typed value: text, a whole number, true/false, a list of tags, a date as YYYY-MM-DD, a date and time in ISO 8601, or null when blank');

export const ZPreviewRowSchema = z.object({
  row: z.number().int().describe('Row number as the file shows it (the header is row 1 in CSV and XLSX)'),
  valid: z.boolean().describe('True when the row would be stored; false when it is refused for `errors`'),
  values: z
    .record(z.string(), ZStoredCellSchema)
    .describe("By Assured column: the value as it would be stored for a valid row; for a refused row, the cell text after mapping (empty when the row could not be read)"),
  errors: z.array(ZImportErrorSchema).describe("What is wrong with the row, each naming the provider's column and value"),
});

export const ZPreviewFileSchema = z.object({
  file: z.string().describe('The file, or "workbook.xlsx [Sheet]" for one sheet of a workbook, or "reviews.csv (participants)" for rows made from its attendance columns'),
  sourceFile: z.string().optional().describe('The uploaded file this table came from, when it is one sheet of a workbook or made from another file\'s columns'),
  recordType: ZRecordTypeNameSchema.optional().describe('The kind of records the file was read as; absent when it is not recognised'),
  rows: z.number().int().describe('Data rows in the file'),
  rejectedRows: z.number().int().describe('Rows of the whole file that would be refused; the file imports as a whole only when this is 0'),
  columnMapping: ZColumnMappingReportSchema.optional().describe("How the provider's headers map to Assured's columns; uncertain and missing ones stop the import until confirmed"),
  columns: z.array(z.string()).describe('The Assured columns `firstRows` show, in the order of the record type'),
  valueMappings: z.array(ZPreviewValueColumnSchema).describe('Per column with a list of allowed values: each distinct value of the file and what it is stored as'),
  firstRows: z.array(ZPreviewRowSchema).describe('The first rows as they would be stored, with their errors'),
  errors: z.array(ZImportErrorSchema).describe('Errors about the whole file (unreadable, not a record type, columns to confirm); a file with any imports nothing'),
  warnings: z.array(z.string()).describe('Things worth a look: mappings used, columns ignored, title and totals rows skipped'),
});

export const ZImportPreviewSchema = z.object({
  organisation: z.string().describe('The organisation the files would be imported into'),
  ready: z.boolean().describe('True when every file would import as it is: no file errors, no refused rows, no unknown values'),
  files: z.array(ZPreviewFileSchema).describe('One preview per table read: a file, a sheet of a workbook, or rows made from attendance columns'),
});
export type ImportPreview = z.infer<typeof ZImportPreviewSchema>;
export type PreviewFile = z.infer<typeof ZPreviewFileSchema>;
export type PreviewValueColumn = z.infer<typeof ZPreviewValueColumnSchema>;
export type PreviewRow = z.infer<typeof ZPreviewRowSchema>;
