import { z } from 'zod';

/**
 * The evidence pack: the public contract for figures.
 * Output of `assured figures --format json`, input of `assured validate --figures`.
 */
export const ZFigureUnitSchema = z.enum([
  'percent',
  'count',
  'score',
  'ratio',
  'days',
  'working days',
  'hours',
  'minutes',
  'weeks',
  'months',
]);
export type FigureUnit = z.infer<typeof ZFigureUnitSchema>;

/** Ratio figures carry strings such as "2:1" (staff to person); every other unit is numeric. */
const ZFigureValueSchema = z.union([z.number(), z.string()]);

/** One import batch behind a figure: the file, its SHA-256 and when it was imported. */
export const ZProvenanceBatchSchema = z.object({
  id: z.string().describe('The import batch id'),
  file: z.string().describe("The imported file's name"),
  sha256: z.string().describe('SHA-256 of the file as imported'),
  importedAt: z.string().describe('When the file was imported (ISO 8601)'),
  rows: z
    .object({ first: z.number().int().describe('The lowest row number among them'), last: z.number().int().describe('The highest row number among them') })
    .optional()
    .describe("The rows of the file the batch's records came from (1-based, as the import reported them)"),
  latestRecordOn: z.string().optional().describe("The latest date among the batch's records (YYYY-MM-DD)"),
});
export type ProvenanceBatch = z.infer<typeof ZProvenanceBatchSchema>;

/** Where a figure comes from, as data: readers use this, never the readable `source` line. */
export const ZFigureProvenanceSchema = z.object({
  records: z.string().describe('The records counted: "review records"'),
  recordsDetail: z.string().optional().describe('What was left out or narrowed: "planned meetings, debriefs excluded"'),
  noun: z.string().optional().describe('What one counted case is called, plural: "reviews", "actions due"'),
  rows: z.number().int().nonnegative().describe('How many records the figure counted'),
  batches: z.array(ZProvenanceBatchSchema).describe('The imported files the counted records came from'),
});
export type FigureProvenance = z.infer<typeof ZFigureProvenanceSchema>;

/** A verified enablement outcome group: what changed, from what to what, for how many people. */
export const ZFigureOutcomeSchema = z.object({
  domain: z.string().describe('The area of life the outcome is in'),
  measure: z.string().describe('What was measured'),
  before: z.string().describe('The measure at the start of the work'),
  after: z.string().describe('The measure when verified'),
  people: z.number().int().nonnegative().describe('How many people this outcome was verified for'),
});

export const ZFigureSchema = z.looseObject({
  id: z.string().min(1).describe('Stable id of the figure, cited by drafts and exports'),
  label: z.string().min(1).describe('What the figure measures, in words'),
  value: ZFigureValueSchema.nullable().describe('null when the figure is unavailable (e.g. zero denominator); `unavailableReason` says why'),
  unit: ZFigureUnitSchema.describe('The unit of value'),
  numerator: z.number().optional().describe('For a share: the cases that met the condition'),
  denominator: z.number().optional().describe('For a share: the cases counted'),
  previous: ZFigureValueSchema.nullable().optional().describe('The value for the previous period, when there is one'),
  period: z.string().min(1).describe('The period the value covers'),
  place: z.string().optional().describe('The place the value is stated for'),
  source: z.string().min(1).describe('Where the figure comes from, as one readable line'),
  smallSample: z.boolean().optional().describe('true when the denominator is too small to generalise from'),
  unavailableReason: z.string().optional().describe('Why the value is null'),
  catalogueId: z.string().optional().describe('The figure catalogue entry this figure instantiates (enablement groups share one)'),
  subject: z.string().optional().describe('How the figure is named inside a sentence: lower case, no digits of its own'),
  better: z.enum(['higher', 'lower']).optional().describe('Which way is better'),
  scale: z.object({ min: z.number().describe('Lowest possible score'), max: z.number().describe('Highest possible score') }).optional().describe('Range of a score figure'),
  standardId: z.string().optional().describe('The service standard the figure measures against'),
  topics: z.array(z.string()).optional().describe('Question topics the figure evidences'),
  provenance: ZFigureProvenanceSchema.optional().describe('Where the figure comes from, as data'),
  outcome: ZFigureOutcomeSchema.optional().describe('For an enablement outcome group: the outcome itself'),
  asOf: z.string().optional().describe('The latest record date behind the figure within its period (YYYY-MM-DD)'),
  detail: z.boolean().optional().describe("A detail figure (a breakdown that answers a question's specifics), not a headline figure"),
  group: z.string().optional().describe('For a grouped detail figure: the recorded value it counts (a trigger, a level, a format)'),
  breakdownOf: z.string().optional().describe("For one service's figure stated beside the whole's in an answer: the id of the whole's figure (its `place` names the service)"),
});
export type Figure = z.infer<typeof ZFigureSchema>;

