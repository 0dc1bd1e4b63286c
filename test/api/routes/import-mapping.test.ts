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
