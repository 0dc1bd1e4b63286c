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
  id: z.string(),
  file: z.string(),
  sha256: z.string(),
  importedAt: z.string(),
  /** The rows of the file the batch's records came from (1-based, as the import reported them). */
  rows: z.object({ first: z.number().int(), last: z.number().int() }).optional(),
  /** The latest date among the batch's records (YYYY-MM-DD). */
  latestRecordOn: z.string().optional(),
});
export type ProvenanceBatch = z.infer<typeof ZProvenanceBatchSchema>;

/** Where a figure comes from, as data: readers use this, never the readable `source` line. */
export const ZFigureProvenanceSchema = z.object({
  /** The records counted: "review records". */
  records: z.string(),
  /** What was left out or narrowed: "planned meetings, debriefs excluded". */
  recordsDetail: z.string().optional(),
  /** What one counted case is called, plural: "reviews", "actions due". */
  noun: z.string().optional(),
  /** How many records the figure counted. */
  rows: z.number().int().nonnegative(),
  batches: z.array(ZProvenanceBatchSchema),
});
export type FigureProvenance = z.infer<typeof ZFigureProvenanceSchema>;

/** A verified enablement outcome group: what changed, from what to what, for how many people. */
export const ZFigureOutcomeSchema = z.object({
  domain: z.string(),
  measure: z.string(),
  before: z.string(),
  after: z.string(),
  people: z.number().int().nonnegative(),
});

export const ZFigureSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string().min(1),
  /** null when the figure is unavailable (e.g. zero denominator); `unavailableReason` says why. */
  value: ZFigureValueSchema.nullable(),
  unit: ZFigureUnitSchema,
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  previous: ZFigureValueSchema.nullable().optional(),
  period: z.string().min(1),
  place: z.string().optional(),
  source: z.string().min(1),
  smallSample: z.boolean().optional(),
  unavailableReason: z.string().optional(),
  /** The figure catalogue entry this figure instantiates (enablement groups share one). */
  catalogueId: z.string().optional(),
  /** How the figure is named inside a sentence: lower case, no digits of its own. */
  subject: z.string().optional(),
  /** Which way is better. */
  better: z.enum(['higher', 'lower']).optional(),
  /** Range of a score figure. */
  scale: z.object({ min: z.number(), max: z.number() }).optional(),
  /** The service standard the figure measures against. */
  standardId: z.string().optional(),
  /** Question topics the figure evidences. */
  topics: z.array(z.string()).optional(),
  provenance: ZFigureProvenanceSchema.optional(),
  /** For an enablement outcome group: the outcome itself. */
  outcome: ZFigureOutcomeSchema.optional(),
  /** The latest record date behind the figure within its period (YYYY-MM-DD). */
  asOf: z.string().optional(),
});
export type Figure = z.infer<typeof ZFigureSchema>;

export const ZStandardSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string().min(1),
  value: z.number(),
  /** Upper end of a range standard ("3–5 days"). */
  max: z.number().optional(),
  unit: ZFigureUnitSchema,
});
export type Standard = z.infer<typeof ZStandardSchema>;

/**
 * One entry of the practice profile: how often the period's records show something the provider
 * says it does. `share` is a percentage (null with a zero denominator); `threshold` is the share
 * at or above which the practice counts as what is done.
 */
export const ZPracticeSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string().min(1),
  numerator: z.number().int().nonnegative(),
  denominator: z.number().int().nonnegative(),
  share: z.number().nullable(),
  threshold: z.number().min(0).max(100),
  period: z.string().min(1),
  place: z.string().optional(),
  provenance: ZFigureProvenanceSchema,
  /** `share`: held to the threshold; `occurrence`: one recorded case shows it (an offer or a log). */
  basis: z.enum(['share', 'occurrence']).optional(),
  /** What the denominator counts, plural: "complex reviews". */
  noun: z.string().optional(),
  /** What the counted cases did, completing "3 of 4 complex reviews …": "were chaired by the Registered Manager". */
  shown: z.string().optional(),
});
export type Practice = z.infer<typeof ZPracticeSchema>;

export const ZEvidencePackSchema = z.looseObject({
  figures: z.array(ZFigureSchema),
  standards: z.array(ZStandardSchema).default([]),
  /** The practice profile; packs written before it existed have none, and their practice statements go unchecked. */
  practices: z.array(ZPracticeSchema).optional(),
});
export type EvidencePack = z.infer<typeof ZEvidencePackSchema>;
