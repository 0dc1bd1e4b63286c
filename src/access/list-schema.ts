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
  .enum(['running', 'imported', 'partly-imported', 'rejected', 'validated', 'failed'])
  .describe(
    'running: an import job still at work; imported: every row written; partly-imported: invalid rows skipped; rejected: nothing written (see report); validated: a dry run; failed: stopped by a fault, nothing written (see problem)',
  );
export type ImportRunStatus = z.infer<typeof ZImportRunStatusSchema>;

export const ZImportPhaseSchema = z
  .enum(['queued', 'read', 'check', 'write', 'done'])
  .describe('queued: waiting to start; read: reading the files; check: checking every row; write: writing (all in one transaction); done: finished');
export type ImportPhase = z.infer<typeof ZImportPhaseSchema>;

export const ZImportJobProgressSchema = z
  .object({
    phase: ZImportPhaseSchema,
    rowsRead: z.number().int().describe('Data rows read from the files so far'),
    rowsChecked: z.number().int().describe('Rows checked so far'),
    rowsWritten: z.number().int().describe('Rows written so far (visible to others only when the import ends)'),
    rowsTotal: z.number().int().optional().describe('Rows the current phase has to do, once known'),
  })
  .describe('How far the import has got; a finished import shows its totals');
export type ImportJobProgress = z.infer<typeof ZImportJobProgressSchema>;

export const ZImportFailureSchema = z
  .object({
    title: z.string().describe('A short summary of the kind of fault'),
    status: z.number().int().describe('The HTTP status the fault would have answered had the import been synchronous'),
    detail: z.string().describe('What went wrong and what to do about it'),
  })
  .describe('Why a failed import stopped; nothing of it was written');
export type ImportFailure = z.infer<typeof ZImportFailureSchema>;

export const ZImportRunSchema = z.object({
  id: z.string().describe('The import run id; GET /v1/imports/{id} reports it'),
  createdAt: z.string().describe('When the import was asked for (ISO 8601)'),
  updatedAt: z.string().describe('When the import last reported progress or ended (ISO 8601)'),
  status: ZImportRunStatusSchema,
  fileCount: z.number().int().describe('Files sent'),
  errorCount: z.number().int().describe('Errors found across the files (0 while running)'),
  progress: ZImportJobProgressSchema,
  report: ZImportReportSchema.optional().describe('The report the import answered, file by file: the same as a synchronous import; absent while running or after a fault'),
  problem: ZImportFailureSchema.optional(),
});
export type ImportRun = z.infer<typeof ZImportRunSchema>;
