/**
 * Words that bound, approximate or change a quantity, and the margins they are checked with.
 * Data only: extract-claims.ts builds its patterns from these tables and match-claim.ts reads
 * the margins; add a word here, not in the engine.
 */
import type { ClaimBound } from '../claims-schema.js';

/** Words right before a number that bound or approximate it ("over 90%", "around 94%"). */
export const BOUND_WORDS: Readonly<Record<string, ClaimBound>> = {
  over: 'over',
  'more than': 'over',
  above: 'over',
  'greater than': 'over',
  'in excess of': 'over',
  exceeding: 'over',
  'at least': 'at-least',
  'no fewer than': 'at-least',
  'no less than': 'at-least',
  'a minimum of': 'at-least',
  under: 'under',
  'fewer than': 'under',
  'less than': 'under',
  below: 'under',
  'at most': 'at-most',
  'no more than': 'at-most',
  'a maximum of': 'at-most',
  around: 'about',
  about: 'about',
  approximately: 'about',
  roughly: 'about',
  'close to': 'about',
  circa: 'about',
  nearly: 'nearly',
  almost: 'nearly',
  'just under': 'nearly',
  'just below': 'nearly',
};

/**
 * How close "around"/"nearly" must be. Percentages: within this many percentage points
 * ("around 94%" backs 91–97%; "nearly half" backs 47% up to, not including, 50%).
 * Counts and scores: within this share of the stated value.
 */
export const APPROXIMATION_MARGIN = { percentPoints: 3, relative: 0.1 } as const;

/** Quantifiers without a number that still claim a share: checked against a percentage figure. */
export const VAGUE_QUANTIFIERS: Readonly<Record<string, { bound: ClaimBound; value: number; margin?: number }>> = {
  // "almost all" backs 90% up to, not including, 100%
  'almost all': { bound: 'nearly', value: 100, margin: 10 },
  'nearly all': { bound: 'nearly', value: 100, margin: 10 },
  'virtually all': { bound: 'nearly', value: 100, margin: 10 },
  'the majority': { bound: 'over', value: 50 },
  'a majority': { bound: 'over', value: 50 },
  'the vast majority': { bound: 'over', value: 80 },
  'a minority': { bound: 'under', value: 50 },
  most: { bound: 'over', value: 50 },
};

/** "most" claims a share only as a determiner: not after these words ("the most", "at most"). */
export const MOST_NOT_AFTER: readonly string[] = ['the', 'at', 'for', 'to', 'is', 'are', 'was', 'were', 'be', 'helps', 'matters', 'what'];

/** Who a quantifier may be about without naming what a figure counts: "most people told us" claims no figure. */
export const GENERIC_QUANTIFIED_SUBJECTS: readonly string[] = ['people', 'person', 'staff', 'everyone', 'team', 'colleagues'];

/** Words between a quantifier and what it quantifies: "most of the reviews". */
export const QUANTIFIER_LINK_WORDS: readonly string[] = ['of', 'the', 'our', 'their', 'these', 'those', 'all'];

/** What may follow "most" for it to claim a share: "most of", or a plural noun ("most reviews"). */
export const MOST_PLURAL_NOUN_EXCEPTIONS: readonly string[] = ['people', 'staff', 'families', 'children'];

/** Words that say which way a value moved; "went up 6 points" is claimed from "up". */
export const CHANGE_UP_WORDS: readonly string[] = ['rose', 'risen', 'increased', 'grew', 'grown', 'climbed', 'improved', 'up'];
export const CHANGE_DOWN_WORDS: readonly string[] = ['fell', 'fallen', 'decreased', 'dropped', 'declined', 'reduced', 'down', 'cut'];

/** Fractions a relative change is written in: "fell by a third". */
export const RELATIVE_FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  'a half': 1 / 2,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'two thirds': 2 / 3,
  'a quarter': 1 / 4,
  'one quarter': 1 / 4,
  'three quarters': 3 / 4,
  'a fifth': 1 / 5,
  'a tenth': 1 / 10,
};

/** Single words that state a change as a multiple of the earlier value. */
export const MULTIPLE_VERBS: Readonly<Record<string, number>> = {
  doubled: 2,
  tripled: 3,
  trebled: 3,
  quadrupled: 4,
  halved: 0.5,
};

/** Nouns after "a 10%" that make it a relative change ("a 10% rise"). */
export const CHANGE_NOUNS_UP: readonly string[] = ['rise', 'increase', 'improvement', 'gain', 'growth'];
export const CHANGE_NOUNS_DOWN: readonly string[] = ['fall', 'drop', 'decrease', 'reduction', 'decline', 'cut'];

/**
 * Tolerance of a relative change. In words ("doubled", "by a third") the actual multiple may differ
 * from the stated one by this share of it; in digits ("a 10% rise") the change in per cent may differ
 * by the percentage tolerance (rounding).
 */
export const RELATIVE_WORDS_TOLERANCE = 0.05;
export const RELATIVE_DIGITS_TOLERANCE = 0.5;
