/**
 * The human sentences a writer reads beside each claim, and the "expected" phrasings.
 * supported:   "Backed by <label>: Q2 2026 figure is 83% (35 of 42 reviews, Northgate and Riverside)"
 * mismatch:    "Q2 2026 figure is 83% (35 of 42 reviews, Northgate and Riverside); the draft says 87%"
 * unsupported: says nothing backs it and what would.
 */
import type { ClaimUnit } from './data/claim-vocabulary.js';
import type { ClaimInContext } from './extract-claims.js';
import type { EvidenceSource } from './figure-index.js';
import { formatPeriodLabel } from './format-period-label.js';
import type { MatchOutcome } from './match-claim.js';

const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

const SINGULAR_UNIT: Readonly<Partial<Record<ClaimUnit, string>>> = {
  days: 'day',
  'working days': 'working day',
  hours: 'hour',
  minutes: 'minute',
  weeks: 'week',
  months: 'month',
};

export function formatQuantity(value: number | string | undefined, unit: ClaimUnit): string {
  if (value === undefined) return '?';
  if (typeof value === 'string') return value;
  const shown = NUMBER_FORMAT.format(value);
  switch (unit) {
    case 'percent':
      return `${shown}%`;
    case 'count':
    case 'score':
    case 'ratio':
      return shown;
    default:
      return `${shown} ${value === 1 ? (SINGULAR_UNIT[unit] ?? unit) : unit}`;
  }
}

function formatRange(low: number | undefined, high: number | undefined, unit: ClaimUnit): string {
  if (high === undefined) return formatQuantity(low, unit);
  const shown = formatQuantity(high, unit);
  return `${NUMBER_FORMAT.format(low ?? 0)}–${shown}`;
}

function sourceValue(source: EvidenceSource): number | string | undefined {
  return source.unit === 'ratio' ? source.ratio : source.value;
}

function sourcePrevious(source: EvidenceSource): number | string | undefined {
  return source.unit === 'ratio' ? source.previousRatio : source.previous;
}

/** The noun the denominator counts ("42 reviews"), from an explicit field or the source text. */
function denominatorNoun(source: EvidenceSource): string | undefined {
  const figure = source.figure;
  if (!figure || source.denominator === undefined) return undefined;
  const explicit = (figure as Record<string, unknown>).denominatorLabel;
  if (typeof explicit === 'string' && explicit.trim()) return explicit.trim();
  const mention = new RegExp(`\\b${source.denominator}\\s+([a-z][a-z-]*)`, 'i').exec(figure.source);
  return mention?.[1]?.toLowerCase();
}

