import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/data/import/read-import-file.js';
import { emptyStoredIds } from '../../../src/data/import/stored-ids.js';
import { validateFiles } from '../../../src/data/import/validate-rows.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const csv = (name: string, text: string) => ({ name, content: Buffer.from(text, 'utf8') });

describe('import steps without a database', () => {
  it('read gives the type and table; validate resolves references against this import and the stored ids it is given', async () => {
    const files = await Promise.all([
      readImportFile(csv('people.csv', 'id,service_id,accessible_format,started_on\nP1,S1,easy-read,01/02/2024\nP2,S-OLD,none,01/02/2024\nP3,S-GONE,none,01/02/2024\n'), undefined),
      readImportFile(csv('services.csv', 'id,name,locality,service_type\nS1,Northgate,Northgate,supported-living\n'), undefined),
    ]);
    expect(files.map((file) => [file.type, file.table?.rows.length, file.report.errors])).toEqual([
      ['people', 3, []],
      ['services', 1, []],
    ]);
    const storedIds = emptyStoredIds();
    storedIds.services.set('S-OLD', '00000000-0000-4000-8000-000000000001');
    const validated = await validateFiles(files, { now: NOW, storedIds });
    // Validated in import order: services before the people that refer to them.
    expect(validated.map((file) => file.type)).toEqual(['services', 'people']);
    const people = validated[1]!;
    expect(people.valid.map((row) => [row.ref, row.row])).toEqual([
      ['P1', 2],
      ['P2', 3],
    ]);
    expect(people.valid[0]!.values).toMatchObject({ id: 'P1', service_id: 'S1', started_on: new Date('2024-02-01T00:00:00Z') });
    expect([...people.rejected.values()].flat().map((error) => error.message)).toEqual([
      'people.csv row 4 column service_id: S-GONE is not a known services id (expected the id of a row in services (in this import or already imported))',
    ]);
  });
});
