/**
 * Regular expressions assembled from the vocabulary tables. Order in
 * EXCLUSION_PATTERNS and the claim patterns of extract-claims.ts is priority:
 * an earlier match owns its characters and later patterns cannot reuse them.
 */
import {
  CHANGE_WORDS,
  DURATION_UNIT_WORDS,
  FORM_NOUNS,
  LABEL_KEYWORDS,
  LEGISLATION_WORDS,
  MONTH_NAMES,
  NON_CLAIM_PHRASES,
  PERCENTAGE_POINT_MARKERS,
  REFERENCE_KEYWORDS,
} from './data/claim-vocabulary.js';
import { FRACTION_DENOMINATOR_WORDS, FRACTION_NUMERATOR_WORDS, HALF_PERIOD_PRECEDERS } from './data/number-words.js';
import { NUMBER_SOURCE, WORD_NUMBER_SOURCE } from './number-text.js';
import {
  BOUND_WORDS,
  CHANGE_DOWN_WORDS,
  CHANGE_NOUNS_DOWN,
  CHANGE_NOUNS_UP,
  CHANGE_UP_WORDS,
  MOST_NOT_AFTER,
  MOST_PLURAL_NOUN_EXCEPTIONS,
  MULTIPLE_VERBS,
  RELATIVE_FRACTION_WORDS,
  VAGUE_QUANTIFIERS,
} from './data/quantity-words.js';

export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const NUM = NUMBER_SOURCE;
const MONTHS = alternation(MONTH_NAMES);
export const DURATION_UNITS_SOURCE = `(?:${alternation(Object.keys(DURATION_UNIT_WORDS))})`;
const PERCENT_SOURCE = `(?:%|(?:per[\\s-]?cent|percent)\\b)`;
const ORDINAL = '(?:st|nd|rd|th)?';

