/**
 * The dashboard for decisions: headline figures first, each with the way it moved and its status
 * against the organisation's threshold (weak ones marked), the place said once with a per-service
 * breakdown on demand, sources short with details on demand, the trend, the self-score grid, and
 * the figures and trend to download as Word or CSV. Every period reads "Q2 2026".
 *
 * On a phone the page would otherwise be a dozen screens tall: each figure shows its value, status
 * and change at a glance with the rest behind a disclosure, and the other figures, the trend and
 * the self-score grid start folded. Wider windows keep everything in view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { must, type Api, type ResponseBody, type ScoreGrid } from '../../api-fetch.js';
import type { ScreenProps } from '../screen-props.js';
import { downloadFileName } from '../bids/bid-types.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { PeriodField, ServicesField } from '../components/scope-fields.js';
import { TrendChart } from '../components/trend-chart.js';
import { saveBlob } from '../download.js';
import { formatValue, plural } from '../format.js';
import { followLink } from '../router.js';

type Dashboard = ResponseBody<'/v1/dashboard', 'get'>;
type DashboardFigure = Dashboard['figures'][number];
type FigureStatus = DashboardFigure['status'];

interface DashboardData {
  dashboard: Dashboard;
  score: ScoreGrid;
}

/** Each status in words first; the badge's colour and mark only repeat them. */
const STATUS_BADGES: Record<FigureStatus, { text: string; className: string; mark: string }> = {
  met: { text: 'Met', className: 'badge-ok', mark: '✓' },
  below: { text: 'Below threshold', className: 'badge-error', mark: '⚠' },
  'small-sample': { text: 'Small sample', className: 'badge-warning', mark: '⚠' },
  'no-data': { text: 'No data', className: 'badge-warning', mark: '–' },
  'not-held': { text: 'No threshold', className: 'badge-info', mark: '' },
};

/** How the value moved since the previous period, in words. */
function changeText(figure: DashboardFigure, previousPeriod: string): string | null {
  const change = figure.change;
  if (!change || typeof figure.previous !== 'number') return null;
  if (change.direction === 'same') return `No change on ${previousPeriod}`;
  const size = figure.unit === 'percent' ? plural(Math.abs(change.delta), 'point') : formatValue(Math.abs(change.delta), figure.unit);
  return `${change.direction === 'up' ? 'Up' : 'Down'} ${size} on ${previousPeriod} (${formatValue(figure.previous, figure.unit)})`;
}

/**
 * Phones and narrow windows (the same width as the `@media (max-width: 40rem)` rules in
 * styles.css): below it the dashboard folds each figure's detail away.
 */
const NARROW_QUERY = '(max-width: 40rem)';

/** Whether the window is narrow now, following it as it is resized or turned. */
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW_QUERY);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return narrow;
}

function StatusBadge({ figure }: { figure: DashboardFigure }) {
  const badge = STATUS_BADGES[figure.status];
  return (
    <span class={`badge ${badge.className}`}>
      {badge.mark && <span aria-hidden="true">{badge.mark} </span>}
      {badge.text}
    </span>
  );
}

function StatusLine({ figure }: { figure: DashboardFigure }) {
  return (
    <p class="figure-status">
      <StatusBadge figure={figure} />{' '}
      <span class="figure-status-why">{figure.statusText}</span>
    </p>
  );
}

function ChangeLine({ figure, dashboard }: { figure: DashboardFigure; dashboard: Dashboard }) {
  const change = changeText(figure, dashboard.previousPeriod.human);
  if (!change) return null;
  const tone = figure.change?.tone ?? 'neutral';
  return (
    <p class={`figure-change figure-change-${figure.change?.direction === 'same' ? 'same' : tone}`}>
      <span aria-hidden="true">{figure.change?.direction === 'same' ? '→ ' : figure.change?.direction === 'up' ? '▲ ' : '▼ '}</span>
      {change}
      {tone !== 'neutral' && <strong> – {tone}</strong>}
    </p>
  );
}

function figureCardProps(figure: DashboardFigure, compact: boolean) {
  return {
    class: `card figure-card${compact ? ' figure-card-compact' : ''}${figure.weak ? ' figure-weak' : ''}`,
    'aria-labelledby': `figure-${figure.id}`,
    'data-figure-id': figure.id,
    'data-status': figure.status,
  };
}

