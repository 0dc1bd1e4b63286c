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
  kind: z.enum(['words', 'characters', 'characters-no-spaces']).describe('What the limit counts: words, characters, or characters without spaces'),
  value: z.number().int().positive().describe('The most the answer box takes'),
});
export type ResponseLimit = z.infer<typeof ZResponseLimitSchema>;

export const ZSectionLineSchema = z.object({
  text: z.string().describe('The line, as Markdown'),
  figureIds: z.array(z.string()).default([]).describe('Figures and standards whose values appear in this line'),
  standardIds: z.array(z.string()).default([]).describe('Standards whose values appear in this line'),
});
export type SectionLine = z.infer<typeof ZSectionLineSchema>;

export const ZAssuredParagraphSchema = z.object({
  behaviour: ZSectionLineSchema.describe('What is done'),
  ownersCadence: ZSectionLineSchema.describe('Who does it, and how often'),
  evidence: ZSectionLineSchema.describe('The dated, sourced figures that show it'),
  assurance: ZSectionLineSchema.describe('How it is checked (audit, sampling) or the plan to'),
});
export type AssuredParagraph = z.infer<typeof ZAssuredParagraphSchema>;

export const ZSupportingLineSchema = ZSectionLineSchema.extend({
  kind: z.enum(['topic', 'case-example', 'you-said-we-did']).describe("topic: what the question asks about beyond the core paragraph; case-example: one person's verified outcome; you-said-we-did: feedback and the change it led to"),
});

export const ZRewriteSchema = z.object({
  before: z.string().describe('The vague sentence as written'),
  after: z.string().describe('The same sentence with who, how often, how and what changed'),
  line: z.number().int().describe('Line of the sentence in the existing draft (1-based)'),
  column: z.number().int().describe('Column of the sentence in the existing draft (1-based)'),
  ruleId: z.string().describe('The checker rule that flagged the sentence'),
  category: z.string().describe('The checker category of that rule'),
  figureIds: z.array(z.string()).default([]).describe('Figures whose values appear in the rewrite'),
  standardIds: z.array(z.string()).default([]).describe('Standards whose values appear in the rewrite'),
});
export type Rewrite = z.infer<typeof ZRewriteSchema>;

/** One number in the response and what backs it (a figure, a standard) or what is wrong with it. */
export const ZValidationEntrySchema = z.looseObject({
  text: z.string().describe('The number as written in the response'),
  status: ZClaimStatusSchema.describe('Any status the claim validator gives (see claims-schema): the Section lists what it says'),
  figureId: z.string().optional().describe('The figure that backs or contradicts it'),
  standardId: z.string().optional().describe('The standard it states'),
  practiceId: z.string().optional().describe('For a practice statement: the practice-profile entry it was checked against'),
  declaredPracticeId: z.string().optional().describe("The practice library entry (in the pack's declaredPractices) a declared practice quotes, or whose dated count backs a number"),
  line: z.number().int().describe('Line in responseText (1-based)'),
  column: z.number().int().describe('Column in responseText (1-based)'),
  /** Where the claim ends, and its offsets in `responseText` (0-based, end exclusive), so readers need not recount. */
  endLine: z.number().int().optional().describe('Line where the claim ends in responseText (1-based)'),
  endColumn: z.number().int().optional().describe("Column just past the claim's end in responseText (1-based)"),
  offset: z.number().int().optional().describe("Offset of the claim's start in responseText (0-based)"),
  endOffset: z.number().int().optional().describe("Offset just past the claim's end in responseText (0-based, exclusive)"),
  message: z.string().describe('What backs it, or what is wrong with it'),
});

/**
 * One finding of the gate. Blocking findings (a `mismatch` or `unsupported` claim, a response
 * over its limit) stop an export unless the writer gives a reason; the checker's other messages
 * are advice. Lines and columns are 1-based positions in the response text.
 */
export const ZReviewFindingSchema = z.object({
  source: z.enum(['claims', 'check', 'limit']).describe('claims: the number validator; check: the draft checker; limit: the answer box limit'),
  ruleId: z.string().min(1).describe('The rule that found it'),
  category: z.string().optional().describe("The checker's category (`length` for the limit); absent for claims"),
  severity: z.enum(['error', 'warning', 'info']).describe('error, warning or info'),
  blocking: z.boolean().describe('true when it stops an export unless the writer gives a reason'),
  line: z.number().int().min(1).describe('Line in the response text (1-based)'),
  column: z.number().int().min(1).describe('Column in the response text (1-based)'),
  message: z.string().min(1).describe('What is wrong and what to do'),
  actual: z.string().optional().describe('The words of the response that triggered it'),
  status: z.enum(['mismatch', 'unsupported', 'overstated', 'partly', 'contradicted', 'stale-declared']).optional().describe('For a claim: its validation status'),
  figureId: z.string().optional().describe('For a claim: the figure involved'),
  standardId: z.string().optional().describe('For a claim: the standard involved'),
});
export type ReviewFinding = z.infer<typeof ZReviewFindingSchema>;

