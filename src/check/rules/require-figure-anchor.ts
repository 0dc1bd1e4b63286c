import { extractClaimsInContext, type ClaimInContext } from '../../claims/extract-claims.js';
import type { ExtractedClaim } from '../../claims/claims-schema.js';
import { extraPeriodCues, placeCues, properPlacePattern, rateAfterCount, sourceCues } from '../data/anchor-cues.js';
import { periodPatterns } from '../data/specificity.js';
import { compilePhrasePatterns, hasPhrase, normaliseForMatching } from '../phrase-patterns.js';
import { reportFinding, ruleUrl, type CheckRule } from '../rule.js';

const RULE_ID = 'require-figure-anchor';

const period = compilePhrasePatterns([...periodPatterns, ...extraPeriodCues]);
const place = compilePhrasePatterns(placeCues);
const properPlace = new RegExp(properPlacePattern);
const source = compilePhrasePatterns(sourceCues);
const rate = new RegExp(rateAfterCount, 'i');

/** Durations and ranges are standards ("within 5 working days"), not figures to anchor. */
const figureKinds = new Set<ExtractedClaim['kind']>(['percent', 'percentage-points', 'proportion', 'fraction', 'before-after', 'score', 'ratio', 'count']);

type Anchor = 'period' | 'place' | 'source';

const anchorAdvice: Record<Anchor, string> = {
  period: 'the quarter or date',
  place: 'the service or site',
  source: 'the denominator ("x of y reviews") or the records it comes from',
};

function joinList(items: readonly string[], last: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

function isFigure(claim: ClaimInContext): boolean {
  if (!figureKinds.has(claim.kind)) return false;
  if (claim.kind !== 'count') return true;
  return !rate.test(claim.following);
}

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

/** Which anchors a claim lacks in its sentence; `known` holds sentences already read (one may hold thousands of claims). */
export function missingAnchors(claim: ExtractedClaim, known = new Map<string, SentenceAnchors>()): Anchor[] {
  let anchors = known.get(claim.sentence);
  if (!anchors) {
    anchors = anchorsIn(claim.sentence);
    known.set(claim.sentence, anchors);
  }
  const missing: Anchor[] = [];
  if (!anchors.period) missing.push('period');
  if (!anchors.place) missing.push('place');
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
  transform(_tree, file) {
    const known = new Map<string, SentenceAnchors>();
    for (const claim of extractClaimsInContext(String(file))) {
      if (!isFigure(claim)) continue;
      const missing = missingAnchors(claim, known);
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
        expected: [`${claim.text} (N of M reviews, Q2 2026, <service or site>; source: <records>)`],
      });
    }
  },
};
