/** POST /v1/imports with a mapping: inline in the JSON body, or by the name it was saved under. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveImportMapping } from '../../../src/data/import/mapping/saved-mappings.js';
import { bearer, setUpApi, type ApiFixture } from '../api-fixture.js';

describe('POST /v1/imports with a mapping', () => {
  let fx: ApiFixture;
  let actions: string;
  let mapping: unknown;
  beforeAll(async () => {
    fx = await setUpApi('pglite');
    actions = await readFile('fixtures/mapping/ACTIONS.csv', 'utf8');
    mapping = JSON.parse(await readFile('fixtures/mapping/ACTIONS.mapping.json', 'utf8'));
  });
  afterAll(async () => {
    await fx.close();
  });

  it('uses a mapping sent in the body, and one saved for the organisation by name', async () => {
    const inline = await fx.app.inject({ method: 'POST', url: '/v1/imports?dryRun=true', headers: bearer(fx.a.key), payload: { files: [{ name: 'ACTIONS.csv', content: actions }], mapping } });
    expect(inline.statusCode).toBe(200);
    expect(inline.json().files[0]).toMatchObject({ recordType: 'actions', status: 'validated', rows: 8 });

    await saveImportMapping({ db: fx.db, organisation: fx.a.slug, name: 'bi-raw-data', mapping: mapping as never });
    const byName = await fx.app.inject({ method: 'POST', url: '/v1/imports?dryRun=true', headers: bearer(fx.a.key), payload: { files: [{ name: 'ACTIONS.csv', content: actions }], mapping: 'bi-raw-data' } });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().files[0].errors).toEqual([]);

    // Another organisation cannot use it.
    const other = await fx.app.inject({ method: 'POST', url: '/v1/imports?dryRun=true', headers: bearer(fx.b.key), payload: { files: [{ name: 'ACTIONS.csv', content: actions }], mapping: 'bi-raw-data' } });
    expect(other.statusCode).toBe(404);
  });

  it('without the mapping, an uncertain header is a 422 with the proposal in the report', async () => {
    const response = await fx.app.inject({ method: 'POST', url: '/v1/imports?dryRun=true', headers: bearer(fx.a.key), payload: { files: [{ name: 'reviews.csv', content: 'id,person_id,type,Mtg date\nX-1,P-001,mini-review,03/04/2026\n' }] } });
    expect(response.statusCode).toBe(422);
    expect(response.json().report.files[0].columnMapping.missingRequired[0]).toMatchObject({ field: 'held_on', candidates: [{ header: 'Mtg date' }] });
  });
});

describe('PUT and GET /v1/import-mappings', () => {
  let fx: ApiFixture;
  let actions: string;
  let mapping: Record<string, unknown>;
  beforeAll(async () => {
    fx = await setUpApi('pglite');
    actions = await readFile('fixtures/mapping/ACTIONS.csv', 'utf8');
    mapping = JSON.parse(await readFile('fixtures/mapping/ACTIONS.mapping.json', 'utf8')) as Record<string, unknown>;
  });
  afterAll(async () => {
    await fx.close();
  });

  it('saves a mapping under a name for the organisation, lists it, and an import uses it by name', async () => {
    const saved = await fx.app.inject({ method: 'PUT', url: '/v1/import-mappings/our-bi-tables', headers: bearer(fx.a.key), payload: mapping });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ name: 'our-bi-tables', types: ['actions'] });
    const list = await fx.app.inject({ method: 'GET', url: '/v1/import-mappings', headers: bearer(fx.a.key) });
    expect(list.json().mappings.map((entry: { name: string }) => entry.name)).toEqual(['our-bi-tables']);
    const used = await fx.app.inject({ method: 'POST', url: '/v1/imports?dryRun=true', headers: bearer(fx.a.key), payload: { files: [{ name: 'ACTIONS.csv', content: actions }], mapping: 'our-bi-tables' } });
    expect(used.statusCode).toBe(200);
    expect((await fx.app.inject({ method: 'GET', url: '/v1/import-mappings', headers: bearer(fx.b.key) })).json().mappings).toEqual([]);
  });

  it('refuses a bad name and a mapping of the wrong shape', async () => {
    const badName = await fx.app.inject({ method: 'PUT', url: '/v1/import-mappings/Our%20System', headers: bearer(fx.a.key), payload: mapping });
    expect(badName.statusCode).toBe(400);
    const badMapping = await fx.app.inject({ method: 'PUT', url: '/v1/import-mappings/broken', headers: bearer(fx.a.key), payload: { types: { reviews: { columns: 7 } } } });
    expect(badMapping.statusCode).toBe(400);
  });
});
