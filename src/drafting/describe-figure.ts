/**
 * The one place a figure becomes text. Every number a drafter writes comes from here, as a
 * formatted value of the evidence pack (`formatFigureValue`, `formatFraction`, `formatStandard`),
 * so templates and the model receive strings, never numbers of their own.
 */
import type { Figure, Standard } from '../evidence/evidence-pack-schema.js';
import { formatFigureValue, formatFraction, formatStandard } from '../evidence/format-figure.js';
import { parsePeriod, periodInWords } from '../evidence/period.js';
import { SMALL_SAMPLE } from '../evidence/compute-figures.js';
import { strengthThresholds } from './data/strength.js';
import { lowerFirst } from '../shared/english-text.js';

export type FigureStrength = 'strong' | 'improving' | 'weak';

export interface FigureText {
  id: string;
  unit: Figure['unit'];
  /** What the figure measures, in lower case: "meeting summaries sent within 5 working days". */
  subject: string;
  /** "86%", "4.3", "6", "1:1". */
  value: string;
  /** "from 80% to 86%", only when the figure improved on its previous value. */
  trend?: string;
  /** "162 of 189". */
  fraction?: string;
  /** "162 of 189 reviews". */
  counted?: string;
  /** Top of a score's scale ("5" for 1 to 5). */
  scale?: string;
  /** "Q2 2026". */
  period: string;
  /** "review records". */
  source: string;
  smallSample: boolean;
  strength: FigureStrength;
}

/**
 * How the figure is named in a sentence, from the figure catalogue. A pack written before
 * figures carried their subject falls back to the label as it stands.
 */
export function subjectOf(figure: Figure): string {
  return figure.subject ?? lowerFirst(figure.label);
}

/** "review records": the records the figure counted. */
export function shortSource(figure: Figure): string {
  return figure.provenance?.records ?? 'records';
}

/** "reviews": what one counted case of the figure is called. */
export function countedNoun(figure: Figure): string | undefined {
  return figure.denominator === undefined ? undefined : figure.provenance?.noun;
}

function numeric(value: Figure['value'] | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Staff in a "2:1" ratio. */
function ratioStaff(value: Figure['value'] | undefined): number | undefined {
  return typeof value === 'string' && /^\d+:\d+$/.test(value) ? Number(value.split(':')[0]) : undefined;
}

/** A before → after enablement outcome group (not the count of outcomes verified). */
export function isEnablementOutcome(figure: Figure): boolean {
  return figure.catalogueId === 'enablement-measure';
}

export function improved(figure: Figure): boolean {
  if (figure.value === null || figure.previous === undefined || figure.previous === null) return false;
  if (figure.unit === 'ratio') {
    const [before, after] = [ratioStaff(figure.previous), ratioStaff(figure.value)];
    return before !== undefined && after !== undefined && after < before;
  }
  const [before, after] = [numeric(figure.previous), numeric(figure.value)];
  if (before === undefined || after === undefined) return false;
  return figure.better === 'lower' ? after < before : after > before;
}

/** Written values differ after rounding: "from 86% to 86%" says nothing. */
function visiblyImproved(figure: Figure): boolean {
  // A share that "rose from 0%" usually means the earlier period's records were partial (a year
  // before the records began), not that nobody was involved: it is not offered as a trend.
  if (figure.unit === 'percent' && numeric(figure.previous) === 0) return false;
  return improved(figure) && formatFigureValue(figure, figure.previous) !== formatFigureValue(figure, figure.value);
}

export function strengthOf(figure: Figure): FigureStrength {
  const value = numeric(figure.value);
  if (isEnablementOutcome(figure)) return improved(figure) ? 'strong' : 'weak';
  const trend: FigureStrength = visiblyImproved(figure) ? 'improving' : 'weak';
  switch (figure.unit) {
    case 'percent':
      return value !== undefined && value >= strengthThresholds.percent ? 'strong' : trend;
    case 'score':
      return value !== undefined && value >= strengthThresholds.score ? 'strong' : trend;
    case 'count': {
      const previous = numeric(figure.previous ?? undefined);
      return value !== undefined && value > 0 && (previous === undefined || value >= previous) ? 'strong' : 'weak';
    }
    default:
      return value !== undefined || figure.value !== null ? 'strong' : 'weak';
  }
}

/** A before→after phrase names its unit, so the validator compares it with figures of that unit. */
function unitSuffix(figure: Figure, scale: string | undefined): string {
  if (figure.unit === 'score') return scale ? ` out of ${scale}` : '';
  if (figure.unit === 'minutes' || figure.unit === 'hours' || figure.unit === 'days' || figure.unit === 'weeks' || figure.unit === 'months' || figure.unit === 'working days') return ` ${figure.unit}`;
  return '';
}

/**
 * The period a before value belongs to, so "rose from 64% to 69%" says from when: "the quarter
 * before", "the year before". Words, not a label with digits, so the validator still reads the
 * phrase as one before → after claim.
 */
export function beforePeriodWords(label: string): string {
  const period = parsePeriod(label);
  if (period.kind === 'quarter' || period.kind === 'month') return `the ${period.kind} before`;
  const days = (Date.parse(`${period.end}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`)) / 86_400_000 + 1;
  return period.kind === 'financial-year' || (days >= 365 && days <= 366) ? 'the year before' : 'the period before';
}

export function describeFigure(figure: Figure): FigureText {
  const fraction = formatFraction(figure);
  const noun = countedNoun(figure);
  const scale = figure.unit === 'score' && figure.scale ? String(figure.scale.max) : undefined;
  const text: FigureText = {
    id: figure.id,
    unit: figure.unit,
    subject: subjectOf(figure),
    value: formatFigureValue(figure, figure.value),
    period: periodInWords(figure.period),
    source: shortSource(figure),
    smallSample: figure.smallSample === true,
    strength: strengthOf(figure),
  };
  // An outcome's "before" is where the person started, not the previous period.
  const beforeWhen = figure.outcome === undefined && figure.catalogueId !== 'enablement-measure' ? ` ${beforePeriodWords(figure.period)}` : '';
  if (visiblyImproved(figure)) text.trend = `from ${formatFigureValue(figure, figure.previous)}${beforeWhen} to ${text.value}${unitSuffix(figure, scale)}`;
  if (fraction) text.fraction = fraction;
  if (fraction) text.counted = noun ? `${fraction} ${noun}` : fraction;
  if (scale) text.scale = scale;
  return text;
}

export interface StandardTexts {
  [id: string]: string | undefined;
}

/** Every standard as written text, keyed by id: { "summary-deadline": "5 working days", … }. */
export function describeStandards(standards: readonly Standard[]): StandardTexts {
  return Object.fromEntries(standards.map((standard) => [standard.id, formatStandard(standard)]));
}

/**
 * Percentage points a service's figure stands from the whole's (negative when behind), or
 * undefined when either is not a number or the service counts too few cases to say so.
 */
export function pointsFromWhole(whole: Figure, part: Figure): number | undefined {
  if (typeof whole.value !== 'number' || typeof part.value !== 'number' || (part.denominator ?? 0) < SMALL_SAMPLE) return undefined;
  return part.value - whole.value;
}
