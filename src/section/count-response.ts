/**
 * The count of a response for the "Words: 248 of 250" line, the limit and the API: the shared
 * counter of src/text, with the contract's schema.
 */
import { z } from 'zod';
import { countText, type CountOptions, type TextCount } from '../text/count-text.js';

export { countFor, type CountKind, type CountOptions } from '../text/count-text.js';

export const ZResponseCountSchema = z.object({
  words: z.number().int().min(0).describe('Words'),
  characters: z.number().int().min(0).describe('Characters, spaces included'),
  charactersNoSpaces: z.number().int().min(0).describe('Characters, spaces excluded'),
});
export type ResponseCount = z.infer<typeof ZResponseCountSchema>;

/** How a tender portal counts: what line breaks and list markers add. */
export const ZCountOptionsSchema = z.object({
  lineBreaks: z.enum(['space', 'newline', 'crlf']).optional().describe('How a line break is counted: as a space, a newline, or CR LF'),
  listMarkers: z.enum(['skip', 'count']).optional().describe('Whether list markers ("- ", "1. ") are skipped or counted'),
});

export interface CountResponseOptions extends CountOptions {
  text: string;
}

export function countResponse(options: CountResponseOptions): ResponseCount {
  const { text, ...rest } = options;
  const count: TextCount = countText(text, rest);
  return count;
}
