/**
 * Two organisations in one database: each key sees only its own imports, figures, sections and
 * exports. Another organisation's section id answers exactly like an id that does not exist.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { DATABASE_KINDS } from '../support/test-database.js';
import { bearer, setUpApi, type ApiFixture } from './api-fixture.js';

const PEOPLE_HEADER = 'id,service_id,accessible_format,started_on,ended_on';

describe.each(DATABASE_KINDS)('organisation isolation on %s', (kind) => {
  let fx: ApiFixture;
  let sectionOfA: string;
  beforeAll(async () => {
    fx = await setUpApi(kind);
    const created = await fx.app.inject({
      method: 'POST',
      url: '/v1/sections',
      headers: bearer(fx.a.key),
      payload: { question: 'How do you involve people and their families in reviews?', period: '2026-Q2' },
    });
    expect(created.statusCode).toBe(201);
    sectionOfA = created.json().id;
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('services: each key lists only its own organisation’s services, without computing figures', async () => {
    const [a, b] = await Promise.all(
      [fx.a, fx.b].map(async (tenant) => (await fx.app.inject({ method: 'GET', url: '/v1/services', headers: bearer(tenant.key) })).json()),
    );
    const stored = await fx.db.prisma.service.findMany({ where: { organisation: { slug: 'small-test' } }, select: { ref: true, name: true, locality: true }, orderBy: { name: 'asc' } });
    expect(a.services).toEqual(stored);
    expect(a.services.length).toBeGreaterThan(0);
    const storedB = await fx.db.prisma.service.findMany({ where: { organisation: { slug: 'other-care' } }, select: { ref: true, name: true, locality: true }, orderBy: { name: 'asc' } });
    expect(b.services).toEqual(storedB);
    expect((await fx.app.inject({ method: 'GET', url: '/v1/services' })).statusCode).toBe(401);
  });

  it('figures: each key gets its own organisation’s numbers and sources', async () => {
    const [a, b] = await Promise.all(
      [fx.a, fx.b].map(async (tenant) => (await fx.app.inject({ method: 'GET', url: '/v1/figures?period=2026-Q2', headers: bearer(tenant.key) })).json()),
    );
    expect(a.organisation.slug).toBe('small-test');
    expect(b.organisation.slug).toBe('other-care');
    const directB = await computeFigures({ db: fx.db, period: '2026-Q2', organisation: 'other-care' });
    expect(b.figures).toEqual(JSON.parse(JSON.stringify(directB.figures)));
    const reviewsHeld = (pack: { figures: { id: string; denominator?: number }[] }) => pack.figures.find((figure) => figure.id === 'summaries-on-time')?.denominator;
    expect(reviewsHeld(b)).toBe(5);
    expect(reviewsHeld(a)).toBeGreaterThan(5);
    // B's sources name only B's own import batches.
    const batchesOfA = await fx.db.prisma.importBatch.findMany({ where: { organisationId: fx.a.id }, select: { fileName: true } });
    const onlyInA = batchesOfA.map((batch) => batch.fileName).filter((name) => !['services.csv', 'people.csv', 'reviews.csv'].includes(name));
    for (const name of onlyInA) expect(JSON.stringify(b.figures)).not.toContain(name);
  });

  it('imports: a file another organisation imported is new here, and lands only here', async () => {
    const file = { name: 'reviews-extra.csv', content: 'id,person_id,type,held_on,summary_sent_on\nR-990,P-002,mini-review,12/05/2026,13/05/2026\n' };
    const intoA = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key), payload: { files: [file] } });
    expect(intoA.json().files[0]).toMatchObject({ status: 'imported', created: 1 });
    const intoB = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.b.key), payload: { files: [file] } });
    expect(intoB.json()).toMatchObject({ organisation: 'other-care', files: [{ status: 'imported', created: 1 }] });
    const rows = await fx.db.prisma.review.findMany({ where: { ref: 'R-990' }, select: { organisationId: true } });
    expect(rows.map((row) => row.organisationId).sort()).toEqual([fx.a.id, fx.b.id].sort());
  });

  it('imports: a reference resolves only among the caller’s own records', async () => {
    const person = await fx.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: bearer(fx.a.key),
      payload: { files: [{ name: 'people-new.csv', content: `${PEOPLE_HEADER}\nP-777,S-EL,none,01/05/2026,\n` }] },
    });
    expect(person.statusCode).toBe(200);
    const review = { name: 'reviews-p777.csv', content: 'id,person_id,type,held_on\nR-992,P-777,mini-review,12/05/2026\n' };
    const fromB = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.b.key), payload: { files: [review] } });
    expect(fromB.statusCode).toBe(422);
    expect(fromB.json().report.files[0].errors[0]).toMatchObject({ column: 'person_id', value: 'P-777' });
    const fromA = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key), payload: { files: [review] } });
    expect(fromA.statusCode).toBe(200);
  });

  it('sections: another organisation’s id is 404 exactly like a missing id, and leaks nothing', async () => {
    const own = await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionOfA}`, headers: bearer(fx.a.key) });
    expect(own.statusCode).toBe(200);
    expect(own.json().organisation.slug).toBe('small-test');
    for (const suffix of ['', '/document.md', '/document.docx']) {
      const foreign = await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionOfA}${suffix}`, headers: bearer(fx.b.key) });
      const missing = await fx.app.inject({ method: 'GET', url: `/v1/sections/${randomUUID()}${suffix}`, headers: bearer(fx.b.key) });
      expect(foreign.statusCode).toBe(404);
      const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined, instance: undefined });
      expect(strip(foreign.json())).toEqual(strip(missing.json()));
      expect(foreign.body).not.toContain('small-test');
      expect(foreign.body).not.toContain('Small Test');
    }
    expect(await fx.db.prisma.exportRecord.count({ where: { organisationId: fx.b.id } })).toBe(0);
  });

  it('exports: each key lists only its own organisation’s exports', async () => {
    const exported = await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionOfA}/document.md?allowUnverified=isolation%20test`, headers: bearer(fx.a.key) });
    expect(exported.statusCode).toBe(200);
    const listA = (await fx.app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(fx.a.key) })).json().exports;
    const listB = (await fx.app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(fx.b.key) })).json().exports;
    expect(listA.map((record: { sectionId: string }) => record.sectionId)).toContain(sectionOfA);
    expect(listB).toEqual([]);
    const filtered = (await fx.app.inject({ method: 'GET', url: `/v1/exports?sectionId=${sectionOfA}`, headers: bearer(fx.b.key) })).json().exports;
    expect(filtered).toEqual([]);
  });
});
