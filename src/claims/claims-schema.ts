import { VFileMessage } from 'vfile-message';
import { z } from 'zod';
import { ZFigureUnitSchema } from '../evidence/evidence-pack-schema.js';

/**
 * The public "Claims" contract: what `assured validate --format json` prints
 * and what the draft checker reads. Positions are 1-based lines/columns as in vfile;
 * offsets are 0-based into the Markdown string, end exclusive.
 */
export const ZClaimUnitSchema = ZFigureUnitSchema;

export const ZClaimKindSchema = z.enum([
  'percent',
  'percentage-points',
  'proportion',
  'count',
  'money',
  'score',
  'ratio',
  'fraction',
  'duration',
  'range',
  'before-after',
  /** A change relative to the earlier value: "doubled", "fell by a third", "a 10% rise" (value: signed change in %). */
  'relative',
]);

/**
 * `overstated`: a standard written as fact while the period's actual is below the organisation's threshold.
 * `declared` / `stale-declared`: a sentence quoting the organisation's practice library, whose entry
 * was checked recently enough to quote, or not.
 */
export const ZClaimStatusSchema = z.enum(['supported', 'standard', 'mismatch', 'unsupported', 'overstated', 'practised', 'partly', 'not-recorded', 'contradicted', 'declared', 'stale-declared']);

/**
 * Statuses of a practice claim: `practised` (the records show it at or above the threshold),
 * `partly` (below it), `not-recorded` (the records say nothing either way), `contradicted`
 * (the records show it not done); `declared` (the organisation's practice library states it and
 * its last check is recent enough) and `stale-declared` (the library states it but was last
 * checked too long before the period ends).
 */
export const ZPracticeStatusSchema = ZClaimStatusSchema.extract(['practised', 'partly', 'not-recorded', 'contradicted', 'declared', 'stale-declared']);
export type PracticeStatus = z.infer<typeof ZPracticeStatusSchema>;

/** What a validated claim is about: a quantity (`number`) or a statement of what is done (`practice`). */
export const ZClaimCategorySchema = z.enum(['number', 'practice']);
export type ClaimCategory = z.infer<typeof ZClaimCategorySchema>;

/** How a quantity is bounded or approximated in the draft: "over 90%", "at least 40", "around 94%", "nearly half". */
export const ZClaimBoundSchema = z.enum(['over', 'at-least', 'under', 'at-most', 'about', 'nearly']);
export type ClaimBound = z.infer<typeof ZClaimBoundSchema>;

/** Ratio claims carry strings such as "2:1"; every other claim is numeric. */
const ZClaimValueSchema = z.union([z.number(), z.string()]);

export const ZExtractedClaimSchema = z.object({
  text: z.string().min(1).describe('The claim as written in the draft'),
  kind: ZClaimKindSchema.describe('How the number is written'),
  value: ZClaimValueSchema.describe('The value the claim states'),
  unit: ZClaimUnitSchema.describe('The unit of value'),
  previous: ZClaimValueSchema.optional().describe('Earlier value of a before→after phrase'),
  max: z.number().optional().describe('Upper end of a range ("3–5 days")'),
  numerator: z.number().optional().describe('For a fraction ("3 of 4"): the first number'),
  denominator: z.number().optional().describe('For a fraction ("3 of 4"): the second number'),
  scale: z.number().optional().describe('Scale of a score ("out of 5")'),
  bound: ZClaimBoundSchema.optional().describe('Absent for an exact quantity'),
  line: z.number().int().positive().describe('Line where the claim starts (1-based)'),
  column: z.number().int().positive().describe('Column where the claim starts (1-based)'),
  endLine: z.number().int().positive().describe('Line where the claim ends (1-based)'),
  endColumn: z.number().int().positive().describe('Column just past the end of the claim (1-based)'),
  offset: z.number().int().nonnegative().describe("Offset of the claim's start in the Markdown (0-based)"),
  endOffset: z.number().int().nonnegative().describe("Offset just past the claim's end in the Markdown (0-based, exclusive)"),
  sentence: z.string().describe('The sentence the claim sits in, as plain text'),
});
export type ExtractedClaim = z.infer<typeof ZExtractedClaimSchema>;
export type ClaimKind = z.infer<typeof ZClaimKindSchema>;
export type ClaimStatus = z.infer<typeof ZClaimStatusSchema>;

/** An extracted claim (without its scale and sentence) plus what backs it or what is wrong. */
export const ZValidatedClaimSchema = ZExtractedClaimSchema.omit({ scale: true, sentence: true, kind: true, value: true, unit: true }).extend({
  kind: ZClaimCategorySchema.default('number').describe('`number` (a quantity, checked against figures and standards) or `practice` (checked against the practice profile)'),
  form: ZClaimKindSchema.optional().describe('How a number is written (percent, fraction, before-after, …); numbers only'),
  value: ZClaimValueSchema.optional().describe('The value the claim states; numbers only'),
  unit: ZClaimUnitSchema.optional().describe('The unit of value; numbers only'),
  practiceId: z.string().optional().describe('The practice-profile entry a practice claim was checked against'),
  declaredPracticeId: z.string().optional().describe("The practice library entry (in the pack's declaredPractices, with its source and import) a declared practice claim quotes, or whose dated count or text backs a number"),
  actualStated: z.boolean().optional().describe('A practice claim whose sentence also states the records\' actual ("… (1 of 2 services in Q2 2026)"): reported, not failed'),
  status: ZClaimStatusSchema.describe('supported, standard, mismatch, unsupported or overstated for numbers; practised, partly, not-recorded, contradicted, declared or stale-declared for practices'),
  figureId: z.string().optional().describe('The figure that backs or contradicts the claim'),
  standardId: z.string().optional().describe('The standard the claim states'),
  message: z.string().min(1).describe('What backs the claim, or what is wrong with it'),
  expected: z.array(z.string()).optional().describe("The right values or phrasings (for a mismatch, the figure's value as the draft should state it)"),
}).superRefine((claim, context) => {
  const practiceStatus = ZPracticeStatusSchema.safeParse(claim.status).success;
  if (claim.kind === 'number') {
    for (const field of ['form', 'value', 'unit'] as const) {
      if (claim[field] === undefined) context.addIssue({ code: 'custom', path: [field], message: `a number claim needs \`${field}\`` });
    }
    if (practiceStatus) context.addIssue({ code: 'custom', path: ['status'], message: `\`${claim.status}\` is a practice status; expected supported, standard, mismatch, unsupported or overstated` });
  } else if (!practiceStatus) {
    context.addIssue({ code: 'custom', path: ['status'], message: `\`${claim.status}\` is not a practice status; expected practised, partly, not-recorded, contradicted, declared or stale-declared` });
  }
});
export type ValidatedClaim = z.infer<typeof ZValidatedClaimSchema>;

export const ZClaimsReportSchema = z.object({
  claims: z.array(ZValidatedClaimSchema).describe('Every claim, in order'),
  messages: z.array(z.instanceof(VFileMessage)).describe('The flagged claims as positioned messages'),
  ok: z.boolean().describe('false when any claim is a mismatch, unsupported or overstated'),
  omittedMessages: z.record(z.string(), z.number().int().positive()).optional().describe('Flagged claims left out of `messages` once it reached its limit, by rule id (every claim is still in `claims`)'),
});
export type ClaimsReport = z.infer<typeof ZClaimsReportSchema>;
