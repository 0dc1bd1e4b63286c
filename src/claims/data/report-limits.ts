/**
 * Bounds on what one validation or check reports and on the Markdown it reads. A draft of
 * nothing but numbers can hold tens of thousands of findings; nobody reads past the first few
 * hundred, and building them all costs memory in proportion.
 */

/** Most findings one report lists; the rest are counted, by rule, in one closing message. */
export const MAX_REPORTED_MESSAGES = 200;

/** Rule id of the closing message that says how many findings were left out. */
export const OMITTED_MESSAGES_RULE_ID = 'too-many-messages';

/**
 * Deepest nesting of Markdown block quotes and list levels on one line a draft may use. Real
 * answers nest a few levels; far deeper nesting only makes the parser slow (its work grows
 * with the square of the depth) and tree walkers overflow the stack.
 */
export const MAX_MARKDOWN_NESTING = 32;

/** Deepest parsed Markdown tree (root, containers, inline markup) a draft may produce. */
export const MAX_MARKDOWN_TREE_DEPTH = 100;

/** Most emphasis markers (runs of * or _ that could open emphasis) in one paragraph. */
export const MAX_EMPHASIS_MARKERS_PER_PARAGRAPH = 500;
