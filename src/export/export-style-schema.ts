import { z } from 'zod';

/**
 * How an exported Word document looks. Defaults are what UK tender portals usually ask for:
 * A4 (fixed), 2.54 cm margins, Arial 11 pt, 1.15 line spacing, UK English.
 * `--style STYLE.json` is parsed with this schema; unknown keys are rejected so a typo is reported,
 * not silently ignored.
 */
const ZMarginCmSchema = z.number().min(0).max(10).default(2.54);

export const ZExportStyleSchema = z.strictObject({
  font: z.string().trim().min(1).default('Arial').describe('Body font, as Word names it (Arial by default)'),
  headingFont: z.string().trim().min(1).optional().describe('Heading font; the body font when absent'),
  fontSizePt: z.number().min(6).max(36).default(11).describe('Body font size in points, 6–36 (11 by default)'),
  lineSpacing: z.number().min(1).max(3).default(1.15).describe('Line spacing as a multiple of single spacing, 1–3 (1.15, Word\'s "1.15", by default)'),
  marginsCm: z
    .strictObject({
      top: ZMarginCmSchema.describe('Top margin in centimetres, 0–10'),
      right: ZMarginCmSchema.describe('Right margin in centimetres, 0–10'),
      bottom: ZMarginCmSchema.describe('Bottom margin in centimetres, 0–10'),
      left: ZMarginCmSchema.describe('Left margin in centimetres, 0–10'),
    })
    .prefault({})
    .describe('Page margins of the A4 page in centimetres (2.54 on every side by default)'),
  notes: z.enum(['footnotes', 'endnotes']).default('footnotes').describe('Where source notes go in a Word document: at the foot of each page or at the end'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}-[A-Z]{2}$/, 'expected a language tag such as en-GB')
    .default('en-GB')
    .describe('Proofing language of every run, as a BCP 47 tag (en-GB by default)'),
});
export type ExportStyle = z.infer<typeof ZExportStyleSchema>;
export type ExportStyleInput = z.input<typeof ZExportStyleSchema>;

export const DEFAULT_EXPORT_STYLE: ExportStyle = ZExportStyleSchema.parse({});
