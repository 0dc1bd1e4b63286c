import type { Paragraph, Root as NlcstRoot, Sentence } from 'nlcst';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { LadderRung } from './check-schema.js';
import { flagSentence, ladderRungOf, type SentenceFlag } from './flag-sentence.js';
import { mapText, type MappedText } from './nlcst-text.js';

/** One sentence of the draft, analysed once and shared by the sentence rules. */
export interface AnalysedSentence {
  node: Sentence;
  mapped: MappedText;
  wordCount: number;
  flags: SentenceFlag[];
  /** Highest rung of the ladder the sentence has a cue for. */
  rung: LadderRung | undefined;
}

/** A whitespace-separated token, as a word processor counts words. */
interface CountedToken {
  mapped: MappedText;
  start: number;
  end: number;
  isWord: boolean;
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

const letterOrDigit = /[\p{L}\p{N}]/u;
const token = /\S+/g;

function analyseSentence(node: Sentence): AnalysedSentence {
  const mapped = mapText(node);
  let wordCount = 0;
  for (const child of node.children) if (child.type === 'WordNode') wordCount += 1;
  return { node, mapped, wordCount, flags: flagSentence(mapped.text), rung: ladderRungOf(mapped.text) };
}

/** Sentences, counts and limit positions of the visible text (markdown syntax excluded). */
export function analyseText(tree: NlcstRoot, headings: readonly HeadingSpan[] = []): TextAnalysis {
  const sentences: AnalysedSentence[] = [];
  const tokens: CountedToken[] = [];
  const paragraphs: Paragraph[] = [];
  for (const child of tree.children) if (child.type === 'ParagraphNode') paragraphs.push(child);

  for (const paragraph of paragraphs) {
    // Headings restate the question: they count towards the length, not as sentences to judge.
    const offset = paragraph.position?.start.offset ?? -1;
    const inHeading = headings.some((heading) => offset >= heading.start && offset < heading.end);
    if (!inHeading) {
      for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences.push(analyseSentence(child));
    }
    const mapped = mapText(paragraph);
    token.lastIndex = 0;
    let found: RegExpExecArray | null;
    while ((found = token.exec(mapped.text)) !== null) {
      tokens.push({ mapped, start: found.index, end: found.index + found[0].length, isWord: letterOrDigit.test(found[0]) });
    }
  }

  let words = 0;
  let charactersNoSpaces = 0;
  for (const item of tokens) {
    if (item.isWord) words += 1;
    charactersNoSpaces += item.end - item.start;
  }
  // Tokens are joined by single spaces: line breaks and paragraph marks are not characters.
  const characters = charactersNoSpaces + Math.max(0, tokens.length - 1);

  function firstTokenWhere(passes: (item: CountedToken, index: number) => boolean): Point | undefined {
    for (let index = 0; index < tokens.length; index++) {
      const item = tokens[index]!;
      if (passes(item, index)) return item.mapped.pointAt(item.start);
    }
    return undefined;
  }

  const last = tokens.at(-1);
  return {
    sentences,
    words,
    characters,
    charactersNoSpaces,
    end: last ? last.mapped.positionOf(last.start, last.end).end : undefined,
    pointAfterWords(limit) {
      if (words <= limit) return undefined;
      let seen = 0;
      return firstTokenWhere((item) => item.isWord && ++seen > limit);
    },
    pointAfterCharacters(limit, countSpaces) {
      let used = 0;
      return firstTokenWhere((item, index) => {
        used += item.end - item.start + (countSpaces && index > 0 ? 1 : 0);
        return used > limit;
      });
    },
  };
}

/** The analysis is made once per file by the first retext plugin and read by the rules. */
export function textAnalysisOf(tree: NlcstRoot, file: VFile): TextAnalysis {
  const existing = file.data.assuredText;
  if (existing) return existing;
  const analysis = analyseText(tree, file.data.assuredHeadings ?? []);
  file.data.assuredText = analysis;
  return analysis;
}

declare module 'vfile' {
  interface DataMap {
    assuredText: TextAnalysis;
    assuredHeadings: HeadingSpan[];
  }
}
