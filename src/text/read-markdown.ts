/**
 * The one Markdown reader. The claim validator, the draft checker, the counter and the
 * exporters all read a draft through it, so they agree on what the draft says: the same parser
 * (CommonMark, no extensions), the same nesting limits, the same blocks with source offsets.
 * Each consumer then decides what to do with the pieces it does not show (inline code, HTML,
 * images, autolinks), but none of them parses Markdown on its own.
 */
import type { Heading, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { assertMarkdownNestingBeforeParse, assertMarkdownTreeDepth } from './markdown-limits.js';

/** One inline piece of a block, in reading order. */
export interface InlinePiece {
  /**
   * `text`: words as written (soft line breaks kept as "\n"); `code`: inline code; `break`: a
   * hard line break; `hidden`: something a reader does not see as words (inline HTML, images).
   */
  kind: 'text' | 'code' | 'break' | 'hidden';
  /** What the piece says: the text or code value, "\n" for a break, "" when hidden. */
  value: string;
  bold: boolean;
  italic: boolean;
  /** The text of an autolink (`<https://…>`, `<name@example.org>`): an address, not prose. */
  autolink: boolean;
  /** Offsets of the piece in the Markdown (0-based, end exclusive). */
  start: number;
  end: number;
}

export interface MarkdownBlock {
  /** `bullet` and `numbered` are paragraphs directly inside a list item; `code` is a fenced or indented code block. */
  kind: 'paragraph' | 'heading' | 'bullet' | 'numbered' | 'code';
  /** Shown number of a numbered list item. */
  number?: number;
  /** The marker as typed (`-`, `*`, `3.`), on the first paragraph of a list item only. */
  listMarker?: string;
  pieces: InlinePiece[];
  start: number;
  end: number;
}

const markdownParser = unified().use(remarkParse).freeze();

const LIST_MARKER = /^[ \t]*([-+*]|\d{1,9}[.)])/u;

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes, fallback: number): number {
  return node.position?.end.offset ?? fallback;
}

/** Parses a draft with the nesting limits applied before and after; refuses too-deep input with INVALID_INPUT. */
export function parseMarkdown(markdown: string): Root {
  assertMarkdownNestingBeforeParse(markdown);
  const tree = markdownParser.parse(markdown);
  assertMarkdownTreeDepth(tree);
  return tree;
}

function isAutolink(node: PhrasingContent): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const only = node.children[0];
  if (only?.type !== 'text') return false;
  return node.url === only.value || node.url === `mailto:${only.value}`;
}

interface Marks {
  bold: boolean;
  italic: boolean;
  autolink: boolean;
}

function collectPieces(nodes: readonly PhrasingContent[], marks: Marks, into: InlinePiece[]): void {
  for (const node of nodes) {
    const start = startOf(node);
    const end = endOf(node, start);
    if (node.type === 'text' || node.type === 'inlineCode') {
      into.push({ kind: node.type === 'text' ? 'text' : 'code', value: node.value, ...marks, start, end });
    } else if (node.type === 'break') {
      into.push({ kind: 'break', value: '\n', ...marks, start, end });
    } else if (node.type === 'strong') {
      collectPieces(node.children, { ...marks, bold: true }, into);
    } else if (node.type === 'emphasis') {
      collectPieces(node.children, { ...marks, italic: true }, into);
    } else if ('children' in node) {
      collectPieces(node.children, isAutolink(node) ? { ...marks, autolink: true } : marks, into);
    } else {
      into.push({ kind: 'hidden', value: '', ...marks, start, end });
    }
  }
}

function inlineBlock(node: Paragraph | Heading, kind: MarkdownBlock['kind'], extra: Pick<MarkdownBlock, 'number' | 'listMarker'>): MarkdownBlock {
  const pieces: InlinePiece[] = [];
  collectPieces(node.children, { bold: false, italic: false, autolink: false }, pieces);
  const start = startOf(node);
  return { kind, ...extra, pieces, start, end: endOf(node, start) };
}

interface ListContext {
  kind: 'bullet' | 'numbered';
  number?: number;
  marker?: string;
}

function walk(node: Nodes, markdown: string, blocks: MarkdownBlock[], item: ListContext | undefined): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    const kind = node.type === 'heading' ? 'heading' : (item?.kind ?? 'paragraph');
    blocks.push(
      inlineBlock(node, kind, {
        ...(item?.number !== undefined && kind === 'numbered' ? { number: item.number } : {}),
        ...(item?.marker !== undefined && kind !== 'heading' ? { listMarker: item.marker } : {}),
      }),
    );
    // Only the item's first paragraph carries the marker a writer typed.
    if (item) delete item.marker;
    return;
  }
  if (node.type === 'code') {
    const start = startOf(node);
    const end = endOf(node, start);
    blocks.push({ kind: 'code', pieces: [{ kind: 'code', value: node.value, bold: false, italic: false, autolink: false, start, end }], start, end });
    return;
  }
  if (node.type === 'html' || node.type === 'definition') return;
  if (node.type === 'list') {
    node.children.forEach((child, index) => {
      const marker = LIST_MARKER.exec(markdown.slice(startOf(child), endOf(child, startOf(child))))?.[1];
      const context: ListContext = {
        kind: node.ordered ? 'numbered' : 'bullet',
        ...(node.ordered ? { number: (node.start ?? 1) + index } : {}),
        ...(marker !== undefined ? { marker } : {}),
      };
      for (const grandchild of child.children) walk(grandchild, markdown, blocks, context);
    });
    return;
  }
  if ('children' in node) {
    // Block quotes and the like: what they hold are ordinary blocks, not list items.
    for (const child of node.children) walk(child as Nodes, markdown, blocks, undefined);
  }
}

/** The draft as blocks a reader sees, in order, each with its inline pieces and source offsets. */
export function readMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  walk(parseMarkdown(markdown), markdown, blocks, undefined);
  return blocks;
}

/**
 * Source offset of each character of `value`, a node value that may drop escapes, entities and
 * container prefixes ("> ") from the source between `start` and `end`: aligned greedily.
 */
export function alignValue(value: string, source: string, start: number, end: number, offsets: number[]): void {
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