/** Patterns whose matches are never claims: they only reserve their characters. */
export const EXCLUSION_PATTERNS: readonly RegExp[] = [
  // URLs and e-mail addresses left in plain text
  /\b(?:https?:\/\/|www\.)[^\s<>()\]]+|[\w.+-]+@[\w-]+\.[\w.]+/gi,
  // footnote and citation markers: [1], [^2]
  /\[\^?[\w-]+\]/g,
  new RegExp(`(?<![\\w-])(?:${alternation(NON_CLAIM_PHRASES)})(?![\\w-])`, 'gi'),
  // numeric dates, day first: 03/04/2026, 3.4.26
  /(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/-]|\.\d)/g,
  // ISO dates, months and ranges: 2026-04-01, 2026-05, 2026-04-01..2026-06-30, 2025-26
  /(?<![\d.])\d{4}-\d{2}(?:-\d{2})?(?:\s*(?:\.\.|–|to)\s*\d{4}-\d{2}(?:-\d{2})?)?(?![\d])/g,
  // day-first dates: 1 April 2026, 3rd–5th May, 1 and 2 June
  new RegExp(`(?<![\\w.,])\\d{1,2}${ORDINAL}(?:\\s*(?:–|-|to|and|&)\\s*\\d{1,2}${ORDINAL})?\\s+(?:of\\s+)?(?:${MONTHS})\\b\\.?(?:,?\\s+\\d{4})?`, 'g'),
  // month-first dates need a year or an ordinal to be told from "April 83%"
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:(?:st|nd|rd|th)\\b|,?\\s+\\d{4}\\b)`, 'g'),
  // times of day: 10:30, 2pm, 9.30am
  /(?<![\d:])\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?![\d:])|(?<![\w.])\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?(?![a-z])/gi,
  // period labels: Q2, Q2 2026, Q2/26, 2026-Q2, FY2025-26, H1 2026, 2025/26
  /\bQ[1-4](?:[\s/-]*\d{4}(?:[/-]\d{2,4})?|[/-]\d{2}(?!\d))?(?!\w)/gi,
  /(?<!\d)\d{4}\s*[-/]?\s*Q[1-4]\b/gi,
  /\bFY\s?\d{2,4}(?:\s*[-/–]\s*\d{2,4})?\b/gi,
  /\bH[12]\s+\d{4}\b/g,
  /(?<![\d,.£])(?:19|20)\d{2}\s*[/–-]\s*(?:\d{4}|\d{2})(?!\d)/g,
  // law and guidance references: section 10.14, Regulation 9, recommendation 1.1.2, s. 117
  new RegExp(
    `(?<![\\w])(?:${alternation(REFERENCE_KEYWORDS)})\\s*(?:no\\.?\\s*)?\\d+[A-Za-z]?(?:[.(]\\d+[A-Za-z]?\\)?)*(?:\\s*(?:,|and|or|to|&|–|-)\\s*\\d+(?:\\.\\d+)*[A-Za-z]?(?![\\w%]))*`,
    'gi',
  ),
  new RegExp(`\\b(?:${alternation(LEGISLATION_WORDS)})\\s+(?:\\(\\w+\\)\\s+)?\\d{4}\\b`, 'g'),
  // multi-level numbering: 1.1.2, 3.4.1.2
  /(?<![\w.])\d+(?:\.\d+){2,}(?![\w.]?\d)/g,
  // document labels: Line 1:, Step 2, Lot 3, Day 28 review
  new RegExp(
    `(?<![\\w-])(?:${alternation(LABEL_KEYWORDS)})\\s*(?:no\\.?\\s*)?\\d+(?:\\.\\d+)*[A-Za-z]?(?![\\w%])(?!\\s*(?:per[\\s-]?cent|percent)\\b)`,
    'gi',
  ),
  // inline enumerators: (1), (b), (iv)
  /\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)/gi,
  // telephone numbers
  /(?:\+44\s?\(?0?\)?\s?|(?<![\w])0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g,
  // descriptions of a scale: "scored 0–2", "a scale of 1 to 5", "1-5 scale"
  new RegExp(`\\b(?:scale\\s+(?:of\\s+)?|scored\\s+)${NUM}\\s*(?:–|-|to)\\s*${NUM}|${NUM}\\s*(?:–|-|to)\\s*${NUM}[-\\s](?:point\\s+)?scale\\b`, 'gi'),
  // hyphenated form adjectives: a two-page summary, the four-line paragraph
  new RegExp(`${NUM}-(?:${alternation(FORM_NOUNS)})\\b`, 'gi'),
  // years on their own (but "2000 hours" and "2014%" stay claims)
  new RegExp(
    `(?<![\\d,.£$:/-])(?:19|20)\\d{2}(?!\\d|[.,]\\d|\\s*${PERCENT_SOURCE}|\\s*-?\\s*${DURATION_UNITS_SOURCE}\\b)`,
    'gi',
  ),
];

/** Block-start numbering that remark leaves in text: "3. Evidence" in a heading, "1) " in an escaped list. */
export const HEADING_NUMBERING = /^\s*\d+(?:\.\d+)*[.):]?(?=\s)/;
export const PARAGRAPH_NUMBERING = /^\s*\(?\d{1,2}[.)](?=\s)/;

const RATIO = '(?<![\\d:.])\\d{1,2}:\\d{1,2}(?![\\d:])';
const PERCENT = `${NUM}\\s*${PERCENT_SOURCE}`;
const SLASH = `${NUM}\\s*\\/\\s*${NUM}`;
const OUT_OF = `${NUM}\\s+out\\s+of\\s+${NUM}`;
const DURATION = `${NUM}(?:\\s+|-)?${DURATION_UNITS_SOURCE}\\b`;
/** Anything that can stand at either end of a before→after phrase. */
const QUANTITY = `(?:${RATIO}|${PERCENT}|${SLASH}|${OUT_OF}|${DURATION}|${NUM})`;
const ARROW = '(?:→|-->|->|=>|⟶|➝|➔|⇒)';
const CHANGE = alternation(CHANGE_WORDS);

export const CLAIM_PATTERNS = {
  beforeAfterArrow: new RegExp(`(?<a>${QUANTITY})\\s*${ARROW}\\s*(?<b>${QUANTITY})`, 'gi'),
  beforeAfterFrom: new RegExp(
    `\\bfrom\\s+(?<a>${QUANTITY})(?<noun>(?:\\s+(?!to\\b)[a-z][\\w'’/-]*){0,3}?)\\s+to\\s+(?<b>${QUANTITY})`,
    'gi',
  ),
  beforeAfterReversed: new RegExp(
    `\\b(?:${CHANGE})\\s+to\\s+(?<b>${QUANTITY})(?:\\s+[a-z]+){0,2}?\\s+from\\s+(?<a>${QUANTITY})`,
    'gi',
  ),
  range: new RegExp(
    `(?:\\bbetween\\s+(?<a1>${NUM})\\s*(?:${PERCENT_SOURCE})?\\s+and\\s+(?<b1>${NUM})|(?<a2>${NUM})\\s*(?:–|—|-|to)\\s*(?<b2>${NUM}))\\s*(?<unit>${PERCENT_SOURCE}|${DURATION_UNITS_SOURCE}\\b)?`,
    'gi',
  ),
  fraction: new RegExp(
    `(?<a>${NUM})(?:\\s*(?<slash>\\/)\\s*|\\s+(?<outOf>out\\s+of)\\s+|\\s+(?<of>of)\\s+(?:the\\s+)?|\\s+(?<in>in)\\s+)(?<b>${NUM})(?![\\d%/])`,
    'gi',
  ),
  fractionWords: new RegExp(
    `\\b(?<n>${alternation(Object.keys(FRACTION_NUMERATOR_WORDS))})[\\s-]+(?<d>${alternation(Object.keys(FRACTION_DENOMINATOR_WORDS))})\\b(?<of>\\s+of\\b)?`,
    'gi',
  ),
  half: new RegExp(
    `(?<![\\w-])(?<!\\b(?:${alternation(HALF_PERIOD_PRECEDERS)})\\s+)half(?=\\s+(?:of|the|our|their|all|these|those)\\b)`,
    'gi',
  ),
  halfDuration: /\bhalf\s+an?\s+(?<unit>hour|day)\b/gi,
  percentagePoints: new RegExp(`(?<a>${NUM})\\s*(?:${alternation(PERCENTAGE_POINT_MARKERS)})\\b`, 'gi'),
  percent: new RegExp(`(?<a>${NUM})\\s*${PERCENT_SOURCE}`, 'gi'),
  ratio: new RegExp(RATIO, 'g'),
  attachedDuration: /(?<![\w.,])(?<a>\d+(?:\.\d+)?)(?<unit>h|hrs|mins|min|d|wks)\b/g,
  duration: new RegExp(`(?<a>${NUM})(?:\\s+|-)?(?<unit>${DURATION_UNITS_SOURCE})\\b`, 'gi'),
  money: /£\s?(?<a>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>k|m|bn|million|billion)\b)?/gi,
  compoundCount: new RegExp(`(?<a>${NUM})-[a-z]+`, 'gi'),
  digitCount: /(?<![\w.,/£$#@-])(?<a>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w%/]|[.,]\d)/g,
  wordCount: new RegExp(`(?<a>${WORD_NUMBER_SOURCE})(?!-)`, 'gi'),
} as const;

const CHANGE_VERB = `(?:(?<up>${alternation(CHANGE_UP_WORDS)})|(?<down>${alternation(CHANGE_DOWN_WORDS)}))`;
const VAGUE = alternation(Object.keys(VAGUE_QUANTIFIERS).filter((word) => word !== 'most'));

/** Relative changes and quantifiers; run before the fraction, half and percentage passes so they own their words. */
export const QUANTITY_PATTERNS = {
  /** "fell by a third", "rose by half", "increased by 10%" */
  relativeBy: new RegExp(
    `\\b${CHANGE_VERB}\\s+by\\s+(?:(?<fraction>${alternation(Object.keys(RELATIVE_FRACTION_WORDS))})\\b(?!\\s+(?:of|an?)\\b)|(?<a>${NUM})\\s*${PERCENT_SOURCE})`,
    'gi',
  ),
  /** "doubled", "halved" */
  multiple: new RegExp(`\\b(?<verb>${alternation(Object.keys(MULTIPLE_VERBS))})\\b`, 'gi'),
  /** "three times as many", "twice as much" */
  timesAsMany: new RegExp(`\\b(?:(?<a>${NUM})\\s+times|(?<twice>twice))\\s+as\\s+(?:many|much)\\b`, 'gi'),
  /** "a 10% rise" (the article is not part of the claim) */
  changeNoun: new RegExp(
    `(?<=\\ban?\\s+)(?<a>${NUM})\\s*${PERCENT_SOURCE}\\s+(?:(?<up>${alternation(CHANGE_NOUNS_UP)})|(?<down>${alternation(CHANGE_NOUNS_DOWN)}))\\b`,
    'gi',
  ),
  /** "up 6 points", "fell by 4 points" (bare "points"; "percentage points" is its own pattern) */
  points: new RegExp(`\\b${CHANGE_VERB}(?:\\s+by)?\\s+(?<a>${NUM})\\s+points?\\b`, 'gi'),
  /** "almost all", "the majority" */
  vague: new RegExp(`\\b(?<q>${VAGUE})\\b`, 'gi'),
  /** "most reviews", "most of the …"; not "the most", "at most", "most importantly" */
  most: new RegExp(
    `(?<!\\b(?:${alternation(MOST_NOT_AFTER)})\\s+)\\b(?<q>most)(?=\\s+(?:of\\b|(?:${alternation(MOST_PLURAL_NOUN_EXCEPTIONS)})\\b|[a-z]+s\\b))`,
    'gi',
  ),
} as const;

/** A bound or approximation word right before a quantity ("over ", "around "). */
export const BOUND_BEFORE = new RegExp(`(?:^|[^\\w-])(?<word>${alternation(Object.keys(BOUND_WORDS))})\\s+$`, 'i');

/** A change word shortly before "from": "rose from", "fell in Q2 from". */
export const CHANGE_BEFORE = new RegExp(`\\b(?:${CHANGE})\\b[^.;:!?]{0,40}$`, 'i');

export { PERCENT_SOURCE };
