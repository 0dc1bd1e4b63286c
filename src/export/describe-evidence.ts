/**
 * Words for the evidence table and the source notes: what a figure or standard says, where and
 * when it was measured, and where it came from.
 */
import { formatQuantity } from '../claims/claim-messages.js';
import { formatPeriodLabel } from '../claims/format-period-label.js';
import type { ValidatedClaim } from '../claims/claims-schema.js';
import type { DeclaredPractice, Figure, Standard } from '../evidence/evidence-pack-schema.js';
import { formatLongDate } from '../claims/practice/check-declared-practices.js';
import { OWNER_WORDS } from '../evidence/data/practice-library-words.js';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function quantity(value: number | string | null | undefined, unit: Figure['unit']): string {
  return formatQuantity(value ?? undefined, unit);
}

/** "96% (48 of 50), previously 58%", "1:1, previously 2:1", or "not available: no reviews". */
export function describeFigureResult(figure: Figure): string {
  if (figure.value === null) return `not available${figure.unavailableReason ? `: ${figure.unavailableReason}` : ''}`;
  let text = quantity(figure.value, figure.unit);
  if (figure.numerator !== undefined && figure.denominator !== undefined) {
    text += ` (${NUMBER.format(figure.numerator)} of ${NUMBER.format(figure.denominator)})`;
  }
  if (figure.previous !== undefined && figure.previous !== null) text += `, previously ${quantity(figure.previous, figure.unit)}`;
  if (figure.smallSample) text += ', small sample';
  return text;
}

/** "3–5 days" for a range standard, "48 hours" otherwise. */
export function formatStandardValue(standard: Standard): string {
  if (standard.max === undefined) return quantity(standard.value, standard.unit);
  return `${NUMBER.format(standard.value)}–${quantity(standard.max, standard.unit)}`;
}

export function figurePeriod(figure: Figure): string {
  return formatPeriodLabel(figure.period);
}

/** The note a number in the response points to. */
export function figureNote(figure: Figure): string {
  const where = [figurePeriod(figure), figure.place].filter(Boolean).join(', ');
  return `${figure.label}: ${describeFigureResult(figure)}; ${where}. Source: ${figure.source}.`;
}

/** Labels that end in a preposition read on into their value ("sent within 5 working days"). */
const READS_ON = /\b(within|before|after|every|by|of|at least|at most|up to)$/i;

/** "Plain-English summary sent within 5 working days", "Meeting length: 45–60 minutes". */
export function standardText(standard: Standard): string {
  const label = standard.label.trim();
  return `${label}${READS_ON.test(label) ? ' ' : ': '}${formatStandardValue(standard)}`;
}

export function standardNote(standard: Standard, organisationName: string): string {
  return `Service standard set by ${organisationName}: ${standardText(standard)}.`;
}

export function unverifiedNote(claim: ValidatedClaim): string {
  const what =
    claim.status === 'mismatch' ? 'does not match the evidence' : claim.status === 'stale-declared' ? 'quotes a practice library entry last checked too long ago' : 'has no figure or standard behind it';
  return `Not verified: "${claim.text}" ${what}. ${claim.message} Listed in the appendix.`;
}

/** "practice library entry PL-4: recorded in Training matrix; owned by the training lead, every year, since 1 March 2025; last checked 15 September 2026 by the Registered Manager". */
export function declaredPracticeDetail(practice: DeclaredPractice): string {
  const measure = practice.measure ? `; ${practice.measure.count} of ${practice.measure.of} ${practice.measure.label} (${NUMBER.format(practice.measure.share)}%) on ${formatLongDate(practice.measure.asOf)}` : '';
  return `practice library entry ${practice.id}: recorded in ${practice.source}; owned by ${practice.owner}, ${practice.cadenceText}, since ${formatLongDate(practice.since)}; last checked ${formatLongDate(practice.lastCheckedOn)} by ${(OWNER_WORDS as Readonly<Record<string, string>>)[practice.checkedBy] ?? practice.checkedBy}${measure}`;
}

/** The note a declared practice, or a number its dated count backs, points to. */
export function declaredPracticeNote(practice: DeclaredPractice, organisationName: string): string {
  return `${organisationName} ${declaredPracticeDetail(practice)}.`;
}
