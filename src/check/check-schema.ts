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
  ruleId: z.string().min(1).describe('The rule that found it, e.g. vague-involvement'),
  category: ZCheckCategorySchema.describe('What kind of finding it is'),
  severity: ZCheckSeveritySchema.describe('error: must be fixed; warning: should be; info: advice'),
  line: ZLineSchema.describe('Line where the finding starts (1-based)'),
  column: ZLineSchema.describe('Column where the finding starts (1-based)'),
  endLine: ZLineSchema.describe('Line where the finding ends (1-based)'),
  endColumn: ZLineSchema.describe('Column just past the end of the finding (1-based)'),
  message: z.string().min(1).describe('What is wrong and what to write instead'),
  actual: z.string().describe('The words of the draft that triggered the finding'),
  expected: z.array(z.string()).describe('Suggested replacements, if any'),
  url: z.string().min(1).describe('Where the rule is explained'),
  ladder: ZLadderRungSchema.optional().describe('Claimed rung of a flagged vague/tokenism sentence'),
  gaps: z.array(ZSentenceGapSchema).optional().describe('For vague/tokenism: what the sentence leaves out'),
  sentence: z
    .object({
      text: z.string().describe('The sentence, as plain text'),
      line: ZLineSchema.describe('Line where the sentence starts (1-based)'),
      column: ZLineSchema.describe('Column where the sentence starts (1-based)'),
      endLine: ZLineSchema.describe('Line where the sentence ends (1-based)'),
      endColumn: ZLineSchema.describe('Column just past the end of the sentence (1-based)'),
    })
    .optional().describe('For vague/tokenism: the whole sentence the trigger sits in, for rewriting'),
});
export type CheckMessage = z.infer<typeof ZCheckMessageSchema>;

export const ZStructureSummarySchema = z.object({
  behaviour: z.boolean().describe('The draft says what is done (the behaviour line)'),
  ownersCadence: z.boolean().describe('The draft says who does it and how often'),
  evidence: z.boolean().describe('The draft gives dated, sourced evidence'),
  assurance: z.boolean().describe('The draft says how it is assured (audit, sampling)'),
});
export type StructureSummary = z.infer<typeof ZStructureSummarySchema>;

export const ZCheckSummarySchema = z.object({
  words: z.number().int().min(0).describe('Words in the draft'),
  characters: z.number().int().min(0).describe('Characters in the draft, spaces included'),
  charactersNoSpaces: z.number().int().min(0).describe('Characters in the draft, spaces excluded'),
  wordLimit: z.number().int().positive().optional().describe('The word limit the draft was held to, if one was given'),
  charLimit: z.number().int().positive().optional().describe('The character limit the draft was held to, if one was given'),
  structure: ZStructureSummarySchema.describe('Four lines of the Assured Involvement Paragraph, present in every section that answers an involvement question'),
  ladder: z.union([ZLadderRungSchema, z.literal('none')]).describe('Overall rung the draft evidences; `none` when it says nothing about involvement'),
  /** Counts of every finding, including those left out of `messages` past its limit. */
  errors: z.number().int().min(0).describe('Findings of severity error, including those left out of messages'),
  warnings: z.number().int().min(0).describe('Findings of severity warning, including those left out of messages'),
  infos: z.number().int().min(0).describe('Findings of severity info, including those left out of messages'),
  omittedMessages: z.record(z.string(), z.number().int().positive()).optional().describe('Findings left out of `messages` once it reached its limit, by rule id; `messages` then ends with a summary of them'),
});
export type CheckSummary = z.infer<typeof ZCheckSummarySchema>;

export const ZCheckReportSchema = z.object({
  messages: z.array(ZCheckMessageSchema).describe('Every finding, in the order of the draft'),
  summary: ZCheckSummarySchema.describe('Counts, limits, structure and ladder rung of the draft'),
});
export type CheckReport = z.infer<typeof ZCheckReportSchema>;
