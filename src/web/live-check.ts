/**
 * The pure half of the live-check editor: cutting a draft into paragraphs, remembering each
 * paragraph's check by its exact text (so typing in one paragraph re-checks only that one),
 * turning the API's paragraph-relative positions into offsets in the whole draft, plain-language
 * wording of findings, and applying a rewrite only where the words it replaces are still there.
 */
import type { CheckMessage, CheckReport, ValidatedClaim } from './api-fetch.js';
import { lineStarts, rangeToOffsets } from './positions.js';

export interface Paragraph {
  text: string;
  /** Offsets of the paragraph in the whole draft (0-based, end exclusive). */
  start: number;
  end: number;
}

/** Paragraphs as Markdown reads them: runs of lines between blank lines; blank runs are skipped. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blankLines = /\n[ \t]*(?:\r?\n[ \t]*)*\n|\r\n[ \t]*(?:\r?\n[ \t]*)*\r\n/g;
  let cursor = 0;
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end > start) paragraphs.push({ text: text.slice(start, end), start, end });
  };
  for (const match of text.matchAll(blankLines)) {
    push(cursor, match.index);
    cursor = match.index + match[0].length;
  }
  push(cursor, text.length);
  return paragraphs;
}

/** What one paragraph's check answered: the checker's report and, with a period, its validated claims. */
export interface ParagraphResult {
  report: CheckReport;
  claims: ValidatedClaim[] | null;
}

/**
 * Paragraph results by their exact text and the scope they were checked in. Bounded: the oldest
 * entries go first once it is full, so a long session does not grow without end.
 */
