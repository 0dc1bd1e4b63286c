/**
 * Exports one or more drafted sections as a tender-ready Word document or Markdown.
 * The gate runs first on every section; a `mismatch` or `unsupported` claim, or a response over
 * its limit, blocks the export unless `allowUnverified` gives a reason, which the document then
 * records in an appendix with everything the gate could not verify.
 */
import type { Section } from '../section/section-schema.js';
import { AppError } from '../shared/app-error.js';
import { buildExportModel, type TitleOverrides } from './build-export-model.js';
import type { CountKind } from '../section/count-response.js';
import { DEFAULT_EXPORT_STYLE, type ExportStyle } from './export-style-schema.js';
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
}

export interface ExportSectionsResult {
  content: Buffer | string;
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
    ...(reason !== undefined ? { allowUnverified: reason } : {}),
    ...(options.titleOverrides ? { titleOverrides: options.titleOverrides } : {}),
  });
  const content = options.format === 'docx' ? await renderDocx(model, options.style ?? DEFAULT_EXPORT_STYLE) : renderMarkdown(model);
  return { content, gate, figureIds: model.figureIds };
}
