/**
 * When a sentence that names a service standard is a target and when it states the practice as
 * fact. A target stays `standard`; a fact is checked against the period's actual figure for that
 * standard (the figure whose `standardId` names it).
 */

/** Share of cases (per cent) the period's actual must reach for a standard stated as fact to be supported. */
export const DEFAULT_STANDARD_THRESHOLD_PERCENT = 90;

/** Phrases that make a sentence a target, commitment or plan rather than a statement of what happens. */
export const TARGET_PHRASES: readonly string[] = [
  'our standard',
  'the standard is',
  'standard is that',
  'as standard',
  'we aim',
  'aim to',
  'aims to',
  'aiming to',
  'target',
  'targets',
  'our goal',
  'the goal is',
  'we commit',
  'committed to',
  'our commitment',
  'we expect',
  'expected to',
  'should',
  'we will',
  'will be',
  'we plan',
  'plan to',
  'planned to',
  'our policy',
  'policy is',
  'we strive',
  'we pledge',
  'we intend',
  'intend to',
];

/** "within … at least": a standard paired with the share of cases that must meet it is a target. */
export const TARGET_PATTERNS: readonly RegExp[] = [/\bwithin\b.*\bat\s+least\b/i, /\bat\s+least\b.*\bwithin\b/i];
