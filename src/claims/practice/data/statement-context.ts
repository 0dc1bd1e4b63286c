/**
 * What turns a sentence holding a practice statement into something other than a claim of
 * current practice: a plan or target ("we will", "from Q3", "we aim to"), a negation ("we do not
 * yet"), a question. Regular-expression sources, case-insensitive; looked for between the start
 * of the sentence and the end of the clause holding the statement.
 */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

export const PLAN_OR_TARGET_MARKERS: readonly string[] = [
  String.raw`\bwill\b`,
  String.raw`\b(?:we|I|they|you)'ll\b`,
  String.raw`\bshall\b`,
  String.raw`\bshould\b`,
  String.raw`\bgoing\s+to\b`,
  String.raw`\b(?:we|they)\s+(?:aim|plan|intend|hope|expect|want|propose|are\s+(?:planning|aiming|working\s+towards|introducing|moving\s+to|piloting))\b`,
  String.raw`\baim(?:s|ing)?\s+(?:to|for)\b`,
  String.raw`\bplans?\s+to\b`,
  String.raw`\b(?:is|are)\s+(?:planned|being\s+introduced|to\s+be\s+introduced)\b`,
  String.raw`\bour\s+(?:aim|goal|target|ambition|plan|standard|commitment|intention)\b`,
  String.raw`\btargets?\b`,
  String.raw`\bcommit(?:s|ted)?\s+to\b`,
  String.raw`\bpilot(?:ing)?\b`,
  String.raw`\bfrom\s+(?:Q[1-4]|next|the\s+(?:next|start|end|beginning)|(?:${MONTHS})|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})|20\d\d)\b`,
  // "by Q3" looks ahead; "in Q2 2026" names the period the records cover, so "in" is not a marker.
  String.raw`\b(?:by|before)\s+(?:Q[1-4]\b|the\s+end\s+of|next\s+(?:quarter|year|month))`,
  String.raw`\bin\s+next\s+(?:quarter|year|month)\b`,
  String.raw`\bnext\s+(?:quarter|year|month)\b`,
];

export const NEGATION_MARKERS: readonly string[] = [
  String.raw`\bnot\b`,
  String.raw`n['’]t\b`,
  String.raw`\bnever\b`,
  String.raw`\bno\s+longer\b`,
  String.raw`\brarely\b`,
  String.raw`\bseldom\b`,
  String.raw`\bused\s+to\b`,
  String.raw`\bnor\b`,
];

/**
 * Words that open a subordinate clause: a negation after one of them qualifies who or when
 * ("disagreements that are not settled escalate to the RM", "if they are not resolved"), and
 * does not deny the statement.
 */
export const SUBORDINATORS: readonly string[] = ['that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'whenever', 'where', 'unless', 'until', 'once'];

/** Where a clause ends inside a sentence: punctuation, a dash, or a joining word. */
export const CLAUSE_END = String.raw`[,;:]|\s[—–-]\s|\s(?:and|but|while|whereas|although|though)\s`;
