import { z } from 'zod';
import { ZValidatedClaimSchema } from '../claims/claims-schema.js';
import { ZResponseLimitSchema, ZReviewFindingSchema } from '../section/section-schema.js';
import { ZResponseCountSchema } from '../section/count-response.js';

/**
 * What the export gate found: the section gate's findings, each with the section it belongs to.
 * Blocking findings (a `mismatch` or `unsupported` claim, a response over its limit) stop the
 * export unless the writer gives a reason to export anyway; the checker's other messages are
 * advice and travel along unblocking. Lines and columns are 1-based positions in the section's
 * `responseText`.
 */
export const ZGateFindingSchema = z.object({
  /** Index of the section in the export (0-based). */
  section: z.number().int().min(0),
  /** "Question 4.2", or "Question 1" when the section has no number. */
  question: z.string(),
  ...ZReviewFindingSchema.shape,
});
export type GateFinding = z.infer<typeof ZGateFindingSchema>;

export const ZSectionGateSchema = z.object({
  section: z.number().int().min(0),
  question: z.string(),
  count: ZResponseCountSchema,
  /** The limit after any `--count` override of how it is counted. */
  limit: ZResponseLimitSchema.optional(),
  overLimit: z.boolean(),
  /** Every number in the response, validated against the section's evidence pack (or the section's kept review of the same text and pack). */
  claims: z.array(ZValidatedClaimSchema),
});
export type SectionGate = z.infer<typeof ZSectionGateSchema>;

export const ZGateReportSchema = z.object({
  /** true when nothing blocks the export. */
  ok: z.boolean(),
  findings: z.array(ZGateFindingSchema),
  sections: z.array(ZSectionGateSchema),
});
export type GateReport = z.infer<typeof ZGateReportSchema>;

/** One report for several sections, in export order. */
export function mergeGateReports(reports: readonly GateReport[]): GateReport {
  return {
    ok: reports.every((report) => report.ok),
    findings: reports.flatMap((report) => report.findings),
    sections: reports.flatMap((report) => report.sections),
  };
}
