import { z } from 'zod';
import { ZStructureSummarySchema } from '../check/check-schema.js';
import { ZClaimStatusSchema, ZValidatedClaimSchema } from '../claims/claims-schema.js';
import { ZEvidencePackSchema } from '../evidence/evidence-pack-schema.js';
import { ZCountOptionsSchema, ZResponseCountSchema } from './count-response.js';

/**
 * A generated tender section: the contract between drafting, export, the API and the web page.
 * `responseText` is exactly what a bid writer pastes into the answer box (Markdown, no metadata).
 */

export const ZResponseLimitSchema = z.object({
  kind: z.enum(['words', 'characters', 'characters-no-spaces']),
  value: z.number().int().positive(),
});
export type ResponseLimit = z.infer<typeof ZResponseLimitSchema>;

export const ZSectionLineSchema = z.object({
  text: z.string(),
  /** Figures and standards whose values appear in this line. */
  figureIds: z.array(z.string()).default([]),
  standardIds: z.array(z.string()).default([]),
});
export type SectionLine = z.infer<typeof ZSectionLineSchema>;

export const ZAssuredParagraphSchema = z.object({
  behaviour: ZSectionLineSchema,
  ownersCadence: ZSectionLineSchema,
  evidence: ZSectionLineSchema,
  assurance: ZSectionLineSchema,
});
export type AssuredParagraph = z.infer<typeof ZAssuredParagraphSchema>;

export const ZSupportingLineSchema = ZSectionLineSchema.extend({
  kind: z.enum(['case-example', 'you-said-we-did']),
});

export const ZRewriteSchema = z.object({
  before: z.string(),
  after: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  ruleId: z.string(),
  category: z.string(),
  figureIds: z.array(z.string()).default([]),
  standardIds: z.array(z.string()).default([]),
});
export type Rewrite = z.infer<typeof ZRewriteSchema>;

/** One number in the response and what backs it (a figure, a standard) or what is wrong with it. */
export const ZValidationEntrySchema = z.looseObject({
  text: z.string(),
  /** Any status the claim validator gives (see claims-schema): the Section lists what it says. */
  status: ZClaimStatusSchema,
  figureId: z.string().optional(),
  standardId: z.string().optional(),
  line: z.number().int(),
  column: z.number().int(),
  /** Where the claim ends, and its offsets in `responseText` (0-based, end exclusive), so readers need not recount. */
  endLine: z.number().int().optional(),
  endColumn: z.number().int().optional(),
  offset: z.number().int().optional(),
  endOffset: z.number().int().optional(),
  message: z.string(),
});

/**
 * One finding of the gate. Blocking findings (a `mismatch` or `unsupported` claim, a response
 * over its limit) stop an export unless the writer gives a reason; the checker's other messages
 * are advice. Lines and columns are 1-based positions in the response text.
 */
export const ZReviewFindingSchema = z.object({
  source: z.enum(['claims', 'check', 'limit']),
  ruleId: z.string().min(1),
  /** The checker's category (`length` for the limit); absent for claims. */
  category: z.string().optional(),
  severity: z.enum(['error', 'warning', 'info']),
  blocking: z.boolean(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  message: z.string().min(1),
  actual: z.string().optional(),
  status: z.enum(['mismatch', 'unsupported', 'overstated', 'partly', 'contradicted']).optional(),
  figureId: z.string().optional(),
  standardId: z.string().optional(),
});
export type ReviewFinding = z.infer<typeof ZReviewFindingSchema>;

/** What the gate found for one response: validation, check and count together. */
export const ZSectionReviewSchema = z.object({
  /** SHA-256 of what was judged (response text, evidence pack, gate version): a changed text is judged again. */
  hash: z.string().regex(/^[0-9a-f]{64}$/u),
  count: ZResponseCountSchema,
  /** The limit the count was held against, after any override of how it is counted. */
  limit: ZResponseLimitSchema.optional(),
  countOptions: ZCountOptionsSchema.optional(),
  overLimit: z.boolean(),
  /** Every number in the response, validated against the evidence pack. */
  claims: z.array(ZValidatedClaimSchema),
  /** Blocking findings first, then by position. */
  findings: z.array(ZReviewFindingSchema),
  structure: ZStructureSummarySchema,
});
export type SectionReview = z.infer<typeof ZSectionReviewSchema>;

export const ZSectionSchema = z.object({
  id: z.string().optional(),
  createdAt: z.string().optional(),
  organisation: z.object({ slug: z.string(), name: z.string(), bidderName: z.string() }),
  tender: z.object({ name: z.string().optional(), lot: z.string().optional() }).default({}),
  question: z.object({ number: z.string().optional(), text: z.string() }),
  period: z.object({ label: z.string(), human: z.string(), start: z.string(), end: z.string() }),
  services: z.array(z.string()),
  place: z.string(),
  limit: ZResponseLimitSchema.optional(),
  drafter: z.enum(['template', 'llm']),
  paragraph: ZAssuredParagraphSchema,
  supporting: z.array(ZSupportingLineSchema).default([]),
  rewrites: z.array(ZRewriteSchema).default([]),
  /** Exactly what is pasted into the tender's answer box. */
  responseText: z.string(),
  /** The evidence pack the section was drafted from (figures and standards). */
  pack: ZEvidencePackSchema,
  validation: z.object({ claims: z.array(ZValidationEntrySchema) }),
  /** Things the writer must know (e.g. "no NI sampling records: the assurance line states a plan"). */
  notes: z.array(z.string()).default([]),
  model: z
    .object({
      used: z.boolean(),
      fellBack: z.boolean(),
      attempts: z.number().int(),
      usage: z.object({ promptTokens: z.number().int(), completionTokens: z.number().int() }).optional(),
      reason: z.string().optional(),
    })
    .optional(),
  /** The gate's review of `responseText` against `pack`; export reuses it while both are unchanged. */
  review: ZSectionReviewSchema.optional(),
});
export type Section = z.infer<typeof ZSectionSchema>;
