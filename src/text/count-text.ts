/**
 * The one counter: words and characters of a draft, as the checker, drafting, export, the API
 * and the web page all report them. It runs in the browser too, so the live count on the page
 * is the server's count.
 *
 * - Words: whitespace-separated tokens of the visible text (Markdown syntax such as `**`, `#`,
 *   list markers, inline HTML and link targets is not counted). A lone dash, ampersand or
 *   asterisk counts, as in Word: on a tight limit it is safer to count one token too many than
 *   one too few.
 * - Characters: user-perceived characters of each token (NFC), plus what separates tokens. By
 *   default each run of whitespace, line break or paragraph mark counts as one space, as a word
 *   processor counts the reflowed text; tender portals that count the typed line breaks are
 *   served by `lineBreaks`, and portals where the writer types the list markers by `listMarkers`.
 * - Plain text (`format: 'plain'`, what is pasted into a portal) is counted as it is sent, by the
 *   strictest rule unless told otherwise: every line break is two characters (a form posts CRLF)
 *   and typed list markers are words. Counting a pasted paragraph break as one space would
 *   report a text shorter than the portal sees it.
 */
import { alignValue, readMarkdownBlocks, type MarkdownBlock } from './read-markdown.js';

export type CountKind = 'words' | 'characters' | 'characters-no-spaces';

export interface TextCount {
  words: number;
  characters: number;
  charactersNoSpaces: number;
}

export interface CountOptions {
  /** `markdown` (default) counts only what a reader sees; `plain` counts the text as it is. */
  format?: 'markdown' | 'plain';
  /**
   * What a line or paragraph break between two words adds to "characters with spaces":
   * `space` (the Markdown default) one, like any run of whitespace; `newline` one per line break (a blank
   * line between paragraphs is two), as a web form counting "\n"; `crlf` two per line break,
   * as a form that submits Windows line endings (the plain-text default).
   */
  lineBreaks?: 'space' | 'newline' | 'crlf';
  /**
   * `skip` (the Markdown default) leaves list markers out; `count` (the plain-text default)
   * counts each typed marker ("-", "3.") as a word.
   */
  listMarkers?: 'skip' | 'count';
}

/** How a tender portal counts pasted text: what a line break and a typed list marker add. */
export type PortalRule = Pick<CountOptions, 'lineBreaks' | 'listMarkers'>;

/** The rule that never counts less than any portal we know: CRLF line breaks, list markers as words. */
export const STRICTEST_PORTAL_RULE: Required<PortalRule> = { lineBreaks: 'crlf', listMarkers: 'count' };

/** A counted token with its place in the source. */
export interface CountedToken {
  text: string;
  /** Offsets in the source (0-based, end exclusive). */
  start: number;
  end: number;
  /** User-perceived characters of the token. */
  characters: number;
  /** Characters the separator before it adds to "characters with spaces" (0 for the first token). */
  separator: number;
}

const TOKEN = /\S+/gu;
const LINE_BREAK = /\r\n|\r|\n/gu;

function characterCount(token: string): number {
  return [...token.normalize('NFC')].length;
}

function lineBreaksIn(whitespace: string): number {
  return whitespace.match(LINE_BREAK)?.length ?? 0;
}

/** What a separator of whitespace holding `breaks` line breaks adds to the character count. */
function separatorWeight(breaks: number, lineBreaks: CountOptions['lineBreaks']): number {
  if (breaks === 0 || lineBreaks === undefined || lineBreaks === 'space') return 1;
  return lineBreaks === 'crlf' ? breaks * 2 : breaks;
}

interface VisibleRun {
  text: string;
  offsets: number[];
  /** Source offset where the run's block starts; for list markers. */
  start: number;
  listMarker?: string;
}

/** The visible text of a block with each character's source offset: hidden pieces leave no gap. */
function visibleRun(block: MarkdownBlock, source: string): VisibleRun {
  let text = '';
  const offsets: number[] = [];
  for (const piece of block.pieces) {
    if (piece.kind === 'hidden') continue;
    if (piece.kind === 'break') {
      text += '\n';
      offsets.push(piece.start);
    } else {
      text += piece.value;
      alignValue(piece.value, source, piece.start, piece.end, offsets);
    }
  }
  return { text, offsets, start: block.start, ...(block.listMarker !== undefined ? { listMarker: block.listMarker } : {}) };
}

