/**
 * Sentences that quote the organisation's practice library. A paragraph holding an entry's text
 * (case, spacing, quote marks and closing punctuation aside; a leading "We" of the entry may be
 * left out) is a declared practice claim: `declared` when the entry was checked recently enough
 * to quote, `stale-declared` (blocking) when not. Numbers of that sentence that are part of the
 * entry's text or of its measure's label, or equal its dated count, total or share, are backed by
 * the entry.
 */
import type { DeclaredPractice, EvidencePack } from '../../evidence/evidence-pack-schema.js';
import { OWNER_WORDS } from '../../evidence/data/practice-library-words.js';
import type { ValidatedClaim } from '../claims-schema.js';
import { createLocator, markdownToBlocks, type TextBlock } from '../markdown-blocks.js';
import { sentenceAt, sentencesOf } from './detect-practice-statements.js';

/** Below this many characters an entry's text is too short to tell a quote from a coincidence. */
const MIN_QUOTED_LENGTH = 16;

export interface DeclaredPracticeMatch {
  practice: DeclaredPractice;
  claim: ValidatedClaim;
  /** Source offsets of the quoted text, end exclusive. */
  quoted: { start: number; end: number };
  /** Source offsets of the sentence holding it, end exclusive. */
  sentence: { start: number; end: number };
  /**
   * Source offsets of the entry's measure label where the same sentence states it ("11 of 12
   * complaints acknowledged within 3 working days"): numbers in it are the entry's own words.
   */
  measureLabel?: { start: number; end: number };
}

const FOLDED: Readonly<Record<string, string>> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2013': '-', '\u2014': '-', '\u00A0': ' ' };

/** Lower case, one space for any run of spaces, straight quotes; with the index in `text` of each character kept. */
function normalise(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = FOLDED[text[index]!] ?? text[index]!;
    if (/\s/u.test(char)) {
      if (folded.endsWith(' ') || folded.length === 0) continue;
      folded += ' ';
    } else folded += char.toLowerCase();
    at.push(index);
  }
  return { folded, at };
}

