import { z } from 'zod';

/**
 * The evidence pack: public contract "Figures" (DESIGN.md §3).
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
]);
export type FigureUnit = z.infer<typeof ZFigureUnitSchema>;

/** Ratio figures carry strings such as "2:1" (staff to person); every other unit is numeric. */
const ZFigureValueSchema = z.union([z.number(), z.string()]);

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

export const ZEvidencePackSchema = z.looseObject({
  figures: z.array(ZFigureSchema),
  standards: z.array(ZStandardSchema).default([]),
});
export type EvidencePack = z.infer<typeof ZEvidencePackSchema>;
