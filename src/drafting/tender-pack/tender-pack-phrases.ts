/**
 * How buyers write limits, weightings, question numbers and headers, as data. Each pattern is a
 * regular-expression source matched case-insensitively; the reader is written once against them.
 * To teach the reader a new phrasing, add a pattern here and a line to a fixture pack.
 */
import type { TenderLimit } from './tender-pack-schema.js';

/** A count as buyers type it: "2,000", "750", or a small number in words. */
export const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;

export const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

export interface LimitPattern {
  kind: TenderLimit['kind'];
  /** Must capture the count in group 1. */
  source: string;
}

/** Most specific first: "characters excluding spaces" before plain "characters". */
export const LIMIT_PATTERNS: readonly LimitPattern[] = [
  { kind: 'characters-no-spaces', source: String.raw`${COUNT}\s*characters?\s*\(?\s*(?:excluding|not including|without|excl\.?|exc\.?)\s+spaces\)?` },
  { kind: 'characters', source: String.raw`${COUNT}\s*characters?(?:\s*\(?\s*(?:including|incl\.?|inc\.?|with)\s+spaces\)?)?` },
  { kind: 'characters', source: String.raw`character\s+(?:limit|count)\s*(?:of\s*)?[:\-–]?\s*${COUNT}` },
  { kind: 'words', source: String.raw`${COUNT}\s*words?\b` },
  { kind: 'words', source: String.raw`word\s+(?:limit|count)\s*(?:of\s*)?[:\-–]?\s*${COUNT}` },
  { kind: 'pages', source: String.raw`${COUNT}\s*(?:sides?|pages?)(?:\s+of\s+A4(?:\s+paper)?)?` },
  { kind: 'pages', source: String.raw`(?:page|side)\s+limit\s*(?:of\s*)?[:\-–]?\s*${COUNT}` },
];

/** Words around a limit that go when the limit is taken out of the question's text. */
export const LIMIT_LEAD_INS = String.raw`(?:(?:word|character|page|response)\s+limit(?:ed)?(?:\s+to)?\s*:?|max(?:imum)?\.?(?:\s+of)?|no\s+more\s+than|not\s+exceeding|up\s+to|limit(?:ed)?\s+to|response\s+limited\s+to)`;

/** Weighting as percent ("Weighting: 15%", "(Weighting 25%)", "20% weighting"); group 1 is the number. */
export const WEIGHTING_PATTERNS: readonly string[] = [
  String.raw`weight(?:ing)?\s*(?:of\s*)?[:\-–]?\s*(\d+(?:\.\d+)?)\s*%`,
  String.raw`(\d+(?:\.\d+)?)\s*%\s*(?:weight(?:ing)?|of\s+the\s+(?:quality\s+)?score)`,
];

/** A number at the start of a heading or paragraph: "2.1", "Q3", "Question 4.2", "1)". Group 1 is the number. */
export const LEADING_NUMBER = String.raw`^\s*(?:question\s+)?((?:Q\s?)?\d+(?:\.\d+)*[a-z]?|[A-Z]{1,3}\d+(?:\.\d+)*)(?:[.):]|\s-|\s–)?\s+`;

/**
 * The words a question starts with or holds when it asks for something; a numbered paragraph
 * without any of them and without a limit is an instruction, not a question.
 */
export const QUESTION_OPENERS: readonly string[] = [
  'describe', 'explain', 'tell us', 'set out', 'give', 'provide', 'outline', 'demonstrate', 'detail', 'summarise', 'show',
  'how', 'what', 'why', 'when', 'who', 'which', 'please', 'confirm', 'evidence',
];

/** Table and sheet headers, by the role of the column. */
export const HEADER_PATTERNS = {
  number: String.raw`^\s*(?:q(?:uestion)?\.?\s*(?:no\.?|number|ref(?:erence)?|#)|ref(?:erence)?\.?|no\.?|number|#|item|id)\s*$`,
  question: String.raw`question|requirement|method\s+statement`,
  limit: String.raw`limit|length|max(?:imum)?|\bwords?\b|characters?|pages?`,
  weighting: String.raw`weight|scor|marks?`,
  answer: String.raw`response|answer|bidder|your\s+submission`,
} as const;

/** A row or first cell that labels the answer cell beside it ("Response", "Your answer"). */
export const ANSWER_LABEL = String.raw`^\s*(?:your\s+|bidder(?:'s)?\s+)?(?:response|answer)s?\s*:?\s*$`;

/** Words that say a limit or a weighting is being given, so a line holding them but no readable value is reported. */
export const LIMIT_MENTION = String.raw`\b(?:word|character|page|response)\s+(?:limit|count)\b|\bmax(?:imum)?\b[^.]{0,20}\b(?:words|characters|pages|sides)\b`;
export const WEIGHTING_MENTION = String.raw`\bweight(?:ing)?\s*[:\-–]`;
