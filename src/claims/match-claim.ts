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
import { APPROXIMATION_MARGIN, GENERIC_QUANTIFIED_SUBJECTS, RELATIVE_DIGITS_TOLERANCE, RELATIVE_WORDS_TOLERANCE } from './data/quantity-words.js';
import type { EvidenceIndex, EvidenceSource } from './figure-index.js';
import { topicStems } from './figure-index.js';

/** `vague`: a quantifier without a number ("most") whose sentence names no figure: not a claim at all. */
export type UnsupportedReason = 'nothing' | 'coincidence' | 'unavailable' | 'no-previous' | 'unreadable' | 'vague';

/** `standard` on a supported or overstated outcome: the standard a fact-phrased sentence states, checked against `source`, its actual. */
export type MatchOutcome =
  | { status: 'supported'; source: EvidenceSource; standard?: EvidenceSource }
  | { status: 'standard'; source: EvidenceSource }
  | { status: 'mismatch'; source: EvidenceSource }
  | { status: 'overstated'; source: EvidenceSource; standard: EvidenceSource }
  | { status: 'unsupported'; reason: UnsupportedReason; source?: EvidenceSource };

const GENERIC_SUBJECTS = new Set([...GENERIC_QUANTIFIED_SUBJECTS].flatMap((word) => [...topicStems(word)]));

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
    case 'relative':
      return index.all.filter((source) => source.kind === 'figure' && source.unit !== 'ratio');
    case 'money':
      return []; // the evidence pack holds no money figures
    default:
      return sameUnit;
  }
}

function hasPair(source: EvidenceSource): boolean {
  return source.numerator !== undefined && source.denominator !== undefined;
}

/** Whether `actual` satisfies a bounded or approximate `stated` value ("over 90%" needs more than 90). */
function satisfiesBound(claim: ClaimInContext, actual: number | undefined, stated: number): boolean {
  if (actual === undefined) return false;
  const percent = claim.unit === 'percent';
  const rounding = TOLERANCE[claim.unit] ?? EXACT;
  const margin = claim.margin ?? (percent ? APPROXIMATION_MARGIN.percentPoints : Math.abs(stated) * APPROXIMATION_MARGIN.relative);
  switch (claim.bound) {
    case 'over':
      return actual > stated + EXACT;
    case 'at-least':
      return actual >= stated - EXACT;
    case 'under':
      return actual < stated - EXACT;
    case 'at-most':
      return actual <= stated + EXACT;
    case 'about':
      return Math.abs(actual - stated) <= Math.max(margin, rounding) + EXACT;
    case 'nearly':
      return actual >= stated - margin - EXACT && actual <= stated + rounding + EXACT;
    default:
      return within(actual, stated, rounding);
  }
}

function relativeMatches(claim: ClaimInContext, source: EvidenceSource): boolean {
  if (source.value === undefined || source.previous === undefined || source.previous === 0 || typeof claim.value !== 'number') return false;
  if (claim.relativeForm === 'digits') {
    const change = ((source.value - source.previous) / Math.abs(source.previous)) * 100;
    return Math.abs(change - claim.value) <= RELATIVE_DIGITS_TOLERANCE + EXACT;
  }
  const stated = 1 + claim.value / 100;
  return Math.abs(source.value / source.previous - stated) <= RELATIVE_WORDS_TOLERANCE * stated + EXACT;
}

