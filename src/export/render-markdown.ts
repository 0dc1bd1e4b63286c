/**
 * Writes the export model as Markdown: the same questions and responses as the Word document,
 * and the same title block, count lines, evidence tables and numbered source notes when asked. The response is
 * the writer's own Markdown with GitHub-style note markers (`[^1]`) after each number.
 *
 * Everything else comes from data (titles, questions, labels, sources, places, notes) and is
 * written as plain text: one line, with every character Markdown or HTML would act on escaped.
 * The response keeps the writer's Markdown (emphasis, lists, links) but never raw HTML or a
 * link to a script or an embedded document: a portal may render the export.
 */
import { APPENDIX_HEADING, APPENDIX_WARNING, type EvidenceRow, type ExportModel, type ModelQuestion } from './build-export-model.js';
import type { ExportContent } from './export-content-schema.js';

/** Characters that start emphasis, code, links, strike-through or a table cell (angle brackets become references). */
const MARKDOWN_ACTIVE = /[\\`*_[\]~|]/g;
/** An ampersand that would start a character reference. */
const ENTITY_START = /&(?=#?[a-z0-9]+;)/gi;

/** Data-derived text as one line of literal text. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(ENTITY_START, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(MARKDOWN_ACTIVE, '\\$&');
}

/** Data-derived text as a line of its own: literal text that also opens no heading or list. */
function markdownLine(text: string): string {
  return markdownText(text).replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Schemes a link in the response may not use, whatever its case, spacing or encoding. */
const UNSAFE_SCHEMES = /^(?:javascript|vbscript|data|file):/;
/** Destinations of inline links and images (one level of parentheses inside) and of link reference definitions. */
const LINK_DESTINATION = /(\]\(\s*<?|^ {0,3}\[[^\]\n]+\]:[ \t]*<?)((?:[^\s()<>]|\([^\s()]*\))+)/gm;

function unsafeDestination(destination: string): boolean {
  const decoded = destination
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal) % 0x110000))
    .replace(/&colon;/gi, ':')
    .replace(/[\u0000-\u0020\u007f]/g, '')
    .toLowerCase();
  // A named character reference before the scheme ends is never needed by a real address.
  return UNSAFE_SCHEMES.test(decoded) || /^[^:/?#]*&[a-z]+;/i.test(destination);
}

/** The writer's Markdown with raw HTML shown as text and unsafe link destinations replaced by "#". */
export function safeResponseMarkdown(markdown: string): string {
  return markdown
    .replace(LINK_DESTINATION, (match, opening: string, destination: string) => (unsafeDestination(destination) ? `${opening}#` : match))
    .replace(/</g, '&lt;');
}

function cell(text: string): string {
  return markdownText(text);
}

function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function evidenceCells(row: EvidenceRow): string[] {
  return [row.label, row.value, row.period, row.place, row.source];
}

function questionMarkdown(question: ModelQuestion, include: ExportContent): string {
  const withEvidence = include.evidenceTable !== 'none';
  const parts = [`## ${markdownText(question.heading)}`];
  if (question.question.length > 0) parts.push(question.question.map((line) => `> ${markdownLine(line)}`).join('\n>\n'));
  if (include.details) parts.push(question.details.map((detail) => `*${markdownText(detail)}*`).join('  \n'));
  if (include.details || withEvidence || question.question.length > 0) parts.push('### Response');
  parts.push(safeResponseMarkdown(question.markdown));
  if (include.countLine) parts.push(`**${markdownText(question.countLine)}**`);
  if (withEvidence) {
    parts.push(
      '### Evidence',
      question.evidence.length > 0
        ? markdownTable(['Figure', 'Value', 'Period', 'Place', 'Source'], question.evidence.map(evidenceCells))
        : 'The response cites no figures or standards.',
    );
  }
  if (question.notes.length > 0) {
    parts.push('### Source notes', question.notes.map((note) => `[^${note.number}]: ${markdownText(note.text)}`).join('\n'));
  }
  return parts.join('\n\n');
}

export function renderMarkdown(model: ExportModel): string {
  const parts = model.content.titleBlock
    ? [`# ${markdownText(model.title)}`, model.titleLines.map((line) => `**${markdownText(line.label)}:** ${markdownText(line.value)}`).join('  \n')]
    : [];
  parts.push(model.questions.map((question) => questionMarkdown(question, model.content)).join('\n\n---\n\n'));
  if (model.appendix) {
    const appendix = model.appendix;
    parts.push(
      '---',
      `## ${APPENDIX_HEADING}`,
      `**${APPENDIX_WARNING}** This document was exported although the export gate found content it could not verify. Reason given: **${cell(appendix.reason)}**`,
      appendix.entries.length > 0
        ? markdownTable(
            ['Question', 'Where', 'Text', 'Finding', 'Detail'],
            appendix.entries.map((entry) => [entry.question, `paragraph ${entry.paragraph}`, entry.text, entry.finding, entry.message]),
          )
        : 'The gate found no unverified claims and no response over its limit.',
    );
  }
  return `${parts.join('\n\n')}\n`;
}
