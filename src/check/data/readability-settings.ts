/**
 * Thresholds for rule `readable-sentences`. Change them here, not in rule code.
 */
export const readabilitySettings = {
  /** Sentences longer than this many words are flagged. */
  maxSentenceWords: 30,
  /** retext-readability: target reading age and how many of its 7 formulas must agree. */
  targetAge: 16,
  formulaThreshold: 5 / 7,
  /** retext-readability: shorter sentences are skipped, one long word skews them. */
  minWords: 8,
} as const;

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
