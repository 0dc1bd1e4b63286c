/**
 * What is wrong with a drafted response, from the section gate: claims that are a `mismatch` or
 * `unsupported`, checker findings of the categories a drafted section must not have (vague,
 * tokenism, unsupported-claim, structure), and the limit. Both drafters use it; the model
 * drafter retries on any finding. Drafting is stricter than export: what blocks an export is a
 * finding here, and so is the advice a drafted answer should never need.
 */
import type { CheckMessage, StructureSummary } from '../check/check-schema.js';
import type { ValidatedClaim } from '../claims/claims-schema.js';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';
import { reviewSection } from '../section/review-section.js';
import type { ResponseLimit, ReviewFinding, SectionReview } from '../section/section-schema.js';
import { countFor } from '../text/count-text.js';

/** Checker categories a drafted response must be free of. */
export const BLOCKING_CATEGORIES: readonly CheckMessage['category'][] = ['vague', 'tokenism', 'unsupported-claim', 'structure'];

export interface ResponseFinding {
  kind: 'claim' | 'check' | 'limit';
  message: string;
  line?: number;
  column?: number;
}

export interface ResponseReview {
  claims: ValidatedClaim[];
  findings: ResponseFinding[];
  /** The response counted the way its limit is (words when it has none). */
  count: number;
  structure: StructureSummary;
  /** The gate's own review, kept on the Section. */
  review: SectionReview;
}

function draftingFinding(finding: ReviewFinding): ResponseFinding | undefined {
  const where = { line: finding.line, column: finding.column };
  if (finding.source === 'claims') {
    const status = finding.status === 'mismatch' ? 'a mismatch' : 'unsupported';
    return { kind: 'claim', message: `\`${finding.actual ?? ''}\` is ${status}: ${finding.message}`, ...where };
  }
  const tagged = `${finding.message} [${finding.category ?? 'length'}/${finding.ruleId}]`;
  if (finding.source === 'limit') return { kind: 'limit', message: tagged, ...where };
  return BLOCKING_CATEGORIES.includes(finding.category as CheckMessage['category']) ? { kind: 'check', message: tagged, ...where } : undefined;
}

/** The drafting view of a gate review: claim findings first, then the rest in reading order. */
export function responseReviewOf(review: SectionReview): ResponseReview {
  const ordered = [...review.findings.filter((finding) => finding.source === 'claims'), ...review.findings.filter((finding) => finding.source !== 'claims').sort((a, b) => a.line - b.line || a.column - b.column)];
  return {
    claims: review.claims,
    findings: ordered.flatMap((finding) => draftingFinding(finding) ?? []),
    count: countFor(review.count, review.limit?.kind ?? 'words'),
    structure: review.structure,
    review,
  };
}

export async function reviewResponse(options: { text: string; pack: EvidencePack; limit?: ResponseLimit; previous?: SectionReview }): Promise<ResponseReview> {
  return responseReviewOf(await reviewSection(options));
}
