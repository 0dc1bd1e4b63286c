/**
 * The export gate for one section: the section gate (src/section/review-section.ts) with the
 * tender's limit, reusing the review the section keeps while its text and pack are unchanged,
 * and each finding labelled with the section's place in the export. Nothing is decided here
 * about exporting anyway; `exportSections` does that.
 */
import { reviewSection } from '../section/review-section.js';
import type { CountKind, CountOptions } from '../section/count-response.js';
import type { ResponseLimit, Section } from '../section/section-schema.js';
import type { GateReport } from './gate-schema.js';

export interface RunExportGateOptions {
  /** Position of the section in a several-question export (0-based). */
  index?: number;
  /** How the tender counts the limit, when it differs from the section's own `limit.kind`. */
  countKind?: CountKind;
  /** How the tender portal counts line breaks and list markers. */
  countOptions?: Omit<CountOptions, 'format'>;
}

export function questionLabel(section: Section, index: number): string {
  return `Question ${section.question.number ?? index + 1}`;
}

function effectiveLimit(section: Section, countKind: CountKind | undefined): ResponseLimit | undefined {
  if (!section.limit) return undefined;
  return { kind: countKind ?? section.limit.kind, value: section.limit.value };
}

export async function runExportGate(section: Section, options: RunExportGateOptions = {}): Promise<GateReport> {
  const index = options.index ?? 0;
  const question = questionLabel(section, index);
  const limit = effectiveLimit(section, options.countKind);
  const review = await reviewSection({
    text: section.responseText,
    pack: section.pack,
    ...(limit ? { limit } : {}),
    ...(options.countOptions ? { countOptions: options.countOptions } : {}),
    ...(section.review ? { previous: section.review } : {}),
  });
  return {
    ok: !review.findings.some((finding) => finding.blocking),
    findings: review.findings.map((finding) => ({ section: index, question, ...finding })),
    sections: [{ section: index, question, count: review.count, ...(limit ? { limit } : {}), overLimit: review.overLimit, claims: review.claims }],
  };
}