function figureDetails(source: EvidenceSource): string {
  const parts: string[] = [];
  if (source.numerator !== undefined && source.denominator !== undefined) {
    const noun = denominatorNoun(source);
    parts.push(`${NUMBER_FORMAT.format(source.numerator)} of ${NUMBER_FORMAT.format(source.denominator)}${noun ? ` ${noun}` : ''}`);
  }
  if (source.figure?.place) parts.push(source.figure.place);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** "Q2 2026 figure is 83% (35 of 42 reviews, Northgate)" or "… rose from 58% to 96% (…)". */
export function describeSource(source: EvidenceSource, asChange: boolean): string {
  if (source.kind === 'standard') {
    return `Standard "${source.label}" is ${formatRange(source.value, source.max, source.unit)}`;
  }
  const period = source.figure ? formatPeriodLabel(source.figure.period) : '';
  const value = formatQuantity(sourceValue(source), source.unit);
  const previous = sourcePrevious(source);
  let statement = `is ${value}`;
  if (asChange && previous !== undefined) {
    const before = formatQuantity(previous, source.unit);
    const current = sourceValue(source);
    const verb =
      typeof previous === 'number' && typeof current === 'number'
        ? current > previous
          ? 'rose'
          : current < previous
            ? 'fell'
            : 'stayed'
        : 'moved';
    statement = verb === 'stayed' ? `stayed at ${value}` : `${verb} from ${before} to ${value}`;
  }
  return `${period} figure ${statement}${figureDetails(source)}`.trim();
}

function roundingNeighbours(value: number): string[] {
  const shown = [formatQuantity(value, 'percent')];
  for (const whole of [Math.floor(value), Math.ceil(value)]) {
    if (Math.abs(whole - value) <= 0.5 && !shown.includes(`${whole}%`)) shown.push(`${whole}%`);
  }
  return shown;
}

/** "rose by 33%" / "fell by 25%": the figure's change relative to its earlier value. */
function relativeChange(source: EvidenceSource): string | undefined {
  if (source.value === undefined || source.previous === undefined || source.previous === 0) return undefined;
  const change = ((source.value - source.previous) / Math.abs(source.previous)) * 100;
  if (Math.abs(change) < 0.05) return 'stayed the same';
  return `${change > 0 ? 'rose' : 'fell'} by ${NUMBER_FORMAT.format(Math.round(Math.abs(change)))}%`;
}

/** The claim as the draft words it, bound included: "over 90%". */
export function writtenClaim(claim: ClaimInContext): string {
  return claim.boundText ? `${claim.boundText} ${claim.text}` : claim.text;
}

/** "3 of 4 referrals in Q2 2026 met 48 hours (75%)" */
function describeActual(actual: EvidenceSource, standard: EvidenceSource): string {
  const period = actual.figure ? ` in ${formatPeriodLabel(actual.figure.period)}` : '';
  const met = `met ${formatRange(standard.value, standard.max, standard.unit)}`;
  const share = formatQuantity(actual.value, 'percent');
  if (actual.numerator !== undefined && actual.denominator !== undefined) {
    const noun = actual.figure?.provenance?.noun ?? denominatorNoun(actual) ?? 'cases';
    return `${NUMBER_FORMAT.format(actual.numerator)} of ${NUMBER_FORMAT.format(actual.denominator)} ${noun}${period} ${met} (${share})`;
  }
  return `${share} of cases${period} ${met}`;
}

/** What the draft should say instead, for a mismatch (or a coincidental value). */
export function expectedPhrasings(claim: ClaimInContext, source: EvidenceSource): string[] {
  if (source.kind === 'standard') return [formatRange(source.value, source.max, source.unit)];
  const value = sourceValue(source);
  if (claim.kind === 'relative') {
    const change = relativeChange(source);
    return change ? [change] : [];
  }
  if (claim.kind === 'before-after') {
    return [`${formatQuantity(sourcePrevious(source), source.unit)} → ${formatQuantity(value, source.unit)}`];
  }
  if (claim.kind === 'percentage-points' && source.value !== undefined && source.previous !== undefined) {
    return [`${NUMBER_FORMAT.format(Math.abs(source.value - source.previous))} percentage points`];
  }
  const pair =
    source.numerator !== undefined && source.denominator !== undefined
      ? `${NUMBER_FORMAT.format(source.numerator)} of ${NUMBER_FORMAT.format(source.denominator)}`
      : undefined;
  if ((claim.kind === 'fraction' || claim.kind === 'count') && pair && source.unit !== 'count') return [pair];
  if (source.unit === 'percent' && typeof value === 'number') return roundingNeighbours(value);
  return [formatQuantity(value, source.unit)];
}

/** What a writer can put instead of a standard stated as fact that the records do not bear out. */
export function overstatedPhrasings(actual: EvidenceSource, standard: EvidenceSource): string[] {
  return [`our standard is ${formatRange(standard.value, standard.max, standard.unit)}`, describeActual(actual, standard)];
}

export function claimMessage(claim: ClaimInContext, outcome: MatchOutcome, thresholdPercent: number): string {
  const asChange = claim.kind === 'before-after' || claim.kind === 'percentage-points' || claim.kind === 'relative';
  switch (outcome.status) {
    case 'supported':
      if (outcome.standard) {
        return `Stated as practice and borne out: ${describeActual(outcome.source, outcome.standard)}, at or above the ${thresholdPercent}% threshold`;
      }
      return `Backed by ${outcome.source.label}: ${describeSource(outcome.source, asChange)}`;
    case 'overstated':
      return `${describeActual(outcome.source, outcome.standard)}, below the ${thresholdPercent}% threshold for stating "${outcome.standard.label}" as what happens: write it as a target ("our standard is …") or state the actual`;
    case 'standard':
      return `Matches the standard "${outcome.source.label}": ${formatRange(outcome.source.value, outcome.source.max, outcome.source.unit)}`;
    case 'mismatch':
      return `${describeSource(outcome.source, asChange)}; the draft says ${writtenClaim(claim)}`;
    case 'unsupported': {
      const source = outcome.source;
      switch (outcome.reason) {
        case 'unavailable':
          return `${source?.label ?? 'This figure'} has no value${source?.figure ? ` for ${formatPeriodLabel(source.figure.period)}` : ''}${
            source?.figure?.unavailableReason ? ` (${source.figure.unavailableReason})` : ''
          }, so nothing backs ${claim.text}: fix the records or remove the number`;
        case 'no-previous':
          return `${source?.label ?? 'The figure'} has no earlier value in the evidence pack, so ${claim.text} cannot be checked: add \`previous\` to the figure or state only the current value`;
        case 'coincidence':
          return `${claim.text} equals ${source ? `"${source.label}" (${describeSource(source, false)})` : 'a figure'}, but the sentence does not say it is about that measure: name the measure, or remove the number`;
        case 'unreadable':
          return `${claim.text} is a number the validator cannot read, so nothing can back it: write it in digits (0–9) with a full stop for decimals, e.g. 97% or 9.7, or remove it`;
        case 'vague':
          return `${claim.text} names no figure, so it is not checked`;
        case 'nothing':
          return `No figure or standard in the evidence pack backs ${claim.text}: add the figure (with its period, place and source) to the evidence pack, or remove the number`;
      }
    }
  }
}
