import { z } from 'zod';
import { ZEvidencePackSchema } from './evidence-pack-schema.js';
import { ZPeriodSchema } from './period.js';

export const ZCaseExampleSchema = z.object({
  service: z.string(),
  domain: z.string(),
  measure: z.string(),
  unit: z.string(),
  before: z.string(),
  after: z.string(),
  /** Whole weeks from the start of the work to verification. */
  weeksTaken: z.number().int().nonnegative(),
  verifiedOn: z.string(),
  verifiedBy: z.string(),
});
export type CaseExample = z.infer<typeof ZCaseExampleSchema>;

/** The evidence pack plus what it is about: `assured figures --format json`. */
export const ZFiguresResultSchema = ZEvidencePackSchema.extend({
  organisation: z.object({ slug: z.string(), name: z.string(), bidderName: z.string() }),
  period: ZPeriodSchema,
  previousPeriod: ZPeriodSchema,
  services: z.array(z.object({ ref: z.string(), name: z.string(), locality: z.string() })),
  place: z.string(),
  generatedAt: z.string(),
  caseExamples: z.array(ZCaseExampleSchema).optional(),
});
export type FiguresResult = z.infer<typeof ZFiguresResultSchema>;
