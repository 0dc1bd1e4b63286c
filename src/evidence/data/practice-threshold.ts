/**
 * The share of cases at or above which the records show a practice or a standard as what is
 * done, rather than what is sometimes done. Organisations may set their own; this is the default.
 * Shared by the practice profile and by standards stated as fact.
 */
export const DEFAULT_PRACTICE_THRESHOLD_PERCENT = 90;
