import { z } from 'zod';
import { ZEvidencePackSchema } from '../evidence/evidence-pack-schema.js';

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
  status: z.enum(['supported', 'standard', 'mismatch', 'unsupported']),
  figureId: z.string().optional(),
  standardId: z.string().optional(),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});

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
});
export type Section = z.infer<typeof ZSectionSchema>;
