/**
 * Checks the practice statements of a draft against the evidence pack's practice profile.
 * `practised`: the records show it at or above the threshold (or, for an offer or a log, at
 * least once); `partly`: below the threshold, with the actual in the message; `contradicted`: the
 * records show it was not done in any case; `not-recorded`: the records say nothing either way.
 * A pack without a profile (written before profiles existed) leaves practice statements unchecked.
 */
import type { EvidencePack, Practice } from '../../evidence/evidence-pack-schema.js';
import type { PracticeStatus, ValidatedClaim } from '../claims-schema.js';
import { formatPeriodLabel } from '../format-period-label.js';
import { detectPracticeStatements, type DetectPracticeStatementsOptions, type PracticeStatementMatch } from './detect-practice-statements.js';
import { PRACTICE_MEASURED_BY } from './data/measured-by.js';

/** The statuses the practice profile gives (the declared ones come from the practice library). */
type ProfileStatus = Exclude<PracticeStatus, 'declared' | 'stale-declared'>;

export interface CheckedPracticeClaim {
  claim: ValidatedClaim;
  status: PracticeStatus;
  practice?: Practice;
}

/** Period codes are few in a pack and reading one is not free: each is formatted once per process. */
const periodLabels = new Map<string, string>();
function periodLabel(period: string): string {
  let label = periodLabels.get(period);
  if (label === undefined) {
    label = formatPeriodLabel(period);
    if (periodLabels.size < 100) periodLabels.set(period, label);
  }
  return label;
}

function formatShare(share: number): string {
  return `${Number.isInteger(share) ? share : share.toFixed(1)}%`;
}

function statusOf(practice: Practice): ProfileStatus {
  if (practice.denominator === 0) return 'not-recorded';
  if (practice.basis === 'occurrence') return practice.numerator > 0 ? 'practised' : 'not-recorded';
  if (practice.numerator === 0) return 'contradicted';
  return (practice.share ?? 0) >= practice.threshold ? 'practised' : 'partly';
}

/** "3 of 4 complex reviews with a recorded chair were chaired by the Registered Manager in Q2 2026". */
function actual(practice: Practice): string {
  const noun = practice.noun ?? 'cases';
  const shown = practice.shown ?? `showed it (${practice.label.toLowerCase()})`;
  return `${practice.numerator} of ${practice.denominator} ${noun} ${shown} in ${periodLabel(practice.period)}`;
}

function placeText(practice: Practice): string {
  return practice.place ? ` at ${practice.place}` : '';
}

function messageFor(match: PracticeStatementMatch, practice: Practice | undefined, status: ProfileStatus): string {
  const quoted = `\`${match.text}\``;
  if (!practice) return `Unexpected practice claim ${quoted}: the practice profile has no \`${match.practiceId}\`, so the records say nothing either way; say what the records show, or write it as a plan with an owner and date`;
  const period = periodLabel(practice.period);
  const place = placeText(practice);
  switch (status) {
    case 'practised':
      return practice.basis === 'occurrence'
        ? `Practice ${quoted} is in the records: ${actual(practice)}${place}`
        : `Practice ${quoted} is in the records: ${actual(practice)}${place} (${formatShare(practice.share ?? 0)}, at or above the ${formatShare(practice.threshold)} threshold)`;
    case 'partly':
      return `Unexpected practice claim ${quoted}, expected the actual: ${actual(practice)}${place} (${formatShare(practice.share ?? 0)}, below the ${formatShare(practice.threshold)} threshold); state the actual or write it as a plan with an owner and date`;
    case 'contradicted':
      return `Unexpected practice claim ${quoted}, the records show otherwise: ${actual(practice)}${place}; state the actual or write it as a plan with an owner and date`;
    case 'not-recorded':
      return practice.denominator === 0
        ? `Practice ${quoted} is not recorded: no ${practice.noun ?? 'cases'} in ${period}${place}, so the records say nothing either way; say so, or leave the claim out`
        : `Practice ${quoted} is not recorded: ${actual(practice)}${place}, so the records say nothing either way; say so, or leave the claim out`;
  }
}

/**
 * Whether the sentence states the records' actual beside the practice, as "1 of 2" or as its
 * share ("50%"): the claim then says what was done rather than overstating it.
 */
function statesActual(sentence: string, practice: Practice): boolean {
  const pair = new RegExp(`(?<![\\d.,])${practice.numerator}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?${practice.denominator}(?![\\d.,]\\d)`, 'u');
  if (pair.test(sentence)) return true;
  if (practice.share === null) return false;
  const shares = new Set([String(practice.share), String(Math.round(practice.share))]);
  for (const match of sentence.matchAll(/(?<![\d.,])(\d{1,3}(?:\.\d)?)\s*(?:%|per\s*cent|percent)/giu)) {
    if (shares.has(match[1]!)) return true;
  }
  return false;
}

export interface CheckPracticeClaimsOptions extends DetectPracticeStatementsOptions {
  text: string;
  pack: EvidencePack;
  /** Numbers in the text already backed by a figure: where they fall, and which figure. */
  measured?: readonly { offset: number; figureId: string }[];
}

/**
 * A practice named as the subject of a backed figure of its own kind ("people with a monthly
 * review: 84% (41 of 49 people)") describes what was measured; it is not a claim that the
 * practice always happens.
 */
function namesMeasuredFigure(match: { offset: number; text: string; sentence: string; practiceId: string }, measured: CheckPracticeClaimsOptions['measured'], pack: EvidencePack): boolean {
  if (!measured || measured.length === 0) return false;
  const at = match.sentence.indexOf(match.text);
  if (at < 0) return false;
  const start = match.offset - at;
  const end = start + match.sentence.length;
  const related = new Set(measuringFigures(match.practiceId, pack));
  return measured.some((entry) => entry.offset >= start && entry.offset < end && related.has(entry.figureId));
}

/** Figures of the pack that measure a practice, by the figure catalogue ids the practice maps to. */
function measuringFigures(practiceId: string, pack: EvidencePack): string[] {
  const catalogueIds = PRACTICE_MEASURED_BY[practiceId.replace(/^(format|complex-chair|changes-verified-by)-.*/u, '$1')] ?? [];
  return pack.figures.filter((figure) => catalogueIds.includes(figure.catalogueId ?? figure.id)).map((figure) => figure.id);
}

export function checkPracticeClaims(options: CheckPracticeClaimsOptions): CheckedPracticeClaim[] {
  const profile = options.pack.practices;
  if (!profile) return [];
  const byId = new Map(profile.map((practice) => [practice.id, practice]));
  return detectPracticeStatements(options.text, options).map((match) => {
    const practice = byId.get(match.practiceId);
    const status = practice ? statusOf(practice) : 'not-recorded';
    const claim: ValidatedClaim = {
      kind: 'practice',
      text: match.text,
      status,
      practiceId: match.practiceId,
      line: match.line,
      column: match.column,
      endLine: match.endLine,
      endColumn: match.endColumn,
      offset: match.offset,
      endOffset: match.endOffset,
      message: messageFor(match, practice, status),
    };
    if (practice && (status === 'partly' || status === 'contradicted')) {
      claim.expected = [actual(practice)];
      if (statesActual(match.sentence, practice) || namesMeasuredFigure(match, options.measured, options.pack)) {
        claim.actualStated = true;
        claim.message = `Practice \`${match.text}\` is stated with its actual: ${actual(practice)}${placeText(practice)} (${formatShare(practice.share ?? 0)}, below the ${formatShare(practice.threshold)} threshold)`;
      }
    }
    return { claim, status, ...(practice ? { practice } : {}) };
  });
}
