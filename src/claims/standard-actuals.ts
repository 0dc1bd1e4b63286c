/**
 * A sentence that states a service standard as what happens ("summaries go out within five working
 * days") claims the practice, not only the standard. Written as a target ("we aim to …", "our
 * standard is …") it stays a `standard`; written as fact it is checked against the period's actual,
 * the figure whose `standardId` names that standard: supported when the actual reaches the
 * organisation's threshold, otherwise overstated. A sentence that itself states a share ("in 96% of
 * reviews", "3 of 4") is already qualified: that share is checked on its own.
 */
import type { ClaimKind } from './claims-schema.js';
import { TARGET_PATTERNS, TARGET_PHRASES } from './data/standard-claims.js';
import type { ClaimInContext } from './extract-claims.js';
import type { EvidenceIndex } from './figure-index.js';
import { alternation } from './claim-patterns.js';
import type { MatchOutcome } from './match-claim.js';

const TARGET = new RegExp(`\\b(?:${alternation(TARGET_PHRASES)})\\b`, 'i');

/** Claims that state a share of cases, so a standard in the same sentence is not stated for all of them. */
const QUALIFYING_KINDS: ReadonlySet<ClaimKind> = new Set(['percent', 'proportion', 'fraction', 'before-after', 'relative', 'percentage-points']);

export function isTargetSentence(sentence: string): boolean {
  return TARGET.test(sentence) || TARGET_PATTERNS.some((pattern) => pattern.test(sentence));
}

/** Sentences (by source offset) holding a claim that states a share. */
export function qualifiedSentences(claims: readonly ClaimInContext[]): Set<number> {
  const qualified = new Set<number>();
  for (const claim of claims) if (QUALIFYING_KINDS.has(claim.kind) || claim.bound) qualified.add(claim.sentenceOffset);
  return qualified;
}

/** A `standard` outcome, checked against the standard's actual when the sentence states it as fact. */
export function checkStandardAgainstActual(
  claim: ClaimInContext,
  outcome: MatchOutcome,
  index: EvidenceIndex,
  qualified: ReadonlySet<number>,
  thresholdPercent: number,
): MatchOutcome {
  if (outcome.status !== 'standard') return outcome;
  const actual = index.actualsByStandard.get(outcome.source.id)?.[0];
  if (!actual || actual.value === undefined) return outcome;
  if (qualified.has(claim.sentenceOffset) || isTargetSentence(claim.sentence)) return outcome;
  return actual.value >= thresholdPercent
    ? { status: 'supported', source: actual, standard: outcome.source }
    : { status: 'overstated', source: actual, standard: outcome.source };
}
