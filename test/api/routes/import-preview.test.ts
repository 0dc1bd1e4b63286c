/**
 * POST /v1/imports/preview: the files as they would be stored, written nowhere; a value mapping
 * chosen from the preview saved under a name and used by the next import; and the size of a
 * multipart `mapping` field, accepted up to its limit and refused above it with a 413 that says so.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, multipartBody, setUpApi, type ApiFixture } from '../api-fixture.js';

async function tableCounts(fx: ApiFixture) {
  const where = { organisationId: fx.a.id };
  const [batches, actions, reviews, runs, mappings] = await Promise.all([
    fx.db.prisma.importBatch.count({ where }),
    fx.db.prisma.action.count({ where }),
    fx.db.prisma.review.count({ where }),
    fx.db.prisma.importRun.count({ where }),
    fx.db.prisma.importMapping.count({ where }),
  ]);
  return { batches, actions, reviews, runs, mappings };
}

describe('POST /v1/imports/preview', () => {
  let fx: ApiFixture;
  let actions: string;
  let mapping: { name: string; types: { actions: { values: { owner_role: Record<string, string> } } & Record<string, unknown> } };
  beforeAll(async () => {
    fx = await setUpApi('pglite');
    actions = (await readFile('fixtures/mapping/ACTIONS.csv', 'utf8')).replace('Relative', 'Volunteer');
    mapping = JSON.parse(await readFile('fixtures/mapping/ACTIONS.mapping.json', 'utf8')) as typeof mapping;
  });
  afterAll(async () => {
    await fx.close();
  });

  it('returns the mapped, typed first rows and each value with its row count, and writes nothing', async () => {
    const before = await tableCounts(fx);
    const response = await fx.app.inject({ method: 'POST', url: '/v1/imports/preview?rows=2', headers: bearer(fx.a.key), payload: { files: [{ name: 'ACTIONS.csv', content: actions }], mapping } });
    expect(response.statusCode).toBe(200);
    expect(await tableCounts(fx)).toEqual(before);
    const body = response.json();
    expect(body).toMatchObject({ organisation: fx.a.slug, ready: false });
    const [file] = body.files;
    expect(file).toMatchObject({ file: 'ACTIONS.csv', recordType: 'actions', rows: 8, rejectedRows: 1 });
    expect(file.firstRows).toHaveLength(2);
    expect(file.firstRows[0]).toMatchObject({ row: 2, valid: true, values: { id: 'AC-101', due_on: '2026-01-30', closed_on: '2026-01-28', owner_role: 'key-worker' } });
    const roles = file.valueMappings.find((column: { column: string }) => column.column === 'owner_role');
    expect(roles.values).toContainEqual({ value: 'Keyworker', storedAs: 'key-worker', via: 'synonym', rows: 4 });
    // The unknown value comes first, with the values it may be.
    expect(roles.values[0]).toEqual({ value: 'Volunteer', storedAs: null, via: 'unknown', rows: 1 });
    expect(roles.allowed).toEqual(['key-worker', 'rm', 'ni', 'person', 'family', 'advocate', 'other']);
    expect(file.firstRows[1]).toMatchObject({ row: 3, valid: false, errors: [{ column: 'owner_role', sourceColumn: 'ASSIGNEE_ROLE', value: 'Volunteer' }] });
  });

  it('a value chosen from the preview is saved in the named mapping and used by the following import', async () => {
    const edited = { ...mapping, types: { ...mapping.types, actions: { ...mapping.types.actions, values: { owner_role: { ...mapping.types.actions.values.owner_role, Volunteer: 'other' } } } } };
    const saved = await fx.app.inject({ method: 'PUT', url: '/v1/import-mappings/bi-raw-data', headers: bearer(fx.a.key), payload: edited });
    expect(saved.statusCode).toBe(200);

    const { payload, headers } = multipartBody([
      { name: 'mapping', content: 'bi-raw-data' },
      { name: 'files', filename: 'ACTIONS.csv', content: actions },
    ]);
    const preview = await fx.app.inject({ method: 'POST', url: '/v1/imports/preview', headers: { ...bearer(fx.a.key), ...headers }, payload });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().ready).toBe(true);
    expect(preview.json().files[0].valueMappings[0].values).toContainEqual({ value: 'Volunteer', storedAs: 'other', via: 'mapping', rows: 1 });

    const imported = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key), payload: { files: [{ name: 'ACTIONS.csv', content: actions }], mapping: 'bi-raw-data' } });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().files[0].status).toBe('imported');
    const action = await fx.db.prisma.action.findFirstOrThrow({ where: { organisationId: fx.a.id, ref: 'AC-102' }, select: { ownerRole: true } });
    expect(action.ownerRole).toBe('other');
  });

  it('GET /v1/import-mappings/{name} answers the saved mapping with the chosen value, for its organisation only', async () => {
    const found = await fx.app.inject({ method: 'GET', url: '/v1/import-mappings/bi-raw-data', headers: bearer(fx.a.key) });
    expect(found.statusCode).toBe(200);
    expect(found.json()).toMatchObject({ name: 'bi-raw-data', types: { actions: { values: { owner_role: { Volunteer: 'other', Relative: 'family' } } } } });
    expect((await fx.app.inject({ method: 'GET', url: '/v1/import-mappings/bi-raw-data', headers: bearer(fx.b.key) })).statusCode).toBe(404);
  });

  it('another organisation cannot preview with the mapping saved by the first', async () => {
    const response = await fx.app.inject({ method: 'POST', url: '/v1/imports/preview', headers: bearer(fx.b.key), payload: { files: [{ name: 'ACTIONS.csv', content: actions }], mapping: 'bi-raw-data' } });
    expect(response.statusCode).toBe(404);
  });

  it('refuses a request without files and a rows count out of range', async () => {
    expect((await fx.app.inject({ method: 'POST', url: '/v1/imports/preview', headers: bearer(fx.a.key), payload: { files: [] } })).statusCode).toBe(400);
    expect((await fx.app.inject({ method: 'POST', url: '/v1/imports/preview?rows=500', headers: bearer(fx.a.key), payload: { files: [{ name: 'ACTIONS.csv', content: actions }] } })).statusCode).toBe(400);
  });
});

describe('the multipart mapping field', () => {
  let fx: ApiFixture;
  let actions: string;
  let mapping: { types: { actions: { values: Record<string, Record<string, string>> } & Record<string, unknown> } };
  beforeAll(async () => {
    fx = await setUpApi('pglite');
    actions = await readFile('fixtures/mapping/ACTIONS.csv', 'utf8');
    mapping = JSON.parse(await readFile('fixtures/mapping/ACTIONS.mapping.json', 'utf8')) as typeof mapping;
  });
  afterAll(async () => {
    await fx.close();
  });

  /** The fixture's mapping with `words` more provider words for the owner role, each about 40 bytes. */
  const mappingWith = (words: number) => {
    const values = { ...mapping.types.actions.values.owner_role };
    for (let index = 0; index < words; index += 1) values[`Key worker (team ${String(index).padStart(6, '0')})`] = 'key-worker';
    return JSON.stringify({ ...mapping, types: { actions: { ...mapping.types.actions, values: { owner_role: values } } } });
  };
  const send = (mappingText: string) => {
    const { payload, headers } = multipartBody([
      { name: 'mapping', content: mappingText },
      { name: 'files', filename: 'ACTIONS.csv', content: actions },
    ]);
    return fx.app.inject({ method: 'POST', url: '/v1/imports?dryRun=true', headers: { ...bearer(fx.a.key), ...headers }, payload });
  };

  it('accepts a realistic saved mapping well over the old 1 KiB', async () => {
    const text = mappingWith(500);
    expect(Buffer.byteLength(text)).toBeGreaterThan(20_000);
    const response = await send(text);
    expect(response.statusCode).toBe(200);
    expect(response.json().files[0]).toMatchObject({ recordType: 'actions', status: 'validated' });
  });

  it('accepts one just under the limit and refuses one over it with a 413 that names the field and the limit', async () => {
    const limit = fx.app.limits.mappingBytes;
    expect(limit).toBe(256 * 1024);
    // Every added word is the same length, so the count that fits is a division.
    const base = Buffer.byteLength(mappingWith(0));
    const perWord = Buffer.byteLength(mappingWith(1)) - base;
    const under = mappingWith(Math.floor((limit - base) / perWord));
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(limit);
    expect(Buffer.byteLength(under)).toBeGreaterThan(limit - perWord);
    expect((await send(under)).statusCode).toBe(200);

    const over = mappingWith(Math.ceil(limit / 40) + 100);
    expect(Buffer.byteLength(over)).toBeGreaterThan(limit);
    const refused = await send(over);
    expect(refused.statusCode).toBe(413);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().detail).toBe(`Field mapping is larger than ${limit} bytes: send a shorter mapping, or save it with PUT /v1/import-mappings/{name} and send its name.`);
  });
});