export class ParagraphCache {
  readonly #entries = new Map<string, ParagraphResult>();
  readonly #capacity: number;
  constructor(capacity = 400) {
    this.#capacity = capacity;
  }
  static key(scope: string, text: string): string {
    return `${scope}\u0000${text}`;
  }
  get(scope: string, text: string): ParagraphResult | undefined {
    const key = ParagraphCache.key(scope, text);
    const found = this.#entries.get(key);
    if (found) {
      // Most recently used last, so eviction takes the least recently used.
      this.#entries.delete(key);
      this.#entries.set(key, found);
    }
    return found;
  }
  set(scope: string, text: string, result: ParagraphResult): void {
    const key = ParagraphCache.key(scope, text);
    this.#entries.delete(key);
    this.#entries.set(key, result);
    while (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
  get size(): number {
    return this.#entries.size;
  }
}

/** The paragraphs whose text (in this scope) has no result yet: the only ones to send. */
export function paragraphsToCheck(paragraphs: readonly Paragraph[], scope: string, cache: ParagraphCache, pending: ReadonlySet<string> = new Set()): Paragraph[] {
  const seen = new Set<string>();
  return paragraphs.filter((paragraph) => {
    const key = ParagraphCache.key(scope, paragraph.text);
    if (seen.has(key) || pending.has(key) || cache.get(scope, paragraph.text)) return false;
    seen.add(key);
    return true;
  });
}

export type FindingKind = CheckMessage['category'] | 'claim';

/** A way to fix a finding in one step: put `replacement` where `original` stands now. */
export interface Rewrite {
  start: number;
  end: number;
  original: string;
  replacement: string;
  /** What the button says it does. */
  label: string;
  /**
   * A whole sentence of new claims: offered in one click only once the validator backs every claim
   * in it for the period (see groundFinding), since an example sentence is not always true of the
   * organisation's records.
   */
  needsGrounding: boolean;
}

export interface Finding {
  /** Stable while the paragraph's text is unchanged: the panel and the marks share it. */
  id: string;
  kind: FindingKind;
  severity: 'error' | 'warning' | 'info';
  /** Offsets in the whole draft; equal when the finding is about the draft as a whole. */
  start: number;
  end: number;
  /** The words of the draft it is about. */
  actual: string;
  title: string;
  advice: string;
  /** Example wording that cannot be applied as it is (it has gaps to fill or is a model, not a fix). */
  examples: string[];
  rewrites: Rewrite[];
  ruleId: string;
}

export interface BackedClaim {
  id: string;
  start: number;
  end: number;
  text: string;
  status: string;
  message: string;
}

const CATEGORY_TITLES: Record<CheckMessage['category'], string> = {
  vague: 'Vague wording',
  tokenism: 'Asked, but no word on what changed',
  'unsupported-claim': 'Not backed by your records',
  'missing-anchor': 'Number without its anchor',
  structure: 'Missing part of the paragraph',
  jargon: 'Care jargon',
  readability: 'Hard to read',
  length: 'Over the limit',
};

/** Claim statuses the export gate stops (and so the writer must see), as opposed to backed ones. */
const BLOCKING_CLAIM_STATUSES = new Set(['mismatch', 'unsupported', 'overstated', 'contradicted', 'partly', 'stale-declared']);

export const CLAIM_TITLES: Record<string, string> = {
  mismatch: 'Wrong number for your records',
  unsupported: 'No figure behind this number',
  overstated: 'Stated as fact, but your records fall short',
  contradicted: 'Your records show otherwise',
  partly: 'Only partly shown in your records',
  'not-recorded': 'Your records say nothing either way',
  'stale-declared': 'Your practice library entry needs checking again',
};

/**
 * The checker writes findings in linter grammar ("Unexpected `robust`, replace it …"); the panel
 * already shows the words and the kind of finding, so the advice keeps only what to do, in a sentence.
 */
export function plainAdvice(message: string): string {
  let text = message
    .replace(/^(?:Unexpected (?:practice claim )?`[^`]*`,?\s*)+/u, '')
    .replace(/Unexpected practice claim `[^`]*`,\s*/gu, '')
    .replace(/\s+—\s+e\.g\.\s+“[^”]*”\.?$/u, '')
    .replace(/expected the actual: /u, 'your records show: ')
    .replace(/^\((\d+) words\),\s*/u, 'This sentence has $1 words: ')
    .replace(/^without /u, 'This is given without ')
    .replace(/`([^`]*)`/gu, '“$1”')
    .trim();
  if (!text) return message;
  text = text[0]!.toUpperCase() + text.slice(1);
  return /[.!?”)]$/u.test(text) ? text : `${text}.`;
}

/** Wording with a gap to fill ("[x of y]", "<service>") or advice rather than text to insert. */
function isTemplate(text: string): boolean {
  return /[[\]<>]|\be\.g\.|^(?:add|say|split|use|start|give|list|describe|replace)\b/iu.test(text.trim());
}

function shortQuote(text: string, limit = 60): string {
  return text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text;
}

/**
 * One-step rewrites for a finding, only where the check gives exact wording: a replacement word for
 * jargon, the records' own number or statement for a claim, and for a vague or tokenistic sentence
 * a whole sentence built from the organisation's figures. Anything with a gap to fill stays an example.
 */
function rewritesOf(draft: string, message: CheckMessage, start: number, end: number, sentence: { start: number; end: number } | null): { rewrites: Rewrite[]; examples: string[] } {
  const rewrites: Rewrite[] = [];
  const examples: string[] = [];
  for (const expected of message.expected) {
    const wording = expected.trim();
    if (!wording || isTemplate(wording)) {
      if (wording) examples.push(wording);
      continue;
    }
    if (message.category === 'jargon' || message.category === 'unsupported-claim') {
      if (end <= start) continue;
      rewrites.push({ start, end, original: draft.slice(start, end), replacement: wording, label: `Replace with “${shortQuote(wording)}”`, needsGrounding: false });
    } else if ((message.category === 'vague' || message.category === 'tokenism') && sentence && /[.!?]$/u.test(wording)) {
      rewrites.push({ start: sentence.start, end: sentence.end, original: draft.slice(sentence.start, sentence.end), replacement: wording, label: `Replace the sentence with “${shortQuote(wording)}”`, needsGrounding: true });
    } else {
      examples.push(wording);
    }
  }
  return { rewrites, examples };
}

/** A short, stable hash of a string (FNV-1a), for ids that survive re-renders. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Findings of one paragraph, placed in the whole draft. Length is left to the live count and
 * structure to the draft as a whole (see draftStructure); with validated claims, the checker's own
 * claim findings give way to the validator's, which carry each claim's status.
 */
export function paragraphFindings(draft: string, paragraph: Paragraph, result: ParagraphResult): { findings: Finding[]; backed: BackedClaim[] } {
  const starts = lineStarts(paragraph.text);
  const prefix = hashOf(paragraph.text);
  const findings: Finding[] = [];
  result.report.messages.forEach((message, index) => {
    if (message.category === 'length' || message.category === 'structure') return;
    if (result.claims && message.ruleId === 'no-unsupported-claim') return;
    const local = rangeToOffsets(paragraph.text, message, starts);
    // Only words exactly where the checker saw them are marked; a summary finding is listed only.
    const exact = local.end > local.start && paragraph.text.slice(local.start, local.end) === message.actual;
    const start = exact ? paragraph.start + local.start : paragraph.start;
    const end = exact ? paragraph.start + local.end : paragraph.start;
    const sentenceRange = message.sentence ? rangeToOffsets(paragraph.text, message.sentence, starts) : null;
    const sentence =
      sentenceRange && paragraph.text.slice(sentenceRange.start, sentenceRange.end) === message.sentence?.text
        ? { start: paragraph.start + sentenceRange.start, end: paragraph.start + sentenceRange.end }
        : null;
    const { rewrites, examples } = rewritesOf(draft, message, start, end, sentence);
    findings.push({
      id: `f-${prefix}-${index}`,
      kind: message.category,
      severity: message.severity,
      start,
      end,
      actual: message.actual,
      title: CATEGORY_TITLES[message.category],
      advice: plainAdvice(message.message),
      examples,
      rewrites,
      ruleId: message.ruleId,
    });
  });
  const backed: BackedClaim[] = [];
  result.claims?.forEach((claim, index) => {
    const local =
      claim.offset !== undefined && claim.endOffset !== undefined
        ? { start: claim.offset, end: claim.endOffset }
        : rangeToOffsets(paragraph.text, { line: claim.line, column: claim.column, endLine: claim.endLine ?? claim.line, endColumn: claim.endColumn ?? claim.column + claim.text.length }, starts);
    if (paragraph.text.slice(local.start, local.end) !== claim.text) return;
    const start = paragraph.start + local.start;
    const end = paragraph.start + local.end;
    const id = `c-${prefix}-${index}`;
    const message = plainAdvice(claim.message);
    if (!BLOCKING_CLAIM_STATUSES.has(claim.status) && claim.status !== 'not-recorded') {
      backed.push({ id, start, end, text: claim.text, status: claim.status, message });
      return;
    }
    // A number's fix is the records' own number in its place; a practice's is a statement of the
    // actual, which reads as a sentence of its own, so it is offered as wording to adapt.
    const asMessage = { category: 'unsupported-claim', expected: claim.kind === 'number' ? (claim.expected ?? []) : [] } as Pick<CheckMessage, 'category' | 'expected'> as CheckMessage;
    const { rewrites, examples } = rewritesOf(draft, asMessage, start, end, null);
    if (claim.kind !== 'number') examples.push(...(claim.expected ?? []));
    findings.push({
      id,
      kind: 'claim',
      severity: BLOCKING_CLAIM_STATUSES.has(claim.status) ? 'error' : 'info',
      start,
      end,
      actual: claim.text,
      title: CLAIM_TITLES[claim.status] ?? 'Check this claim',
      advice: message,
      examples,
      rewrites,
      ruleId: claim.kind === 'practice' ? 'practice-claim' : 'number-claim',
    });
  });
  return { findings, backed };
}

export type StructureLine = keyof CheckReport['summary']['structure'];
const STRUCTURE_LINES: StructureLine[] = ['behaviour', 'ownersCadence', 'evidence', 'assurance'];

/**
 * The four structure lines of the whole draft from its paragraphs' checks: a line is present when
 * any paragraph has it. A missing line's finding is the first paragraph's own wording of it.
 */
export function draftStructure(results: readonly ParagraphResult[]): { present: Record<StructureLine, boolean>; missing: Finding[] } {
  const present = Object.fromEntries(STRUCTURE_LINES.map((line) => [line, results.some((result) => result.report.summary.structure[line])])) as Record<StructureLine, boolean>;
  const missing: Finding[] = [];
  const seenAdvice = new Set<string>();
  if (results.length > 0 && STRUCTURE_LINES.some((line) => !present[line])) {
    for (const result of results) {
      for (const message of result.report.messages) {
        if (message.category !== 'structure') continue;
        const advice = plainAdvice(message.message);
        if (seenAdvice.has(advice)) continue;
        seenAdvice.add(advice);
        missing.push({ id: `s-${hashOf(advice)}`, kind: 'structure', severity: message.severity, start: 0, end: 0, actual: '', title: CATEGORY_TITLES.structure, advice, examples: message.expected, rewrites: [], ruleId: message.ruleId });
      }
      if (missing.length > 0) break;
    }
  }
  return { present, missing };
}

/**
 * The draft with a rewrite applied, and where the caret goes (after the new words), or null when
 * the words it replaces have changed since the check (the writer typed there in the meantime).
 */
export function applyRewrite(draft: string, rewrite: Rewrite): { text: string; caret: number } | null {
  if (draft.slice(rewrite.start, rewrite.end) !== rewrite.original) return null;
  const text = draft.slice(0, rewrite.start) + rewrite.replacement + draft.slice(rewrite.end);
  return { text, caret: rewrite.start + rewrite.replacement.length };
}

/** The finding under the caret (or the selection's start): the narrowest one that contains it. */
export function findingAt(findings: readonly Finding[], offset: number): Finding | undefined {
  return findings
    .filter((finding) => finding.end > finding.start && finding.start <= offset && offset <= finding.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** Claim statuses that mean the records back the words. */
const BACKED_STATUSES = new Set(['supported', 'standard', 'practised']);

/** A rewrite sentence is grounded when it makes at least one claim and the records back every one. */
export function isGroundedWording(claims: readonly Pick<ValidatedClaim, 'status'>[]): boolean {
  return claims.length > 0 && claims.every((claim) => BACKED_STATUSES.has(claim.status));
}

/** Sentences a finding would put in the draft that still need the validator's verdict. */
export function wordingToGround(findings: readonly Finding[]): string[] {
  return [...new Set(findings.flatMap((finding) => finding.rewrites.filter((rewrite) => rewrite.needsGrounding).map((rewrite) => rewrite.replacement)))];
}

/**
 * The finding with only the rewrites that can go in as they are: word swaps and the records' own
 * figures always, sentences once the validator has backed them (`verdict` true). The rest stay
 * as wording to adapt.
 */
export function groundFinding(finding: Finding, verdict: (wording: string) => boolean | undefined): Finding {
  const rewrites = finding.rewrites.filter((rewrite) => !rewrite.needsGrounding || verdict(rewrite.replacement) === true);
  if (rewrites.length === finding.rewrites.length) return finding;
  const held = finding.rewrites.filter((rewrite) => !rewrites.includes(rewrite)).map((rewrite) => rewrite.replacement);
  return { ...finding, rewrites, examples: [...held, ...finding.examples] };
}
