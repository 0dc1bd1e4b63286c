import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { extractClaimsInContext, type ClaimInContext } from '../../claims/extract-claims.js';
import { metricNouns } from '../data/claim-slots.js';
import type { ExtractedClaim } from '../../claims/claims-schema.js';
import { extraPeriodCues, placeCues, properPlacePattern, rateAfterCount, sourceCues } from '../data/anchor-cues.js';
import { periodPatterns } from '../data/specificity.js';
import { compilePhrasePatterns, hasPhrase, normaliseForMatching } from '../phrase-patterns.js';
import { anchoredFigure } from '../evidence-examples.js';
import { checkContext, reportFinding, ruleUrl, type CheckRule } from '../rule.js';
import { joinList } from '../../shared/english-text.js';

const RULE_ID = 'require-figure-anchor';

const period = compilePhrasePatterns([...periodPatterns, ...extraPeriodCues]);
const place = compilePhrasePatterns(placeCues);
const properPlace = new RegExp(properPlacePattern);
const source = compilePhrasePatterns(sourceCues);
const rate = new RegExp(rateAfterCount, 'i');

/** Durations and ranges are standards ("within 5 working days"), not figures to anchor. */
const figureKinds = new Set<ExtractedClaim['kind']>(['percent', 'percentage-points', 'proportion', 'fraction', 'before-after', 'score', 'ratio', 'count']);

type Anchor = 'period' | 'place' | 'source';

interface Span {
  start: number;
  end: number;
}

/** Source offsets of every paragraph (and heading, list item text), in document order. */
function paragraphSpans(tree: MdastRoot): Span[] {
  const spans: Span[] = [];
  const visit = (node: MdastNodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) spans.push({ start, end });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return spans;
}

const sentenceEnd = /[.!?](?=\s)/g;

/** Where each sentence of a paragraph ends (source offsets), read once per paragraph. */
function sentenceEnds(source: string, paragraph: Span): number[] {
  const text = source.slice(paragraph.start, paragraph.end);
  const ends: number[] = [];
  sentenceEnd.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = sentenceEnd.exec(text)) !== null) ends.push(paragraph.start + found.index + 1);
  ends.push(paragraph.end);
  return ends;
}

