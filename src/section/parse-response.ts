/**
 * The response Markdown as the blocks a word processor shows: paragraphs, headings and list
 * items made of styled text spans, each span remembering where it sits in the Markdown so
 * source-note markers can be placed right after the number a claim points at. Read through the
 * shared Markdown reader, so the document shows what the validator and the counter read.
 */
import { readMarkdownBlocks, type InlinePiece, type MarkdownBlock } from '../text/read-markdown.js';

export interface ResponseSpan {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Offsets of the span in the Markdown (0-based, end exclusive). */
  start: number;
  end: number;
  /** Whether `text` is exactly the Markdown between start and end (no escapes or entities). */
  exact: boolean;
}

export interface ResponseBlock {
  kind: 'paragraph' | 'heading' | 'bullet' | 'numbered';
  /** Shown number of a numbered list item. */
  number?: number;
  spans: ResponseSpan[];
  start: number;
  end: number;
}

function spanOf(piece: InlinePiece, markdown: string): ResponseSpan | undefined {
  const marks = { bold: piece.bold, italic: piece.italic, start: piece.start, end: piece.end };
  if (piece.kind === 'break') return { text: ' ', ...marks, exact: false };
  // Images and HTML have no text a reader sees in the answer box.
  if (piece.kind === 'hidden') return undefined;
  // A soft line break inside a paragraph is a space once the paragraph is reflowed.
  const text = piece.value.replace(/\s*\n\s*/g, ' ');
  return { text, ...marks, exact: markdown.slice(piece.start, piece.end) === text };
}

function responseBlock(block: MarkdownBlock, markdown: string): ResponseBlock {
  const { start, end } = block;
  if (block.kind === 'code') {
    const value = block.pieces[0]?.value ?? '';
    return { kind: 'paragraph', spans: [{ text: value, bold: false, italic: false, start, end, exact: false }], start, end };
  }
  const spans = block.pieces.flatMap((piece) => spanOf(piece, markdown) ?? []);
  return { kind: block.kind, ...(block.number !== undefined ? { number: block.number } : {}), spans, start, end };
}

export function parseResponse(markdown: string): ResponseBlock[] {
  return readMarkdownBlocks(markdown).map((block) => responseBlock(block, markdown));
}

/** The text of a block as a reader sees it. */
export function blockText(block: ResponseBlock): string {
  return block.spans.map((span) => span.text).join('');
}
