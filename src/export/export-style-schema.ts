import { z } from 'zod';

/**
 * How an exported Word document looks. Defaults are what UK tender portals usually ask for:
 * A4 (fixed), 2.54 cm margins, Arial 11 pt, 1.15 line spacing, UK English.
 * `--style STYLE.json` is parsed with this schema; unknown keys are rejected so a typo is reported,
 * not silently ignored.
 */
const ZMarginCmSchema = z.number().min(0).max(10).default(2.54);

export const ZExportStyleSchema = z.strictObject({
  font: z.string().trim().min(1).default('Arial'),
  /** Heading font; the body font when absent. */
  headingFont: z.string().trim().min(1).optional(),
  fontSizePt: z.number().min(6).max(36).default(11),
  /** Multiple of single line spacing (1.15 is Word's "1.15"). */
  lineSpacing: z.number().min(1).max(3).default(1.15),
  marginsCm: z
    .strictObject({ top: ZMarginCmSchema, right: ZMarginCmSchema, bottom: ZMarginCmSchema, left: ZMarginCmSchema })
    .prefault({}),
  /** Where source notes go in a Word document. */
  notes: z.enum(['footnotes', 'endnotes']).default('footnotes'),
  /** Proofing language of every run (BCP 47, e.g. en-GB). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}-[A-Z]{2}$/, 'expected a language tag such as en-GB')
    .default('en-GB'),
});
export type ExportStyle = z.infer<typeof ZExportStyleSchema>;
export type ExportStyleInput = z.input<typeof ZExportStyleSchema>;

export const DEFAULT_EXPORT_STYLE: ExportStyle = ZExportStyleSchema.parse({});
