/**
 * Exports one or more drafted sections as a tender-ready Word document or Markdown: by default
 * the submission (each question once and its answer, each on its own page, in the order given).
 * The gate runs first on every section; a `mismatch` or `unsupported` claim, or a response over
 * its limit, blocks the export unless `allowUnverified` gives a reason, which the document then
 * records in an appendix with everything the gate could not verify. A page limit per answer is
 * judged on the document as LibreOffice renders it.
 */
import type { Section } from '../section/section-schema.js';
import { AppError } from '../shared/app-error.js';
import { APPENDIX_HEADING, buildExportModel, type ExportModel, type TitleOverrides } from './build-export-model.js';
import type { CountKind } from '../section/count-response.js';
import { ZExportContentSchema, type ExportContentInput } from './export-content-schema.js';
import { DEFAULT_EXPORT_STYLE, type ExportStyle } from './export-style-schema.js';
import { pagesPerAnswer, renderDocxToPdf, type RenderedPdf } from './render-pages.js';
import { mergeGateReports, type GateReport } from './gate-schema.js';
import { renderDocx } from './render-docx.js';
import { renderMarkdown } from './render-markdown.js';
import { runExportGate } from './run-export-gate.js';

export type ExportFormat = 'docx' | 'md';

export interface ExportSectionsOptions {
  sections: Section[];
  format: ExportFormat;
  style?: ExportStyle;
  /** Export despite blocking findings; the reason and the findings go into an appendix. */
  allowUnverified?: string;
  titleOverrides?: TitleOverrides;
  /** How the tender counts its limit, when it differs from each section's `limit.kind`. */
  countKind?: CountKind;
  /** What goes in besides each question and answer: nothing unless asked (the submission). */
  content?: ExportContentInput;
  /** Pages of A4 each answer may take, as LibreOffice renders the Word document. */
  pageLimit?: number;
}

export interface ExportSectionsResult {
  content: Buffer | string;
  /** Pages each answer took, when a page limit was checked. */
  pages?: number[];
  /** The PDF LibreOffice rendered to check the page limit, and each page's text. */
  rendered?: RenderedPdf;
  gate: GateReport;
  /** Figures the document cites, for the export record. */
  figureIds: string[];
}

export function describeBlockingFindings(gate: GateReport): string {
  const blocking = gate.findings.filter((finding) => finding.blocking);
  const lines = blocking.map(
    (finding) => `  ${finding.question} ${finding.line}:${finding.column}  ${finding.status ?? finding.ruleId}  ${finding.message}`,
  );
  return `Export blocked: ${blocking.length} finding${blocking.length === 1 ? '' : 's'} to fix, or export with a reason to allow unverified content\n${lines.join('\n')}`;
}

export async function exportSections(options: ExportSectionsOptions): Promise<ExportSectionsResult> {
  if (options.sections.length === 0) throw new AppError('INVALID_INPUT', 'Nothing to export: give at least one section');
  const reason = options.allowUnverified?.trim();
  if (options.allowUnverified !== undefined && !reason) {
    throw new AppError('INVALID_INPUT', 'A reason is needed to export unverified content');
  }
  const reports: GateReport[] = [];
  for (const [index, section] of options.sections.entries()) {
    reports.push(await runExportGate(section, { index, ...(options.countKind ? { countKind: options.countKind } : {}) }));
  }
  const gate = mergeGateReports(reports);
  if (!gate.ok && reason === undefined) {
    throw new AppError('EXPORT_BLOCKED', describeBlockingFindings(gate), { details: gate });
  }

  const model = buildExportModel({
    sections: options.sections,
    gates: gate.sections,
    findings: gate.findings,
    content: ZExportContentSchema.parse(options.content ?? {}),
    ...(reason !== undefined ? { allowUnverified: reason } : {}),
    ...(options.titleOverrides ? { titleOverrides: options.titleOverrides } : {}),
  });
  const style = options.style ?? DEFAULT_EXPORT_STYLE;
  const docx = options.format === 'docx' || options.pageLimit !== undefined ? await renderDocx(model, style) : undefined;
  const checked = options.pageLimit !== undefined && docx ? await checkPageLimit(docx, model, style, options.pageLimit) : undefined;
  const content = options.format === 'docx' && docx ? docx : renderMarkdown(model);
  return { content, gate, figureIds: model.figureIds, ...(checked ? { pages: checked.pages, rendered: checked.rendered } : {}) };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Renders the document and fails, naming each answer over the limit, when one takes more pages than allowed. */
async function checkPageLimit(docx: Buffer, model: ExportModel, style: ExportStyle, pageLimit: number): Promise<{ pages: number[]; rendered: RenderedPdf }> {
  if (!Number.isInteger(pageLimit) || pageLimit < 1) throw new AppError('INVALID_INPUT', `A page limit is a whole number of pages, 1 or more (got ${pageLimit})`);
  const rendered = await renderDocxToPdf(docx);
  const pages = pagesPerAnswer(rendered.pages, model.questions.map((question) => [question.heading, ...question.question].join(' ')), model.appendix ? APPENDIX_HEADING : undefined);
  const over = model.questions.map((question, index) => ({ question: question.label, pages: pages[index] ?? 0 })).filter((answer) => answer.pages > pageLimit);
  if (over.length > 0) {
    const setting = `A4, ${style.font} ${style.fontSizePt} pt, margins ${style.marginsCm.top}/${style.marginsCm.right}/${style.marginsCm.bottom}/${style.marginsCm.left} cm`;
    throw new AppError(
      'PAGE_LIMIT_EXCEEDED',
      `Over the page limit of ${plural(pageLimit, 'page')} per answer (${setting}): ${over.map((answer) => `${answer.question} renders as ${plural(answer.pages, 'page')}`).join('; ')}. Shorten the answer, or check the buyer's font and margins.`,
      { details: { pageLimit, answers: model.questions.map((question, index) => ({ question: question.label, pages: pages[index] ?? 0 })) } },
    );
  }
  return { pages, rendered };
}
