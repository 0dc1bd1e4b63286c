/**
 * Misuse of the import's write side through the API: parallel uploads of one file or of files
 * sharing ids, an original re-sent after a changed copy, formula payloads bound for the
 * rejected-rows download, a period outside the calendar. Each ends as 200 or a 4xx with a
 * problem body, never a 5xx or a stack trace; the rows end consistent; /health keeps answering.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS } from '../../src/shared/spreadsheet-safe-cell.js';
import { toCsv } from '../../src/web/csv.js';
import { bearer, setUpApi, type ApiFixture } from '../api/api-fixture.js';
import { DATABASE_KINDS } from '../support/test-database.js';

const HEADER = 'id,person_id,type,held_on,summary_sent_on\n';
const STACK_OR_DRIVER = /at \S+ \(|Prisma|Unique constraint|P20\d\d|\[object Object\]/;

describe.each(DATABASE_KINDS)('import integrity under misuse on %s', (kind) => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await setUpApi(kind);
  });
  afterAll(async () => {
    await fx.close();
  });

  const upload = (name: string, content: string, query = '') =>
    fx.app.inject({ method: 'POST', url: `/v1/imports${query}`, headers: bearer(fx.a.key), payload: { files: [{ name, content }] } });

  async function expectNoServerError<T extends { statusCode: number; body: string }>(responses: Promise<T>[]): Promise<T[]> {
    const settled = await Promise.all(responses);
    for (const response of settled) {
      expect(response.statusCode, response.body).toBeLessThan(500);
      expect([200, 409], response.body).toContain(response.statusCode);
      expect(response.body).not.toMatch(STACK_OR_DRIVER);
    }
    return settled;
  }

  it('six parallel uploads of one file and six of files sharing an id: 200 or 409, one row per id, /health answers', async () => {
    const started = Date.now();
    const same = `${HEADER}R-950,P-001,mini-review,05/05/2026,07/05/2026\n`;
    const health = fx.app.inject({ method: 'GET', url: '/health' });
    const first = await expectNoServerError(Array.from({ length: 6 }, () => upload('reviews-950.csv', same)));
    expect((await health).statusCode).toBe(200);
    expect(first.filter((response) => response.statusCode === 200 && response.json().files[0].created === 1)).toHaveLength(1);

    const sharing = Array.from({ length: 6 }, (_, index) => `${HEADER}R-951,P-001,mini-review,05/05/2026,${String(index + 6).padStart(2, '0')}/05/2026\nR-96${index},P-001,debrief,06/05/2026,\n`);
    const second = await expectNoServerError(sharing.map((content, index) => upload(`reviews-sharing-${index}.csv`, content)));
    const landed = second.filter((response) => response.statusCode === 200).length;
    expect(landed).toBeGreaterThan(0);
    const reviews = await fx.db.prisma.review.findMany({ where: { organisationId: fx.a.id, ref: { in: ['R-950', 'R-951', ...sharing.map((_, index) => `R-96${index}`)] } }, include: { batch: true } });
    expect(reviews.filter((review) => review.ref === 'R-950')).toHaveLength(1);
    expect(reviews.filter((review) => review.ref === 'R-951')).toHaveLength(1);
    expect(reviews).toHaveLength(2 + landed);
    const r951 = reviews.find((review) => review.ref === 'R-951')!;
    const writer = sharing[Number(/reviews-sharing-(\d)\.csv/.exec(r951.batch.fileName)![1])]!;
    expect(writer).toContain(`R-951,P-001,mini-review,05/05/2026,${r951.summarySentOn!.toISOString().slice(8, 10)}/05/2026`);
    expect((await fx.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('an original re-sent after a changed copy puts its rows back, and the figures follow', async () => {
    const original = `${HEADER}R-970,P-001,mini-review,06/05/2026,07/05/2026\n`;
    const changed = `${HEADER}R-970,P-001,mini-review,06/05/2026,29/05/2026\n`;
    const summariesOnTime = async () => {
      const response = await fx.app.inject({ method: 'GET', url: '/v1/figures?period=2026-Q2', headers: bearer(fx.a.key) });
      expect(response.statusCode).toBe(200);
      return response.json().figures.find((figure: { id: string }) => figure.id === 'summaries-on-time') as { numerator: number; denominator: number };
    };
    expect((await upload('reviews-970.csv', original)).json().files[0]).toMatchObject({ status: 'imported', created: 1 });
    const onTime = await summariesOnTime();
    const counts = (figure: { numerator: number; denominator: number }) => [figure.numerator, figure.denominator];
    expect((await upload('reviews-970.csv', changed)).json().files[0]).toMatchObject({ status: 'imported', updated: 1 });
    expect((await summariesOnTime()).numerator).toBe(onTime.numerator - 1);
    expect((await upload('reviews-970.csv', original)).json().files[0]).toMatchObject({ status: 'imported', updated: 1, created: 0 });
    expect(counts(await summariesOnTime())).toEqual(counts(onTime));
    const stored = await fx.db.prisma.review.findFirstOrThrow({ where: { organisationId: fx.a.id, ref: 'R-970' } });
    expect(stored.summarySentOn!.toISOString().slice(0, 10)).toBe('2026-05-07');
    expect((await upload('reviews-970.csv', original)).json().files[0]).toMatchObject({ status: 'unchanged', unchanged: 1 });
  });

  it('formula payloads come back in the report as sent, and the rejected-rows download marks them as text', async () => {
    const payloads = ['=HYPERLINK("http://evil.example","Fix")', '+cmd|\' /C calc\'!A0', '=1+1', '@SUM(A1)', '-3'];
    const rows = payloads.map((payload, index) => `R-98${index},P-001,${payload.includes(',') ? `"${payload.replace(/"/g, '""')}"` : payload},06/05/2026,`);
    const response = await upload('reviews-formulas.csv', `${HEADER}${rows.join('\n')}\n`, '?skipInvalid=true');
    expect(response.statusCode).toBe(200);
    const rejectedRows = response.json().files[0].rejectedRows as string[][];
    expect(rejectedRows.slice(1).map((row) => row[2])).toEqual(payloads);
    const downloaded = parse(toCsv(rejectedRows)) as string[][];
    expect(downloaded.flat().filter((cell) => FORMULA_TRIGGERS.some((trigger) => cell.startsWith(trigger)))).toEqual([]);
    expect(downloaded.slice(1).map((row) => row[2])).toEqual(payloads.map((payload) => `'${payload}`));
  });

  it('a period outside the working-day calendar is a 422 naming the range, for every form', async () => {
    for (const period of ['FY1899-00', '1899-Q2', '1899-12', '1899-04-01..1899-06-30', '2031-Q1']) {
      const response = await fx.app.inject({ method: 'GET', url: `/v1/figures?period=${encodeURIComponent(period)}`, headers: bearer(fx.a.key) });
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().detail).toContain('outside the working-day calendar, which covers 1 January 2019 to 31 December 2027');
      expect(response.body).not.toMatch(STACK_OR_DRIVER);
    }
  });
});
