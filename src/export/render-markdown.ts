/**
 * Writes the export model as Markdown for tender portals: the same title block, responses,
 * count lines, evidence tables and numbered source notes as the Word document. The response is
 * the writer's own Markdown with GitHub-style note markers (`[^1]`) after each number.
 */
import type { EvidenceRow, ExportModel, ModelQuestion } from './build-export-model.js';

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
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

function questionMarkdown(question: ModelQuestion): string {
  const parts = [
    `## ${question.heading}`,
    question.details.map((detail) => `*${detail}*`).join('  \n'),
    '### Response',
    question.markdown,
    `**${question.countLine}**`,
    '### Evidence',
    question.evidence.length > 0
      ? markdownTable(['Figure', 'Value', 'Period', 'Place', 'Source'], question.evidence.map(evidenceCells))
      : 'The response cites no figures or standards.',
  ];
  if (question.notes.length > 0) {
    parts.push('### Source notes', question.notes.map((note) => `[^${note.number}]: ${note.text}`).join('\n'));
  }
  return parts.join('\n\n');
}

export function renderMarkdown(model: ExportModel): string {
  const parts = [
    `# ${model.title}`,
    model.titleLines.map((line) => `**${line.label}:** ${line.value}`).join('  \n'),
    model.questions.map(questionMarkdown).join('\n\n---\n\n'),
  ];
  if (model.appendix) {
    const appendix = model.appendix;
    parts.push(
      '---',
      '## Appendix: unverified content',
      `This document was exported although the export gate found content it could not verify. Reason given: **${cell(appendix.reason)}**`,
      appendix.entries.length > 0
        ? markdownTable(
            ['Question', 'Where', 'Text', 'Finding', 'Detail'],
            appendix.entries.map((entry) => [entry.question, `line ${entry.line}, column ${entry.column}`, entry.text, entry.finding, entry.message]),
          )
        : 'The gate found no unverified claims and no response over its limit.',
    );
  }
  return `${parts.join('\n\n')}\n`;
}
