import { phraseVocabulary } from './data/vocabulary.js';

/** A match of a compiled phrase list inside one string (offsets are 0-based, end exclusive). */
export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

const shorthand = /\{(\w+)\}/g;

function expandShorthand(source: string): string {
  return source.replace(shorthand, (whole, name: string) => {
    const expansion = phraseVocabulary[name];
    if (expansion === undefined) throw new Error(`Unknown phrase shorthand ${whole} in pattern ${source}`);
    return expansion;
  });
}

/**
 * Compile a list of phrase sources into one whole-word, case-insensitive regular expression.
 * Compiled once at module load by each rule; `findPhrases` resets `lastIndex` itself.
 */
export function compilePhrasePatterns(sources: readonly string[]): RegExp {
  const alternation = sources.map((source) => `(?:${expandShorthand(source)})`).join('|');
  return new RegExp(`(?<![A-Za-z0-9])(?:${alternation})(?![A-Za-z0-9])`, 'gi');
}

/** Curly apostrophes become straight ones (same length, so offsets still hold). */
export function normaliseForMatching(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'");
}

export function findPhrases(pattern: RegExp, text: string): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  pattern.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = pattern.exec(text)) !== null) {
    if (found[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    matches.push({ start: found.index, end: found.index + found[0].length, text: found[0] });
  }
  return matches;
}

export function hasPhrase(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
