/**
 * What integrators expect of every resource: 405 with Allow on a known path, Idempotency-Key on
 * the creating POSTs (also across two API instances on one database), and cursor-paged lists
 * with a `next` link, a stable order and filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { PROBLEM_TYPE_BASE } from '../../src/api/problems.js';
import { DATABASE_KINDS } from '../support/test-database.js';
import { bearer, multipartBody, setUpApi, type ApiFixture } from './api-fixture.js';

const QUESTION = { question: 'How do you involve families in reviews?', period: '2026-Q2' };

describe.each(DATABASE_KINDS)('API conventions on %s', (kind) => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await setUpApi(kind, { rateLimitMax: 1_000_000 });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('answers a known path asked with another method 405 with Allow, an unknown path 404', async () => {
    for (const [method, url, allow] of [
      ['PUT', '/v1/sections', 'GET, HEAD, POST'],
      ['DELETE', '/v1/sections/00000000-0000-4000-8000-000000000000', 'GET, HEAD'],
      ['POST', '/v1/figures', 'GET, HEAD'],
      ['PATCH', '/health', 'GET, HEAD'],
    ] as const) {
      const response = await fx.app.inject({ method, url, headers: bearer(fx.a.key) });
      expect(response.statusCode, `${method} ${url}`).toBe(405);
      expect(response.headers.allow).toBe(allow);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ type: `${PROBLEM_TYPE_BASE}method-not-allowed`, status: 405 });
    }
    expect((await fx.app.inject({ method: 'PUT', url: '/v1/nowhere', headers: bearer(fx.a.key) })).statusCode).toBe(404);
    // A known method on a path whose parameter the router refuses (too long) is 404, not 405.
    expect((await fx.app.inject({ method: 'GET', url: `/v1/sections/${'x'.repeat(300)}`, headers: bearer(fx.a.key) })).statusCode).toBe(404);
  });

  describe('Idempotency-Key', () => {
    it('replays the first response to a retry, refuses the key with another body, and keeps keys per organisation', async () => {
      const send = (key: string, body: object, tenant = fx.a) =>
        fx.app.inject({ method: 'POST', url: '/v1/sections', headers: { ...bearer(tenant.key), 'idempotency-key': key }, payload: body });
      const sectionsOf = (organisationId: string) => fx.db.prisma.section.count({ where: { organisationId } });
      const before = await sectionsOf(fx.a.id);
      const first = await send('retry-1', QUESTION);
      expect(first.statusCode).toBe(201);
      const retry = await send('retry-1', { period: QUESTION.period, question: QUESTION.question });
      expect(retry.statusCode).toBe(201);
      expect(retry.body).toBe(first.body);
      expect(retry.headers.location).toBe(first.headers.location);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await sectionsOf(fx.a.id)).toBe(before + 1);

      const other = await send('retry-1', { ...QUESTION, period: '2026-Q1' });
      expect(other.statusCode).toBe(422);
      expect(other.json()).toMatchObject({ type: `${PROBLEM_TYPE_BASE}idempotency-key-reused` });
      expect(await sectionsOf(fx.a.id)).toBe(before + 1);

      // The same key from another organisation is its own key.
      const elsewhere = await send('retry-1', QUESTION, fx.b);
      expect(elsewhere.statusCode).toBe(201);
      expect(elsewhere.json().id).not.toBe(first.json().id);

      const malformed = await send('x'.repeat(256), QUESTION);
      expect(malformed.statusCode).toBe(400);
    });

    it('serves a key once when two API instances on one database get the same request at once', async () => {
      const second = await buildApp({ db: fx.db, limits: { rateLimitMax: 1_000_000 } });
      try {
        const before = await fx.db.prisma.section.count({ where: { organisationId: fx.a.id } });
        const request = { method: 'POST' as const, url: '/v1/sections', headers: { ...bearer(fx.a.key), 'idempotency-key': 'two-instances' }, payload: QUESTION };
        const answers = await Promise.all([fx.app.inject(request), second.inject(request)]);
        const statuses = answers.map((answer) => answer.statusCode).sort();
        // One serves it; the other replays it or is told the first is still in flight (retry later).
        expect(statuses[0]).toBe(201);
        expect([201, 409]).toContain(statuses[1]);
        expect(await fx.db.prisma.section.count({ where: { organisationId: fx.a.id } })).toBe(before + 1);
        const later = await second.inject(request);
        expect(later.statusCode).toBe(201);
        expect(later.headers['idempotent-replayed']).toBe('true');
      } finally {
        await second.close();
      }
    });

    it('frees the key after a failed request, and honours it on multipart imports', async () => {
      const bad = await fx.app.inject({ method: 'POST', url: '/v1/sections', headers: { ...bearer(fx.a.key), 'idempotency-key': 'fails-first' }, payload: { ...QUESTION, period: '1999-Q1' } });
      expect(bad.statusCode).toBeGreaterThanOrEqual(400);
      const good = await fx.app.inject({ method: 'POST', url: '/v1/sections', headers: { ...bearer(fx.a.key), 'idempotency-key': 'fails-first' }, payload: QUESTION });
      expect(good.statusCode).toBe(201);

      const upload = multipartBody([{ name: 'file', filename: 'services.csv', content: 'id,name,locality,service_type\nS-NEW,New service,Elmbrook,supported-living\n' }]);
      const headers = { ...bearer(fx.b.key), ...upload.headers, 'idempotency-key': 'upload-1' };
      const firstImport = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers, payload: upload.payload });
      expect(firstImport.statusCode).toBe(200);
      const again = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers, payload: upload.payload });
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toBe(firstImport.body);
      const changed = multipartBody([{ name: 'file', filename: 'services.csv', content: 'id,name,locality,service_type\nS-NEW,Renamed,Elmbrook,supported-living\n' }]);
      expect((await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: { ...headers, ...changed.headers }, payload: changed.payload })).statusCode).toBe(422);
    });
  });

  describe('paged lists', () => {
    it('pages sections newest first by cursor, with a next link, a stable order on equal times, and filters', async () => {
      // Five sections, three created at the same instant, so the order must break ties by id.
      const template = await fx.db.prisma.section.findFirstOrThrow({ where: { organisationId: fx.a.id } });
      await fx.db.prisma.section.deleteMany({ where: { organisationId: fx.a.id } });
      const at = new Date('2026-07-01T10:00:00Z');
      const rows = [
        { createdAt: new Date('2026-06-01T09:00:00Z'), period: '2026-Q1' },
        { createdAt: at, period: '2026-Q2' },
        { createdAt: at, period: '2026-Q2' },
        { createdAt: at, period: '2026-Q2' },
        { createdAt: new Date('2026-07-02T09:00:00Z'), period: '2026-Q2' },
      ];
      for (const row of rows) await fx.db.prisma.section.create({ data: { organisationId: fx.a.id, question: template.question, content: template.content as object, ...row } });

      const seen: string[] = [];
      let url: string | undefined = '/v1/sections?limit=2';
      let pages = 0;
      while (url) {
        const response: { statusCode: number; headers: Record<string, unknown>; json: () => { sections: { id: string }[]; next?: string } } = await fx.app.inject({ method: 'GET', url, headers: bearer(fx.a.key) });
        expect(response.statusCode).toBe(200);
        const body = response.json();
        seen.push(...body.sections.map((section) => section.id));
        if (body.next) expect(response.headers.link).toBe(`<${body.next}>; rel="next"`);
        url = body.next;
        pages += 1;
      }
      expect(pages).toBe(3);
      const expected = (await fx.db.prisma.section.findMany({ where: { organisationId: fx.a.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] })).map((row) => row.id);
      expect(seen).toEqual(expected);

      const q2 = (await fx.app.inject({ method: 'GET', url: '/v1/sections?period=2026-Q2', headers: bearer(fx.a.key) })).json();
      expect(q2.sections).toHaveLength(4);
      expect(q2.next).toBeUndefined();
      const recent = (await fx.app.inject({ method: 'GET', url: '/v1/sections?createdAfter=2026-07-01T10:00:00Z', headers: bearer(fx.a.key) })).json();
      expect(recent.sections).toHaveLength(1);
      expect((await fx.app.inject({ method: 'GET', url: '/v1/sections?cursor=not-a-cursor', headers: bearer(fx.a.key) })).statusCode).toBe(400);
      expect((await fx.app.inject({ method: 'GET', url: '/v1/sections?limit=0', headers: bearer(fx.a.key) })).statusCode).toBe(400);
      // Another organisation sees none of them.
      const other = (await fx.app.inject({ method: 'GET', url: '/v1/sections', headers: bearer(fx.b.key) })).json();
      expect(other.sections.map((section: { id: string }) => section.id)).not.toContain(seen[0]);
    });

    it('lists imports with their reports, rejected ones and dry runs included, filtered by status', async () => {
      const send = (payload: object, query = '') => fx.app.inject({ method: 'POST', url: `/v1/imports${query}`, headers: bearer(fx.b.key), payload });
      await send({ files: [{ name: 'services.csv', content: 'id,name,locality,service_type\nS-DRY,Dry,Elmbrook,supported-living\n' }] }, '?dryRun=1');
      expect((await send({ files: [{ name: 'reviews.csv', content: 'nonsense\n1\n' }] })).statusCode).toBe(422);
      const all = (await fx.app.inject({ method: 'GET', url: '/v1/imports?limit=100', headers: bearer(fx.b.key) })).json();
      const statuses = all.imports.map((run: { status: string }) => run.status);
      expect(statuses[0]).toBe('rejected');
      expect(statuses[1]).toBe('validated');
      expect(all.imports[0].report.files[0].errors.length).toBeGreaterThan(0);
      const rejected = (await fx.app.inject({ method: 'GET', url: '/v1/imports?status=rejected', headers: bearer(fx.b.key) })).json();
      expect(rejected.imports.every((run: { status: string }) => run.status === 'rejected')).toBe(true);
      const page = (await fx.app.inject({ method: 'GET', url: '/v1/imports?limit=1', headers: bearer(fx.b.key) })).json();
      expect(page.imports).toHaveLength(1);
      expect(page.next).toMatch(/^\/v1\/imports\?limit=1&cursor=/);
      // The other organisation's imports are not listed.
      const mine = (await fx.app.inject({ method: 'GET', url: '/v1/imports?limit=100', headers: bearer(fx.a.key) })).json();
      expect(mine.imports.map((run: { id: string }) => run.id)).not.toContain(all.imports[0].id);
    });

    it('pages exports and filters them by format, status and period', async () => {
      const section = (await fx.app.inject({ method: 'GET', url: '/v1/sections?limit=1', headers: bearer(fx.a.key) })).json().sections[0];
      for (const format of ['md', 'md', 'docx']) {
        await fx.app.inject({ method: 'GET', url: `/v1/sections/${section.id}/document.${format}?allowUnverified=checked`, headers: bearer(fx.a.key) });
      }
      const first = (await fx.app.inject({ method: 'GET', url: '/v1/exports?limit=2', headers: bearer(fx.a.key) })).json();
      expect(first.exports).toHaveLength(2);
      const second = (await fx.app.inject({ method: 'GET', url: first.next, headers: bearer(fx.a.key) })).json();
      expect(second.exports.length).toBeGreaterThanOrEqual(1);
      expect(second.exports.map((record: { id: string }) => record.id)).not.toContain(first.exports[0].id);
      const docx = (await fx.app.inject({ method: 'GET', url: '/v1/exports?format=docx', headers: bearer(fx.a.key) })).json();
      expect(docx.exports.every((record: { format: string }) => record.format === 'docx')).toBe(true);
      const period = (await fx.app.inject({ method: 'GET', url: `/v1/exports?period=${section.period}`, headers: bearer(fx.a.key) })).json();
      expect(period.exports.every((record: { period: string }) => record.period === section.period)).toBe(true);
      const none = (await fx.app.inject({ method: 'GET', url: '/v1/exports?createdAfter=2999-01-01', headers: bearer(fx.a.key) })).json();
      expect(none).toEqual({ exports: [] });
    });
  });
});
