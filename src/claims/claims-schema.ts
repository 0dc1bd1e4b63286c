import { VFileMessage } from 'vfile-message';
import { z } from 'zod';
import { ZFigureUnitSchema } from '../evidence/evidence-pack-schema.js';

/**
 * Public contract "Claims" (DESIGN.md §3): what `assured validate --format json` prints
 * and what the draft checker reads. Positions are 1-based lines/columns as in vfile;
 * offsets are 0-based into the Markdown string, end exclusive.
 */
export const ZClaimUnitSchema = z.union([ZFigureUnitSchema, z.literal('months')]);

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
]);

export const ZClaimStatusSchema = z.enum(['supported', 'standard', 'mismatch', 'unsupported']);

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
export const ZValidatedClaimSchema = ZExtractedClaimSchema.omit({ scale: true, sentence: true }).extend({
  status: ZClaimStatusSchema,
  figureId: z.string().optional(),
  standardId: z.string().optional(),
  message: z.string().min(1),
  /** The right values or phrasings (for a mismatch, the figure's value as the draft should state it). */
  expected: z.array(z.string()).optional(),
});
export type ValidatedClaim = z.infer<typeof ZValidatedClaimSchema>;

export const ZClaimsReportSchema = z.object({
  claims: z.array(ZValidatedClaimSchema),
  messages: z.array(z.instanceof(VFileMessage)),
  /** false when any claim is a mismatch or unsupported. */
  ok: z.boolean(),
  /** Flagged claims left out of `messages` once it reached its limit, by rule id (every claim is still in `claims`). */
  omittedMessages: z.record(z.string(), z.number().int().positive()).optional(),
});
export type ClaimsReport = z.infer<typeof ZClaimsReportSchema>;
