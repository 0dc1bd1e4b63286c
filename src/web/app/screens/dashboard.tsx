/** Figures as cards, a trend chart over recent quarters and the self-score grid with its gaps. */
import { useEffect, useState } from 'preact/hooks';
import { must, type Api, type FiguresResult, type ScoreGrid } from '../../api-fetch.js';
import { isQuarter, quartersEndingWith } from '../../periods.js';
import type { ScreenProps } from '../screen-props.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { PeriodField, ServicesField } from '../components/scope-fields.js';
import { TrendChart, type TrendSeries } from '../components/trend-chart.js';
import { formatValue, plural, type Figure } from '../format.js';
import { followLink } from '../router.js';

/** The three lines the issue asks for: participation, summaries on time, advocate response. */
const TREND_FIGURES = [
  { id: 'participation', label: 'Family, friend or advocate input' },
  { id: 'summaries-on-time', label: 'Summaries on time' },
  { id: 'advocate-response', label: 'Advocate response on time' },
] as const;
const TREND_QUARTERS = 4;

interface DashboardData {
  figures: FiguresResult;
  score: ScoreGrid;
  trend: { quarters: string[]; series: TrendSeries[] } | null;
}

/** How the value moved since the previous period, in words, and whether that is better or worse. */
function changeOf(figure: Figure, previousPeriod: string): { text: string; tone: 'better' | 'worse' | 'same' | 'neutral' } | null {
  const { value, previous } = figure;
  if (typeof value !== 'number' || typeof previous !== 'number') return null;
  const delta = Math.round((value - previous) * 10) / 10;
  if (delta === 0) return { text: `No change on ${previousPeriod}`, tone: 'same' };
  const size = figure.unit === 'percent' ? plural(Math.abs(delta), 'point') : formatValue(Math.abs(delta), figure.unit);
  const up = delta > 0;
  const tone = figure.better ? ((figure.better === 'higher') === up ? 'better' : 'worse') : 'neutral';
  return { text: `${up ? 'Up' : 'Down'} ${size} on ${previousPeriod} (${formatValue(previous, figure.unit)})`, tone };
}

const TONE_WORDS = { better: 'better', worse: 'worse', same: '', neutral: '' } as const;

function shortSource(figure: Figure): string {
  const provenance = figure.provenance;
  if (!provenance) return figure.source;
  return `From ${plural(provenance.rows, provenance.noun ? provenance.noun.replace(/s$/, '') : 'record', provenance.noun ?? 'records')}`;
}

function FigureCard({ figure, packPeriod, previousPeriod, packPlace }: { figure: Figure; packPeriod: { label: string; human: string }; previousPeriod: string; packPlace: string }) {
  const unavailable = figure.value === null;
  const change = changeOf(figure, previousPeriod);
  const ownPlace = figure.place && figure.place !== packPlace ? figure.place : null;
  return (
    <article class={`card figure-card${figure.smallSample || unavailable ? ' figure-weak' : ''}`} aria-labelledby={`figure-${figure.id}`} data-figure-id={figure.id}>
      <h3 id={`figure-${figure.id}`} class="card-title">
        {figure.label}
      </h3>
      <p class="figure-value">{formatValue(figure.value, figure.unit)}</p>
      {change && (
        <p class={`figure-change figure-change-${change.tone}`}>
          <span aria-hidden="true">{change.tone === 'same' ? '→ ' : change.text.startsWith('Up') ? '▲ ' : '▼ '}</span>
          {change.text}
          {TONE_WORDS[change.tone] && <strong> – {TONE_WORDS[change.tone]}</strong>}
        </p>
      )}
      {figure.smallSample && (
        <p class="badge badge-warning">
          <span aria-hidden="true">⚠ </span>Small sample: quote with care
        </p>
      )}
      {unavailable && figure.unavailableReason && <p class="muted">{figure.unavailableReason}</p>}
      <dl class="figure-facts">
        {figure.numerator !== undefined && figure.denominator !== undefined && (
          <>
            <dt>Count</dt>
            <dd>
              {figure.numerator} of {figure.denominator}
            </dd>
          </>
        )}
        {ownPlace && (
          <>
            <dt>Place</dt>
            <dd>{ownPlace}</dd>
          </>
        )}
      </dl>
      <details class="figure-source">
        <summary>
          {shortSource(figure)}
          <span class="visually-hidden"> ({figure.label}): source details</span>
        </summary>
        <dl class="figure-facts">
          <dt>Period</dt>
          <dd>{figure.period === packPeriod.label ? packPeriod.human : figure.period}</dd>
          <dt>Period code</dt>
          <dd>{figure.period}</dd>
          {figure.place && (
            <>
              <dt>Place</dt>
              <dd>{figure.place}</dd>
            </>
          )}
          <dt>Source</dt>
          <dd>{figure.source}</dd>
        </dl>
      </details>
    </article>
  );
}

