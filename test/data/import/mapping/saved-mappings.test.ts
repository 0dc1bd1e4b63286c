/** An organisation's mappings saved by name, listed, and reused by name on the next import. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/data/database.js';
import { importFiles } from '../../../../src/data/import/import-files.js';
import { findImportMapping, listImportMappings, saveImportMapping } from '../../../../src/data/import/mapping/saved-mappings.js';
import { readFixtureFiles } from '../../../support/fixture-files.js';
import { openTestDatabase } from '../../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('saved import mappings', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    const small = await readFixtureFiles('fixtures/small');
    await importFiles({ db, files: small.filter((file) => ['organisation.csv', 'services.csv', 'people.csv'].includes(file.name)), now: NOW });
  });
  afterAll(async () => {
    await db.close();
  });

  it('saves a mapping under a name, lists it, and an import reuses it by name', async () => {
    const definition = JSON.parse(await readFile('fixtures/mapping/care-plan-reviews.mapping.json', 'utf8'));
    await saveImportMapping({ db, name: 'our-care-system', mapping: definition });
    // Saving again under the same name replaces it.
    await saveImportMapping({ db, name: 'our-care-system', mapping: { ...definition, description: 'v2' } });
    expect(await listImportMappings({ db })).toMatchObject([{ name: 'our-care-system', types: ['reviews'], description: 'v2' }]);

    const mapping = await findImportMapping({ db, name: 'our-care-system' });
    const report = await importFiles({ db, files: [{ name: 'care-plan-reviews.csv', content: await readFile('fixtures/mapping/care-plan-reviews.csv') }], mapping, now: NOW });
    expect(report.files.map((file) => [file.file, file.recordType, file.created])).toEqual([
      ['care-plan-reviews.csv', 'reviews', 20],
      ['care-plan-reviews.csv (participants)', 'participants', 60],
    ]);
  });

  it('refuses an unknown name with the saved ones, and a bad mapping with where it is wrong', async () => {
    await expect(findImportMapping({ db, name: 'their-system' })).rejects.toThrow('No saved mapping "their-system" for small-test (saved: our-care-system)');
    await expect(saveImportMapping({ db, name: 'Our System', mapping: { types: {} } })).rejects.toThrow(/Mapping name "Our System" must be lower-case/);
    await expect(saveImportMapping({ db, name: 'x', mapping: { types: { reviews: { participants: [{ column: 'Mum came', role: 'mum', mode: 'in-person' }] } } } as never })).rejects.toThrow(
      /^mapping x: at types\.reviews\.participants\.0\.role: /,
    );
  });

  it('a review export without its mapping names the attendance columns and the provider column of a bad cell', async () => {
    const text = (await readFile('fixtures/mapping/care-plan-reviews.csv', 'utf8')).replace('R-101,P-001,Mini Review,14/01/2026', 'R-101,P-001,Mini Review,31/02/2026');
    const report = await importFiles({ db, files: [{ name: 'care-plan-reviews.csv', content: Buffer.from(text) }], dryRun: true, now: NOW });
    expect(report.files[0]!.errors.map((error) => error.message)).toContain('care-plan-reviews.csv row 2 column "Date of Review" (held_on): 31/02/2026 is not a real date (expected a date as DD/MM/YYYY or YYYY-MM-DD)');
    expect(report.files[0]!.warnings.join('\n')).toMatch(/"Family present \(Y\/N\)".* look like attendance columns: `assured mapping suggest care-plan-reviews\.csv` proposes the participants they make/);
  });
});
