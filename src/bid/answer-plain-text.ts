/**
 * An answer as the words a buyer's own form holds: no Markdown marks, paragraphs apart, list items
 * with a typed marker. Read through the one Markdown reader, so it agrees with the counter.
 */
import { readMarkdownBlocks } from '../text/read-markdown.js';

export function answerParagraphs(markdown: string): string[] {
  return readMarkdownBlocks(markdown)
    .filter((block) => block.kind !== 'code')
    .map((block) => {
      const words = block.pieces.map((piece) => (piece.kind === 'break' ? '\n' : piece.kind === 'hidden' ? ' ' : piece.value)).join('').replace(/[ \t]+/gu, ' ').trim();
      if (block.kind === 'bullet') return `• ${words}`;
      if (block.kind === 'numbered') return `${block.number ?? 1}. ${words}`;
      return words;
    })
    .filter((text) => text !== '');
}

export function answerPlainText(markdown: string): string {
  return answerParagraphs(markdown).join('\n\n');
}
