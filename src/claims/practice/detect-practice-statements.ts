/**
 * Finds practice statements in a Markdown draft, with exact positions. Each statement's
 * patterns run once over each paragraph; a match counts only when its sentence states it as
 * current practice, not as a plan, a target, a negation or a question. Work grows with the text
 * times the number of patterns: nothing rescans the whole text per match.
 */
import { createLocator, markdownToBlocks, type TextBlock } from '../markdown-blocks.js';
import { CLAUSE_END, NEGATION_MARKERS, PLAN_OR_TARGET_MARKERS, SUBORDINATORS } from './data/statement-context.js';
import type { PracticeStatement } from './practice-statement.js';
import { PRACTICE_STATEMENTS } from './statements/index.js';

export interface PracticeStatementMatch {
  statementId: string;
  /** The practice-profile entry to check. */
  practiceId: string;
  /** The words of the draft that make the statement, tidied. */
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  /** The sentence holding it, tidied. */
  sentence: string;
}

interface CompiledStatement {
  statement: PracticeStatement;
  cues: readonly string[];
  patterns: RegExp[];
}

function compile(statements: readonly PracticeStatement[]): CompiledStatement[] {
  return statements.map((statement) => ({
    statement,
    cues: statement.cues.map((cue) => cue.toLowerCase()),
    patterns: statement.patterns.map((source) => new RegExp(source, 'giu')),
  }));
}

