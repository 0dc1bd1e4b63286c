/**
 * Shapes of stored bids: a bid for one tender and lot, its questions in the buyer's order, each
 * answered in saved versions (never overwritten) and moved through review. Dates are ISO 8601.
 */
import { z } from 'zod';
import { DEFAULT_MAX_AGE_MONTHS } from '../../evidence/figure-freshness.js';
import { ZTenderLimitSchema } from '../../drafting/tender-pack/tender-pack-schema.js';
import { ZResponseCountSchema } from '../../section/count-response.js';
import { ZAnswerPlanSchema, ZReviewFindingSchema } from '../../section/section-schema.js';

export const QUESTION_STATUSES = ['not-started', 'drafted', 'in-review', 'returned', 'approved'] as const;
export const ZQuestionStatusSchema = z
  .enum(QUESTION_STATUSES)
  .describe('not-started: no answer yet; drafted: answered, not yet sent for review; in-review: waiting for a reviewer; returned: sent back with a comment; approved: signed off');
export type QuestionStatus = z.infer<typeof ZQuestionStatusSchema>;

export const ZBidStatusSchema = z.enum(['not-started', 'in-progress', 'approved']).describe('not-started: no question answered; approved: every question approved; in-progress otherwise');
export type BidStatus = z.infer<typeof ZBidStatusSchema>;

export const ZVersionKindSchema = z.enum(['drafted', 'edited']).describe('drafted: written by the drafter; edited: saved by a person');
export type VersionKind = z.infer<typeof ZVersionKindSchema>;

export const ZDecisionKindSchema = z.enum(['submitted', 'approved', 'returned']).describe('submitted: sent for review; approved: signed off; returned: sent back with a comment');
export type DecisionKind = z.infer<typeof ZDecisionKindSchema>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a day as YYYY-MM-DD');

export const ZBidQuestionInputSchema = z.strictObject({
  number: z.string().trim().min(1).max(20).optional().describe('The question number in the tender, e.g. 4.2 (by default its place in the list)'),
  text: z.string().trim().min(1).max(5_000).describe('The question as the buyer wrote it'),
  limit: ZTenderLimitSchema.optional(),
});
export type BidQuestionInput = z.infer<typeof ZBidQuestionInputSchema>;

export const ZStatusCountsSchema = z
  .object(Object.fromEntries(QUESTION_STATUSES.map((status) => [status, z.number().int().describe(`Questions ${status}`)])) as Record<QuestionStatus, z.ZodNumber>)
  .describe('How many questions stand at each status');
export type StatusCounts = z.infer<typeof ZStatusCountsSchema>;

const bidFields = {
  id: z.string().describe('The bid id; GET /v1/bids/{bidId} returns it with its questions'),
  tenderName: z.string().describe('The tender, as the buyer names it'),
  lot: z.string().nullable().describe('The lot, if any'),
  deadline: day.nullable().describe('The submission deadline (YYYY-MM-DD), if given'),
  period: z.string().describe('The period the answers’ evidence covers, e.g. 2026-Q2'),
  createdBy: z.string().describe('Who created it'),
  createdAt: z.string().describe('When it was created (ISO 8601)'),
  status: ZBidStatusSchema,
  counts: ZStatusCountsSchema,
};

export const ZBidListItemSchema = z.object({ ...bidFields, questionCount: z.number().int().describe('Questions in the bid') });
export type BidListItem = z.infer<typeof ZBidListItemSchema>;

