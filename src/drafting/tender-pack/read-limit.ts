/**
 * Reads a limit or a weighting out of a buyer's words, and takes such words out of a question's
 * text so the question reads as asked. Patterns live in tender-pack-phrases.ts.
 */
import { LIMIT_LEAD_INS, LIMIT_PATTERNS, NUMBER_WORDS, WEIGHTING_PATTERNS } from './tender-pack-phrases.js';
import type { TenderLimit } from './tender-pack-schema.js';

export interface LimitMatch {
  limit: TenderLimit;
  /** The buyer's words, as written. */
  text: string;
  start: number;
  end: number;
}

const LIMITS = LIMIT_PATTERNS.map((pattern) => ({ kind: pattern.kind, pattern: new RegExp(pattern.source, 'iu') }));
const WEIGHTINGS = WEIGHTING_PATTERNS.map((source) => new RegExp(source, 'iu'));
const LEAD_IN_BEFORE = new RegExp(`${LIMIT_LEAD_INS}\\s*$`, 'iu');

export function toCount(text: string): number | undefined {
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word !== undefined) return word;
  const value = Number(text.replace(/,/g, ''));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The first limit the text states, most specific phrasing first. */
export function findLimit(text: string): LimitMatch | undefined {
  for (const { kind, pattern } of LIMITS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = toCount(match[1]!);
    if (value === undefined) continue;
    // Take the lead-in ("Maximum", "no more than") with it, so removing the limit leaves no stray words.
    const lead = LEAD_IN_BEFORE.exec(text.slice(0, match.index));
    const start = lead ? lead.index : match.index;
    const end = match.index + match[0].length;
    return { limit: { kind, value }, text: text.slice(start, end).trim(), start, end };
  }
  return undefined;
}

export interface WeightingMatch {
  percent: number;
  text: string;
  start: number;
  end: number;
}

export function findWeighting(text: string): WeightingMatch | undefined {
  for (const pattern of WEIGHTINGS) {
    const match = pattern.exec(text);
    if (match) return { percent: Number(match[1]), text: match[0], start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** What the header says a bare number in its column counts. */
export function limitKindFromHeader(header: string): TenderLimit['kind'] | undefined {
  const lower = header.toLowerCase();
  if (/characters?/u.test(lower)) return /excluding|without|not including|excl/u.test(lower) ? 'characters-no-spaces' : 'characters';
  if (/\bwords?\b/u.test(lower)) return 'words';
  if (/pages?|sides?/u.test(lower)) return 'pages';
  return undefined;
}

/**
 * A limit cell: a bare number counted as its header says ("Word limit" → words), or words that
 * state a limit ("500 words", "1 page"). `unreadable` when the cell holds something else.
 */
export function readLimitCell(value: string | number, header: string): LimitMatch | 'unreadable' | undefined {
  const text = String(value).trim();
  if (text === '' || /^(?:n\/?a|none|-|–)$/iu.test(text)) return undefined;
  const bare = typeof value === 'number' ? value : /^\d{1,3}(?:,\d{3})*$|^\d+$/u.test(text) ? toCount(text) : undefined;
  if (bare !== undefined) {
    const kind = limitKindFromHeader(header);
    if (kind === undefined || !Number.isInteger(bare) || bare <= 0) return 'unreadable';
    return { limit: { kind, value: bare }, text, start: 0, end: text.length };
  }
  const found = findLimit(text);
  if (found) return found;
  // "2,000" under "Characters (including spaces)" was handled above; "see guidance" is not a limit.
  return 'unreadable';
}

const SENTENCE = /[^.?!]+(?:[.?!]+["')\]’”]*|$)\s*/gu;
const PARENTHETICAL = /\s*\(([^()]*)\)/gu;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function isMetadata(text: string): boolean {
  return findLimit(text) !== undefined || findWeighting(text) !== undefined;
}

/** The words left when every limit and weighting is taken out. */
function residue(text: string): string {
  let rest = text;
  for (let guard = 0; guard < 4; guard += 1) {
    const limit = findLimit(rest);
    const weighting = findWeighting(rest);
    const first = limit ?? weighting;
    if (!first) break;
    rest = `${rest.slice(0, first.start)} ${rest.slice(first.end)}`;
  }
  return rest;
}

/**
 * The question without its limit and weighting where they stand apart: a parenthesis ("(max 500
 * words)") or a sentence of their own ("Maximum 2,000 characters including spaces."). A limit
 * woven into the question ("In no more than 300 words, describe …") stays.
 */
export function withoutMetadata(text: string): string {
  const unbracketed = text.replace(PARENTHETICAL, (whole, inner: string) => (isMetadata(inner) && wordCount(residue(inner)) <= 2 ? '' : whole));
  const sentences = unbracketed.match(SENTENCE) ?? [unbracketed];
  return sentences
    .filter((sentence) => !(isMetadata(sentence) && wordCount(residue(sentence)) <= 3))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A paragraph or cell that states only a limit or a weighting ("Word limit: 750", "Weighting: 15%"). */
export function isMetadataOnly(text: string): boolean {
  return text.trim() !== '' && withoutMetadata(text) === '';
}
