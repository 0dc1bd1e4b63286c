/**
 * The dashboard of a period: the evidence pack's figures ordered for a decision, each judged
 * against the organisation's threshold, and the trend of three figures over four quarters.
 * A figure held to a service standard (its `standardId`) is met when the share of cases meeting
 * the standard reaches the threshold at which the practice profile counts a practice as done.
 */
import { computeFigures, type ComputeFiguresOptions } from '../compute-figures.js';
import { DEFAULT_PRACTICE_THRESHOLD_PERCENT } from '../data/practice-threshold.js';
import type { Figure } from '../evidence-pack-schema.js';
import { parsePeriod, quartersBefore } from '../period.js';
import type { Dashboard, DashboardFigure, FigureChange, FigureStatus } from './dashboard-schema.js';

/** The figures a bid team decides on first, in this order. */
export const HEADLINE_FIGURE_IDS = ['participation', 'summaries-on-time', 'actions-on-time', 'agenda-notice', 'advocate-response', 'disputes-resolved', 'ni-sampling', 'feel-involved'] as const;
/** The figures the trend follows, with the short names its legend uses. */
export const TREND_FIGURES = [
  { id: 'participation', label: 'Family, friend or advocate input' },
  { id: 'summaries-on-time', label: 'Summaries on time' },
  { id: 'advocate-response', label: 'Advocate response on time' },
] as const;
const TREND_QUARTERS = 4;

export interface ComputeDashboardOptions extends Pick<ComputeFiguresOptions, 'db' | 'period' | 'organisation' | 'services' | 'now'> {}

/** The share of cases behind a figure, in percent, when it is a share at all. */
function shareOf(figure: Figure): number | null {
  if (figure.unit === 'percent' && typeof figure.value === 'number') return figure.value;
  if (figure.numerator !== undefined && figure.denominator !== undefined && figure.denominator > 0) return (100 * figure.numerator) / figure.denominator;
  return null;
}

/** The status and, in words, why: the status word itself is the reader's to add ("Below threshold: …"). */
export function figureStatus(figure: Figure, threshold: number): { status: FigureStatus; statusText: string } {
  if (figure.value === null) return { status: 'no-data', statusText: figure.unavailableReason ?? 'No records for the period' };
  if (figure.smallSample) {
    const cases = figure.denominator !== undefined ? `Only ${figure.denominator} ${figure.denominator === 1 ? (figure.provenance?.noun ?? 'cases').replace(/s$/u, '') : (figure.provenance?.noun ?? 'cases')}` : 'Few cases';
    return { status: 'small-sample', statusText: `${cases}: too few to judge; quote with care` };
  }
  const share = figure.standardId ? shareOf(figure) : null;
  if (share === null) return { status: 'not-held', statusText: 'No threshold set: read it for its direction' };
  const statusText = `${Math.round(share * 10) / 10}% of cases meet the standard; threshold ${threshold}%`;
  return { status: share >= threshold ? 'met' : 'below', statusText };
}

export function figureChange(figure: Figure): FigureChange | null {
  const { value, previous } = figure;
  if (typeof value !== 'number' || typeof previous !== 'number') return null;
  const delta = Math.round((value - previous) * 10) / 10;
  const direction = delta === 0 ? 'same' : delta > 0 ? 'up' : 'down';
  const tone = direction === 'same' || !figure.better ? 'neutral' : (figure.better === 'higher') === (direction === 'up') ? 'better' : 'worse';
  return { direction, tone, delta };
}

/** "From 12 reviews": the records counted, in a few words. */
export function shortSource(figure: Figure): string {
  const provenance = figure.provenance;
  if (!provenance) return figure.source;
  const many = provenance.noun ?? 'records';
  return `From ${provenance.rows} ${provenance.rows === 1 ? many.replace(/s$/u, '') : many}`;
}

function dashboardFigure(figure: Figure, threshold: number): DashboardFigure {
  const { status, statusText } = figureStatus(figure, threshold);
  return {
    ...figure,
    headline: (HEADLINE_FIGURE_IDS as readonly string[]).includes(figure.id),
    status,
    statusText,
    weak: status === 'below' || status === 'small-sample' || status === 'no-data',
    change: figureChange(figure),
    shortSource: shortSource(figure),
  };
}

/** Headline figures in their order, then the other main figures, then the breakdowns. */
function rank(figure: DashboardFigure): number {
  const headline = (HEADLINE_FIGURE_IDS as readonly string[]).indexOf(figure.id);
  if (headline >= 0) return headline;
  return figure.detail ? 2000 : 1000;
}

export async function computeDashboard(options: ComputeDashboardOptions): Promise<Dashboard> {
  const { db, organisation, services, now } = options;
  const scope = { db, ...(organisation !== undefined ? { organisation } : {}), ...(services !== undefined ? { services } : {}), ...(now !== undefined ? { now } : {}) };
  const period = typeof options.period === 'string' ? parsePeriod(options.period) : options.period;
  const quarters = period.kind === 'quarter' ? quartersBefore(period, TREND_QUARTERS) : [];
  const [pack, ...earlier] = await Promise.all([computeFigures({ ...scope, period }), ...quarters.slice(0, -1).map((quarter) => computeFigures({ ...scope, period: quarter }))]);
  const result = pack!;
  const threshold = result.practices?.[0]?.threshold ?? DEFAULT_PRACTICE_THRESHOLD_PERCENT;
  const figures = result.figures.map((figure) => dashboardFigure(figure, threshold));
  // A stable sort keeps the pack's own order within each group.
  figures.sort((a, b) => rank(a) - rank(b));
  const byQuarter = [...earlier, result];
  return {
    organisation: { slug: result.organisation.slug, name: result.organisation.name },
    period: result.period,
    previousPeriod: result.previousPeriod,
    place: result.place,
    services: result.services.map((service) => ({ ref: service.ref, name: service.name })),
    threshold,
    figures,
    trend: quarters.length
      ? {
          periods: quarters,
          series: TREND_FIGURES.map(({ id, label }) => {
            const figure = result.figures.find((item) => item.id === id);
            return {
              id,
              label,
              unit: figure?.unit ?? 'percent',
              values: byQuarter.map((pack) => {
                const value = pack.figures.find((item) => item.id === id)?.value;
                return typeof value === 'number' ? value : null;
              }),
            };
          }),
        }
      : null,
    generatedAt: result.generatedAt,
  };
}
