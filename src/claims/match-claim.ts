/**
 * Decides what backs one claim. Two questions, answered separately:
 * 1. Which sources share the claim's unit and value (within the unit's tolerance)?
 * 2. Which source is the claim *about*? The one whose label shares the most (rarity-weighted)
 *    topic words with the claim's clause, else its sentence, else the nearest earlier
 *    sentence or the section heading ("the nearest figure reference").
 * A value that matches a figure the sentence is not about is never "supported": when the
 * sentence names another figure it is a mismatch (values swapped between two figures),
 * and when it names none it is unsupported (when in doubt, flag). Standards follow the
 * issue's literal rule: a duration equal to a declared standard is `standard` unless the
 * sentence is about a different source.
 */
import type { ClaimInContext } from './extract-claims.js';
import type { EvidenceIndex, EvidenceSource } from './figure-index.js';
import { topicStems } from './figure-index.js';

export type UnsupportedReason = 'nothing' | 'coincidence' | 'unavailable' | 'no-previous' | 'unreadable';

export type MatchOutcome =
  | { status: 'supported'; source: EvidenceSource }
  | { status: 'standard'; source: EvidenceSource }
  | { status: 'mismatch'; source: EvidenceSource }
  | { status: 'unsupported'; reason: UnsupportedReason; source?: EvidenceSource };

/** Percentages within ±0.5 inclusive, scores within ±0.05, everything else exactly. */
const TOLERANCE: Readonly<Record<string, number>> = { percent: 0.5, score: 0.05 };
const EXACT = 1e-9;

function within(left: number | undefined, right: number | string | undefined, tolerance: number): boolean {
  return left !== undefined && typeof right === 'number' && Math.abs(left - right) <= tolerance + EXACT;
}

function unique(sources: EvidenceSource[]): EvidenceSource[] {
  return [...new Set(sources)];
}

function poolFor(claim: ClaimInContext, index: EvidenceIndex): EvidenceSource[] {
  const sameUnit = index.byUnit.get(claim.unit) ?? [];
  switch (claim.kind) {
    case 'fraction':
      return claim.percentEquivalent === undefined
        ? index.withPair
        : unique([...index.withPair, ...(index.byUnit.get('percent') ?? [])]);
    case 'score':
    case 'count':
      return unique([...sameUnit, ...index.withPair]);
    case 'percentage-points':
    case 'before-after':
      return sameUnit.filter((source) => source.kind === 'figure');
    case 'money':
      return []; // the evidence pack holds no money figures
    default:
      return sameUnit;
  }
}

function hasPair(source: EvidenceSource): boolean {
  return source.numerator !== undefined && source.denominator !== undefined;
}

function valueMatches(claim: ClaimInContext, source: EvidenceSource): boolean {
  const tolerance = TOLERANCE[claim.unit] ?? EXACT;
  switch (claim.kind) {
    case 'percent':
    case 'proportion':
      return within(source.value, claim.value, TOLERANCE.percent ?? 0.5);
    case 'percentage-points':
      return (
        source.value !== undefined &&
        source.previous !== undefined &&
        within(Math.abs(source.value - source.previous), claim.value, TOLERANCE.percent ?? 0.5)
      );
    case 'fraction':
      if (hasPair(source) && source.numerator === claim.numerator && source.denominator === claim.denominator) return true;
      return source.unit === 'percent' && claim.percentEquivalent !== undefined && within(source.value, claim.percentEquivalent, 0.5);
    case 'score':
      if (source.unit === 'score' && within(source.value, claim.value, TOLERANCE.score ?? 0.05)) return true;
      return hasPair(source) && source.numerator === claim.value && source.denominator === claim.scale;
    case 'money':
      return false;
    case 'count':
      if (source.unit === 'count' && (within(source.value, claim.value, EXACT) || within(source.max, claim.value, EXACT))) return true;
      return hasPair(source) && (source.numerator === claim.value || source.denominator === claim.value);
    case 'ratio':
      return source.ratio !== undefined && source.ratio === claim.value;
    case 'duration':
      return within(source.value, claim.value, EXACT) || within(source.max, claim.value, EXACT);
    case 'range':
      return source.kind === 'standard' && within(source.value, claim.value, EXACT) && within(source.max, claim.max, EXACT);
    case 'before-after':
      if (claim.unit === 'ratio') return source.ratio === claim.value && source.previousRatio === claim.previous;
      return within(source.value, claim.value, tolerance) && within(source.previous, claim.previous, tolerance);
  }
}