export const ZAnswerSummarySchema = z.object({
  version: z.number().int().describe('The version number (1 is the first saved)'),
  kind: ZVersionKindSchema,
  text: z.string().describe('The answer text, as Markdown, exactly as it would be pasted'),
  author: z.string().describe('Who saved it'),
  createdAt: z.string().describe('When it was saved (ISO 8601)'),
  count: ZResponseCountSchema.describe('Words and characters of the answer'),
  overLimit: z.boolean().describe('true when the answer is over its limit'),
  findings: z.array(ZReviewFindingSchema).describe("The gate's findings for this text: blocking ones (unverified numbers, over the limit) first"),
  notes: z.array(z.string()).describe("The drafter's notes for the writer: how it read the question, what the records could not cover and why, what the limit left out"),
  plan: ZAnswerPlanSchema.nullable().describe('How the drafter planned the answer (topics asked, elements covered, missing with the reason, left out for the limit); null for an answer drafted before plans were kept'),
  staleFigures: z
    .array(
      z.object({
        id: z.string().describe('The figure id'),
        label: z.string().describe('The figure, in words'),
        asOf: z.string().describe('The latest record date behind it (YYYY-MM-DD)'),
      }),
    )
    .describe(`Figures the answer quotes whose records are older than ${DEFAULT_MAX_AGE_MONTHS} months (or maxAgeMonths), oldest first: re-import newer records or say how old they are`),
});
export type AnswerSummary = z.infer<typeof ZAnswerSummarySchema>;

export const ZDecisionSchema = z.object({
  version: z.number().int().describe('The answer version the step was taken on'),
  decision: ZDecisionKindSchema,
  comment: z.string().nullable().describe("The reviewer's comment (always given when returned)"),
  author: z.string().describe('Who took the step'),
  createdAt: z.string().describe('When (ISO 8601)'),
});
export type Decision = z.infer<typeof ZDecisionSchema>;

export const ZBidQuestionSchema = z.object({
  id: z.string().describe('The question id within the bid'),
  number: z.string().describe('The question number in the tender'),
  text: z.string().describe('The question as the buyer wrote it'),
  limit: ZTenderLimitSchema.nullable().describe('The answer limit, if the buyer set one'),
  status: ZQuestionStatusSchema,
  answer: ZAnswerSummarySchema.nullable().describe('The latest saved answer; null before the first'),
  lastDecision: ZDecisionSchema.nullable().describe('The latest review step (submitted, approved or returned with its comment)'),
});
export type BidQuestion = z.infer<typeof ZBidQuestionSchema>;

export const ZBidPackSummarySchema = z
  .object({
    fileName: z.string().describe("The buyer's file name as uploaded"),
    format: z.enum(['docx', 'xlsx']).describe('Word or Excel: the answers are written back into the same format'),
  })
  .describe("The buyer's pack the bid was created from, kept for writing the answers back");

export const ZBidSchema = z.object({
  ...bidFields,
  services: z.array(z.string()).describe('References of the services the answers are about (empty: all)'),
  pack: ZBidPackSummarySchema.nullable().describe("The buyer's pack, when the bid was created from one (null for typed questions)"),
  questions: z.array(ZBidQuestionSchema).describe("The questions in the buyer's order"),
});
export type Bid = z.infer<typeof ZBidSchema>;

export const ZDiffPartSchema = z.object({
  change: z.enum(['same', 'added', 'removed']).describe('same: in both versions; added: new in this version; removed: gone from the previous one'),
  text: z.string().describe('The words, with their spacing'),
});
export type DiffPart = z.infer<typeof ZDiffPartSchema>;

export const ZAnswerVersionSchema = z.object({
  version: z.number().int().describe('The version number'),
  kind: ZVersionKindSchema,
  text: z.string().describe('The answer text of this version'),
  author: z.string().describe('Who saved it'),
  createdAt: z.string().describe('When it was saved (ISO 8601)'),
  wordsAdded: z.number().int().describe('Words added since the previous version'),
  wordsRemoved: z.number().int().describe('Words removed since the previous version'),
  diff: z.array(ZDiffPartSchema).describe('The change from the previous version, word by word (all `added` for the first)'),
});
export type AnswerVersion = z.infer<typeof ZAnswerVersionSchema>;

export const ZAnswerHistorySchema = z.object({
  questionId: z.string().describe('The question'),
  versions: z.array(ZAnswerVersionSchema).describe('Every saved version, newest first'),
  decisions: z.array(ZDecisionSchema).describe('Every review step, newest first'),
});
export type AnswerHistory = z.infer<typeof ZAnswerHistorySchema>;
