import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { pickOrganisation } from '../../src/data/pick-organisation.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { DATABASE_KINDS, openTestDatabase, resetDatabase } from '../support/test-database.js';

const services = { name: 'services.csv', content: Buffer.from('id,name,locality,service_type\nS1,Northgate,Northgate,supported-living\n') };
const remedy = 'import your records first';

async function addOrganisation(db: Database, slug: string): Promise<string> {
  return (await db.prisma.organisation.create({ data: { slug, name: slug }, select: { id: true } })).id;
}

describe.each(DATABASE_KINDS)('pickOrganisation on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('picks the one named, or the only one stored', async () => {
    const id = await addOrganisation(db, 'harbour');
    expect(await pickOrganisation({ db, slug: 'harbour', remedy })).toEqual({ id, slug: 'harbour' });
    expect(await pickOrganisation({ db, remedy })).toEqual({ id, slug: 'harbour' });
    await addOrganisation(db, 'acme');
    expect(await pickOrganisation({ db, slug: 'acme', remedy })).toMatchObject({ slug: 'acme' });
  });

  it('a missing organisation is NOT_FOUND with the remedy; several without a name is INVALID_INPUT', async () => {
    await expect(pickOrganisation({ db, remedy })).rejects.toMatchObject({ code: 'NOT_FOUND', message: `The database holds no organisation yet: ${remedy}.` });
    await addOrganisation(db, 'harbour');
    await expect(pickOrganisation({ db, slug: 'nobody', remedy })).rejects.toMatchObject({ code: 'NOT_FOUND', message: `No organisation "nobody": ${remedy}.` });
    await addOrganisation(db, 'acme');
    await expect(pickOrganisation({ db, remedy })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('--org SLUG') });
  });

  it('the import and the figures refuse a missing organisation with the same code', async () => {
    const fromImport = await importFiles({ db, files: [services] }).catch((error: unknown) => error);
    const fromFigures = await computeFigures({ db, period: '2026-Q2' }).catch((error: unknown) => error);
    expect(fromImport).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('organisation.csv') });
    expect(fromFigures).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('assured import') });
    await addOrganisation(db, 'harbour');
    await addOrganisation(db, 'acme');
    const severalImport = await importFiles({ db, files: [services] }).catch((error: unknown) => error);
    const severalFigures = await computeFigures({ db, period: '2026-Q2' }).catch((error: unknown) => error);
    expect([severalImport, severalFigures]).toMatchObject([{ code: 'INVALID_INPUT' }, { code: 'INVALID_INPUT' }]);
  });
});
