/**
 * The plain-text blocks claims are searched in, from the shared Markdown reader, with a map from
 * every block character back to its offset in the source, so positions stay exact.
 * Code, inline code, HTML, images, link targets and autolinks never reach a block: a number in
 * an address or a code sample is not a claim about the service.
 */
import { alignValue, readMarkdownBlocks, type MarkdownBlock } from '../text/read-markdown.js';
import { foldNumerals } from './fold-numerals.js';

export { createLocator } from '../text/read-markdown.js';

export interface TextBlock {
  kind: 'paragraph' | 'heading';
  /** Plain text of the block (skipped inline nodes become a single space). */
  text: string;
  /** Source offset of each character of `text`. */
  sourceOffsets: Int32Array;
  /** Whether numerals were folded to ASCII, so `text` differs from the source beyond markup. */
  folded: boolean;
}

function toBlock(block: MarkdownBlock, source: string): TextBlock {
  const parts: string[] = [];
  const offsets: number[] = [];
  for (const piece of block.pieces) {
    if (piece.kind === 'text' && !piece.autolink) {
      parts.push(piece.value);
      alignValue(piece.value, source, piece.start, piece.end, offsets);
    } else if (piece.kind === 'break') {
      parts.push('\n');
      offsets.push(piece.start);
    } else {
      // inline code, HTML, images, autolinks: a gap that keeps neighbouring words apart
      parts.push(' ');
      offsets.push(piece.start);
    }
  }
  // Numerals in other scripts and compatibility forms are read as ASCII; offsets still point at the original.
  const folded = foldNumerals(parts.join(''), Int32Array.from(offsets));
  return { kind: block.kind === 'heading' ? 'heading' : 'paragraph', text: folded.text, sourceOffsets: folded.offsets, folded: folded.changed };
}

/** Paragraphs and headings of the draft (list items and quoted text included, code blocks left out). */
export function markdownToBlocks(markdown: string): TextBlock[] {
  return readMarkdownBlocks(markdown)
    .filter((block) => block.kind !== 'code')
    .map((block) => toBlock(block, markdown));
}
