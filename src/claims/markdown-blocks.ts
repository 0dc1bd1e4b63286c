/**
 * Turns Markdown into the plain-text blocks claims are searched in, with a map from
 * every block character back to its offset in the source, so positions stay exact.
 * Code, inline code, HTML, images, link targets and autolinks never reach a block.
 */
import type { Heading, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { foldNumerals } from './fold-numerals.js';
import { assertMarkdownNestingBeforeParse, assertMarkdownTreeDepth } from './markdown-limits.js';

export interface TextBlock {
  kind: 'paragraph' | 'heading';
  /** Plain text of the block (skipped inline nodes become a single space). */
  text: string;
  /** Source offset of each character of `text`. */
  sourceOffsets: Int32Array;
  /** Whether numerals were folded to ASCII, so `text` differs from the source beyond markup. */
  folded: boolean;
}

const markdownParser = unified().use(remarkParse).freeze();

/** Source offset of each value character: values drop escapes, entities and container prefixes, so align greedily. */
function alignValue(value: string, source: string, start: number, end: number, offsets: number[]): void {
  if (source.slice(start, end) === value) {
    for (let index = 0; index < value.length; index += 1) offsets.push(start + index);
    return;
  }
  let cursor = start;
  for (const character of value) {
    let probe = cursor;
    while (probe < end && source[probe] !== character) probe += 1;
    if (probe < end) {
      offsets.push(probe);
      cursor = probe + 1;
    } else {
      offsets.push(Math.max(start, Math.min(cursor, end - 1)));
    }
    // Astral characters take two code units in `value`; keep the map aligned.
    if (character.length === 2) offsets.push(offsets[offsets.length - 1] ?? start);
  }
}

function isAutolink(node: PhrasingContent): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const only = node.children[0];
  if (only?.type !== 'text') return false;
  return node.url === only.value || node.url === `mailto:${only.value}`;
}

function collectPhrasing(nodes: PhrasingContent[], source: string, parts: string[], offsets: number[]): void {
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'text') {
      parts.push(node.value);
      alignValue(node.value, source, start, end, offsets);
    } else if (node.type === 'break') {
      parts.push('\n');
      offsets.push(start);
    } else if ('children' in node && !isAutolink(node)) {
      collectPhrasing(node.children, source, parts, offsets);
    } else {
      // inline code, HTML, images, autolinks: a gap that keeps neighbouring words apart
      parts.push(' ');
      offsets.push(start);
    }
  }
}

function toBlock(node: Paragraph | Heading, source: string): TextBlock {
  const parts: string[] = [];
  const offsets: number[] = [];
  collectPhrasing(node.children, source, parts, offsets);
  // Numerals in other scripts and compatibility forms are read as ASCII; offsets still point at the original.
  const folded = foldNumerals(parts.join(''), Int32Array.from(offsets));
  return { kind: node.type, text: folded.text, sourceOffsets: folded.offsets, folded: folded.changed };
}

function walk(node: Nodes, source: string, blocks: TextBlock[]): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    blocks.push(toBlock(node, source));
    return;
  }
  if (node.type === 'code' || node.type === 'html' || node.type === 'definition') return;
  if ('children' in node) {
    for (const child of node.children) walk(child as Nodes, source, blocks);
  }
}

export function markdownToBlocks(markdown: string): TextBlock[] {
  assertMarkdownNestingBeforeParse(markdown);
  const tree: Root = markdownParser.parse(markdown);
  assertMarkdownTreeDepth(tree);
  const blocks: TextBlock[] = [];
  walk(tree, markdown, blocks);
  return blocks;
}

/** 1-based line and column of a 0-based offset, from precomputed line starts. */
export function createLocator(markdown: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let index = 0; index < markdown.length; index += 1) {
    if (markdown.charCodeAt(index) === 10) lineStarts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
