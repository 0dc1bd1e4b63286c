/**
 * How the gate's findings read in a document people print: where a claim is, as the reader of
 * the Word file finds it, and quotes in words rather than the checker's Markdown backticks.
 */

/**
 * The paragraph of the answer a line falls in, counted as the document shows it (blank lines
 * between paragraphs do not count): a Markdown line and column cannot be found in Word.
 */
export function paragraphOfLine(text: string, line: number): number {
  let paragraph = 0;
  let inParagraph = false;
  for (const [index, content] of text.split(/\r?\n/).entries()) {
    const blank = content.trim() === '';
    if (!blank && !inParagraph) paragraph += 1;
    inParagraph = !blank;
    if (index + 1 >= line) break;
  }
  return Math.max(paragraph, 1);
}

/** "Unexpected `251 words`" → "Unexpected ‘251 words’". */
export function plainQuotes(text: string): string {
  return text.replace(/`([^`]*)`/g, '‘$1’');
}
