import type { Root as NlcstRoot, Sentence } from 'nlcst';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { LadderRung } from './check-schema.js';
import { flagSentence, ladderRungOf, type SentenceFlag } from './flag-sentence.js';
import { mapText, type MappedText } from './nlcst-text.js';
import { toString as sentenceText } from 'nlcst-to-string';
import { countedTokens, countTokens, firstTokenPastLimit, type CountKind } from '../text/count-text.js';
import { createLocator } from '../text/read-markdown.js';

/** One sentence of the draft, analysed once and shared by the sentence rules. */
export interface AnalysedSentence {
  node: Sentence;
  mapped: MappedText;
  wordCount: number;
  flags: SentenceFlag[];
  /** Highest rung of the ladder the sentence has a cue for. */
  rung: LadderRung | undefined;
}

/** Source offsets of a Markdown heading (0-based, end exclusive). */
export interface HeadingSpan {
  start: number;
  end: number;
}

export interface TextAnalysis {
  sentences: AnalysedSentence[];
  words: number;
  characters: number;
  charactersNoSpaces: number;
  /** Where the text passes a word limit, or undefined when it does not. */
  pointAfterWords(limit: number): Point | undefined;
  /** Where the text passes a character limit, or undefined when it does not. */
  pointAfterCharacters(limit: number, countSpaces: boolean): Point | undefined;
  /** End of the last counted token. */
  end: Point | undefined;
}

function analyseSentence(node: Sentence, previous?: Sentence, next?: Sentence): AnalysedSentence {
  const mapped = mapText(node);
  let wordCount = 0;
  for (const child of node.children) if (child.type === 'WordNode') wordCount += 1;
  // A figure and its period may sit in neighbouring sentences of the same paragraph.
  const context = { ...(previous ? { previous: sentenceText(previous) } : {}), ...(next ? { next: sentenceText(next) } : {}) };
  return { node, mapped, wordCount, flags: flagSentence(mapped.text, context), rung: ladderRungOf(mapped.text) };
}

/** 1-based point of a source offset. */
function pointOf(locate: (offset: number) => { line: number; column: number }, offset: number): Point {
  return { ...locate(offset), offset };
}

/**
 * Sentences of the visible text (markdown syntax excluded) from the nlcst tree; counts and limit
 * positions from the shared counter over the same Markdown, so the checker's count is the
 * document's count.
 */
export function analyseText(tree: NlcstRoot, markdown: string, headings: readonly HeadingSpan[] = []): TextAnalysis {
  const sentences: AnalysedSentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    // Headings restate the question: they count towards the length, not as sentences to judge.
    const offset = paragraph.position?.start.offset ?? -1;
    if (headings.some((heading) => offset >= heading.start && offset < heading.end)) continue;
    const inParagraph = paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode');
    inParagraph.forEach((child, index) => sentences.push(analyseSentence(child, inParagraph[index - 1], inParagraph[index + 1])));
  }

  const tokens = countedTokens(markdown);
  const count = countTokens(tokens);
  const locate = createLocator(markdown);
  const pointPast = (kind: CountKind, limit: number): Point | undefined => {
    const index = firstTokenPastLimit(tokens, kind, limit);
    return index === undefined ? undefined : pointOf(locate, tokens[index]!.start);
  };
  const last = tokens.at(-1);
  return {
    sentences,
    ...count,
    end: last ? pointOf(locate, last.end) : undefined,
    pointAfterWords: (limit) => pointPast('words', limit),
    pointAfterCharacters: (limit, countSpaces) => pointPast(countSpaces ? 'characters' : 'characters-no-spaces', limit),
  };
}

/** The analysis is made once per file by the first retext plugin and read by the rules. */
export function textAnalysisOf(tree: NlcstRoot, file: VFile): TextAnalysis {
  const existing = file.data.assuredText;
  if (existing) return existing;
  const analysis = analyseText(tree, String(file.value), file.data.assuredHeadings ?? []);
  file.data.assuredText = analysis;
  return analysis;
}

declare module 'vfile' {
  interface DataMap {
    assuredText: TextAnalysis;
    assuredHeadings: HeadingSpan[];
  }
}
