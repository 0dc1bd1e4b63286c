/**
 * Counts a response the way a word processor does, for the "Words: 248 of 250" line and the
 * limit check. The drafting module reuses it, so it stands alone.
 *
 * - Words: whitespace-separated tokens of the visible text (Markdown syntax such as `**`, `#`
 *   or list markers is not counted). A lone dash or ampersand counts, as in Word: on a tight
 *   limit it is safer to count one token too many than one too few.
 * - Characters: the visible text with each run of whitespace, line break or paragraph mark
 *   counted as one space between tokens; "without spaces" leaves the spaces out.
 */
import { z } from 'zod';
import type { ResponseLimit } from './section-schema.js';
import { blockText, parseResponse } from './parse-response.js';

export const ZResponseCountSchema = z.object({
  words: z.number().int().min(0),
  characters: z.number().int().min(0),
  charactersNoSpaces: z.number().int().min(0),
});
export type ResponseCount = z.infer<typeof ZResponseCountSchema>;
export type CountKind = ResponseLimit['kind'];

const TOKEN = /\S+/gu;

export interface CountResponseOptions {
  text: string;
  /** `markdown` (default) counts only what a reader sees; `plain` counts the text as it is. */
  format?: 'markdown' | 'plain';
}

export function countResponse(options: CountResponseOptions): ResponseCount {
  const visible =
    options.format === 'plain' ? options.text : parseResponse(options.text).map(blockText).join('\n');
  let words = 0;
  let charactersNoSpaces = 0;
  for (const token of visible.matchAll(TOKEN)) {
    words += 1;
    // Count user-perceived characters: "é" typed as e + accent is one character to a reader.
    charactersNoSpaces += [...token[0].normalize('NFC')].length;
  }
  return { words, charactersNoSpaces, characters: charactersNoSpaces + Math.max(0, words - 1) };
}

/** The number a limit of this kind is measured against. */
export function countFor(count: ResponseCount, kind: CountKind): number {
  switch (kind) {
    case 'words':
      return count.words;
    case 'characters':
      return count.characters;
    case 'characters-no-spaces':
      return count.charactersNoSpaces;
  }
}
