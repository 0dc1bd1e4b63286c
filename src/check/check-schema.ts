import { z } from 'zod';

/**
 * The "Check messages" contract: output of `assured check DRAFT --format json`.
 * Every rule message is converted to this shape at the end of `checkDraft`.
 */
export const ZCheckCategorySchema = z.enum([
  'vague',
  'tokenism',
  'unsupported-claim',
  'missing-anchor',
  'structure',
  'jargon',
  'readability',
  'length',
]);
export type CheckCategory = z.infer<typeof ZCheckCategorySchema>;

export const ZCheckSeveritySchema = z.enum(['error', 'warning', 'info']);
export type CheckSeverity = z.infer<typeof ZCheckSeveritySchema>;

/** Rungs of the ladder of participation, lowest first. */
export const ZLadderRungSchema = z.enum(['information', 'consultation', 'participation', 'co-production']);
export type LadderRung = z.infer<typeof ZLadderRungSchema>;

/** What a vague or tokenistic sentence leaves out; the rewrite step fills these in. */
export const ZSentenceGapSchema = z.enum(['who', 'how-often', 'how', 'what-changed']);
export type SentenceGap = z.infer<typeof ZSentenceGapSchema>;

const ZLineSchema = z.number().int().min(1);

export const ZCheckMessageSchema = z.object({
  ruleId: z.string().min(1),
  category: ZCheckCategorySchema,
  severity: ZCheckSeveritySchema,
  line: ZLineSchema,
  column: ZLineSchema,
  endLine: ZLineSchema,
  endColumn: ZLineSchema,
  message: z.string().min(1),
  actual: z.string(),
  expected: z.array(z.string()),
  url: z.string().min(1),
  /** Claimed rung of a flagged vague/tokenism sentence. */
  ladder: ZLadderRungSchema.optional(),
  /** For vague/tokenism: what the sentence leaves out. */
  gaps: z.array(ZSentenceGapSchema).optional(),
  /** For vague/tokenism: the whole sentence the trigger sits in, for rewriting. */
  sentence: z
    .object({
      text: z.string(),
      line: ZLineSchema,
      column: ZLineSchema,
      endLine: ZLineSchema,
      endColumn: ZLineSchema,
    })
    .optional(),
});
export type CheckMessage = z.infer<typeof ZCheckMessageSchema>;

export const ZStructureSummarySchema = z.object({
  behaviour: z.boolean(),
  ownersCadence: z.boolean(),
  evidence: z.boolean(),
  assurance: z.boolean(),
});
export type StructureSummary = z.infer<typeof ZStructureSummarySchema>;

export const ZCheckSummarySchema = z.object({
  words: z.number().int().min(0),
  characters: z.number().int().min(0),
  charactersNoSpaces: z.number().int().min(0),
  wordLimit: z.number().int().positive().optional(),
  charLimit: z.number().int().positive().optional(),
  /** Four lines of the Assured Involvement Paragraph, present in every section that answers an involvement question. */
  structure: ZStructureSummarySchema,
  /** Overall rung the draft evidences; `none` when it says nothing about involvement. */
  ladder: z.union([ZLadderRungSchema, z.literal('none')]),
  /** Counts of every finding, including those left out of `messages` past its limit. */
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  infos: z.number().int().min(0),
  /** Findings left out of `messages` once it reached its limit, by rule id; `messages` then ends with a summary of them. */
  omittedMessages: z.record(z.string(), z.number().int().positive()).optional(),
});
export type CheckSummary = z.infer<typeof ZCheckSummarySchema>;

export const ZCheckReportSchema = z.object({
  messages: z.array(ZCheckMessageSchema),
  summary: ZCheckSummarySchema,
});
export type CheckReport = z.infer<typeof ZCheckReportSchema>;
