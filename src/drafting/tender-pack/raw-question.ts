import { HEADER_PATTERNS, LEADING_NUMBER, QUESTION_OPENERS } from './tender-pack-phrases.js';
import type { TenderPackProblem, TenderQuestion } from './tender-pack-schema.js';

/** A question as a file reader finds it, before its topics are read. */
export type RawQuestion = Omit<TenderQuestion, 'topics' | 'involvement'>;

export interface RawPack {
  questions: RawQuestion[];
  problems: TenderPackProblem[];
}

const LEADING = new RegExp(LEADING_NUMBER, 'iu');
const OPENER = new RegExp(`(?:^|[.?!]\\s+)(?:${QUESTION_OPENERS.join('|')})\\b`, 'iu');

/** "2.1 Person-led reviews" → { number: "2.1", rest: "Person-led reviews" }. */
export function leadingNumber(text: string): { number: string; rest: string } | undefined {
  const match = LEADING.exec(text);
  if (!match) return undefined;
  return { number: match[1]!.replace(/\s+/gu, ''), rest: text.slice(match[0].length).trim() };
}

/** Text that asks for something: a question mark, or a sentence opening with an asking word. */
export function asksSomething(text: string): boolean {
  return text.includes('?') || OPENER.test(text.trim());
}

export type HeaderRole = keyof typeof HEADER_PATTERNS;
const HEADERS = Object.entries(HEADER_PATTERNS).map(([role, source]) => ({ role: role as HeaderRole, pattern: new RegExp(source, 'iu') }));

/**
 * The role of each column from its header text; the first column of each role wins. A header
 * naming the question's number ("Question number") is the number column, not the question.
 */
export function columnRoles(headers: readonly string[]): Map<HeaderRole, number> {
  const roles = new Map<HeaderRole, number>();
  headers.forEach((header, index) => {
    const text = header.trim();
    if (text === '') return;
    // "Response limit" is a limit and "Question number" a number: the narrower roles are tried first.
    const order: HeaderRole[] = ['number', 'limit', 'weighting', 'answer', 'question'];
    for (const role of order) {
      const found = HEADERS.find((entry) => entry.role === role)!;
      if (!found.pattern.test(text)) continue;
      if (!roles.has(role)) roles.set(role, index);
      break;
    }
  });
  return roles;
}
