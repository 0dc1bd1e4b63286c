/**
 * A practice statement: one behaviour a draft may say the provider carries out, the patterns
 * that recognise it, and the practice-profile entry it is checked against. Statements are data
 * (statements/*.ts, one behaviour each); detection and checking are written once.
 */
export interface PracticeStatement {
  /** Stable id of the behaviour: "rm-chairs-complex-reviews". */
  id: string;
  /** What the statement says is done, for people reading the rule table. */
  description: string;
  /**
   * Lower-case words of which every match holds at least one; a paragraph with none of them is
   * not searched with the patterns (most paragraphs state no practice, so this keeps validation fast).
   */
  cues: readonly string[];
  /** Regular-expression sources, matched case-insensitively with the `u` flag; the match is the claim's text. */
  patterns: readonly string[];
  /**
   * The practice-profile entry checked: an id, or `{ group, values, otherwise }` to pick the id
   * by what a named group of the pattern captured ("easy-read" → `format-easy-read`).
   */
  practice: string | { group: string; values: Readonly<Record<string, string>>; otherwise?: string };
  /** Sentences that state the behaviour as fact, and sentences that must not be read as it. Tests read both. */
  examples: { claims: readonly string[]; notClaims: readonly string[] };
}