/** The forms of an entry's text looked for: as written, and without a leading "We". */
function needlesOf(text: string): string[] {
  const whole = normalise(text).folded.trim().replace(/[\s.!;:,]+$/u, '');
  const needles = [whole];
  const withoutWe = whole.replace(/^we /u, '');
  if (withoutWe !== whole) needles.push(withoutWe);
  return needles.filter((needle) => needle.length >= MIN_QUOTED_LENGTH);
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatLongDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
const roleWords = (code: string) => (OWNER_WORDS as Readonly<Record<string, string>>)[code] ?? code;

function messageFor(quoted: string, practice: DeclaredPractice): string {
  const checked = `last checked ${formatLongDate(practice.lastCheckedOn)} by ${roleWords(practice.checkedBy)}`;
  if (practice.stale) {
    return `Unexpected declared practice \`${quoted}\`: practice library entry ${practice.id} was last checked on ${formatLongDate(practice.lastCheckedOn)}, too long before the period ends to quote as current; check it is still in place and update last_checked_on, or leave it out`;
  }
  return `Declared practice \`${quoted}\` is practice library entry ${practice.id}: owned by ${practice.owner}, ${practice.cadenceText}, in place since ${formatLongDate(practice.since)}; recorded in ${practice.source}; ${checked}`;
}

function findInBlock(block: TextBlock, practices: readonly DeclaredPractice[]): { practice: DeclaredPractice; start: number; end: number }[] {
  const { folded, at } = normalise(block.text);
  const found: { practice: DeclaredPractice; start: number; end: number }[] = [];
  for (const practice of practices) {
    const taken: { start: number; end: number }[] = [];
    for (const needle of needlesOf(practice.text)) {
      let from = 0;
      let index: number;
      while ((index = folded.indexOf(needle, from)) >= 0) {
        from = index + needle.length;
        // Whole words only: "…each year" must not match inside "…each years".
        if (/[\p{L}\p{N}]/u.test(folded[index - 1] ?? '') || /[\p{L}\p{N}]/u.test(folded[index + needle.length] ?? '')) continue;
        const start = at[index]!;
        const end = at[index + needle.length - 1]! + 1;
        if (taken.some((span) => span.start < end && start < span.end)) continue;
        taken.push({ start, end });
        found.push({ practice, start, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where the sentence states the entry's measure label, in source offsets, if it does. */
function labelSpan(block: TextBlock, practice: DeclaredPractice, sentence: { start: number; end: number }): { start: number; end: number } | undefined {
  const label = practice.measure ? normalise(practice.measure.label).folded.trim() : '';
  if (label.length < MIN_QUOTED_LENGTH) return undefined;
  const { folded, at } = normalise(block.text.slice(sentence.start, sentence.end));
  const index = folded.indexOf(label);
  if (index < 0) return undefined;
  const start = block.sourceOffsets[sentence.start + at[index]!];
  const last = block.sourceOffsets[sentence.start + at[index + label.length - 1]!];
  return start === undefined || last === undefined ? undefined : { start, end: last + 1 };
}

export interface CheckDeclaredPracticesOptions {
  text: string;
  pack: EvidencePack;
  /** The draft already read by markdownToBlocks. */
  blocks?: readonly TextBlock[];
}

export function checkDeclaredPractices(options: CheckDeclaredPracticesOptions): DeclaredPracticeMatch[] {
  const practices = options.pack.declaredPractices ?? [];
  if (practices.length === 0) return [];
  const locate = createLocator(options.text);
  const matches: DeclaredPracticeMatch[] = [];
  for (const block of options.blocks ?? markdownToBlocks(options.text)) {
    // A heading names a topic; it does not state that anything is done.
    if (block.kind !== 'paragraph') continue;
    const found = findInBlock(block, practices);
    if (found.length === 0) continue;
    const sentences = sentencesOf(block.text);
    for (const { practice, start, end } of found) {
      const offset = block.sourceOffsets[start] ?? 0;
      const endOffset = (block.sourceOffsets[end - 1] ?? offset) + 1;
      const sentence = sentences[sentenceAt(sentences, start)]!;
      const sentenceStart = block.sourceOffsets[sentence.start] ?? offset;
      const sentenceEnd = (block.sourceOffsets[Math.max(sentence.start, sentence.end - 1)] ?? endOffset) + 1;
      const from = locate(offset);
      const to = locate(endOffset);
      const quoted = block.text.slice(start, end);
      const measureLabel = labelSpan(block, practice, sentence);
      matches.push({
        practice,
        quoted: { start: offset, end: endOffset },
        sentence: { start: Math.min(sentenceStart, offset), end: Math.max(sentenceEnd, endOffset) },
        ...(measureLabel ? { measureLabel } : {}),
        claim: {
          kind: 'practice',
          text: quoted,
          status: practice.stale ? 'stale-declared' : 'declared',
          declaredPracticeId: practice.id,
          line: from.line,
          column: from.column,
          endLine: to.line,
          endColumn: to.column,
          offset,
          endOffset,
          message: messageFor(quoted, practice),
        },
      });
    }
  }
  return matches;
}

/** A number claim as the declared check needs it. */
interface NumberInSentence {
  offset: number;
  endOffset: number;
  value: number | string;
  unit: string;
  numerator?: number | undefined;
  denominator?: number | undefined;
}

/**
 * The declared practice that backs a number: one whose quoted text holds it, or whose sentence
 * holds it and whose dated count, total or share (within half a point) it states.
 */
export function declaredBacking(claim: NumberInSentence, matches: readonly DeclaredPracticeMatch[]): { practice: DeclaredPractice; inText: boolean } | undefined {
  for (const match of matches) {
    if (claim.offset >= match.quoted.start && claim.endOffset <= match.quoted.end) return { practice: match.practice, inText: true };
    if (match.measureLabel && claim.offset >= match.measureLabel.start && claim.endOffset <= match.measureLabel.end) return { practice: match.practice, inText: true };
  }
  for (const match of matches) {
    const measure = match.practice.measure;
    if (!measure || claim.offset < match.sentence.start || claim.endOffset > match.sentence.end) continue;
    if (claim.numerator !== undefined && claim.denominator !== undefined) {
      if (claim.numerator === measure.count && claim.denominator === measure.of) return { practice: match.practice, inText: false };
      continue;
    }
    if (typeof claim.value !== 'number') continue;
    if (claim.unit === 'percent' && Math.abs(claim.value - measure.share) <= 0.5) return { practice: match.practice, inText: false };
    if (claim.unit === 'count' && (claim.value === measure.count || claim.value === measure.of)) return { practice: match.practice, inText: false };
  }
  return undefined;
}

export function backedNumberMessage(quoted: string, { practice, inText }: { practice: DeclaredPractice; inText: boolean }): string {
  const measure = practice.measure;
  const count = measure && !inText ? `: ${measure.count} of ${measure.of} ${measure.label} (${measure.share}%) on ${formatLongDate(measure.asOf)}` : ', in its own words';
  return `\`${quoted}\` is backed by practice library entry ${practice.id}${count}; recorded in ${practice.source}`;
}