export class TopicCache {
  private readonly stems = new Map<string, Set<string>>();

  stemsOf(text: string): Set<string> {
    let stems = this.stems.get(text);
    if (!stems) {
      stems = topicStems(text);
      this.stems.set(text, stems);
    }
    return stems;
  }
}

/** Walks the label's few stems, not the context's: a context may be a sentence thousands of words long. */
function topicScore(source: EvidenceSource, stems: Set<string>): number {
  let score = 0;
  for (const [stem, weight] of source.topic) if (stems.has(stem)) score += weight;
  return score;
}

/** Sources the claim is about: the best-scoring ones at the nearest context level that mentions any. */
function aboutSources(claim: ClaimInContext, pool: EvidenceSource[], cache: TopicCache): EvidenceSource[] {
  if (pool.length === 0) return [];
  // A count says what it counts ("140 reviews", "two cases"): that noun alone decides what it is about.
  const contexts = claim.countedNoun ? [claim.countedNoun] : claim.contexts;
  for (const context of contexts) {
    const stems = cache.stemsOf(context);
    if (stems.size === 0) continue;
    let best = 0;
    const scores = pool.map((source) => {
      const score = topicScore(source, stems);
      if (score > best) best = score;
      return score;
    });
    if (best > 0) return pool.filter((_source, position) => (scores[position] ?? 0) >= best - EXACT);
  }
  return [];
}

function lacksPrevious(source: EvidenceSource): boolean {
  return source.kind === 'figure' && source.previous === undefined && source.previousRatio === undefined;
}

function backedOutcome(backing: EvidenceSource[]): MatchOutcome | undefined {
  const figure = backing.find((source) => source.kind === 'figure');
  if (figure) return { status: 'supported', source: figure };
  const standard = backing.find((source) => source.kind === 'standard');
  return standard ? { status: 'standard', source: standard } : undefined;
}

export function matchClaim(claim: ClaimInContext, index: EvidenceIndex, cache: TopicCache): MatchOutcome {
  if (claim.unreadable) return { status: 'unsupported', reason: 'unreadable' };
  const pool = poolFor(claim, index);
  const matching = pool.filter((source) => source.available && valueMatches(claim, source));
  // A claim is "about" a source of its own unit; a numerator/denominator pair only joins when its numbers agree
  // (so "a dozen families" is not read as a wrong count for a percentage about families).
  const aboutPool =
    claim.kind === 'count' || claim.kind === 'score'
      ? pool.filter((source) => source.unit === claim.unit || matching.includes(source))
      : pool;
  const about = aboutSources(claim, aboutPool, cache);

  if (about.length > 0) {
    const backed = backedOutcome(matching.filter((source) => about.includes(source)));
    if (backed) return backed;
    const target = about.find((source) => source.available) ?? about[0];
    if (!target) return { status: 'unsupported', reason: 'nothing' };
    if (!target.available) return { status: 'unsupported', reason: 'unavailable', source: target };
    if (claim.kind === 'before-after' && lacksPrevious(target)) {
      // The closest topic has no history, but a figure that shares the topic and agrees at both ends
      // (e.g. the measure itself beside "people whose measure changed") is what the phrase reports.
      const identified = backedOutcome(aboutSources(claim, matching, cache));
      if (identified) return identified;
      return { status: 'unsupported', reason: 'no-previous', source: target };
    }
    return { status: 'mismatch', source: target };
  }

  const standard = matching.find((source) => source.kind === 'standard');
  if (standard) return { status: 'standard', source: standard };
  const figure = matching.find((source) => source.kind === 'figure');
  // Two numbers that both agree (before→after, or an exact numerator/denominator pair) identify a figure on their own.
  const selfIdentifying =
    claim.kind === 'before-after' || (claim.kind === 'fraction' && figure !== undefined && figure.numerator === claim.numerator && figure.denominator === claim.denominator);
  if (figure && selfIdentifying) return { status: 'supported', source: figure };
  if (figure) return { status: 'unsupported', reason: 'coincidence', source: figure };
  return { status: 'unsupported', reason: 'nothing' };
}
