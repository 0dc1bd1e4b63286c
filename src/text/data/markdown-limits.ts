/**
 * Bounds on the Markdown any reader of a draft accepts. Real answers nest a few levels; far
 * deeper nesting only makes the parser slow (its work grows with the square of the depth) and
 * recursive tree walkers overflow the stack.
 */

/** Deepest nesting of Markdown block quotes and list levels on one line a draft may use. */
export const MAX_MARKDOWN_NESTING = 32;

/** Deepest parsed Markdown tree (root, containers, inline markup) a draft may produce. */
export const MAX_MARKDOWN_TREE_DEPTH = 100;

/** Most emphasis markers (runs of * or _ that could open emphasis) in one paragraph. */
export const MAX_EMPHASIS_MARKERS_PER_PARAGRAPH = 500;
