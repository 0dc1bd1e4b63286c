import { z } from 'zod';

/**
 * What an exported document holds besides each question and its answer. The default is the
 * submission a commissioner reads: the question once and the answer, nothing else, so the text
 * copies out exactly (no note marks running into numbers). Everything else is asked for.
 */
export const ZExportContentSchema = z.strictObject({
  titleBlock: z.boolean().default(false).describe("Title, bidder, tender and lot lines, and the bidder's name in the header and footer"),
  details: z.boolean().default(false).describe('The period and place under each question, and a "Response" heading'),
  countLine: z.boolean().default(false).describe('A count line under each answer, such as "Words: 248 of 250"'),
  evidenceTable: z
    .enum(['none', 'short', 'full'])
    .default('none')
    .describe('The figures and standards each answer cites: `short` (figure, value, period, place abbreviated, one-line source), `full` (every place named, the whole source line) or `none`'),
  footnotes: z.boolean().default(false).describe('A footnote (or endnote, as the style says) after every number, naming its source'),
});
export type ExportContent = z.infer<typeof ZExportContentSchema>;
export type ExportContentInput = z.input<typeof ZExportContentSchema>;

export const SUBMISSION_CONTENT: ExportContent = ZExportContentSchema.parse({});

/** Everything: the annotated working copy, with sources after every number. */
export const ANNOTATED_CONTENT: ExportContent = { titleBlock: true, details: true, countLine: true, evidenceTable: 'full', footnotes: true };

/** Names the CLI's `--include` takes, each turning one part on. */
export const INCLUDE_NAMES = ['title', 'details', 'count', 'evidence', 'evidence-full', 'footnotes', 'all'] as const;
export type IncludeName = (typeof INCLUDE_NAMES)[number];

export function contentFromIncludes(names: readonly IncludeName[]): ExportContent {
  if (names.includes('all')) return ANNOTATED_CONTENT;
  return {
    titleBlock: names.includes('title'),
    details: names.includes('details'),
    countLine: names.includes('count'),
    evidenceTable: names.includes('evidence-full') ? 'full' : names.includes('evidence') ? 'short' : 'none',
    footnotes: names.includes('footnotes'),
  };
}
