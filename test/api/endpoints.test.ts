/**
 * Every endpoint through app.inject: shapes, status codes, problem+json failures, auth.
 * Results are compared with the domain functions called directly, so the API adds nothing
 * and loses nothing on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiKey } from '../../src/access/revoke-api-key.js';
import { createApiKey } from '../../src/access/create-api-key.js';
import { checkDraft } from '../../src/check/check-draft.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { scoreSelfAssessment } from '../../src/evidence/score-self-assessment.js';
import { buildApp } from '../../src/api/app.js';
import { PROBLEM_TYPE_BASE } from '../../src/api/problems.js';
import { DATABASE_KINDS } from '../support/test-database.js';
import { bearer, multipartBody, setUpApi, type ApiFixture } from './api-fixture.js';

const DRAFT = [
  'We involve families in reviews.',
  '',
  'Summaries went out within 5 working days for 75% of reviews in Q2 2026.',
].join('\n');

function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json: () => any }, status: number, slug: string) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect(body).toMatchObject({ type: `${PROBLEM_TYPE_BASE}${slug}`, status });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(body.requestId).toBe(response.headers['x-request-id']);
  return body;
}

describe.each(DATABASE_KINDS)('API endpoints on %s', (kind) => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await setUpApi(kind);
  });
  afterAll(async () => {
    await fx?.close();
  });

  describe('health and docs (no key)', () => {
    it('GET /health answers ok', async () => {
      const response = await fx.app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });

    it('GET /ready checks the database and the migrations', async () => {
      const response = await fx.app.inject({ method: 'GET', url: '/ready' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ready', database: kind });
    });

    it('GET /docs/json is an OpenAPI document listing every endpoint', async () => {
      const response = await fx.app.inject({ method: 'GET', url: '/docs/json' });
      expect(response.statusCode).toBe(200);
      const spec = response.json();
      expect(spec.openapi).toBe('3.1.0');
      expect(Object.keys(spec.paths).sort()).toEqual(
        [
          '/health',
          '/ready',
          '/v1/checks',
          '/v1/exports',
          '/v1/exports/submission',
          '/v1/exports/pack',
          '/v1/exports/portal',
          '/v1/figures',
          '/v1/imports',
          '/v1/imports/{id}',
          '/v1/imports/template.xlsx',
          '/v1/imports/error-workbook',
          '/v1/imports/preview',
          '/v1/dashboard',
          '/v1/dashboard.csv',
          '/v1/dashboard.docx',
          '/v1/bids/{bidId}/consistency',
          '/v1/bids/{bidId}/consistency/allowances',
          '/v1/bids/{bidId}/write-back',
          '/v1/import-mappings',
          '/v1/import-mappings/{name}',
          '/v1/score',
          '/v1/services',
          '/v1/sections',
          '/v1/sections/{id}',
          '/v1/sections/{id}/document.docx',
          '/v1/sections/{id}/document.md',
          '/v1/validations',
          '/v1/session',
          '/v1/sessions',
          '/v1/users',
          '/v1/invites',
          '/v1/invites/accept',
          '/v1/tender-packs',
          '/v1/bids',
          '/v1/bids/{bidId}',
          '/v1/bids/{bidId}/drafts',
          '/v1/bids/{bidId}/questions/{questionId}/versions',
          '/v1/bids/{bidId}/questions/{questionId}/submit',
          '/v1/bids/{bidId}/questions/{questionId}/approve',
          '/v1/bids/{bidId}/questions/{questionId}/return',
          '/v1/bids/{bidId}/questions/{questionId}/history',
          '/v1/bids/{bidId}/submission.docx',
          '/v1/bids/{bidId}/verification-pack.docx',
          '/v1/bids/{bidId}/verification-pack.html',
          '/v1/bids/{bidId}/portal-text',
        ].sort(),
      );
      expect(spec.paths['/v1/checks'].post.requestBody.content['application/json'].schema.properties.text.type).toBe('string');
      const docs = await fx.app.inject({ method: 'GET', url: '/docs/' });
      expect(docs.statusCode).toBe(200);
      expect(docs.headers['content-type']).toMatch(/text\/html/);
    });
  });

  describe('authentication', () => {
    it('refuses a request without a key with 401 problem+json', async () => {
      const response = await fx.app.inject({ method: 'GET', url: '/v1/figures?period=2026-Q2' });
      expectProblem(response, 401, 'unauthorized');
      expect(response.headers['www-authenticate']).toBe('Bearer');
    });

    it('refuses an unknown key and a malformed header alike', async () => {
      for (const authorization of ['Bearer asd_' + 'A'.repeat(43), 'Bearer nonsense', 'Basic Zm9vOmJhcg==', 'Bearer']) {
        const response = await fx.app.inject({ method: 'GET', url: '/v1/exports', headers: { authorization } });
        expectProblem(response, 401, 'unauthorized');
      }
    });

    it('refuses a revoked key', async () => {
      const key = await createApiKey({ db: fx.db, organisation: fx.a.slug, name: 'to revoke' });
      expect((await fx.app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(key.key) })).statusCode).toBe(200);
      await revokeApiKey({ db: fx.db, idOrPrefix: key.id });
      expectProblem(await fx.app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(key.key) }), 401, 'unauthorized');
    });
  });

  describe('GET /v1/figures and /v1/score', () => {
    it('returns the evidence pack the domain computes for the key’s organisation', async () => {
      const response = await fx.app.inject({ method: 'GET', url: '/v1/figures?period=2026-Q2&cases=2', headers: bearer(fx.a.key) });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      const direct = await computeFigures({ db: fx.db, period: '2026-Q2', organisation: 'small-test', cases: 2 });
      expect({ ...body, generatedAt: '' }).toEqual(JSON.parse(JSON.stringify({ ...direct, generatedAt: '' })));
      expect(body.organisation.slug).toBe('small-test');
    });

    it('filters by one or several services', async () => {
      const one = await fx.app.inject({ method: 'GET', url: '/v1/figures?period=2026-Q2&service=S-EL', headers: bearer(fx.a.key) });
      expect(one.json().services.map((service: { ref: string }) => service.ref)).toEqual(['S-EL']);
      const two = await fx.app.inject({ method: 'GET', url: '/v1/figures?period=2026-Q2&service=S-EL&service=S-FW', headers: bearer(fx.a.key) });
      expect(two.json().services.map((service: { ref: string }) => service.ref).sort()).toEqual(['S-EL', 'S-FW']);
      expectProblem(await fx.app.inject({ method: 'GET', url: '/v1/figures?period=2026-Q2&service=nowhere', headers: bearer(fx.a.key) }), 400, 'invalid-input');
    });

    it('reports a missing or unreadable period with field paths', async () => {
      const missing = expectProblem(await fx.app.inject({ method: 'GET', url: '/v1/figures', headers: bearer(fx.a.key) }), 400, 'validation-error');
      expect(missing.errors).toEqual([expect.objectContaining({ location: 'querystring', path: 'period', pointer: '/period' })]);
      expectProblem(await fx.app.inject({ method: 'GET', url: '/v1/figures?period=next-week', headers: bearer(fx.a.key) }), 400, 'invalid-input');
      const cases = expectProblem(await fx.app.inject({ method: 'GET', url: '/v1/figures?period=2026-Q2&cases=99', headers: bearer(fx.a.key) }), 400, 'validation-error');
      expect(cases.errors[0].path).toBe('cases');
    });

    it('returns the self-score grid', async () => {
      const response = await fx.app.inject({ method: 'GET', url: '/v1/score?period=2026-Q2', headers: bearer(fx.a.key) });
      expect(response.statusCode).toBe(200);
      const direct = await scoreSelfAssessment({ db: fx.db, period: '2026-Q2', organisation: 'small-test' });
      expect(response.json()).toEqual(JSON.parse(JSON.stringify(direct)));
      expect(response.json().dimensions).toHaveLength(10);
    });
  });

  describe('POST /v1/checks and /v1/validations', () => {
    it('checks a draft with a word limit', async () => {
      const response = await fx.app.inject({ method: 'POST', url: '/v1/checks', headers: bearer(fx.a.key), payload: { text: DRAFT, wordLimit: 10 } });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      const direct = await checkDraft({ text: DRAFT, wordLimit: 10 });
      expect(body).toEqual(JSON.parse(JSON.stringify({ messages: direct.messages, summary: direct.summary })));
      expect(body.messages.map((message: { category: string }) => message.category)).toEqual(expect.arrayContaining(['vague', 'length']));
      expect(body).not.toHaveProperty('file');
    });

    it('validates numbers against the period when one is given', async () => {
      const without = (await fx.app.inject({ method: 'POST', url: '/v1/checks', headers: bearer(fx.a.key), payload: { text: DRAFT } })).json();
      const withPeriod = (await fx.app.inject({ method: 'POST', url: '/v1/checks', headers: bearer(fx.a.key), payload: { text: DRAFT, period: '2026-Q2' } })).json();
      const pack = await computeFigures({ db: fx.db, period: '2026-Q2', organisation: 'small-test' });
      const direct = await checkDraft({ text: DRAFT, pack });
      expect(withPeriod.messages).toEqual(JSON.parse(JSON.stringify(direct.messages)));
      expect(without.messages.some((message: { category: string }) => message.category === 'unsupported-claim')).toBe(false);
    });

    it('rejects a body of the wrong shape with the field paths', async () => {
      const body = expectProblem(
        await fx.app.inject({ method: 'POST', url: '/v1/checks', headers: bearer(fx.a.key), payload: { text: 42, wordLimit: 'many' } }),
        400,
        'validation-error',
      );
      expect(body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['text', 'wordLimit']);
    });

    it('validates claims against the organisation’s pack or a given pack', async () => {
      const byPeriod = await fx.app.inject({ method: 'POST', url: '/v1/validations', headers: bearer(fx.a.key), payload: { text: DRAFT, period: '2026-Q2' } });
      expect(byPeriod.statusCode).toBe(200);
      const claims = byPeriod.json().claims;
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.every((claim: { status: string }) => ['supported', 'standard', 'mismatch', 'unsupported'].includes(claim.status))).toBe(true);
      const pack = { figures: [{ id: 'summaries-on-time', label: 'Summaries on time', value: 75, unit: 'percent', period: '2026-Q2', source: 'test' }], standards: [{ id: 'summary-deadline', label: 'Summaries within', value: 5, unit: 'working days' }] };
      const byPack = await fx.app.inject({ method: 'POST', url: '/v1/validations', headers: bearer(fx.a.key), payload: { text: DRAFT, pack } });
      expect(byPack.statusCode).toBe(200);
      expect(byPack.json().claims.find((claim: { text: string }) => claim.text.startsWith('75'))).toMatchObject({ status: 'supported', figureId: 'summaries-on-time' });
      expect(byPack.json().ok).toBe(true);
      const both = expectProblem(await fx.app.inject({ method: 'POST', url: '/v1/validations', headers: bearer(fx.a.key), payload: { text: DRAFT, pack, period: '2026-Q2' } }), 400, 'validation-error');
      expect(both.errors[0].path).toBe('period');
    });
  });

  describe('sections and their documents', () => {
    let sectionId: string;

    it('POST /v1/sections drafts, validates and stores a section', async () => {
      const response = await fx.app.inject({
        method: 'POST',
        url: '/v1/sections',
        headers: bearer(fx.a.key),
        payload: { question: { text: 'How do you involve people and families in reviews?', number: '4.2' }, period: '2026-Q2', limit: { kind: 'words', value: 250 }, existingDraft: 'We involve families in reviews.' },
      });
      expect(response.statusCode).toBe(201);
      const section = response.json();
      sectionId = section.id;
      expect(response.headers.location).toBe(`/v1/sections/${section.id}`);
      expect(section).toMatchObject({ organisation: { slug: 'small-test' }, question: { number: '4.2' }, period: { label: '2026-Q2' }, drafter: 'template', limit: { kind: 'words', value: 250 } });
      expect(section.responseText.length).toBeGreaterThan(100);
      expect(section.rewrites.length).toBeGreaterThan(0);
      expect(section.validation.claims.length).toBeGreaterThan(0);
      expect(await fx.db.prisma.section.count({ where: { id: section.id, organisationId: fx.a.id } })).toBe(1);
      const missing = expectProblem(await fx.app.inject({ method: 'POST', url: '/v1/sections', headers: bearer(fx.a.key), payload: { question: 'Why?' } }), 400, 'validation-error');
      expect(missing.errors.map((error: { path: string }) => error.path)).toEqual(['period']);
    });

    it('GET /v1/sections/{id} returns it; an unknown or malformed id is 404', async () => {
      const response = await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionId}`, headers: bearer(fx.a.key) });
      expect(response.statusCode).toBe(200);
      expect(response.json().id).toBe(sectionId);
      expectProblem(await fx.app.inject({ method: 'GET', url: '/v1/sections/00000000-0000-4000-8000-000000000000', headers: bearer(fx.a.key) }), 404, 'not-found');
      expectProblem(await fx.app.inject({ method: 'GET', url: '/v1/sections/not-an-id', headers: bearer(fx.a.key) }), 404, 'not-found');
    });

    it('exports Markdown and Word, and records each export with its figures and import batches', async () => {
      const md = await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionId}/document.md`, headers: bearer(fx.a.key) });
      expect(md.statusCode, md.body.slice(0, 600)).toBe(200);
      expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(md.body).toContain('How do you involve people and families in reviews?');
      const docx = await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionId}/document.docx`, headers: bearer(fx.a.key) });
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-disposition']).toBe(`attachment; filename="section-${sectionId}.docx"`);
      expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      const mammoth = (await import('mammoth')).default;
      const { value: text } = await mammoth.extractRawText({ buffer: docx.rawPayload });
      expect(text).toContain('How do you involve people and families in reviews?');

      const records = (await fx.app.inject({ method: 'GET', url: `/v1/exports?sectionId=${sectionId}`, headers: bearer(fx.a.key) })).json().exports;
      expect(records.map((record: { format: string }) => record.format).sort()).toEqual(['docx', 'md']);
      const docxRecord = records.find((record: { id: string }) => record.id === docx.headers['x-export-id']);
      expect(docxRecord).toMatchObject({ sectionId, apiKeyId: fx.a.keyId, apiKeyPrefix: fx.a.key.slice(0, 12), unverifiedReason: null });
      // The record names the figures the exported answer cites, whichever the drafter chose.
      const section = (await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionId}`, headers: bearer(fx.a.key) })).json();
      const cited = [...new Set(section.validation.claims.filter((claim: { status: string; figureId?: string }) => claim.status === 'supported' && claim.figureId).map((claim: { figureId: string }) => claim.figureId))];
      expect(cited.length).toBeGreaterThan(0);
      expect([...docxRecord.figureIds].sort()).toEqual(expect.arrayContaining(cited));
      const batchesOfA = await fx.db.prisma.importBatch.findMany({ where: { organisationId: fx.a.id }, select: { id: true, fileName: true } });
      const behind = batchesOfA.filter((batch) => docxRecord.importBatchIds.includes(batch.id)).map((batch) => batch.fileName);
      expect(behind).toContain('reviews.csv');
      expect(behind).toHaveLength(docxRecord.importBatchIds.length);
    });

    it('blocks the export of an unverified number unless a reason is given, and records the reason', async () => {
      const { saveSection } = await import('../../src/access/save-section.js');
      const { getSection } = await import('../../src/access/get-section.js');
      const good = await getSection({ db: fx.db, organisationId: fx.a.id, id: sectionId });
      const { id: _id, createdAt: _createdAt, ...content } = good;
      const bad = await saveSection({ db: fx.db, organisationId: fx.a.id, section: { ...content, responseText: `${good.responseText}\n\n99% of families told us they feel heard.` } });
      const blocked = expectProblem(await fx.app.inject({ method: 'GET', url: `/v1/sections/${bad.id}/document.docx`, headers: bearer(fx.a.key) }), 422, 'export-blocked');
      expect(blocked.gate.ok).toBe(false);
      expect(blocked.gate.findings.some((finding: { blocking: boolean; actual?: string }) => finding.blocking && finding.actual?.startsWith('99'))).toBe(true);
      expect(await fx.db.prisma.exportRecord.count({ where: { sectionId: bad.id } })).toBe(0);
      const allowed = await fx.app.inject({ method: 'GET', url: `/v1/sections/${bad.id}/document.md?allowUnverified=${encodeURIComponent('survey result checked by hand')}`, headers: bearer(fx.a.key) });
      expect(allowed.statusCode).toBe(200);
      const [record] = (await fx.app.inject({ method: 'GET', url: `/v1/exports?sectionId=${bad.id}`, headers: bearer(fx.a.key) })).json().exports;
      expect(record).toMatchObject({ format: 'md', unverifiedReason: 'survey result checked by hand' });
    });
  });

  describe('POST /v1/imports', () => {
    const NEW_REVIEW = 'id,person_id,type,held_on,summary_sent_on\nR-901,P-001,mini-review,05/05/2026,07/05/2026\n';

    it('dry-runs a JSON body without writing', async () => {
      const before = await fx.db.prisma.importBatch.count();
      const response = await fx.app.inject({
        method: 'POST',
        url: '/v1/imports',
        headers: bearer(fx.a.key),
        payload: { files: [{ name: 'reviews-may.csv', content: NEW_REVIEW }], dryRun: true },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ organisation: 'small-test', dryRun: true, rejected: false, errorCount: 0, files: [{ file: 'reviews-may.csv', status: 'validated', rows: 1 }] });
      expect(await fx.db.prisma.importBatch.count()).toBe(before);
    });

    it('imports a multipart upload, and the same file again is unchanged', async () => {
      const { payload, headers } = multipartBody([{ name: 'file', filename: 'reviews-may.csv', content: NEW_REVIEW }]);
      const first = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: { ...headers, ...bearer(fx.a.key) }, payload });
      expect(first.statusCode).toBe(200);
      expect(first.json().files[0]).toMatchObject({ status: 'imported', created: 1 });
      const again = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: { ...headers, ...bearer(fx.a.key) }, payload });
      expect(again.json().files[0].status).toBe('unchanged');
    });

    it('rejects a file with a bad row: 422 with row-level errors and the rejected rows', async () => {
      const bad = 'id,person_id,type,held_on,summary_sent_on\nR-902,P-001,mini-review,31/02/2026,\nR-903,P-001,mini-review,06/05/2026,\n';
      const before = await fx.db.prisma.review.count();
      const response = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key), payload: { files: [{ name: 'reviews-bad.csv', content: bad }] } });
      const body = expectProblem(response, 422, 'import-rejected');
      expect(body.report.rejected).toBe(true);
      expect(body.report.files[0].errors[0]).toMatchObject({ file: 'reviews-bad.csv', row: 2, column: 'held_on', value: '31/02/2026' });
      expect(body.report.files[0].rejectedRows[1][0]).toBe('R-902');
      expect(await fx.db.prisma.review.count()).toBe(before);

      const skipping = await fx.app.inject({ method: 'POST', url: '/v1/imports?skipInvalid=true', headers: bearer(fx.a.key), payload: { files: [{ name: 'reviews-bad.csv', content: bad }] } });
      expect(skipping.statusCode).toBe(200);
      expect(skipping.json().files[0]).toMatchObject({ status: 'partly-imported', created: 1, rejected: 1 });
      expect(await fx.db.prisma.review.count()).toBe(before + 1);
    });

    it('accepts XLSX as base64 in a JSON body', async () => {
      const ExcelJS = (await import('exceljs')).default;
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('reviews');
      sheet.addRow(['id', 'person_id', 'type', 'held_on', 'summary_sent_on']);
      sheet.addRow(['R-904', 'P-001', 'mini-review', '08/05/2026', '11/05/2026']);
      const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const response = await fx.app.inject({ method: 'POST', url: '/v1/imports?dryRun=1', headers: bearer(fx.a.key), payload: { files: [{ name: 'reviews.xlsx', content, encoding: 'base64' }] } });
      // Seen failing only under full parallel load: the body says why the import was refused.
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().files[0]).toMatchObject({ recordType: 'reviews', status: 'validated', rows: 1 });
    });

    it('refuses an organisation file naming another organisation', async () => {
      const organisationCsv = 'slug,name\nother-care,Taken Over Ltd\n';
      const response = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key), payload: { files: [{ name: 'organisation.csv', content: organisationCsv }] } });
      expectProblem(response, 400, 'invalid-input');
      expect((await fx.db.prisma.organisation.findUniqueOrThrow({ where: { slug: 'other-care' } })).name).toBe('Other Care');
    });

    it('refuses a request with neither files nor a body', async () => {
      expectProblem(await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key) }), 400, 'invalid-input');
      expectProblem(await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key), payload: { files: [] } }), 400, 'validation-error');
    });
  });

  describe('GET /v1/exports', () => {
    it('lists nothing for an organisation that has not exported', async () => {
      const response = await fx.app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(fx.b.key) });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ exports: [] });
      expectProblem(await fx.app.inject({ method: 'GET', url: '/v1/exports?sectionId=../../etc', headers: bearer(fx.b.key) }), 400, 'validation-error');
    });
  });

  describe('unknown routes', () => {
    it('answers 404 problem+json under the API (other paths belong to the web page)', async () => {
      expectProblem(await fx.app.inject({ method: 'GET', url: '/v1/nowhere', headers: bearer(fx.a.key) }), 404, 'not-found');
      expectProblem(await fx.app.inject({ method: 'GET', url: '/docs/nowhere' }), 404, 'not-found');
      // A known path asked with a method it does not answer is 405 with Allow, not 404.
      const wrongMethod = await fx.app.inject({ method: 'DELETE', url: '/v1/sections', headers: bearer(fx.a.key) });
      expectProblem(wrongMethod, 405, 'method-not-allowed');
      expect(wrongMethod.headers.allow).toBe('GET, HEAD, POST');
    });
  });

  describe('logs', () => {
    it('carry a request id, and neither the key nor the request body', async () => {
      const lines: string[] = [];
      const stream = { write: (line: string) => void lines.push(line) };
      const app = await buildApp({ db: fx.db, logger: { level: 'info', stream } });
      try {
        const secret = 'P-001 said something personal';
        const response = await app.inject({ method: 'POST', url: '/v1/checks?period=2026-Q9', headers: bearer(fx.a.key), payload: { text: secret, period: 'not a period' } });
        expect(response.statusCode).toBe(400);
        await app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(fx.a.key) });
        const log = lines.join('');
        expect(log).toContain(response.headers['x-request-id']);
        expect(log).not.toContain(fx.a.key);
        expect(log).not.toContain(fx.a.key.slice(4));
        expect(log).not.toContain(secret);
        expect(log).not.toContain('2026-Q9');
      } finally {
        await app.close();
      }
    });
  });

  describe('limits', () => {
    it('answers 413 for a body over the limit and 429 past the per-key rate limit', async () => {
      const app = await buildApp({ db: fx.db, limits: { bodyBytes: 2_000, rateLimitMax: 3, rateLimitWindowMs: 60_000 } });
      try {
        const big = await app.inject({ method: 'POST', url: '/v1/checks', headers: bearer(fx.a.key), payload: { text: 'word '.repeat(1_000) } });
        expectProblem(big, 413, 'payload-too-large');
        const statuses: number[] = [];
        for (let i = 0; i < 4; i += 1) statuses.push((await app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(fx.a.key) })).statusCode);
        // The 413 above was refused while reading the body, before the rate limiter counts.
        expect(statuses).toEqual([200, 200, 200, 429]);
        const limited = expectProblem(await app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(fx.a.key) }), 429, 'rate-limited');
        expect(limited.detail).toMatch(/retry/i);
        // Another key has its own counter.
        expect((await app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(fx.b.key) })).statusCode).toBe(200);
      } finally {
        await app.close();
      }
    });

    it('limits a burst of guessed keys by client address, before authentication', async () => {
      const app = await buildApp({ db: fx.db, limits: { rateLimitMax: 5, rateLimitWindowMs: 60_000 } });
      try {
        const guesses = [];
        for (let index = 0; index < 30; index += 1) {
          guesses.push(await app.inject({ method: 'GET', url: '/v1/exports', remoteAddress: '203.0.113.7', headers: bearer(`asd_${String(index).padStart(43, 'x')}`) }));
        }
        const statuses = guesses.map((response) => response.statusCode);
        expect(statuses.filter((status) => status === 401), JSON.stringify(statuses)).toHaveLength(5);
        expect(statuses.filter((status) => status === 429)).toHaveLength(25);
        const limited = guesses.find((response) => response.statusCode === 429)!;
        const body = expectProblem(limited, 429, 'rate-limited');
        expect(body.detail).toMatch(/retry/i);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
        // Even a valid key is refused from that address until the window passes; other addresses are unaffected.
        expect((await app.inject({ method: 'GET', url: '/v1/exports', remoteAddress: '203.0.113.7', headers: bearer(fx.a.key) })).statusCode).toBe(429);
        expect((await app.inject({ method: 'GET', url: '/v1/exports', remoteAddress: '198.51.100.9', headers: bearer(fx.a.key) })).statusCode).toBe(200);
      } finally {
        await app.close();
      }
    });

    it('refuses files over the row limit', async () => {
      const app = await buildApp({ db: fx.db, limits: { maxRows: 2 } });
      try {
        const rows = ['id,person_id,type,held_on', 'R-950,P-001,mini-review,01/05/2026', 'R-951,P-001,mini-review,02/05/2026', 'R-952,P-001,mini-review,03/05/2026'].join('\n');
        const body = expectProblem(await app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key), payload: { files: [{ name: 'reviews.csv', content: rows }] } }), 422, 'import-rejected');
        expect(body.report.files[0].errors[0].message).toMatch(/at most 2 rows/);
      } finally {
        await app.close();
      }
    });
  });
});
