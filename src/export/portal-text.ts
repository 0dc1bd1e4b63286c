/**
 * Portal-exact text: an answer as plain text to paste into a tender portal's answer box, with
 * its count by the portal's rule (the strictest unless told) against the question's limit less a
 * safety margin. The text is what the Word document shows (no Markdown marks, no note marks),
 * paragraphs separated by a blank line, list items by a line break with a typed marker.
 */
import { z } from 'zod';
import type { Section } from '../section/section-schema.js';
import { blockText, parseResponse, type ResponseBlock } from '../section/parse-response.js';
import { countFor, countPortalText, type CountKind, type PortalRule, type TextCount } from '../text/count-text.js';
import { questionLabel } from './run-export-gate.js';

export const ZPortalRuleSchema = z.strictObject({
  lineBreaks: z
    .enum(['newline', 'crlf'])
    .default('crlf')
    .describe('What a line break adds to "characters with spaces": one (`newline`) or two (`crlf`, the strictest and the default)'),
  listMarkers: z
    .enum(['count', 'skip'])
    .default('count')
    .describe('Whether the portal counts typed list markers ("-", "3.") as words (`count`, the strictest and the default) or leaves them out (`skip`)'),
  kind: z
    .enum(['words', 'characters', 'characters-no-spaces'])
    .optional()
    .describe("How the limit is counted, when the portal differs from the question's own limit"),
  marginPercent: z
    .number()
    .min(0)
    .max(50)
    .default(0)
    .describe('Keep this share of the limit free (percent, 0–50; 0 by default), for a portal that counts a little differently'),
});
export type PortalOptions = z.infer<typeof ZPortalRuleSchema>;
export type PortalOptionsInput = z.input<typeof ZPortalRuleSchema>;

export interface PortalAnswer {
  /** "Question 4.2". */
  question: string;
  text: string;
  count: TextCount;
  rule: Required<PortalRule>;
  /** The limit and what this answer is measured as against it; absent when the question has none. */
  limit?: { kind: CountKind; value: number; marginPercent: number; target: number; counted: number; fits: boolean };
}

function marker(block: ResponseBlock): string {
  if (block.kind === 'bullet') return '- ';
  if (block.kind === 'numbered') return `${block.number ?? 1}. `;
  return '';
}

const isListItem = (block: ResponseBlock): boolean => block.kind === 'bullet' || block.kind === 'numbered';

/** The answer's Markdown as the plain text a portal receives. */
export function portalPlainText(markdown: string): string {
  let text = '';
  let previous: ResponseBlock | undefined;
  for (const block of parseResponse(markdown)) {
    const line = `${marker(block)}${blockText(block).replace(/[ \t]+/g, ' ').trim()}`;
    if (line.trim() === '') continue;
    if (previous) text += isListItem(block) && previous.kind === block.kind ? '\n' : '\n\n';
    text += line;
    previous = block;
  }
  return text;
}

/** One answer as portal text, counted by `options` (the strictest rule, no margin, by default). */
export function portalText(answer: Section, options: PortalOptionsInput = {}, index = 0): PortalAnswer {
  const parsed = ZPortalRuleSchema.parse(options);
  const text = portalPlainText(answer.responseText);
  const rule = { lineBreaks: parsed.lineBreaks, listMarkers: parsed.listMarkers };
  const count = countPortalText(text, rule);
  const result: PortalAnswer = { question: questionLabel(answer, index), text, count, rule };
  if (answer.limit) {
    const kind = parsed.kind ?? answer.limit.kind;
    const value = answer.limit.value;
    const target = value - Math.ceil((value * parsed.marginPercent) / 100);
    const counted = countFor(count, kind);
    result.limit = { kind, value, marginPercent: parsed.marginPercent, target, counted, fits: counted <= target };
  }
  return result;
}

/** File name of an answer's text: "question-4.2.txt", or "question-3.txt" by position. */
export function portalFileName(answer: PortalAnswer): string {
  return `${answer.question.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '')}.txt`;
}

export interface PortalBundle {
  /** One text file per answer, in the order given. */
  files: { name: string; text: string }[];
  /** The counts JSON written beside them. */
  counts: {
    rule: Required<PortalRule>;
    marginPercent: number;
    /** True when every answer with a limit fits inside its limit less the margin. */
    ok: boolean;
    answers: (Omit<PortalAnswer, 'text' | 'rule'> & { file: string })[];
  };
}

/** Every answer as portal text, with unique file names and one summary of counts. */
export function portalBundle(answers: readonly Section[], options: PortalOptionsInput = {}): PortalBundle {
  const parsed = ZPortalRuleSchema.parse(options);
  const used = new Set<string>();
  const results = answers.map((answer, index) => {
    const portal = portalText(answer, parsed, index);
    let name = portalFileName(portal);
    // Two answers with one number (a typo in the pack) must not overwrite each other.
    if (used.has(name)) name = name.replace(/\.txt$/, `-${index + 1}.txt`);
    used.add(name);
    return { portal, name };
  });
  return {
    // No trailing line break: the file holds exactly the characters counted.
    files: results.map(({ portal, name }) => ({ name, text: portal.text })),
    counts: {
      rule: { lineBreaks: parsed.lineBreaks, listMarkers: parsed.listMarkers },
      marginPercent: parsed.marginPercent,
      ok: results.every(({ portal }) => portal.limit?.fits ?? true),
      answers: results.map(({ portal: { text: _text, rule: _rule, ...rest }, name }) => ({ ...rest, file: name })),
    },
  };
}
