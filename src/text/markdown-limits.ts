/**
 * Guards run before and after Markdown is parsed, inside the one Markdown reader every module
 * uses (validator, checker, counter, exporters). Deeply nested block quotes and lists make the
 * parser's work grow with the square of the nesting, and very deep trees overflow the stack of
 * every recursive tree walker; a long run of emphasis markers in one paragraph makes the
 * parser's delimiter matching quadratic. Such input is refused with a clear error
 * (INVALID_INPUT) naming the line and the limit.
 */
import type { Node, Parent } from 'unist';
import { AppError } from '../shared/app-error.js';
import { MAX_EMPHASIS_MARKERS_PER_PARAGRAPH, MAX_MARKDOWN_NESTING, MAX_MARKDOWN_TREE_DEPTH } from './data/markdown-limits.js';

/** One block-quote or list marker at the current place in a line (any indentation before it). */
const CONTAINER_MARKER = /[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/y;
/** "- - -", "* * *": a horizontal rule, not a list. */
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A run of emphasis markers that can open emphasis (something other than a space follows it). */
const EMPHASIS_OPENER = /(?:\*+|_+)(?=[^\s*_])/g;

function tooDeep(line: number, what: string, limit: number): AppError {
  return new AppError(
    'INVALID_INPUT',
    `The draft's Markdown is nested too deeply at line ${line}: more than ${limit} ${what}. Flatten the structure (fewer quote or list levels, less nested emphasis) and try again.`,
    { details: { line, limit } },
  );
}

/** Refuses, before parsing, a line nested deeper than the limit or a paragraph with too many emphasis markers. */
export function assertMarkdownNestingBeforeParse(markdown: string): void {
  let line = 0;
  let markersInParagraph = 0;
  let start = 0;
  while (start <= markdown.length) {
    const newline = markdown.indexOf('\n', start);
    const end = newline < 0 ? markdown.length : newline;
    const text = markdown.slice(start, end);
    line += 1;
    if (text.trim() === '') {
      markersInParagraph = 0;
    } else {
      if (!THEMATIC_BREAK.test(text)) {
        let depth = 0;
        CONTAINER_MARKER.lastIndex = 0;
        while (CONTAINER_MARKER.exec(text) !== null) {
          depth += 1;
          if (depth > MAX_MARKDOWN_NESTING) throw tooDeep(line, 'nested block quotes or list levels', MAX_MARKDOWN_NESTING);
        }
      }
      EMPHASIS_OPENER.lastIndex = 0;
      while (EMPHASIS_OPENER.exec(text) !== null) {
        markersInParagraph += 1;
        if (markersInParagraph > MAX_EMPHASIS_MARKERS_PER_PARAGRAPH) {
          throw tooDeep(line, `emphasis markers (* or _) in one paragraph (${MAX_EMPHASIS_MARKERS_PER_PARAGRAPH} at most)`, MAX_EMPHASIS_MARKERS_PER_PARAGRAPH);
        }
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
}

/** Refuses, after parsing, a tree deeper than the limit; walks without recursion so the check itself cannot overflow. */
export function assertMarkdownTreeDepth(tree: Node): void {
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_MARKDOWN_TREE_DEPTH) throw tooDeep(node.position?.start.line ?? 1, 'levels of nested Markdown', MAX_MARKDOWN_TREE_DEPTH);
    const children = (node as Partial<Parent>).children;
    if (children) for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
}
