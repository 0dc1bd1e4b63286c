/** Shapes of the paged lists: stored sections and import runs. */
import { z } from 'zod';
import { ZImportReportSchema } from '../data/import/import-schema.js';

export const ZSectionListItemSchema = z.object({
  id: z.string().describe('The section id; GET /v1/sections/{id} returns the whole section'),
  createdAt: z.string().describe('When the section was stored (ISO 8601)'),
  period: z.string().describe('The period its evidence covers, e.g. 2026-Q2'),
  question: z.string().describe("The tender question's text"),
});
export type SectionListItem = z.infer<typeof ZSectionListItemSchema>;

export const ZImportRunStatusSchema = z
  .enum(['imported', 'partly-imported', 'rejected', 'validated'])
  .describe('imported: every row written; partly-imported: invalid rows skipped; rejected: nothing written; validated: a dry run');
export type ImportRunStatus = z.infer<typeof ZImportRunStatusSchema>;

export const ZImportRunSchema = z.object({
  id: z.string().describe('The import run id'),
  createdAt: z.string().describe('When the import was asked for (ISO 8601)'),
  status: ZImportRunStatusSchema,
  fileCount: z.number().int().describe('Files sent'),
  errorCount: z.number().int().describe('Errors found across the files'),
  report: ZImportReportSchema.describe('The report the import answered, file by file'),
});
export type ImportRun = z.infer<typeof ZImportRunSchema>;
