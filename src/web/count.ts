/**
 * A live count while the writer types, following the rules of src/section/count-response.ts
 * (visible words, whitespace runs as one space) without shipping a Markdown parser to the
 * browser. The checker's own count replaces it after each check.
 */

export interface LiveCount {
  words: number;
  characters: number;
  charactersNoSpaces: number;
}

const LINE_SYNTAX = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)/;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const EMPHASIS = /(\*\*|__|`+)/g;
const SINGLE_EMPHASIS = /(^|\s)[*_]+|[*_]+(?=\s|$|[.,;:!?])/g;

export function visibleText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map((line) => {
      let text = line;
      // Blockquote inside a list item and the like: strip repeatedly.
      for (let guard = 0; guard < 4 && LINE_SYNTAX.test(text); guard += 1) text = text.replace(LINE_SYNTAX, '');
      return text.replace(LINK, '$1').replace(EMPHASIS, '').replace(SINGLE_EMPHASIS, '$1');
    })
    .join('\n');
}

export function countLive(markdown: string): LiveCount {
  let words = 0;
  let charactersNoSpaces = 0;
  for (const token of visibleText(markdown).matchAll(/\S+/gu)) {
    words += 1;
    charactersNoSpaces += [...token[0].normalize('NFC')].length;
  }
  return { words, charactersNoSpaces, characters: charactersNoSpaces + Math.max(0, words - 1) };
}
