import { z } from 'zod';
import { ZEvidencePackSchema, ZFigureSchema } from './evidence-pack-schema.js';
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

/**
 * One logged referral or disagreement, told as an example: what happened, where, when and how
 * long it took, from the record alone. Never a person's reference or name. `figure` carries the
 * example's one number (hours or working days) with its provenance, so a sentence quoting it is
 * checked against the record like any other figure.
 */
export const ZRecordExampleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('advocate-referral').describe('A logged referral for independent advocacy'),
    service: z.string().describe('The service the person is supported by'),
    advocateType: z.string().describe('The type of advocate asked for (imca, care-act, rpr, other)'),
    trigger: z.string().describe('What prompted the referral, as recorded'),
    referredOn: z.string().describe('The UK calendar day of the referral (YYYY-MM-DD)'),
    withinStandard: z.boolean().nullable().describe('Whether the advocate was involved within the response standard; null when not yet involved'),
    advocateAtReview: z.object({ heldOn: z.string().describe('YYYY-MM-DD'), type: z.string().describe('The review type') }).optional().describe("The person's first review within 90 days of the referral that an advocate took part in"),
    outcome: z.string().optional().describe("What the advocate's involvement led to, as coded in the referral log (decision-changed, plan-changed, wishes-recorded, decision-challenged, no-change, other); absent when not recorded"),
    figure: ZFigureSchema.optional().describe('Time from referral to the advocate being involved; absent while the advocate is not yet involved'),
  }),
  z.object({
    kind: z.literal('disagreement').describe('A logged disagreement about a person\'s support'),
    service: z.string().describe('The service the person is supported by'),
    topic: z.string().describe('What the disagreement was about, as recorded'),
    level: z.string().describe('The furthest level it reached (key-worker, rm, ni)'),
    loggedOn: z.string().describe('The day it was logged (YYYY-MM-DD)'),
    resolvedOn: z.string().optional().describe('The day it was settled (YYYY-MM-DD), when it has been'),
    withinStandard: z.boolean().nullable().describe('Whether it was settled within the resolution standard; null while open or outside the calendar'),
    outcome: z.string().optional().describe('How it ended, as coded in the log (plan-changed, part-agreed, agreed-after-explanation, not-upheld, other); absent when not recorded'),
    figure: ZFigureSchema.optional().describe('Working days from logging to settling; absent while open'),
  }),
]);
export type RecordExample = z.infer<typeof ZRecordExampleSchema>;

/** The evidence pack plus what it is about: `assured figures --format json`. */
export const ZFiguresResultSchema = ZEvidencePackSchema.extend({
  organisation: z.object({ slug: z.string().describe("The organisation's short name in URLs and commands"), name: z.string().describe("The organisation's name"), bidderName: z.string().describe('The name the organisation bids under') }).describe('The organisation the figures are about'),
  period: ZPeriodSchema.describe('The period the figures cover'),
  previousPeriod: ZPeriodSchema.describe('The period of equal length before it, for the previous values'),
  services: z.array(z.object({ ref: z.string().describe("The service's reference in the provider's records"), name: z.string().describe("The service's name"), locality: z.string().describe('Where the service is, e.g. a town or district') })).describe('The services the figures cover'),
  place: z.string().describe("The place anchor the figures are stated for, e.g. the services' localities"),
  generatedAt: z.string().describe('When the pack was computed (ISO 8601)'),
  caseExamples: z.array(ZCaseExampleSchema).optional().describe('Consented, verified case examples, when asked for'),
  recordExamples: z.array(ZRecordExampleSchema).optional().describe('Logged advocate referrals and disagreements of the twelve months to the period end, as examples, when case examples are asked for; their figures are added to an answer\'s pack only when it quotes them'),
});
export type FiguresResult = z.infer<typeof ZFiguresResultSchema>;
