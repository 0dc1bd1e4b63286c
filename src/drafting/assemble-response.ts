/**
 * The response a bid writer pastes: the four lines of the Assured Involvement Paragraph, then
 * the supporting lines, one Markdown paragraph each. Counting uses the shared counter, so the
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
  const parts: { key: AssembledResponse['blocks'][number]['key']; text: string }[] = [
    ...PARAGRAPH_LINES.map((key) => ({ key, text: lines[key].trim() })),
    ...lines.supporting.map((line, index) => ({ key: `supporting-${index}` as const, text: line.text.trim() })),
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

export function measureResponse(text: string, kind: ResponseLimit['kind'] = 'words'): number {
  return countFor(countText(text), kind);
}