function valueMatches(claim: ClaimInContext, source: EvidenceSource): boolean {
  const tolerance = TOLERANCE[claim.unit] ?? EXACT;
  if (claim.bound && typeof claim.value === 'number') {
    switch (claim.kind) {
      case 'percent':
      case 'proportion':
        return source.unit === 'percent' && satisfiesBound(claim, source.value, claim.value);
      case 'score':
        return source.unit === 'score' && satisfiesBound(claim, source.value, claim.value);
      case 'count':
        if (source.unit === 'count') return satisfiesBound(claim, source.value, claim.value);
        return hasPair(source) && (satisfiesBound(claim, source.numerator, claim.value) || satisfiesBound(claim, source.denominator, claim.value));
      default:
        break;
    }
  }
  switch (claim.kind) {
    case 'percent':
    case 'proportion':
      return within(source.value, claim.value, TOLERANCE.percent ?? 0.5);
    case 'relative':
      return relativeMatches(claim, source);
    case 'percentage-points':
      if (source.value === undefined || source.previous === undefined) return false;
      if (claim.direction && (claim.direction === 'up') !== source.value > source.previous) return false;
      return within(Math.abs(source.value - source.previous), claim.value, TOLERANCE.percent ?? 0.5);
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
function aboutSources(claim: ClaimInContext, pool: EvidenceSource[], cache: TopicCache, given?: readonly string[]): EvidenceSource[] {
  if (pool.length === 0) return [];
  // A count says what it counts ("140 reviews", "two cases"): that noun alone decides what it is about.
  // A quantifier without a number ("most") is about a figure only when its own sentence names one.
  const contexts = given ?? (claim.vague ? claim.contexts.slice(0, 2) : claim.countedNoun ? [claim.countedNoun] : claim.contexts);
  for (const context of contexts) {
    const stems = cache.stemsOf(context);
    if (stems.size === 0) continue;
    let best = 0;
    const scores = pool.map((source) => {
      const score = topicScore(source, stems);
      if (score > best) best = score;
      return score;
    });
    if (best > 0) {
      const about = pool.filter((_source, position) => (scores[position] ?? 0) >= best - EXACT);
      return claim.vague && given === undefined ? about.filter((source) => namesQuantified(claim, source, cache)) : about;
    }
  }
  return [];
}

/** "most reviews": a quantifier is about a figure only when what it quantifies is what the figure counts. */
function namesQuantified(claim: ClaimInContext, source: EvidenceSource, cache: TopicCache): boolean {
  const noun = claim.countedNoun;
  if (!noun) return false;
  const counted = cache.stemsOf(`${source.label} ${source.figure?.provenance?.noun ?? ''}`);
  for (const stem of cache.stemsOf(noun)) if (!GENERIC_SUBJECTS.has(stem) && counted.has(stem)) return true;
  return false;
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

/** The pair a claim states: its own ("159 of 178") or the one in brackets beside a percentage. */
function statedPair(claim: ClaimInContext): { numerator: number; denominator: number } | undefined {
  if (claim.kind === 'fraction' && claim.numerator !== undefined && claim.denominator !== undefined) {
    return { numerator: claim.numerator, denominator: claim.denominator };
  }
  if (claim.kind === 'percent' && !claim.bound && claim.pairedNumerator !== undefined && claim.pairedDenominator !== undefined) {
    return { numerator: claim.pairedNumerator, denominator: claim.pairedDenominator };
  }
  return undefined;
}

/**
 * An exact x-of-y pair identifies its figure even when the words around it ("48 of 50 reviews") name
 * only the denominator other figures share. Decided with the counted noun left out of the clause and
 * sentence: when what is left names no figure, or names this one, the pair decides; when it names
 * another figure, the ordinary rules apply (a pair under another figure's words is a swap).
 */
function resolveByPair(claim: ClaimInContext, pool: EvidenceSource[], index: EvidenceIndex, cache: TopicCache): MatchOutcome | undefined {
  const pair = statedPair(claim);
  if (!pair) return undefined;
  const exact = index.withPair.filter(
    (source) => source.available && source.kind === 'figure' && source.numerator === pair.numerator && source.denominator === pair.denominator,
  );
  if (exact.length === 0) return undefined;
  const named = aboutSources(claim, pool, cache, claim.pairContexts ?? claim.contexts);
  const namedExact = exact.filter((source) => named.includes(source));
  let chosen: EvidenceSource | undefined;
  if (namedExact.length > 0) chosen = namedExact[0];
  else if (named.length === 0) chosen = aboutSources(claim, exact, cache)[0] ?? (exact.length === 1 ? exact[0] : undefined);
  else {
    // The words name another figure: the pair (and a value beside it) belongs to that figure, which it does not match.
    const target = named.find((source) => source.available && source.kind === 'figure');
    if (!target) return undefined;
    if (claim.kind === 'percent' && within(target.value, claim.value, TOLERANCE.percent ?? 0.5)) return { status: 'supported', source: target };
    return { status: 'mismatch', source: target };
  }
  if (!chosen) return undefined;
  if (claim.kind === 'fraction' || within(chosen.value, claim.value, TOLERANCE.percent ?? 0.5)) return { status: 'supported', source: chosen };
  return { status: 'mismatch', source: chosen };
}

export function matchClaim(claim: ClaimInContext, index: EvidenceIndex, cache: TopicCache): MatchOutcome {
  if (claim.unreadable) return { status: 'unsupported', reason: 'unreadable' };
  const pool = poolFor(claim, index);
  const byPair = resolveByPair(claim, pool, index, cache);
  if (byPair) return byPair;
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
    if ((claim.kind === 'before-after' || claim.kind === 'relative') && lacksPrevious(target)) {
      // The closest topic has no history, but a figure that shares the topic and agrees at both ends
      // (e.g. the measure itself beside "people whose measure changed") is what the phrase reports.
      const identified = backedOutcome(aboutSources(claim, matching, cache));
      if (identified) return identified;
      return { status: 'unsupported', reason: 'no-previous', source: target };
    }
    return { status: 'mismatch', source: target };
  }

  if (claim.vague) return { status: 'unsupported', reason: 'vague' };
  const standard = matching.find((source) => source.kind === 'standard');
  if (standard) return { status: 'standard', source: standard };
  const figure = matching.find((source) => source.kind === 'figure');
  // Two numbers that both agree (before→after, or an exact numerator/denominator pair) identify a figure on their own.
  const selfIdentifying =
    claim.kind === 'before-after' || (claim.kind === 'fraction' && figure !== undefined && figure.numerator === claim.numerator && figure.denominator === claim.denominator);
  if (figure && selfIdentifying) return { status: 'supported', source: figure };
  // A bounded value ("around 94%") satisfied by an unrelated figure is no coincidence worth naming.
  if (figure && !claim.bound) return { status: 'unsupported', reason: 'coincidence', source: figure };
  return { status: 'unsupported', reason: 'nothing' };
}
