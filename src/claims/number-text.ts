/**
 * Numbers as text: the regex source that finds a number (digits or words) and the
 * parser that turns the matched text into a value. Built once from data/number-words.ts.
 */
import {
  MULTIPLIER_WORDS,
  PHRASE_NUMBERS,
  TENS_WORDS,
  UNIT_WORDS,
} from './data/number-words.js';

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const ONE_TO_NINE = Object.keys(UNIT_WORDS).filter((word) => {
  const value = UNIT_WORDS[word];
  return value !== undefined && value >= 1 && value <= 9;
});

const UNITS_SOURCE = alternation(Object.keys(UNIT_WORDS));
const TENS_SOURCE = `(?:${alternation(Object.keys(TENS_WORDS))})(?:[-\\s](?:${alternation(ONE_TO_NINE)}))?`;
const MULTIPLIER_SOURCE = `(?:a|${alternation(ONE_TO_NINE)})\\s+(?:${alternation(Object.keys(MULTIPLIER_WORDS))})(?:\\s+(?:and\\s+)?(?:${TENS_SOURCE}|${UNITS_SOURCE}))?`;

/** A number written in words: "seven", "twenty-three", "a dozen", "one hundred and five". */
export const WORD_NUMBER_SOURCE = `\\b(?:${alternation(Object.keys(PHRASE_NUMBERS))}|${MULTIPLIER_SOURCE}|${TENS_SOURCE}|${UNITS_SOURCE})\\b`;

/** A number in digits, with optional thousands separators and decimals; never glued to a letter or digit before it. */
export const DIGIT_NUMBER_SOURCE = `(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!\\d|[.,]\\d)`;

/** Any number, digits or words. Use with the `i` flag. */
export const NUMBER_SOURCE = `(?:${DIGIT_NUMBER_SOURCE}|${WORD_NUMBER_SOURCE})`;

const PHRASE_LOOKUP = new Map(Object.entries(PHRASE_NUMBERS));

/** Value of a number matched by NUMBER_SOURCE, or undefined when the text is not a number. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  if (/\d/.test(trimmed)) {
    const value = Number(trimmed.replace(/,/g, ''));
    return Number.isFinite(value) ? value : undefined;
  }
  const words = trimmed.toLowerCase().replace(/\s+/g, ' ');
  const phrase = PHRASE_LOOKUP.get(words);
  if (phrase !== undefined) return phrase;

  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words.split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'a') {
      current = 1;
      seen = true;
      continue;
    }
    const unit = UNIT_WORDS[word];
    const tens = TENS_WORDS[word];
    const multiplier = MULTIPLIER_WORDS[word];
    if (unit !== undefined) current += unit;
    else if (tens !== undefined) current += tens;
    else if (multiplier !== undefined) {
      total += Math.max(current, 1) * multiplier;
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** True when the number was written in words ("nine in ten"), which marks an approximate proportion. */
export function isWordNumber(text: string): boolean {
  return !/\d/.test(text);
}
