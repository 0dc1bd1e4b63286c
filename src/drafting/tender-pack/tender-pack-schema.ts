/**
 * A buyer's tender pack as Assured reads it: the questions in the buyer's order, each with its
 * number, text, limit and weighting, what it asks about and whether it is about involvement,
 * where it sits in the file and where its answer goes. What could not be read is listed with
 * its place, so the writer can fix the pack or answer by hand.
 */
import { z } from 'zod';
import { ZAskedTopicSchema } from '../question/read-question.js';

export const ZTenderLimitSchema = z.object({
  kind: z.enum(['words', 'characters', 'characters-no-spaces', 'pages']),
  value: z.number().int().positive(),
});
export type TenderLimit = z.infer<typeof ZTenderLimitSchema>;

/** Where something is in the buyer's file; `label` says it in words ("sheet 'Quality' cell B4"). */
export const ZPackPlaceSchema = z.discriminatedUnion('kind', [
  /** A body paragraph of a Word pack, counted from 1 over the paragraphs outside tables. */
  z.object({ kind: z.literal('paragraph'), paragraph: z.number().int().positive(), label: z.string() }),
  /** A cell of a Word table, all counted from 1. */
  z.object({ kind: z.literal('table-cell'), table: z.number().int().positive(), row: z.number().int().positive(), column: z.number().int().positive(), label: z.string() }),
  /** A worksheet cell ("E4"). */
  z.object({ kind: z.literal('cell'), sheet: z.string(), cell: z.string(), label: z.string() }),
]);
export type PackPlace = z.infer<typeof ZPackPlaceSchema>;

export const ZWeightingSchema = z.object({
  /** Share of the score, in percent. */
  percent: z.number().nonnegative(),
  /** As the buyer wrote it. */
  text: z.string(),
});

export const ZInvolvementSchema = z.object({
  /** 0–1: how strongly the question is about involving people, families and advocates. */
  score: z.number().min(0).max(1),
  /** Whether `--questions involvement` picks it. */
  involvement: z.boolean(),
  reason: z.string(),
});

export const ZTenderQuestionSchema = z.object({
  number: z.string().min(1),
  /** A heading's words when the pack titles a question ("Person-led reviews"). */
  title: z.string().optional(),
  text: z.string().min(1),
  limit: ZTenderLimitSchema.optional(),
  /** The buyer's words the limit was read from. */
  limitText: z.string().optional(),
  weighting: ZWeightingSchema.optional(),
  topics: z.array(ZAskedTopicSchema),
  involvement: ZInvolvementSchema,
  place: ZPackPlaceSchema,
  /** Where the answer is written back: a cell, a form's answer cell, or after the question's last paragraph. */
  answerPlace: ZPackPlaceSchema.optional(),
});
export type TenderQuestion = z.infer<typeof ZTenderQuestionSchema>;

export const TENDER_PACK_PROBLEM_CODES = ['LIMIT_UNREADABLE', 'WEIGHTING_UNREADABLE', 'NUMBER_MISSING', 'ANSWER_PLACE_MISSING', 'DUPLICATE_NUMBER'] as const;

export const ZTenderPackProblemSchema = z.object({
  code: z.enum(TENDER_PACK_PROBLEM_CODES),
  place: ZPackPlaceSchema,
  message: z.string(),
});
export type TenderPackProblem = z.infer<typeof ZTenderPackProblemSchema>;

export const ZTenderPackSchema = z.object({
  file: z.string(),
  format: z.enum(['docx', 'xlsx']),
  questions: z.array(ZTenderQuestionSchema),
  problems: z.array(ZTenderPackProblemSchema),
});
export type TenderPack = z.infer<typeof ZTenderPackSchema>;