function ScoreTable({ score }: { score: ScoreGrid }) {
  const gap = score.target - score.total;
  return (
    <section class="panel" aria-labelledby="score-heading">
      <h2 id="score-heading">Self-score grid</h2>
      <p class={`alert ${score.meetsTarget ? 'alert-success' : 'alert-warning'}`}>
        <strong>
          {score.total} of {score.max}
        </strong>
        {score.meetsTarget ? ` meets the target of ${score.target}.` : `: ${plural(gap, 'point')} short of the target of ${score.target}.`}
      </p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Self-score grid (scrolls sideways)">
        <table class="score-table">
          <caption class="visually-hidden">
            Ten dimensions scored 0 to 2 for {score.period.human}, {score.place}
          </caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col" class="num">
                Score
              </th>
              <th scope="col">Why</th>
              <th scope="col">Next step to reach 2</th>
            </tr>
          </thead>
          <tbody>
            {score.dimensions.map((dimension) => (
              <tr key={dimension.id}>
                <th scope="row">{dimension.label}</th>
                <td class="num">
                  <span class={`score score-${dimension.score}`}>{dimension.score} of 2</span>
                </td>
                <td>
                  {dimension.reason} <span class="muted">({dimension.basis})</span>
                </td>
                <td>{dimension.nextStep ?? <span class="muted">None: full marks</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {score.nextSteps.length > 0 && (
        <>
          <h3>Closing the gap to {score.target}</h3>
          <ol>
            {score.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** An organisation with no records yet: what to do first, instead of an error. */
function FirstRun() {
  return (
    <section class="panel first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Start here: no records yet</h2>
      <p>Your figures are worked out from your own involvement records. Three steps get you to your first dashboard:</p>
      <ol class="steps">
        <li>
          <strong>Export your records</strong> from your care system or spreadsheets: services, people, reviews and who took part, actions, advocate referrals,
          disagreements and feedback. CSV or Excel files are fine; start with services, people and reviews.
        </li>
        <li>
          <strong>Upload them</strong> on the Data page. Try "Check only" first: every row Assured cannot read is listed with the reason, and nothing is saved.
        </li>
        <li>
          <strong>Match your columns</strong> where your headings differ from Assured's, then import. Your figures appear here straight away.
        </li>
      </ol>
      <p>
        <a class="button" href="/data" onClick={(event) => followLink(event, '/data')}>
          Upload your records
        </a>
      </p>
    </section>
  );
}

/** The figures and the self-score grid of a period, for all services or the chosen ones. */
const scopeQuery = (period: string, services: string[]) => ({ params: { query: { period, ...(services.length ? { service: services } : {}) } } });
const figuresOf = (api: Api, period: string, services: string[]) => must(api.GET('/v1/figures', scopeQuery(period, services)));

export function DashboardScreen({ api, scope }: ScreenProps) {
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [request, setRequest] = useState(0);
  const firstRun = scope.servicesLoaded && scope.services.length === 0;

  useEffect(() => {
    if (!scope.servicesLoaded || firstRun) return;
    let current = true;
    const { period, selectedServices } = scope;
    setBusy(true);
    setError(null);
    (async () => {
      const quarters = isQuarter(period) ? quartersEndingWith(period, TREND_QUARTERS) : [];
      const [figures, score, ...history] = await Promise.all([
        figuresOf(api, period, selectedServices),
        must(api.GET('/v1/score', scopeQuery(period, selectedServices))),
        ...quarters.slice(0, -1).map((quarter) => figuresOf(api, quarter, selectedServices)),
      ]);
      const byQuarter = [...history, figures];
      const trend = quarters.length
        ? {
            quarters,
            series: TREND_FIGURES.map((line) => ({
              id: line.id,
              label: line.label,
              values: byQuarter.map((result) => {
                const value = result.figures.find((figure) => figure.id === line.id)?.value;
                return typeof value === 'number' ? value : null;
              }),
            })),
          }
        : null;
      if (!current) return;
      setData({ figures, score, trend });
      // Asked for by the writer (not the first load): take them to the figures.
      if (request > 0) requestAnimationFrame(() => document.getElementById('figures-heading')?.focus());
    })()
      .catch((failure: unknown) => current && setError(failure))
      .finally(() => current && setBusy(false));
    return () => {
      current = false;
    };
  }, [api, request, scope.servicesLoaded, firstRun]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setRequest((count) => count + 1);
  };

  if (firstRun) return <FirstRun />;

  return (
    <>
      <form class="panel filters" onSubmit={submit}>
        <PeriodField id="dashboard-period" value={scope.period} onChange={scope.setPeriod} />
        <ServicesField idPrefix="dashboard" services={scope.services} selected={scope.selectedServices} onChange={scope.setSelectedServices} />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Loading…' : 'Show figures'}
        </button>
      </form>
      <ProblemAlert error={error} />
      <p class="visually-hidden" role="status">
        {busy ? 'Loading figures…' : data ? `Showing ${data.figures.period.human}, ${data.figures.place}.` : ''}
      </p>
      {data && (
        <>
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading" tabIndex={-1}>
              Figures for {data.figures.period.human}
            </h2>
            <p class="muted">
              {data.figures.place}. Changes compare with {data.figures.previousPeriod.human}. Open a figure's source for its records, period and files.
            </p>
            <div class="card-grid">
              {data.figures.figures
                .filter((figure) => !figure.detail)
                .map((figure) => (
                  <FigureCard key={figure.id} figure={figure} packPeriod={data.figures.period} previousPeriod={data.figures.previousPeriod.human} packPlace={data.figures.place} />
                ))}
            </div>
            {data.figures.figures.some((figure) => figure.detail) && (
              <details class="more-figures">
                <summary>Breakdowns ({data.figures.figures.filter((figure) => figure.detail).length} more figures)</summary>
                <div class="card-grid">
                  {data.figures.figures
                    .filter((figure) => figure.detail)
                    .map((figure) => (
                      <FigureCard key={figure.id} figure={figure} packPeriod={data.figures.period} previousPeriod={data.figures.previousPeriod.human} packPlace={data.figures.place} />
                    ))}
                </div>
              </details>
            )}
          </section>
          <section class="panel" aria-labelledby="trend-heading">
            <h2 id="trend-heading">Trend</h2>
            {data.trend ? (
              <TrendChart quarters={data.trend.quarters} series={data.trend.series} place={data.figures.place} />
            ) : (
              <p>The trend is drawn by quarter: choose a quarter such as 2026-Q2 to see it.</p>
            )}
          </section>
          <ScoreTable score={data.score} />
        </>
      )}
    </>
  );
}