/** A typed list marker at the start of a plain-text line: "- ", "* ", "• ", "3. ", "3) ". */
const PLAIN_LIST_MARKER = /^[ \t]*([-*+\u2022]|\d{1,9}[.)])[ \t]+(?=\S)/u;

/** One run per line of plain text, each typed list marker set apart so a rule can count or skip it. */
function plainRuns(text: string): VisibleRun[] {
  const runs: VisibleRun[] = [];
  let lineStart = 0;
  for (const line of text.split(/(?<=\r\n|\r(?!\n)|\n)/u)) {
    const marker = PLAIN_LIST_MARKER.exec(line);
    const skip = marker ? marker[0].length : 0;
    const start = lineStart + skip;
    const body = line.slice(skip);
    runs.push({
      text: body,
      offsets: Array.from({ length: body.length }, (_, index) => start + index),
      start: marker ? lineStart + marker[0].indexOf(marker[1]!) : lineStart,
      ...(marker ? { listMarker: marker[1]! } : {}),
    });
    lineStart += line.length;
  }
  return runs;
}

/** Every counted token of the text, in order, with where it is and what precedes it. */
export function countedTokens(text: string, given: CountOptions = {}): CountedToken[] {
  const plain = given.format === 'plain';
  const options: CountOptions = plain ? { ...STRICTEST_PORTAL_RULE, ...given } : given;
  const runs = plain ? plainRuns(text) : readMarkdownBlocks(text).map((block) => visibleRun(block, text));
  const tokens: CountedToken[] = [];
  let previousEnd = -1;
  const push = (value: string, start: number, end: number, gap: string) => {
    const separator = tokens.length === 0 ? 0 : separatorWeight(lineBreaksIn(gap), options.lineBreaks);
    tokens.push({ text: value, start, end, characters: characterCount(value), separator });
    previousEnd = end;
  };
  for (const run of runs) {
    if (run.listMarker !== undefined && options.listMarkers === 'count') {
      const start = Math.max(0, text.lastIndexOf(run.listMarker, run.start));
      push(run.listMarker, start, start + run.listMarker.length, previousEnd < 0 ? '' : text.slice(previousEnd, start));
    }
    let runEnd = -1;
    for (const match of run.text.matchAll(TOKEN)) {
      const first = match.index;
      const last = first + match[0].length - 1;
      const start = run.offsets[first] ?? 0;
      const end = (run.offsets[last] ?? start) + 1;
      // Between blocks the source says how many line breaks separate them; inside one, the visible text does.
      const gap = runEnd < 0 ? (previousEnd < 0 ? '' : text.slice(previousEnd, start)) : run.text.slice(runEnd, first);
      push(match[0], start, end, gap);
      runEnd = last + 1;
    }
  }
  return tokens;
}

export function countTokens(tokens: readonly CountedToken[]): TextCount {
  let charactersNoSpaces = 0;
  let separators = 0;
  for (const token of tokens) {
    charactersNoSpaces += token.characters;
    separators += token.separator;
  }
  return { words: tokens.length, charactersNoSpaces, characters: charactersNoSpaces + separators };
}

/** Words and characters of a draft (Markdown unless `format: 'plain'`). */
export function countText(text: string, options: CountOptions = {}): TextCount {
  return countTokens(countedTokens(text, options));
}

/** Words and characters of text as a portal receives it, by `rule` (the strictest by default). */
export function countPortalText(text: string, rule: PortalRule = {}): TextCount {
  return countText(text, { ...STRICTEST_PORTAL_RULE, ...rule, format: 'plain' });
}

/** The number a limit of this kind is measured against. */
export function countFor(count: TextCount, kind: CountKind): number {
  switch (kind) {
    case 'words':
      return count.words;
    case 'characters':
      return count.characters;
    case 'characters-no-spaces':
      return count.charactersNoSpaces;
  }
}

/** Index of the first token that takes the text past `limit`, or undefined when it stays within. */
export function firstTokenPastLimit(tokens: readonly CountedToken[], kind: CountKind, limit: number): number | undefined {
  let used = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    used += kind === 'words' ? 1 : token.characters + (kind === 'characters' ? token.separator : 0);
    if (used > limit) return index;
  }
  return undefined;
}
