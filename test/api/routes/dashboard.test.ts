/** GET /v1/dashboard and its Word and CSV exports: one set of figures, three shapes. */
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFigures } from '../../../src/evidence/compute-figures.js';
import type { Dashboard } from '../../../src/evidence/dashboard/dashboard-schema.js';
import { DASHBOARD_CSV_COLUMNS } from '../../../src/export/dashboard/render-dashboard.js';
import { bearer, setUpApi, type ApiFixture } from '../api-fixture.js';

const PERIOD = '2026-Q2';

describe('GET /v1/dashboard', () => {
  let fx: ApiFixture;
  let dashboard: Dashboard;
  beforeAll(async () => {
    fx = await setUpApi('pglite');
    const response = await fx.app.inject({ url: `/v1/dashboard?period=${PERIOD}`, headers: bearer(fx.a.key) });
    expect(response.statusCode).toBe(200);
    dashboard = response.json();
  });
  afterAll(async () => {
    await fx.close();
  });

  it('puts the headline figures first, each with its change and its status against the threshold', async () => {
    const pack = await computeFigures({ db: fx.db, period: PERIOD, organisation: fx.a.slug });
    expect(dashboard.figures.map((figure) => figure.id).sort()).toEqual(pack.figures.map((figure) => figure.id).sort());
    const firstOther = dashboard.figures.findIndex((figure) => !figure.headline);
    expect(firstOther).toBeGreaterThan(0);
    expect(dashboard.figures.slice(firstOther).some((figure) => figure.headline)).toBe(false);
    expect(dashboard.figures[0]!.id).toBe('participation');
    expect(dashboard.period.human).toBe('Q2 2026');
    expect(dashboard.previousPeriod.human).toBe('Q1 2026');
    expect(dashboard.threshold).toBe(90);

    // Held to the summary standard: met or below, by the share against the threshold.
    const summaries = dashboard.figures.find((figure) => figure.id === 'summaries-on-time')!;
    const share = summaries.value as number;
    expect(summaries.status).toBe(summaries.smallSample ? 'small-sample' : share >= 90 ? 'met' : 'below');
    expect(summaries.weak).toBe(summaries.status !== 'met');
    expect(summaries.statusText).toMatch(/threshold 90%$|too few to judge/);
    expect(summaries.shortSource).toMatch(/^From \d+ reviews?$/);
    if (typeof summaries.previous === 'number') expect(summaries.change?.delta).toBeCloseTo(share - summaries.previous, 0);

    // Not held to a standard: read for its direction only.
    const participation = dashboard.figures.find((figure) => figure.id === 'participation')!;
    expect(['not-held', 'small-sample', 'no-data']).toContain(participation.status);

    // The trend: four quarters, three lines, the last value the period's own.
    expect(dashboard.trend!.periods.map((period) => period.human)).toEqual(['Q3 2025', 'Q4 2025', 'Q1 2026', 'Q2 2026']);
    for (const line of dashboard.trend!.series) expect(line.values.at(-1)).toBe(dashboard.figures.find((figure) => figure.id === line.id)!.value);
  });

  it('gives every status: a figure below the threshold is marked weak', async () => {
    const statuses = new Set(dashboard.figures.map((figure) => figure.status));
    expect([...statuses].every((status) => ['met', 'below', 'small-sample', 'no-data', 'not-held'].includes(status))).toBe(true);
    for (const figure of dashboard.figures) expect(figure.weak).toBe(['below', 'small-sample', 'no-data'].includes(figure.status));
  });

  it('exports CSV whose figure rows equal the figures, and the trend as rows of its own', async () => {
    const response = await fx.app.inject({ url: `/v1/dashboard.csv?period=${PERIOD}`, headers: bearer(fx.a.key) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(String(response.headers['content-disposition'])).toContain("filename*=UTF-8''Small%20Test%20Care%20Ltd%20%E2%80%93%20Dashboard%20%E2%80%93%20Q2%202026.csv");
    const rows = parse(response.body, { columns: true }) as Record<(typeof DASHBOARD_CSV_COLUMNS)[number], string>[];
    const figureRows = rows.filter((row) => row.kind === 'figure');
    expect(figureRows.map((row) => row.id)).toEqual(dashboard.figures.map((figure) => figure.id));
    figureRows.forEach((row, index) => {
      const figure = dashboard.figures[index]!;
      expect(row.value).toBe(figure.value === null ? '' : String(figure.value));
      expect(row.status).toBe(figure.status);
      expect(row.numerator).toBe(figure.numerator === undefined ? '' : String(figure.numerator));
      expect(row.denominator).toBe(figure.denominator === undefined ? '' : String(figure.denominator));
      expect(row.period).toBe('Q2 2026');
    });
    const trendRows = rows.filter((row) => row.kind === 'trend');
    expect(trendRows).toHaveLength(3 * 4);
    expect(new Set(trendRows.map((row) => row.period))).toEqual(new Set(['Q3 2025', 'Q4 2025', 'Q1 2026', 'Q2 2026']));
  });

  it('exports a Word document with the figures, their status and the trend', async () => {
    const response = await fx.app.inject({ url: `/v1/dashboard.docx?period=${PERIOD}`, headers: bearer(fx.a.key) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = (await mammoth.extractRawText({ buffer: response.rawPayload })).value;
    expect(text).toContain('Small Test Care Ltd: figures for Q2 2026');
    expect(text).toContain('Headline figures');
    expect(text).toContain(dashboard.figures.find((figure) => figure.id === 'summaries-on-time')!.statusText);
    expect(text).toContain('Trend, Q3 2025 to Q2 2026');
    expect(text).not.toMatch(/2026-Q2/);
  });

  it("is the caller's organisation's own, and a bad period says what was expected", async () => {
    const other = await fx.app.inject({ url: `/v1/dashboard?period=${PERIOD}`, headers: bearer(fx.b.key) });
    expect(other.json().organisation.slug).toBe(fx.b.slug);
    const bad = await fx.app.inject({ url: '/v1/dashboard.csv?period=spring', headers: bearer(fx.a.key) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/expected a quarter such as 2026-Q2/);
    const anonymous = await fx.app.inject({ url: `/v1/dashboard?period=${PERIOD}` });
    expect(anonymous.statusCode).toBe(401);
  });
});
