/**
 * Screening for imported free text before it may reach a language model (enablement measures
 * and how outcomes were verified, values before and after, service names and localities). A
 * value matching any pattern is withheld, never sent: names, phone numbers, email addresses,
 * postcodes and street addresses, instructions aimed at the model, and markup or links.
 * Regular-expression sources; `flags` default to case-insensitive.
 *
 * `phrase` text is a lower-case description ("staff prompts needed to make breakfast"), so a
 * capitalised word in it is taken for a name unless it is one of `capitalisedTerms`. `place`
 * text (a service name, a town) is capitalised by nature and is screened for the rest only.
 *
 * To extend: add a pattern with a short reason, or an ordinary capitalised term.
 */
import { MONTH_NAMES } from '../../evidence/calendar/iso-date.js';
export type ScreeningKind = 'phrase' | 'place';

export interface ScreeningPattern {
  pattern: string;
  flags?: string;
  reason: string;
  /** Kinds of text the pattern applies to (default: all). */
  kinds?: readonly ScreeningKind[];
}

const ROAD_WORDS = 'Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Court|Ct|Place|Crescent|Gardens|Terrace|Grove|Mews|Parade|Square|Row|Walk|Hill';
/** Road words that are rarely anything else, for addresses written in lower case. */
const PLAIN_ROAD_WORDS = 'street|road|lane|avenue|crescent|terrace|gardens|grove|mews';

export const screeningPatterns: readonly ScreeningPattern[] = [
  // People
  { pattern: '\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Rev|Revd|MR|MRS|MS|MISS|DR)\\b\\.?\\s*[A-Z]', flags: '', reason: 'a title and name' },
  { pattern: "\\b[A-Z][a-z]+['’]s\\b", flags: '', reason: 'a name', kinds: ['phrase'] },
  { pattern: '\\b[A-Z][a-z]+[ -]+[A-Z][a-z]+', flags: '', reason: 'a name', kinds: ['phrase'] },
  { pattern: '(?<=\\S\\s+)\\b[A-Z][a-z]+', flags: '', reason: 'a name', kinds: ['phrase'] },
  // Contact details
  { pattern: '[\\w.+-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\w-]+(?:\\s*(?:\\.|\\(dot\\)|\\[dot\\])\\s*[\\w-]+)+', reason: 'an email address' },
  { pattern: '(?:\\+\\s*44|\\b0)(?:[\\s().-]*\\d){8,10}', reason: 'a phone number' },
  { pattern: '\\d(?:[\\s().-]*\\d){6,}', reason: 'a phone number' },
  { pattern: '\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b', reason: 'a postcode' },
  { pattern: `\\b\\d+[A-Za-z]?,?\\s+(?:[A-Z][\\w'’-]*\\s+){1,3}(?:${ROAD_WORDS})\\b`, flags: '', reason: 'a street address' },
  { pattern: `\\b\\d+[a-z]?,?\\s+(?:[a-z'’-]+\\s+){1,3}(?:${PLAIN_ROAD_WORDS})\\b`, reason: 'a street address' },
  { pattern: '\\b(?:flat|apartment|apt|unit)\\s+\\d+', reason: 'a street address' },
  // Instructions aimed at the model
  { pattern: '(?:^|[\\s\\[<|#*"(])(?:system|assistant|user|developer|human|ai|instructions?)\\s*[:>\\]]', reason: 'an instruction' },
  { pattern: '\\b(?:ignore|disregard|forget|override|bypass)\\b[^.]{0,40}\\b(?:previous|prior|above|earlier|all|system|these|those|instructions?|rules?)\\b', reason: 'an instruction' },
  { pattern: '\\b(?:you are now|you must|act as|pretend|roleplay|new instructions?|jailbreak|respond (?:with|only)|reply (?:with|only)|do not follow|system prompt)\\b', reason: 'an instruction' },
  { pattern: '\\b(?:reveal|disclose|print|output|repeat)\\b[^.]{0,40}\\b(?:instructions|prompt|keys?|passwords?|data)\\b', reason: 'an instruction' },
  // Markup, links and template syntax
  { pattern: '<\\s*[/!?a-z]|&(?:[a-z]+|#\\d+|#x[0-9a-f]+);', reason: 'markup' },
  { pattern: '\\]\\s*\\(|`|\\{\\{|\\}\\}|\\[\\[|\\|', reason: 'markup' },
  { pattern: '\\b(?:https?|ftp|javascript|data|vbscript|file|mailto):|\\bwww\\.', reason: 'a link' },
  // Control characters and invisible formatting, used to hide text
  { pattern: '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\ufeff]', flags: 'u', reason: 'hidden characters' },
];

/**
 * Capitalised words and phrases that are ordinary in social care descriptions, removed before
 * the name patterns run. Matched as whole words, case-sensitively.
 */
export const capitalisedTerms: readonly string[] = [
  'Registered Manager',
  'Nominated Individual',
  'Positive Behaviour Support',
  'Makaton',
  'Braille',
  'British Sign Language',
  'English',
  'Welsh',
  'Easy Read',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  ...MONTH_NAMES,
];

/** Longest screened text accepted at all: imported descriptions are short lines. */
export const SCREENED_TEXT_MAX_CHARACTERS = 200;