/** What the gate found for one response: validation, check and count together. */
export const ZSectionReviewSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/u).describe('SHA-256 of what was judged (response text, evidence pack, gate version): a changed text is judged again'),
  count: ZResponseCountSchema.describe('Words and characters of the response'),
  limit: ZResponseLimitSchema.optional().describe('The limit the count was held against, after any override of how it is counted'),
  countOptions: ZCountOptionsSchema.optional().describe('How the response was counted (line breaks, list markers)'),
  overLimit: z.boolean().describe('true when the count is over the limit'),
  claims: z.array(ZValidatedClaimSchema).describe('Every number in the response, validated against the evidence pack'),
  findings: z.array(ZReviewFindingSchema).describe('Blocking findings first, then by position'),
  structure: ZStructureSummarySchema.describe('Which of the four paragraph lines the response has'),
});
export type SectionReview = z.infer<typeof ZSectionReviewSchema>;

const ZPlannedElementSchema = z.object({
  topic: z.string().describe('The asked topic the element belongs to (e.g. "advocacy")'),
  element: z.string().describe('What the answer says about it (e.g. "referral-times")'),
});

export const ZAnswerPlanSchema = z.object({
  topics: z.array(z.object({ id: z.string().describe('Topic id'), weight: z.enum(['strong', 'weak']).describe('How plainly the question asks about it') })).describe('Topics the question asks about, in its order'),
  covered: z.array(ZPlannedElementSchema.extend({ figureIds: z.array(z.string()).optional().describe('Figures the element states') })).describe('Elements the answer covers, in its order'),
  missing: z.array(ZPlannedElementSchema.extend({ reason: z.string().describe('Why the records could not supply it') })).describe('Required elements the records could not supply'),
  squeezed: z.array(ZPlannedElementSchema).describe('Required elements the records hold but the limit left no room for'),
  parts: z
    .array(
      z.object({
        text: z.string().describe('One thing the question asks, in its own words'),
        answeredBy: z
          .enum(['records', 'library', 'commitment', 'none'])
          .describe('What answers it: the records and figures, the practice library, a proposed commitment where the records show nothing yet (the writer confirms it), or nothing yet (the writer is told)'),
      }),
    )
    .optional()
    .describe('The separate things the question asks, in its order, and what answers each'),
});
export type AnswerPlanSummary = z.infer<typeof ZAnswerPlanSchema>;

export const ZSectionSchema = z.object({
  id: z.string().optional().describe('The section id'),
  createdAt: z.string().optional().describe('When the section was stored (ISO 8601)'),
  organisation: z.object({ slug: z.string().describe("The organisation's short name in URLs and commands"), name: z.string().describe("The organisation's name"), bidderName: z.string().describe('The name the organisation bids under') }).describe('The organisation the section is for'),
  tender: z.object({ name: z.string().optional().describe("The tender's name"), lot: z.string().optional().describe('The lot') }).default({}).describe('The tender and lot, as given'),
  question: z.object({ number: z.string().optional().describe("The question's number in the tender, e.g. 4.2"), text: z.string().describe("The question's text") }).describe('The tender question answered'),
  period: z.object({ label: z.string().describe('The period as given, e.g. 2026-Q2'), human: z.string().describe('The period in words, e.g. April to June 2026'), start: z.string().describe('First day (YYYY-MM-DD)'), end: z.string().describe('Last day (YYYY-MM-DD)') }).describe('The period the evidence covers'),
  services: z.array(z.string()).describe('References of the services the section is about'),
  place: z.string().describe('The place anchor the figures are stated for'),
  limit: ZResponseLimitSchema.optional().describe('The answer box limit, if one was given'),
  drafter: z.enum(['template', 'llm']).describe('Which drafter wrote it: template or llm'),
  paragraph: ZAssuredParagraphSchema.describe('The four lines of the answer: behaviour, owners and cadence, evidence, assurance'),
  supporting: z.array(ZSupportingLineSchema).default([]).describe('Supporting lines after the paragraph: case examples and you-said-we-did'),
  rewrites: z.array(ZRewriteSchema).default([]).describe('For an existing draft: its vague sentences, each with a rewrite'),
  responseText: z.string().describe("Exactly what is pasted into the tender's answer box"),
  pack: ZEvidencePackSchema.describe('The evidence pack the section was drafted from (figures and standards)'),
  validation: z.object({ claims: z.array(ZValidationEntrySchema).describe('Each number with what backs it or what is wrong') }).describe('Every number in responseText, validated against pack'),
  notes: z.array(z.string()).default([]).describe('Things the writer must know (e.g. "no NI sampling records: the assurance line states a plan")'),
  model: z
    .object({
      used: z.boolean().describe("true when the model's draft was kept"),
      fellBack: z.boolean().describe("true when the template's draft was used instead"),
      attempts: z.number().int().describe('Calls made to the model'),
      usage: z.object({ promptTokens: z.number().int().describe('Tokens sent to the model'), completionTokens: z.number().int().describe('Tokens the model answered') }).optional().describe('Tokens used'),
      reason: z.string().optional().describe("Why the model's draft was not kept"),
    })
    .optional().describe('How the language model was used, when the llm drafter was asked for'),
  plan: ZAnswerPlanSchema.optional().describe('How the answer was planned: the topics the question asks about and which of their elements the answer covers, and why any is missing'),
  review: ZSectionReviewSchema.optional().describe("The gate's review of `responseText` against `pack`; export reuses it while both are unchanged"),
});
export type Section = z.infer<typeof ZSectionSchema>;
