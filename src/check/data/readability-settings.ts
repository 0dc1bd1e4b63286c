/**
 * Thresholds for rule `readable-sentences`. Change them here, not in rule code.
 */
export const readabilitySettings = {
  /** Sentences longer than this many words are flagged (as information: tender answers run long). */
  maxSentenceWords: 35,
  /** retext-readability: target reading age and how many of its 7 formulas must agree. */
  targetAge: 16,
  formulaThreshold: 5 / 7,
  /** retext-readability: shorter sentences are skipped, one long word skews them. */
  minWords: 8,
} as const;

/**
 * Which readability checks run. Off by default for tender drafts: evaluators mark content,
 * and on ordinary care writing the formulas and passive finder mostly flag sound sentences.
 * A call turns them on with `checkDraft({ readability: { … } })`.
 */
export interface ReadabilityChecks {
  passive: boolean;
  hardToRead: boolean;
  wordy: boolean;
}

export const defaultReadabilityChecks: Readonly<ReadabilityChecks> = { passive: false, hardToRead: false, wordy: false };

/**
 * retext-simplify phrases we do not report: normal, precise words in care writing.
 * To extend: add the phrase exactly as retext-simplify lists it.
 */
export const simplifyIgnore: readonly string[] = [
  // "where appropriate" is the vague rule's business; "use proper or right" is no advice for it.
  'appropriate',
  'accurate',
  'additional',
  'assistance',
  'component',
  'contains',
  'consequently',
  'equivalent',
  'function',
  'initial',
  'maximum',
  'minimum',
  'monitor',
  'objective',
  'provide',
  'request',
  'require',
  'required',
  'requirement',
  'submit',
  'sufficient',
  'type',
  'however',
  'individual',
  'similar',
  'purchase',
  'identify',
  'ensure',
  'modify',
  'relocate',
  'effect',
  'forward',
  'inform',
  'it is',
  'multiple',
  'there are',
  'there is',
  'therefore',
  'take action',
  'in order to',
  'facilitate',
  'utilize',
  'utilise',
];
