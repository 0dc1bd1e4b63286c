/**
 * Organisations, API keys (hash only, shown once, revocable), scoped sections and export records.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiKey, LAST_USED_RESOLUTION_MS } from '../../src/access/authenticate-api-key.js';
import { hashApiKey } from '../../src/access/api-key-format.js';
import { createApiKey } from '../../src/access/create-api-key.js';
import { createOrganisation, slugFromName } from '../../src/access/create-organisation.js';
import { getSection } from '../../src/access/get-section.js';
import { listApiKeys } from '../../src/access/list-api-keys.js';
import { listExports } from '../../src/access/list-exports.js';
import { listOrganisations } from '../../src/access/list-organisations.js';
import { recordExport } from '../../src/access/record-export.js';
import { revokeApiKey } from '../../src/access/revoke-api-key.js';
import { saveSection } from '../../src/access/save-section.js';
import { batchIdsBehindFigures, figureIdsOfSection } from '../../src/access/section-evidence.js';
import type { Database } from '../../src/data/database.js';
import { ZSectionSchema, type Section } from '../../src/section/section-schema.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

async function fixtureSection(): Promise<Section> {
  return ZSectionSchema.parse(JSON.parse(await readFile('fixtures/sections/harbour-care-q2-involvement.json', 'utf8')));
}

describe('slugFromName', () => {
  it.each([
    ['Harbour Care Ltd', 'harbour-care-ltd'],
    ['  St. Mary’s Homes & Support  ', 'st-mary-s-homes-and-support'],
    ['Café Crème Care', 'cafe-creme-care'],
    ['***', ''],
  ])('%s → %s', (name, slug) => expect(slugFromName(name)).toBe(slug));
});

describe('figures and batches behind a section', () => {
  it('takes figure ids from the lines and the validated claims, and batches from the sources', async () => {
    const section = await fixtureSection();
    const ids = figureIdsOfSection(section);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual([...ids].sort());
    const figure = section.pack.figures.find((candidate) => candidate.id === ids[0])!;
    const source = { ...figure, source: 'review records: 48 of 50 reviews; participants.csv imported 2026-07-01, reviews.csv imported 2026-07-03 and 2026-07-05' };
    const changed = { ...section, pack: { ...section.pack, figures: section.pack.figures.map((candidate) => (candidate.id === figure.id ? source : { ...candidate, source: 'none' })) } };
    const batches = [
      { id: 'b1', fileName: 'reviews.csv', importedAt: new Date('2026-07-03T10:00:00Z') },
      { id: 'b2', fileName: 'reviews.csv', importedAt: new Date('2026-07-05T10:00:00Z') },
      { id: 'b3', fileName: 'reviews.csv', importedAt: new Date('2026-07-04T10:00:00Z') },
      { id: 'b4', fileName: 'participants.csv', importedAt: new Date('2026-07-01T09:00:00Z') },
      { id: 'b5', fileName: 'old-reviews.csv', importedAt: new Date('2026-07-03T10:00:00Z') },
      { id: 'b6', fileName: 'people.csv', importedAt: new Date('2026-07-01T09:00:00Z') },
    ];
    expect(batchIdsBehindFigures(changed, [figure.id], batches)).toEqual(['b1', 'b2', 'b4']);
    expect(batchIdsBehindFigures(changed, [], batches)).toEqual([]);
  });

  it('takes batches from provenance by id: a second same-day import of a file of the same name is not listed', async () => {
    const section = await fixtureSection();
    const figure = section.pack.figures[0]!;
    const provenance = {
      records: 'review records',
      noun: 'reviews',
      rows: 50,
      batches: [{ id: 'b1', file: 'reviews.csv', sha256: 'a'.repeat(64), importedAt: '2026-07-03T10:00:00.000Z' }],
    };
    const changed = { ...section, pack: { ...section.pack, figures: [{ ...figure, source: 'review records: reviews.csv imported 2026-07-03', provenance }] } };
    const batches = [
      { id: 'b1', fileName: 'reviews.csv', importedAt: new Date('2026-07-03T10:00:00Z') },
      { id: 'b2', fileName: 'reviews.csv', importedAt: new Date('2026-07-03T11:00:00Z') },
    ];
    expect(batchIdsBehindFigures(changed, [figure.id], batches)).toEqual(['b1']);
  });
});

describe.each(DATABASE_KINDS)('access on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('creates organisations with unique slugs', async () => {
    const created = await createOrganisation({ db, name: 'Harbour Care Ltd', bidderName: 'Harbour Care' });
    expect(created).toMatchObject({ slug: 'harbour-care-ltd', name: 'Harbour Care Ltd', bidderName: 'Harbour Care' });
    await expect(createOrganisation({ db, name: 'Harbour Care Ltd' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(createOrganisation({ db, name: 'Harbour', slug: 'Not A Slug' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(createOrganisation({ db, name: '***' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await createOrganisation({ db, name: 'Second Org', slug: 'second' });
    expect((await listOrganisations({ db })).map((org) => org.slug)).toEqual(['harbour-care-ltd', 'second']);
  });

  it('creates keys shown once, storing only the SHA-256', async () => {
    const key = await createApiKey({ db, organisation: 'harbour-care-ltd', name: 'laptop' });
    expect(key.key).toMatch(/^asd_[A-Za-z0-9_-]{43}$/);
    expect(key.prefix).toBe(key.key.slice(0, 12));
    const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.hash).toBe(hashApiKey(key.key));
    expect(JSON.stringify(row)).not.toContain(key.key);
    const listed = await listApiKeys({ db, organisation: 'harbour-care-ltd' });
    const { key: _shownOnce, ...summary } = key;
    expect(listed.find((entry) => entry.id === key.id)).toEqual(summary);
    expect(listed[0]).not.toHaveProperty('key');
    await expect(createApiKey({ db, organisation: 'nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('authenticates keys, touches lastUsedAt at most once a minute, and refuses revoked keys', async () => {
    const key = await createApiKey({ db, organisation: 'harbour-care-ltd' });
    const t0 = new Date('2026-11-01T10:00:00Z');
    const auth = await authenticateApiKey({ db, key: key.key, now: t0 });
    expect(auth).toMatchObject({ organisationSlug: 'harbour-care-ltd', apiKeyId: key.id, apiKeyPrefix: key.prefix });
    await authenticateApiKey({ db, key: key.key, now: new Date(t0.getTime() + LAST_USED_RESOLUTION_MS - 1) });
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS);
    await authenticateApiKey({ db, key: key.key, now: later });
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(later);

    await expect(authenticateApiKey({ db, key: 'asd_' + 'B'.repeat(43) })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(authenticateApiKey({ db, key: 'not-a-key' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const revoked = await revokeApiKey({ db, idOrPrefix: key.prefix });
    expect(revoked.revokedAt).not.toBeNull();
    await expect(authenticateApiKey({ db, key: key.key })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // Revoking again keeps the first time.
    expect((await revokeApiKey({ db, idOrPrefix: key.id })).revokedAt).toBe(revoked.revokedAt);
    await expect(revokeApiKey({ db, idOrPrefix: 'asd_nothing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeApiKey({ db, idOrPrefix: key.id, organisation: 'second' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stores sections per organisation: another organisation’s id is NOT_FOUND', async () => {
    const harbour = await db.prisma.organisation.findUniqueOrThrow({ where: { slug: 'harbour-care-ltd' } });
    const second = await db.prisma.organisation.findUniqueOrThrow({ where: { slug: 'second' } });
    const section = await fixtureSection();
    const stored = await saveSection({ db, organisationId: harbour.id, section });
    expect(stored.id).not.toBe(section.id);
    expect(await getSection({ db, organisationId: harbour.id, id: stored.id })).toEqual(stored);
    await expect(getSection({ db, organisationId: second.id, id: stored.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getSection({ db, organisationId: harbour.id, id: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getSection({ db, organisationId: harbour.id, id: '../../etc/passwd' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const batch = await db.prisma.importBatch.create({
      data: { organisationId: harbour.id, fileName: 'reviews.csv', sha256: 'a'.repeat(64), recordType: 'reviews', rowCount: 1, importedAt: new Date('2026-07-03T08:00:00Z') },
    });
    const figureId = figureIdsOfSection(stored)[0]!;
    const withSource = {
      ...stored,
      pack: { ...stored.pack, figures: stored.pack.figures.map((figure) => (figure.id === figureId ? { ...figure, source: 'records; reviews.csv imported 2026-07-03' } : figure)) },
    };
    const key = await createApiKey({ db, organisation: 'harbour-care-ltd' });
    const record = await recordExport({ db, organisationId: harbour.id, section: withSource, format: 'docx', apiKeyId: key.id, figureIds: [figureId], unverifiedReason: 'checked by hand' });
    expect(record).toMatchObject({ sectionId: stored.id, format: 'docx', apiKeyId: key.id, apiKeyPrefix: key.prefix, figureIds: [figureId], importBatchIds: [batch.id], unverifiedReason: 'checked by hand' });
    expect(await listExports({ db, organisationId: harbour.id })).toEqual([record]);
    expect(await listExports({ db, organisationId: second.id })).toEqual([]);
  });
});