/** Index of the sentence holding `offset` (binary search: one paragraph may hold thousands of claims). */
function sentenceIndexAt(ends: readonly number[], offset: number): number {
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The sentence `index` with the one before and the one after it, inside its paragraph. */
function sentencesAround(source: string, paragraph: Span, ends: readonly number[], index: number): string {
  const start = index >= 2 ? ends[index - 2]! : paragraph.start;
  const end = ends[Math.min(index + 1, ends.length - 1)]!;
  return source.slice(start, end);
}

const anchorAdvice: Record<Anchor, string> = {
  period: 'the quarter or date',
  place: 'the service or site',
  source: 'the denominator ("x of y reviews") or the records it comes from',
};

/**
 * A figure offered as evidence. A count is one only when it counts people, reviews or
 * events ("42 staff completed it"); "four standards" or "two carer trainers" describe the practice.
 */
function isFigure(claim: ClaimInContext): boolean {
  if (!figureKinds.has(claim.kind)) return false;
  if (claim.kind !== 'count') return true;
  if (rate.test(claim.following)) return false;
  return (claim.countedNoun?.toLowerCase().split(/\s+/) ?? []).some((word) => evidenceNouns.has(word));
}

/** Counts and before → after changes need only their period; rates and shares need their place too. */
function needsPlace(claim: ExtractedClaim): boolean {
  return claim.kind !== 'count' && claim.kind !== 'before-after';
}

const evidenceNouns = new Set(metricNouns);

function needsSource(claim: ExtractedClaim): boolean {
  return claim.unit === 'percent' && claim.denominator === undefined;
}

interface SentenceAnchors {
  period: boolean;
  place: boolean;
  source: boolean;
}

function anchorsIn(rawSentence: string): SentenceAnchors {
  const sentence = normaliseForMatching(rawSentence);
  return {
    period: hasPhrase(period, sentence),
    place: hasPhrase(place, sentence) || properPlace.test(rawSentence),
    source: hasPhrase(source, sentence),
  };
}

/**
 * Which anchors a claim lacks in its sentence and, when given, the sentences either side of it
 * in its paragraph (`around`); `known` holds texts already read (one may hold thousands of claims).
 */
export function missingAnchors(claim: ExtractedClaim, known = new Map<string, SentenceAnchors>(), around?: string): Anchor[] {
  const text = around ?? claim.sentence;
  let anchors = known.get(text);
  if (!anchors) {
    anchors = anchorsIn(text);
    known.set(text, anchors);
  }
  const missing: Anchor[] = [];
  if (!anchors.period) missing.push('period');
  if (!anchors.place && needsPlace(claim)) missing.push('place');
  if (needsSource(claim) && !anchors.source) missing.push('source');
  return missing;
}

/**
 * A figure quoted with no period or no place, or a bare percentage with neither a
 * denominator nor a named source ("x of y reviews" names its own source).
 */
export const requireFigureAnchor: CheckRule = {
  ruleId: RULE_ID,
  category: 'missing-anchor',
  url: ruleUrl(RULE_ID),
  description: 'A figure without a period or a place, or a percentage without a denominator or a named source.',
  stage: 'remark',
  examples: {
    ok: [
      { text: 'In Q2 2026, 48 of 50 summaries were sent within five working days at Northgate.' },
      { text: 'At Riverside, 83% of reviews had a relative present in Q1 2026 (review records).' },
    ],
    notOk: [
      {
        text: '83% of reviews had a relative present.',
        message:
          'Unexpected `83%` without a period, place or source, add the quarter or date, the service or site and the denominator ("x of y reviews") or the records it comes from',
      },
      {
        text: 'In Q2 2026, 9 of 10 reviews used easy-read.',
        message: 'Unexpected `9 of 10` without a place, add the service or site',
      },
    ],
  },
  transform(tree, file) {
    const known = new Map<string, SentenceAnchors>();
    const { pack } = checkContext(file);
    const source = String(file);
    const paragraphs = paragraphSpans(tree);
    let cursor = 0;
    let ends: number[] | undefined;
    const windows = new Map<string, string>();
    for (const claim of extractClaimsInContext(source)) {
      if (!isFigure(claim)) continue;
      // Claims come in document order, so the paragraph search only moves forward.
      while (cursor < paragraphs.length && paragraphs[cursor]!.end <= claim.offset) {
        cursor += 1;
        ends = undefined;
      }
      const paragraph = paragraphs[cursor];
      let around: string | undefined;
      if (paragraph && paragraph.start <= claim.offset) {
        ends ??= sentenceEnds(source, paragraph);
        const index = sentenceIndexAt(ends, claim.offset);
        const key = `${cursor}:${index}`;
        around = windows.get(key);
        if (around === undefined) {
          around = sentencesAround(source, paragraph, ends, index);
          windows.set(key, around);
        }
      }
      const missing = missingAnchors(claim, known, around);
      if (missing.length === 0) continue;
      reportFinding(file, requireFigureAnchor, {
        reason: `Unexpected \`${claim.text}\` without a ${joinList(missing, 'or')}, add ${joinList(
          missing.map((anchor) => anchorAdvice[anchor]),
          'and',
        )}`,
        place: {
          start: { line: claim.line, column: claim.column, offset: claim.offset },
          end: { line: claim.endLine, column: claim.endColumn, offset: claim.endOffset },
        },
        actual: claim.text,
        expected: [anchoredFigure(pack, typeof claim.value === 'number' ? claim.value : undefined) ?? `${claim.text} (N of M reviews, Q2 2026, <service or site>; source: <records>)`],
      });
    }
  },
};
