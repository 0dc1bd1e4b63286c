/** POST /v1/exports/submission, /pack and /portal: several stored sections at once, in the order given. */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPE_BASE } from '../../src/api/problems.js';
import { bearer, setUpApi, type ApiFixture } from './api-fixture.js';

describe('export documents through the API', () => {
  let fx: ApiFixture;
  const ids: string[] = [];
  beforeAll(async () => {
    fx = await setUpApi('pglite');
    for (const [number, text] of [
      ['4.2', 'How do you involve people and families in reviews?'],
      ['4.3', 'How do you make sure summaries reach people on time?'],
    ]) {
      const created = await fx.app.inject({ method: 'POST', url: '/v1/sections', headers: bearer(fx.a.key), payload: { question: { text, number }, period: '2026-Q2', limit: { kind: 'words', value: 250 } } });
      expect(created.statusCode).toBe(201);
      ids.push(created.json().id);
    }
  }, 60_000);
  afterAll(async () => {
    await fx?.close();
  });

  it('POST /v1/exports/submission: the questions and answers in the order given, each export recorded', async () => {
    const response = await fx.app.inject({ method: 'POST', url: '/v1/exports/submission', headers: bearer(fx.a.key), payload: { sectionIds: [ids[1], ids[0]], include: { countLine: true } } });
    expect(response.statusCode, response.body.slice(0, 400)).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="submission.docx"');
    const { value } = await mammoth.extractRawText({ buffer: response.rawPayload });
    expect(value.indexOf('Question 4.3: How do you make sure')).toBe(0);
    expect(value.indexOf('Question 4.2: How do you involve')).toBeGreaterThan(0);
    expect(value).toMatch(/Words: \d+ of 250/);
    const records = (await fx.app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(fx.a.key) })).json().exports as { sectionId: string }[];
    expect(records.map((record) => record.sectionId).sort()).toEqual([...ids].sort());
  });

  it('POST /v1/exports/pack: the verification pack as HTML, with every claim and the sign-off table', async () => {
    const response = await fx.app.inject({ method: 'POST', url: '/v1/exports/pack', headers: bearer(fx.a.key), payload: { sectionIds: ids, format: 'html' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('Question 4.2: How do you involve');
    expect(response.body).toContain('<th>Checked by</th>');
    expect(response.body).toMatch(/rows \d+–\d+/);
  });

  it('POST /v1/exports/portal: the text to paste and its counts by the portal rule asked for', async () => {
    const response = await fx.app.inject({ method: 'POST', url: '/v1/exports/portal', headers: bearer(fx.a.key), payload: { sectionIds: [ids[0]], lineBreaks: 'newline', marginPercent: 10 } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.files[0].name).toBe('question-4.2.txt');
    expect(body.counts).toMatchObject({ rule: { lineBreaks: 'newline', listMarkers: 'count' }, marginPercent: 10 });
    expect(body.counts.answers[0].count.characters).toBe([...body.files[0].text].length);
    expect(body.counts.answers[0].limit).toMatchObject({ kind: 'words', value: 250, target: 225 });
  });

  it('answers 404 for another organisation’s section and 400 for an empty list', async () => {
    const foreign = await fx.app.inject({ method: 'POST', url: '/v1/exports/pack', headers: bearer(fx.b.key), payload: { sectionIds: ids } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().type).toBe(`${PROBLEM_TYPE_BASE}not-found`);
    const empty = await fx.app.inject({ method: 'POST', url: '/v1/exports/portal', headers: bearer(fx.a.key), payload: { sectionIds: [] } });
    expect(empty.statusCode).toBe(400);
  });
});