export const ZStandardSchema = z.looseObject({
  id: z.string().min(1).describe('Stable id of the standard'),
  label: z.string().min(1).describe('The standard, in words'),
  value: z.number().describe("The standard's value (the lower end of a range)"),
  max: z.number().optional().describe('Upper end of a range standard ("3–5 days")'),
  unit: ZFigureUnitSchema.describe('The unit of value'),
});
export type Standard = z.infer<typeof ZStandardSchema>;

/**
 * One entry of the practice profile: how often the period's records show something the provider
 * says it does. `share` is a percentage (null with a zero denominator); `threshold` is the share
 * at or above which the practice counts as what is done.
 */
export const ZPracticeSchema = z.looseObject({
  id: z.string().min(1).describe('Stable id of the practice'),
  label: z.string().min(1).describe('The practice, in words'),
  numerator: z.number().int().nonnegative().describe('Cases that show the practice'),
  denominator: z.number().int().nonnegative().describe('Cases where it could be shown'),
  share: z.number().nullable().describe('numerator / denominator as a percentage; null with a zero denominator'),
  threshold: z.number().min(0).max(100).describe('The share, in percent, at or above which the practice counts as done'),
  period: z.string().min(1).describe('The period the counts cover'),
  place: z.string().optional().describe('The place the counts are stated for'),
  provenance: ZFigureProvenanceSchema.describe('Where the counts come from'),
  basis: z.enum(['share', 'occurrence']).optional().describe('`share`: held to the threshold; `occurrence`: one recorded case shows it (an offer or a log)'),
  noun: z.string().optional().describe('What the denominator counts, plural: "complex reviews"'),
  shown: z.string().optional().describe('What the counted cases did, completing "3 of 4 complex reviews …": "were chaired by the Registered Manager"'),
});
export type Practice = z.infer<typeof ZPracticeSchema>;

/**
 * A practice the organisation declares in its practice library: what is done, by whom, how
 * often, since when, where it is recorded and when it was last checked. It is the provider's
 * own statement, not a count from case records, so drafts quote it with its source and the
 * verification pack shows who checked it and when. `measure` is an optional count the library
 * row gives with its own date ("staff with capacity training in date: 41 of 45 on 30 Sep 2026").
 */
export const ZDeclaredPracticeSchema = z.looseObject({
  id: z.string().min(1).describe("The practice library row's reference"),
  topic: z.string().min(1).describe('The topic the practice answers (a practice library topic id, such as `training` or `carers`)'),
  text: z.string().min(1).describe('The practice, in the present tense, in the organisation\'s own words'),
  ownerRole: z.string().min(1).describe('Role code of who owns the practice'),
  owner: z.string().min(1).describe('Who owns the practice, in words ("the Registered Manager")'),
  cadence: z.string().min(1).describe('Cadence code (`monthly`, `at-induction`, `when-triggered` …)'),
  cadenceText: z.string().min(1).describe('The cadence in words ("every month", "at induction")'),
  since: z.string().describe('ISO date the practice has been in place since'),
  source: z.string().min(1).describe('The document or system where the practice is recorded'),
  lastCheckedOn: z.string().describe('ISO date the practice was last checked as in place'),
  checkedBy: z.string().min(1).describe('Role code of who last checked it'),
  place: z.string().optional().describe('The place the practice holds for: one service, or the organisation when blank'),
  serviceRef: z.string().optional().describe("The service's reference when the practice holds for one service"),
  wholeOrganisation: z.boolean().optional().describe('True when the practice holds for the whole organisation (no service given)'),
  stale: z.boolean().describe('True when the last check is older than the freshness limit before the period ends'),
  provenance: ZFigureProvenanceSchema.describe('The practice library import the row came from'),
  measure: z
    .object({
      label: z.string().min(1).describe('What is counted ("staff with capacity training in date")'),
      count: z.number().int().nonnegative().describe('How many show it'),
      of: z.number().int().positive().describe('Out of how many'),
      share: z.number().describe('count / of as a percentage, one decimal place'),
      asOf: z.string().describe('ISO date the count was taken'),
    })
    .optional()
    .describe('An optional count the library row gives with its own date'),
});
export type DeclaredPractice = z.infer<typeof ZDeclaredPracticeSchema>;

export const ZEvidencePackSchema = z.looseObject({
  figures: z.array(ZFigureSchema).describe('Every figure of the pack'),
  standards: z.array(ZStandardSchema).default([]).describe("The organisation's service standards the figures are held to"),
  practices: z.array(ZPracticeSchema).optional().describe('The practice profile; packs written before it existed have none, and their practice statements go unchecked'),
  declaredPractices: z.array(ZDeclaredPracticeSchema).optional().describe("The organisation's practice library entries in place for the period and place"),
});
export type EvidencePack = z.infer<typeof ZEvidencePackSchema>;
