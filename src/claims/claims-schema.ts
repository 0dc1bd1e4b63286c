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

/** `overstated`: a standard written as fact while the period's actual is below the organisation's threshold. */
export const ZClaimStatusSchema = z.enum(['supported', 'standard', 'mismatch', 'unsupported', 'overstated', 'practised', 'partly', 'not-recorded', 'contradicted']);

/**
 * Statuses of a practice claim: `practised` (the records show it at or above the threshold),
 * `partly` (below it), `not-recorded` (the records say nothing either way), `contradicted`
 * (the records show it not done).
 */
export const ZPracticeStatusSchema = ZClaimStatusSchema.extract(['practised', 'partly', 'not-recorded', 'contradicted']);
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
  text: z.string().min(1),
  kind: ZClaimKindSchema,
  value: ZClaimValueSchema,
  unit: ZClaimUnitSchema,
  /** Earlier value of a before→after phrase. */
  previous: ZClaimValueSchema.optional(),
  /** Upper end of a range ("3–5 days"). */
  max: z.number().optional(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  /** Scale of a score ("out of 5"). */
  scale: z.number().optional(),
  /** Absent for an exact quantity. */
  bound: ZClaimBoundSchema.optional(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
  endOffset: z.number().int().nonnegative(),
  /** The sentence the claim sits in, as plain text. */
  sentence: z.string(),
});
export type ExtractedClaim = z.infer<typeof ZExtractedClaimSchema>;
export type ClaimKind = z.infer<typeof ZClaimKindSchema>;
export type ClaimStatus = z.infer<typeof ZClaimStatusSchema>;

/** An extracted claim (without its scale and sentence) plus what backs it or what is wrong. */
export const ZValidatedClaimSchema = ZExtractedClaimSchema.omit({ scale: true, sentence: true, kind: true, value: true, unit: true }).extend({
  /** `number` (a quantity, checked against figures and standards) or `practice` (checked against the practice profile). */
  kind: ZClaimCategorySchema.default('number'),
  /** How a number is written (percent, fraction, before-after, …); numbers only. */
  form: ZClaimKindSchema.optional(),
  value: ZClaimValueSchema.optional(),
  unit: ZClaimUnitSchema.optional(),
  /** The practice-profile entry a practice claim was checked against. */
  practiceId: z.string().optional(),
  /** A practice claim whose sentence also states the records' actual ("… (1 of 2 services in Q2 2026)"): reported, not failed. */
  actualStated: z.boolean().optional(),
  status: ZClaimStatusSchema,
  figureId: z.string().optional(),
  standardId: z.string().optional(),
  message: z.string().min(1),
  /** The right values or phrasings (for a mismatch, the figure's value as the draft should state it). */
  expected: z.array(z.string()).optional(),
}).superRefine((claim, context) => {
  const practiceStatus = ZPracticeStatusSchema.safeParse(claim.status).success;
  if (claim.kind === 'number') {
    for (const field of ['form', 'value', 'unit'] as const) {
      if (claim[field] === undefined) context.addIssue({ code: 'custom', path: [field], message: `a number claim needs \`${field}\`` });
    }
    if (practiceStatus) context.addIssue({ code: 'custom', path: ['status'], message: `\`${claim.status}\` is a practice status; expected supported, standard, mismatch, unsupported or overstated` });
  } else if (!practiceStatus) {
    context.addIssue({ code: 'custom', path: ['status'], message: `\`${claim.status}\` is not a practice status; expected practised, partly, not-recorded or contradicted` });
  }
});
export type ValidatedClaim = z.infer<typeof ZValidatedClaimSchema>;

export const ZClaimsReportSchema = z.object({
  claims: z.array(ZValidatedClaimSchema),
  messages: z.array(z.instanceof(VFileMessage)),
  /** false when any claim is a mismatch, unsupported or overstated. */
  ok: z.boolean(),
  /** Flagged claims left out of `messages` once it reached its limit, by rule id (every claim is still in `claims`). */
  omittedMessages: z.record(z.string(), z.number().int().positive()).optional(),
});
export type ClaimsReport = z.infer<typeof ZClaimsReportSchema>;
