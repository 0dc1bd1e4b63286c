/**
 * A buyer's tender pack as Assured reads it: the questions in the buyer's order, each with its
 * number, text, limit and weighting, what it asks about and whether it is about involvement,
 * where it sits in the file and where its answer goes. What could not be read is listed with
 * its place, so the writer can fix the pack or answer by hand.
 */
import { z } from 'zod';
import { ZAskedTopicSchema } from '../question/read-question.js';

export const ZTenderLimitSchema = z
  .object({
    kind: z.enum(['words', 'characters', 'characters-no-spaces', 'pages']).describe('What the limit counts: words, characters with or without spaces, or sides of A4'),
    value: z.number().int().positive().describe('The most the answer may have'),
  })
  .describe("The question's limit, as the buyer set it");
export type TenderLimit = z.infer<typeof ZTenderLimitSchema>;

const ZPlaceLabel = z.string().describe('The place in words, as messages name it ("sheet \'Quality\' cell B4", "paragraph 7", "table 1, row 3, column 2")');

/** Where something is in the buyer's file; `label` says it in words ("sheet 'Quality' cell B4"). */
export const ZPackPlaceSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('paragraph').describe('A body paragraph of a Word pack'),
      paragraph: z.number().int().positive().describe('Counted from 1 over the paragraphs outside tables'),
      label: ZPlaceLabel,
    }),
    z.object({
      kind: z.literal('table-cell').describe('A cell of a Word table'),
      table: z.number().int().positive().describe('The table, counted from 1'),
      row: z.number().int().positive().describe('The row, counted from 1'),
      column: z.number().int().positive().describe('The cell in its row, counted from 1'),
      label: ZPlaceLabel,
    }),
    z.object({
      kind: z.literal('cell').describe('A worksheet cell'),
      sheet: z.string().describe("The worksheet's name"),
      cell: z.string().describe('The cell address, e.g. E4'),
      label: ZPlaceLabel,
    }),
  ])
  .describe("A place in the buyer's file");
export type PackPlace = z.infer<typeof ZPackPlaceSchema>;

export const ZWeightingSchema = z
  .object({
    percent: z.number().nonnegative().describe('Share of the score, in percent'),
    text: z.string().describe('As the buyer wrote it'),
  })
  .describe("The question's weighting, where the pack gives one");

export const ZInvolvementSchema = z
  .object({
    score: z.number().min(0).max(1).describe('0–1: how strongly the question is about involving people, their families and advocates'),
    involvement: z.boolean().describe('Whether choosing the involvement questions picks it'),
    reason: z.string().describe('What in the question gave the score'),
  })
  .describe('Whether the question is about involvement');

/** The question reader's topic, each field described for readers of the pack. */
const ZTenderTopicSchema = ZAskedTopicSchema.extend({
  id: ZAskedTopicSchema.shape.id.describe('The topic'),
  label: ZAskedTopicSchema.shape.label.describe('The topic in words'),
  weight: ZAskedTopicSchema.shape.weight.describe('strong: named outright; weak: only hinted at'),
  cues: ZAskedTopicSchema.shape.cues.describe("The question's words that gave the topic away"),
  position: ZAskedTopicSchema.shape.position.describe('Offset of the first cue in the question text'),
}).describe('A topic the question asks about');

export const ZTenderQuestionSchema = z.object({
  number: z.string().min(1).describe("The question's number as the buyer wrote it (2.1, Q3, SV1)"),
  title: z.string().optional().describe('A heading\'s words when the pack titles a question ("Person-led reviews")'),
  text: z.string().min(1).describe('The question, without its limit and weighting where they stand apart; paragraphs separated by a blank line'),
  limit: ZTenderLimitSchema.optional(),
  limitText: z.string().optional().describe("The buyer's words the limit was read from"),
  weighting: ZWeightingSchema.optional(),
  topics: z.array(ZTenderTopicSchema).describe('What the question asks about, in the order it raises them'),
  involvement: ZInvolvementSchema,
  place: ZPackPlaceSchema,
  answerPlace: ZPackPlaceSchema.optional().describe("Where the answer is written back: a cell, a form's answer cell, or after the question's last paragraph"),
});
export type TenderQuestion = z.infer<typeof ZTenderQuestionSchema>;

export const TENDER_PACK_PROBLEM_CODES = ['LIMIT_UNREADABLE', 'WEIGHTING_UNREADABLE', 'NUMBER_MISSING', 'ANSWER_PLACE_MISSING', 'DUPLICATE_NUMBER'] as const;

export const ZTenderPackProblemSchema = z
  .object({
    code: z.enum(TENDER_PACK_PROBLEM_CODES).describe('What could not be read'),
    place: ZPackPlaceSchema,
    message: z.string().describe('What was found there and what was expected'),
  })
  .describe('Something in the pack that could not be read');
export type TenderPackProblem = z.infer<typeof ZTenderPackProblemSchema>;

export const ZTenderPackSchema = z
  .object({
    file: z.string().describe("The pack's file name"),
    format: z.enum(['docx', 'xlsx']).describe('Word or Excel'),
    questions: z.array(ZTenderQuestionSchema.describe('One question of the pack')).describe("The questions, in the buyer's order"),
    problems: z.array(ZTenderPackProblemSchema).describe('What could not be read, with its place'),
  })
  .describe("A buyer's tender pack, read");
export type TenderPack = z.infer<typeof ZTenderPackSchema>;
