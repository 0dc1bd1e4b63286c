import { z } from 'zod';
import { ZEvidencePackSchema } from './evidence-pack-schema.js';
import { ZPeriodSchema } from './period.js';

export const ZCaseExampleSchema = z.object({
  service: z.string().describe('The service where the outcome was achieved'),
  domain: z.string().describe('The area of life the outcome is in, e.g. personal care'),
  measure: z.string().describe('What was measured, e.g. hours of support a week'),
  unit: z.string().describe('The unit of before and after'),
  before: z.string().describe('The measure at the start of the work'),
  after: z.string().describe('The measure when verified'),
  weeksTaken: z.number().int().nonnegative().describe('Whole weeks from the start of the work to verification'),
  verifiedOn: z.string().describe('Date the outcome was verified (YYYY-MM-DD)'),
  verifiedBy: z.string().describe('Role of the person who verified it'),
  story: z
    .object({
      goal: z.string().optional().describe('What the person wanted, in their words, as recorded'),
      support: z.string().optional().describe('What was done, including how any risk was agreed, as recorded'),
      agreedWith: z.string().optional().describe('Who agreed the plan, by role, as recorded'),
    })
    .optional()
    .describe("The story behind the numbers, present only when the outcome record has any of it; the provider's free text, to be screened before it is quoted"),
});
export type CaseExample = z.infer<typeof ZCaseExampleSchema>;

/** The evidence pack plus what it is about: `assured figures --format json`. */
export const ZFiguresResultSchema = ZEvidencePackSchema.extend({
  organisation: z.object({ slug: z.string().describe("The organisation's short name in URLs and commands"), name: z.string().describe("The organisation's name"), bidderName: z.string().describe('The name the organisation bids under') }).describe('The organisation the figures are about'),
  period: ZPeriodSchema.describe('The period the figures cover'),
  previousPeriod: ZPeriodSchema.describe('The period of equal length before it, for the previous values'),
  services: z.array(z.object({ ref: z.string().describe("The service's reference in the provider's records"), name: z.string().describe("The service's name"), locality: z.string().describe('Where the service is, e.g. a town or district') })).describe('The services the figures cover'),
  place: z.string().describe("The place anchor the figures are stated for, e.g. the services' localities"),
  generatedAt: z.string().describe('When the pack was computed (ISO 8601)'),
  caseExamples: z.array(ZCaseExampleSchema).optional().describe('Consented, verified case examples, when asked for'),
});
export type FiguresResult = z.infer<typeof ZFiguresResultSchema>;
