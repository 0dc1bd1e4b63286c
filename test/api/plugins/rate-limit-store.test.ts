/**
 * Two API instances on one PostgreSQL server (each with its own connection pool, as two
 * machines behind a load balancer would be) enforce one rate limit per key, and imports sent
 * to both at once take turns. Runs only when ASSURED_TEST_POSTGRES_URL is set.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/access/create-api-key.js';
import { createOrganisation } from '../../../src/access/create-organisation.js';
import { buildApp } from '../../../src/api/app.js';
import { openDatabase, type Database } from '../../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../../src/data/import/import-files.js';
import { isAppError } from '../../../src/shared/app-error.js';
import { POSTGRES_URL, openTestDatabase } from '../../support/test-database.js';
import { bearer } from '../api-fixture.js';

const LIMIT = 6;
const file = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });

describe.skipIf(!POSTGRES_URL)('two API instances on one postgresql', () => {
  let first: Database;
  let second: Database;
  let apps: FastifyInstance[];
  let key: string;
  let slug: string;

  beforeAll(async () => {
    first = await openTestDatabase('postgresql');
    // The same database through a second, independent connection pool.
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${first.location.split('/').pop()!}`;
    second = await openDatabase({ databaseUrl: url.toString() });
    const organisation = await createOrganisation({ db: first, name: 'Shared Care', bidderName: 'Shared Care' });
    slug = organisation.slug;
    key = (await createApiKey({ db: first, organisation: slug, name: 'load balanced' })).key;
    apps = [await buildApp({ db: first, limits: { rateLimitMax: LIMIT } }), await buildApp({ db: second, limits: { rateLimitMax: LIMIT } })];
    await Promise.all(apps.map((app) => app.ready()));
  });
  afterAll(async () => {
    await Promise.all((apps ?? []).map((app) => app.close()));
    await second?.close();
    await first?.close();
  });

  it('holds one limit per key across both instances', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < LIMIT * 2; index++) {
      const app = apps[index % 2]!;
      statuses.push((await app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(key) })).statusCode);
    }
    // Each instance alone would allow LIMIT; together they allow LIMIT, then refuse on both.
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual(Array.from({ length: LIMIT }, () => 429));
  });

  it('counts requests arriving at both at once exactly', async () => {
    const other = (await createApiKey({ db: first, organisation: slug, name: 'concurrent' })).key;
    const statuses = await Promise.all(
      Array.from({ length: LIMIT * 2 }, (_, index) => apps[index % 2]!.inject({ method: 'GET', url: '/v1/exports', headers: bearer(other) }).then((response) => response.statusCode)),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(LIMIT);
  });

  it('imports sent through both at once take turns: every row once, nothing mixed', async () => {
    const base = [
      file('services.csv', 'id,name,locality,service_type\nS1,Northgate supported living,Northgate,supported-living\n'),
      file('people.csv', 'id,service_id,accessible_format,started_on\nP1,S1,none,01/02/2024\n'),
    ];
    const reviews = (day: number) => file(`reviews-${String(day).padStart(2, '0')}.csv`, `id,person_id,type,held_on,summary_sent_on\nR1,P1,mini-review,03/04/2026,${String(day).padStart(2, '0')}/04/2026\nR${day},P1,debrief,05/05/2026,\n`);
    const results = await Promise.allSettled(
      [first, second, first, second].map((db, index) => importFiles({ db, organisation: slug, files: [...base, reviews(6 + index)], waitForOtherImportMs: 60_000 })),
    );
    const failures = results.flatMap((result) => (result.status === 'rejected' && !(isAppError(result.reason) && result.reason.code === 'CONFLICT') ? [result.reason] : []));
    expect(failures).toEqual([]);
    const landed = results.filter((result) => result.status === 'fulfilled').length;
    expect(landed).toBeGreaterThan(0);
    const stored = await second.prisma.review.findMany({ where: { organisation: { slug } }, include: { batch: true } });
    expect(stored.filter((review) => review.ref === 'R1')).toHaveLength(1);
    expect(stored).toHaveLength(1 + landed);
    expect(await second.prisma.service.count({ where: { organisation: { slug } } })).toBe(1);
    const r1 = stored.find((review) => review.ref === 'R1')!;
    expect(r1.batch.fileName).toMatch(/^reviews-\d+\.csv$/);
    expect(r1.summarySentOn!.toISOString().slice(8, 10)).toBe(r1.batch.fileName.slice(8, 10));
  });
});