const DEFAULT_COMPILED = compile(PRACTICE_STATEMENTS);
const PLAN_OR_TARGET = new RegExp(PLAN_OR_TARGET_MARKERS.join('|'), 'iu');
const NEGATION = new RegExp(NEGATION_MARKERS.join('|'), 'giu');
const SUBORDINATOR = new RegExp(`\\b(?:${SUBORDINATORS.join('|')})\\b`, 'iu');
/** A sentence ending in a question mark (closing quotes or brackets allowed). */
const QUESTION = /\?["')\]”’]*\s*$/u;
const CLAUSE_END_PATTERN = new RegExp(CLAUSE_END, 'giu');
/** As the number extractor splits sentences: closing punctuation stays with the sentence it ends. */
const SENTENCE_BREAK = /([.!?…]+["')\]”’]*)\s+(?=["“‘'(\[£]?[\p{Lu}\d])|\n\s*\n/gu;

export interface Sentence {
  start: number;
  end: number;
}

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  SENTENCE_BREAK.lastIndex = 0;
  let cursor = 0;
  let match: RegExpExecArray | null;
  while ((match = SENTENCE_BREAK.exec(text)) !== null) {
    sentences.push({ start: cursor, end: match.index + (match[1]?.length ?? 0) });
    cursor = match.index + match[0].length;
  }
  sentences.push({ start: cursor, end: text.length });
  return sentences;
}

/** Index of the sentence holding `index`: a binary search, as a block may hold many. */
export function sentenceAt(sentences: readonly Sentence[], index: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (index < (sentences[middle]?.end ?? 0)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function normaliseKey(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function practiceFor(statement: PracticeStatement, groups: Record<string, string | undefined> | undefined): string | undefined {
  const { practice } = statement;
  if (typeof practice === 'string') return practice;
  const captured = groups?.[practice.group];
  if (captured === undefined) return practice.otherwise;
  return practice.values[normaliseKey(captured)] ?? practice.otherwise;
}

/** Where each clause of a sentence starts and ends (sentence-relative), found once per sentence. */
function clausesOf(sentenceText: string): Sentence[] {
  const clauses: Sentence[] = [];
  CLAUSE_END_PATTERN.lastIndex = 0;
  let cursor = 0;
  let match: RegExpExecArray | null;
  while ((match = CLAUSE_END_PATTERN.exec(sentenceText)) !== null) {
    clauses.push({ start: cursor, end: match.index });
    cursor = match.index + match[0].length;
  }
  clauses.push({ start: cursor, end: sentenceText.length });
  return clauses;
}

/** A negation denies the statement unless a subordinate clause it sits in qualifies who or when. */
function deniesStatement(window: string): boolean {
  NEGATION.lastIndex = 0;
  let negation: RegExpExecArray | null;
  while ((negation = NEGATION.exec(window)) !== null) {
    if (!SUBORDINATOR.test(window.slice(0, negation.index))) return true;
  }
  return false;
}

/** A short opening clause ("From Q3,", "In future,") governs the rest of the sentence. */
const OPENING_CLAUSE_MAX_WORDS = 4;

interface SentenceContext {
  text: string;
  /** Whether the sentence holds any plan, target or negation word at all; most do not, and need no closer reading. */
  qualified: boolean;
  clauses: Sentence[];
  /** Verdicts by clause range "first:last": matches in the same clauses share one reading. */
  verdicts: Map<string, boolean>;
}

/**
 * Whether the statement is written as current practice: neither the clauses it spans nor a short
 * opening clause make it a plan, a target or a negation, and the sentence is not a question.
 * Only the sentence is read, once per clause range, so the cost is bounded by its length.
 */
function isStatedAsPractice(sentence: SentenceContext, start: number, end: number): boolean {
  const { text, clauses } = sentence;
  let first = 0;
  while (first + 1 < clauses.length && clauses[first]!.end <= start) first += 1;
  let last = first;
  while (last + 1 < clauses.length && clauses[last]!.end < end) last += 1;
  const key = `${first}:${last}`;
  if (!sentence.qualified) return true;
  const known = sentence.verdicts.get(key);
  if (known !== undefined) return known;
  const windows = [text.slice(clauses[first]!.start, clauses[last]!.end)];
  const opening = clauses[0]!;
  if (first > 0 && text.slice(opening.start, opening.end).trim().split(/\s+/u).length <= OPENING_CLAUSE_MAX_WORDS) {
    windows.push(text.slice(opening.start, opening.end));
  }
  const verdict = !QUESTION.test(text) && windows.every((window) => !PLAN_OR_TARGET.test(window) && !deniesStatement(window));
  sentence.verdicts.set(key, verdict);
  return verdict;
}

interface Found {
  statementId: string;
  practiceId: string;
  start: number;
  end: number;
  sentence: number;
}

function findInBlock(block: TextBlock, compiled: readonly CompiledStatement[]): { found: Found[]; sentences: Sentence[] } {
  const sentences = sentencesOf(block.text);
  const contexts = new Map<number, SentenceContext>();
  const found: Found[] = [];
  const lower = block.text.toLowerCase();
  for (const { statement, cues, patterns } of compiled) {
    if (!cues.some((cue) => lower.includes(cue))) continue;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(block.text)) !== null) {
        if (match[0].length === 0) {
          pattern.lastIndex += 1;
          continue;
        }
        // A match may start on spaces the optional words of a pattern allowed; trim them off.
        const lead = match[0].length - match[0].trimStart().length;
        const start = match.index + lead;
        const end = match.index + match[0].trimEnd().length;
        const practiceId = practiceFor(statement, match.groups);
        if (!practiceId) continue;
        const sentenceIndex = sentenceAt(sentences, start);
        const sentence = sentences[sentenceIndex]!;
        let context = contexts.get(sentenceIndex);
        if (!context) {
          const text = block.text.slice(sentence.start, sentence.end);
          NEGATION.lastIndex = 0;
          const qualified = PLAN_OR_TARGET.test(text) || NEGATION.test(text) || QUESTION.test(text);
          contexts.set(sentenceIndex, (context = { text, qualified, clauses: clausesOf(text), verdicts: new Map() }));
        }
        if (isStatedAsPractice(context, start - sentence.start, end - sentence.start)) found.push({ statementId: statement.id, practiceId, start, end, sentence: sentenceIndex });
      }
    }
  }
  found.sort((left, right) => left.start - right.start || right.end - left.end);
  // One claim per practice per stretch of text: overlapping matches of the same practice are one statement.
  const kept: Found[] = [];
  const lastEndByPractice = new Map<string, number>();
  for (const candidate of found) {
    if ((lastEndByPractice.get(candidate.practiceId) ?? -1) > candidate.start) continue;
    kept.push(candidate);
    lastEndByPractice.set(candidate.practiceId, candidate.end);
  }
  return { found: kept, sentences };
}

export interface DetectPracticeStatementsOptions {
  /** Statements to look for (default: every statement in statements/). */
  statements?: readonly PracticeStatement[];
  /** The draft already read by markdownToBlocks, when the caller reads it for other checks too. */
  blocks?: readonly TextBlock[];
}

const compiledCache = new WeakMap<readonly PracticeStatement[], CompiledStatement[]>();

export function detectPracticeStatements(markdown: string, options: DetectPracticeStatementsOptions = {}): PracticeStatementMatch[] {
  let compiled = DEFAULT_COMPILED;
  if (options.statements) {
    compiled = compiledCache.get(options.statements) ?? compile(options.statements);
    compiledCache.set(options.statements, compiled);
  }
  const locate = createLocator(markdown);
  const matches: PracticeStatementMatch[] = [];
  for (const block of options.blocks ?? markdownToBlocks(markdown)) {
    // A heading names a topic; it does not state that anything is done.
    if (block.kind !== 'paragraph') continue;
    const { found, sentences } = findInBlock(block, compiled);
    for (const item of found) {
      const offset = block.sourceOffsets[item.start] ?? 0;
      const endOffset = (block.sourceOffsets[item.end - 1] ?? offset) + 1;
      const start = locate(offset);
      const end = locate(endOffset);
      const sentence = sentences[item.sentence]!;
      matches.push({
        statementId: item.statementId,
        practiceId: item.practiceId,
        text: tidy(block.text.slice(item.start, item.end)),
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset,
        endOffset,
        sentence: tidy(block.text.slice(sentence.start, sentence.end)),
      });
    }
  }
  return matches;
}