/**
 * A figure on a phone: value, status and change at a glance; why it has its status, the count,
 * period, place and source behind one disclosure, named for its figure among the many on the page.
 */
function CompactFigureCard({ figure, dashboard }: { figure: DashboardFigure; dashboard: Dashboard }) {
  return (
    <article {...figureCardProps(figure, true)}>
      <h3 id={`figure-${figure.id}`} class="card-title">
        {figure.label}
      </h3>
      <div class="figure-glance">
        <p class="figure-value">{formatValue(figure.value, figure.unit)}</p>
        <p class="figure-status">
          <StatusBadge figure={figure} />
        </p>
      </div>
      <ChangeLine figure={figure} dashboard={dashboard} />
      <details class="figure-more">
        <summary>
          Details<span class="visually-hidden">: {figure.label}</span>
        </summary>
        <p class="figure-status-why">{figure.statusText}</p>
        <dl class="figure-facts">
          {figure.numerator !== undefined && figure.denominator !== undefined && (
            <>
              <dt>Count</dt>
              <dd>
                {figure.numerator} of {figure.denominator}
              </dd>
            </>
          )}
          <PeriodPlaceSource figure={figure} dashboard={dashboard} />
        </dl>
      </details>
    </article>
  );
}

/** Where a figure comes from: its period, place and source, as terms of a description list. */
function PeriodPlaceSource({ figure, dashboard }: { figure: DashboardFigure; dashboard: Dashboard }) {
  return (
    <>
      <dt>Period</dt>
      <dd>{figure.period === dashboard.period.label ? dashboard.period.human : figure.period}</dd>
      {figure.place && (
        <>
          <dt>Place</dt>
          <dd>{figure.place}</dd>
        </>
      )}
      <dt>Source</dt>
      <dd>{figure.source}</dd>
    </>
  );
}

function FigureCard({ figure, dashboard }: { figure: DashboardFigure; dashboard: Dashboard }) {
  const ownPlace = figure.place && figure.place !== dashboard.place ? figure.place : null;
  return (
    <article {...figureCardProps(figure, false)}>
      <h3 id={`figure-${figure.id}`} class="card-title">
        {figure.label}
      </h3>
      <p class="figure-value">{formatValue(figure.value, figure.unit)}</p>
      <StatusLine figure={figure} />
      <ChangeLine figure={figure} dashboard={dashboard} />
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
          {figure.shortSource}
          <span class="visually-hidden"> ({figure.label}): source details</span>
        </summary>
        <dl class="figure-facts">
          <PeriodPlaceSource figure={figure} dashboard={dashboard} />
        </dl>
      </details>
    </article>
  );
}

