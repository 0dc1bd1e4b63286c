/**
 * The live count while the writer types: the server's own counter (src/text), bundled into the
 * page, so the number under the box is the number the check, the gate and the document report.
 * The counter brings a Markdown parser, so it loads as its own chunk once the page is up.
 */
import type { CountOptions, TextCount } from '../text/count-text.js';

export type LiveCount = TextCount;

let countText: ((text: string, options?: CountOptions) => TextCount) | undefined;
let loading: Promise<void> | undefined;

/** Loads the shared counter; resolves once `countLive` gives the server's count. */
export function loadCounter(): Promise<void> {
  loading ??= import('../text/count-text.js').then((module) => {
    countText = module.countText;
  });
  return loading;
}

/** Whitespace tokens of the text as typed: only for the moment before the counter has loaded. */
function roughCount(text: string): LiveCount {
  let words = 0;
  let charactersNoSpaces = 0;
  for (const token of text.matchAll(/\S+/gu)) {
    words += 1;
    charactersNoSpaces += [...token[0].normalize('NFC')].length;
  }
  return { words, charactersNoSpaces, characters: charactersNoSpaces + Math.max(0, words - 1) };
}

export function countLive(markdown: string, options: CountOptions = {}): LiveCount {
  if (!countText) return roughCount(markdown);
  try {
    return countText(markdown, options);
  } catch {
    // Markdown nested past the reader's limits: the check will refuse it with the reason; until
    // then count the text as typed rather than break the page.
    return countText(markdown, { ...options, format: 'plain' });
  }
}
