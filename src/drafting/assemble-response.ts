/**
 * The response a bid writer pastes, one Markdown paragraph each: the paragraphs that answer the
 * asked topics first (a reader meets the answer to their question before anything else), then
 * the lines of the Assured Involvement Paragraph, then examples and changes. Counting uses the shared counter, so the
 * limit here is the limit the gate and the document report.
 */
import type { ResponseLimit } from '../section/section-schema.js';
import { countFor, countText } from '../text/count-text.js';

export const PARAGRAPH_LINES = ['behaviour', 'ownersCadence', 'evidence', 'assurance'] as const;
export type ParagraphLine = (typeof PARAGRAPH_LINES)[number];

export interface DraftLines {
  behaviour: string;
  ownersCadence: string;
  evidence: string;
  assurance: string;
    /** Topic paragraphs answer what the question asks beyond the core; examples and changes support it. */
  supporting: { kind: 'topic' | 'case-example' | 'you-said-we-did'; text: string }[];
}

export interface AssembledResponse {
  text: string;
  /** Where each block starts and ends in `text` (0-based, end exclusive), in order. */
  blocks: { key: ParagraphLine | `supporting-${number}`; start: number; end: number }[];
}

export function assembleResponse(lines: DraftLines): AssembledResponse {
  const supporting = lines.supporting.map((line, index) => ({ key: `supporting-${index}` as const, text: line.text.trim(), topic: line.kind === 'topic' }));
  const parts: { key: AssembledResponse['blocks'][number]['key']; text: string }[] = [
    ...supporting.filter((part) => part.topic),
    ...PARAGRAPH_LINES.map((key) => ({ key, text: lines[key].trim() })),
    ...supporting.filter((part) => !part.topic),
  ].filter((part) => part.text.length > 0);
  let text = '';
  const blocks: AssembledResponse['blocks'] = [];
  for (const part of parts) {
    if (text.length > 0) text += '\n\n';
    blocks.push({ key: part.key, start: text.length, end: text.length + part.text.length });
    text += part.text;
  }
  return { text: `${text}\n`, blocks };
}

/**
 * What a drafted answer counts against its limit. A character limit is met however the answer
 * reaches the buyer: pasted into a portal that posts each line break as two characters, or
 * counted in the file where a paragraph break is two. The checker's count (a break is one space)
 * is never larger, so an answer drafted to fit this fits there too.
 */
export function measureResponse(text: string, kind: ResponseLimit['kind'] = 'words'): number {
  return countFor(countText(text, kind === 'characters' ? { lineBreaks: 'crlf' } : {}), kind);
}