/** The headline figures service by service, fetched when the writer opens it. */
function ByService({ api, dashboard }: { api: Api; dashboard: Dashboard }) {
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<{ name: string; dashboard: Dashboard }[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = `${dashboard.period.label}|${dashboard.services.map((service) => service.ref).join(',')}`;

  useEffect(() => {
    setRows(null);
    setError(null);
  }, [key]);

  useEffect(() => {
    if (!open || rows || dashboard.services.length < 2) return;
    let current = true;
    Promise.all(
      dashboard.services.map(async (service) => ({
        name: service.name,
        dashboard: await must(api.GET('/v1/dashboard', { params: { query: { period: dashboard.period.label, service: [service.ref] } } })),
      })),
    )
      .then((loaded) => current && setRows(loaded))
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [open, rows, key]);

  if (dashboard.services.length < 2) return null;
  const headline = dashboard.figures.filter((figure) => figure.headline);
  return (
    <details class="by-service" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>By service ({dashboard.services.length} services)</summary>
      <ProblemAlert error={error} />
      {!rows && !error && open && <p role="status">Loading the figures of each service…</p>}
      {rows && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Headline figures by service (scrolls sideways)">
          <table class="by-service-table">
            <caption class="visually-hidden">Headline figures for {dashboard.period.human}, service by service</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                {rows.map((row) => (
                  <th scope="col" key={row.name}>
                    {row.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {headline.map((figure) => (
                <tr key={figure.id}>
                  <th scope="row">{figure.label}</th>
                  {rows.map((row) => {
                    const own = row.dashboard.figures.find((item) => item.id === figure.id);
                    return (
                      <td key={row.name} data-status={own?.status}>
                        {own ? (
                          <>
                            {formatValue(own.value, own.unit)}
                            <br />
                            <span class="muted">{STATUS_BADGES[own.status].text}</span>
                          </>
                        ) : (
                          'Not available'
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

/** The figures table and trend as Word or CSV, named for people by the API. */
function DashboardDownloads({ api, dashboard }: { api: Api; dashboard: Dashboard }) {
  const [busy, setBusy] = useState<'docx' | 'csv' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const query = { period: dashboard.period.label, ...(dashboard.services.length ? { service: dashboard.services.map((service) => service.ref) } : {}) };

  const download = async (format: 'docx' | 'csv') => {
    if (busy) return;
    setBusy(format);
    setError(null);
    setMessage('');
    try {
      const outcome =
        format === 'docx'
          ? await api.GET('/v1/dashboard.docx', { params: { query }, parseAs: 'blob' })
          : await api.GET('/v1/dashboard.csv', { params: { query }, parseAs: 'blob' });
      const blob = await must(Promise.resolve(outcome));
      const name = downloadFileName(outcome.response, `Dashboard ${dashboard.period.human}.${format}`);
      saveBlob(blob as Blob, name);
      setMessage(`Downloaded “${name}”.`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="dashboard-downloads">
      <div class="actions">
        <button type="button" class="button button-secondary" aria-disabled={busy !== null ? 'true' : undefined} onClick={() => void download('docx')}>
          {busy === 'docx' ? 'Preparing…' : 'Download the dashboard (Word)'}
        </button>
        <button type="button" class="button button-secondary" aria-disabled={busy !== null ? 'true' : undefined} onClick={() => void download('csv')}>
          {busy === 'csv' ? 'Preparing…' : 'Download the figures (CSV)'}
        </button>
      </div>
      <ProblemAlert error={error} />
      <p role="status" class="status-line">
        {message}
      </p>
    </div>
  );
}

function ScoreTable({ score, narrow }: { score: ScoreGrid; narrow: boolean }) {
  const gap = score.target - score.total;
  const table = (
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
  );
  // Four columns on a phone wrap every reason a word a line: there each dimension reads as a block.
  const list = (
    <ul class="score-list">
      {score.dimensions.map((dimension) => (
        <li key={dimension.id}>
          <p class="score-list-head">
            <strong>{dimension.label}</strong> <span class={`score score-${dimension.score}`}>{dimension.score} of 2</span>
          </p>
          <p>
            {dimension.reason} <span class="muted">({dimension.basis})</span>
          </p>
          <p>
            <strong>Next step to reach 2:</strong> {dimension.nextStep ?? <span class="muted">None: full marks</span>}
          </p>
        </li>
      ))}
    </ul>
  );
  const steps = (
    <ol>
      {score.nextSteps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
  return (
    <section class="panel" aria-labelledby="score-heading">
      <h2 id="score-heading">Self-score grid</h2>
      <p class={`alert ${score.meetsTarget ? 'alert-success' : 'alert-warning'}`}>
        <strong>
          {score.total} of {score.max}
        </strong>
        {score.meetsTarget ? ` meets the target of ${score.target}.` : `: ${plural(gap, 'point')} short of the target of ${score.target}.`}
      </p>
      {narrow ? (
        <details class="more-figures">
          <summary>Show the {score.dimensions.length} dimensions: why, and the next step</summary>
          {list}
        </details>
      ) : (
        table
      )}
      {score.nextSteps.length > 0 &&
        (narrow ? (
          <details class="more-figures">
            <summary>
              Closing the gap to {score.target} ({plural(score.nextSteps.length, 'step')})
            </summary>
            {steps}
          </details>
        ) : (
          <>
            <h3>Closing the gap to {score.target}</h3>
            {steps}
          </>
        ))}
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

/** The dashboard and the self-score grid of a period, for all services or the chosen ones. */
const scopeQuery = (period: string, services: string[]) => ({ params: { query: { period, ...(services.length ? { service: services } : {}) } } });

function FigureGrid({ figures, dashboard, narrow }: { figures: DashboardFigure[]; dashboard: Dashboard; narrow: boolean }) {
  const Card = narrow ? CompactFigureCard : FigureCard;
  return (
    <div class="card-grid">
      {figures.map((figure) => (
        <Card key={figure.id} figure={figure} dashboard={dashboard} />
      ))}
    </div>
  );
}

export function DashboardScreen({ api, scope }: ScreenProps) {
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [request, setRequest] = useState(0);
  const firstRun = scope.servicesLoaded && scope.services.length === 0;
  const figuresHeading = useRef<HTMLHeadingElement>(null);
  const narrow = useNarrow();

  useEffect(() => {
    if (!scope.servicesLoaded || firstRun) return;
    let current = true;
    const { period, selectedServices } = scope;
    setBusy(true);
    setError(null);
    Promise.all([must(api.GET('/v1/dashboard', scopeQuery(period, selectedServices))), must(api.GET('/v1/score', scopeQuery(period, selectedServices)))])
      .then(([dashboard, score]) => {
        if (!current) return;
        setData({ dashboard, score });
        // Asked for by the writer (not the first load): take them to the figures.
        if (request > 0) requestAnimationFrame(() => figuresHeading.current?.focus());
      })
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

  const dashboard = data?.dashboard;
  const headline = dashboard?.figures.filter((figure) => figure.headline) ?? [];
  const others = dashboard?.figures.filter((figure) => !figure.headline && !figure.detail) ?? [];
  const breakdowns = dashboard?.figures.filter((figure) => figure.detail) ?? [];
  const weak = headline.filter((figure) => figure.weak).length;

  return (
    <div class="dashboard">
      <form class="panel filters" onSubmit={submit}>
        <PeriodField id="dashboard-period" value={scope.period} onChange={scope.setPeriod} />
        <ServicesField idPrefix="dashboard" services={scope.services} selected={scope.selectedServices} onChange={scope.setSelectedServices} />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Loading…' : 'Show figures'}
        </button>
      </form>
      <ProblemAlert error={error} />
      <p class="visually-hidden" role="status">
        {busy ? 'Loading figures…' : dashboard ? `Showing ${dashboard.period.human}, ${dashboard.place}.` : ''}
      </p>
      {data && dashboard && (
        <>
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading" ref={figuresHeading} tabIndex={-1}>
              Figures for {dashboard.period.human}
            </h2>
            <p class="muted figures-note">
              {dashboard.place}. Changes compare with {dashboard.previousPeriod.human}. A figure held to a service standard is met when at least {dashboard.threshold}% of cases meet it.
            </p>
            <h3 id="headline-heading">Headline figures</h3>
            <p class={`alert ${weak ? 'alert-warning' : 'alert-success'}`} data-testid="headline-summary">
              {weak ? `${plural(weak, 'headline figure')} ${weak === 1 ? 'needs' : 'need'} attention: marked below.` : 'Every headline figure is met or held to no threshold.'}
            </p>
            <FigureGrid figures={headline} dashboard={dashboard} narrow={narrow} />
            <ByService api={api} dashboard={dashboard} />
            {others.length > 0 &&
              (narrow ? (
                <details class="more-figures">
                  <summary>Other figures ({others.length} more figures)</summary>
                  <FigureGrid figures={others} dashboard={dashboard} narrow={narrow} />
                </details>
              ) : (
                <>
                  <h3>Other figures</h3>
                  <FigureGrid figures={others} dashboard={dashboard} narrow={narrow} />
                </>
              ))}
            {breakdowns.length > 0 && (
              <details class="more-figures">
                <summary>Breakdowns ({breakdowns.length} more figures)</summary>
                <FigureGrid figures={breakdowns} dashboard={dashboard} narrow={narrow} />
              </details>
            )}
          </section>
          <section class="panel" aria-labelledby="trend-heading">
            <h2 id="trend-heading">Trend</h2>
            {dashboard.trend && narrow ? (
              <details class="more-figures">
                <summary>Show the trend chart ({plural(dashboard.trend.periods.length, 'quarter')})</summary>
                <TrendChart quarters={dashboard.trend.periods.map((period) => period.label)} series={dashboard.trend.series} place={dashboard.place} />
              </details>
            ) : dashboard.trend ? (
              <TrendChart quarters={dashboard.trend.periods.map((period) => period.label)} series={dashboard.trend.series} place={dashboard.place} />
            ) : (
              <p>The trend is drawn by quarter: choose a quarter such as 2026-Q2 to see it.</p>
            )}
          </section>
          <section class="panel" aria-labelledby="download-heading">
            <h2 id="download-heading">Take it to a meeting</h2>
            <p>The figures with their status, the trend and the sources, for {dashboard.period.human}.</p>
            <DashboardDownloads api={api} dashboard={dashboard} />
          </section>
          <ScoreTable score={data.score} narrow={narrow} />
        </>
      )}
    </div>
  );
}
