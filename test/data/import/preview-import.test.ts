/**
 * previewImport: the first rows of each file as they would be stored, each coded value with what
 * it maps to and how many rows have it, unknown values with the allowed ones, and nothing written.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../../src/data/import/import-files.js';
import { ZImportMappingSchema, type ImportMapping } from '../../../src/data/import/mapping/mapping-schema.js';
import { previewImport } from '../../../src/data/import/preview-import.js';
import { readFixtureFiles } from '../../support/fixture-files.js';
import { openTestDatabase } from '../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const csv = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });

async function tableCounts(db: Database) {
  const [batches, actions, reviews, participants, runs, mappings] = await Promise.all([
    db.prisma.importBatch.count(),
    db.prisma.action.count(),
    db.prisma.review.count(),
    db.prisma.participant.count(),
    db.prisma.importRun.count(),
    db.prisma.importMapping.count(),
  ]);
  return { batches, actions, reviews, participants, runs, mappings };
}

describe('previewImport', () => {
  let db: Database;
  let actions: string;
  let mapping: ImportMapping;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    const small = await readFixtureFiles('fixtures/small');
    const report = await importFiles({ db, now: NOW, files: small.filter((file) => file.name !== 'actions.csv') });
    expect(report.errorCount).toBe(0);
    actions = await readFile('fixtures/mapping/ACTIONS.csv', 'utf8');
    mapping = ZImportMappingSchema.parse(JSON.parse(await readFile('fixtures/mapping/ACTIONS.mapping.json', 'utf8')));
  });
  afterAll(async () => {
    await db.close();
  });

  it('shows the first rows typed as stored and every coded value with its row count, writing nothing', async () => {
    const before = await tableCounts(db);
    const preview = await previewImport({ db, now: NOW, mapping, files: [csv('ACTIONS.csv', actions)], rows: 3 });
    expect(await tableCounts(db)).toEqual(before);

    expect(preview).toMatchObject({ organisation: 'small-test', ready: true });
    const [file] = preview.files;
    expect(file).toMatchObject({ file: 'ACTIONS.csv', recordType: 'actions', rows: 8, rejectedRows: 0, errors: [] });
    expect(file!.columnMapping!.columns).toContainEqual({ header: 'ACTION_ID', field: 'id', similarity: 1, via: 'mapping' });
    expect(file!.firstRows).toHaveLength(3);
    // UTC due time 2026-01-30T09:00Z is that day in the UK; "Closed 28/01/2026" gives its date; the role is Assured's value.
    expect(file!.firstRows[0]).toEqual({
      row: 2,
      valid: true,
      values: expect.objectContaining({ id: 'AC-101', person_id: 'P-001', review_id: 'R-101', due_on: '2026-01-30', closed_on: '2026-01-28', owner_role: 'key-worker' }),
      errors: [],
    });
    expect(file!.columns.slice(0, 2)).toEqual(['id', 'person_id']);
    expect(file!.columns).toContain('owner_role');

    const roles = file!.valueMappings.find((column) => column.column === 'owner_role');
    expect(roles).toMatchObject({ sourceColumn: 'ASSIGNEE_ROLE', otherValues: 0 });
    expect(roles!.allowed).toContain('family');
    expect(roles!.values).toEqual([
      { value: 'Keyworker', storedAs: 'key-worker', via: 'synonym', rows: 4 },
      { value: 'other', storedAs: 'other', via: 'assured', rows: 1 },
      { value: 'Registered Manager', storedAs: 'rm', via: 'synonym', rows: 1 },
      { value: 'Relative', storedAs: 'family', via: 'mapping', rows: 1 },
      { value: 'Service User', storedAs: 'person', via: 'mapping', rows: 1 },
    ]);
  });

  it('lists an unknown value with the allowed ones, and the rows it refuses with their errors', async () => {
    const withUnknown = actions.replace('Relative', 'Volunteer');
    const preview = await previewImport({ db, now: NOW, mapping, files: [csv('ACTIONS.csv', withUnknown)] });
    expect(preview.ready).toBe(false);
    const [file] = preview.files;
    expect(file!.rejectedRows).toBe(1);
    const roles = file!.valueMappings.find((column) => column.column === 'owner_role')!;
    expect(roles.values[0]).toEqual({ value: 'Volunteer', storedAs: null, via: 'unknown', rows: 1 });
    expect(roles.allowed).toEqual(['key-worker', 'rm', 'ni', 'person', 'family', 'advocate', 'other']);
    const refused = file!.firstRows.find((row) => row.row === 3)!;
    expect(refused.valid).toBe(false);
    expect(refused.values.owner_role).toBe('Volunteer');
    expect(refused.errors[0]).toMatchObject({ row: 3, column: 'owner_role', sourceColumn: 'ASSIGNEE_ROLE', value: 'Volunteer' });
    expect(file!.firstRows).toHaveLength(8);

    // The value chosen for it in the mapping is then used.
    const chosen: ImportMapping = { ...mapping, types: { actions: { ...mapping.types.actions!, values: { owner_role: { ...mapping.types.actions!.values.owner_role, Volunteer: 'other' } } } } };
    const again = await previewImport({ db, now: NOW, mapping: chosen, files: [csv('ACTIONS.csv', withUnknown)] });
    expect(again.ready).toBe(true);
    expect(again.files[0]!.valueMappings.find((column) => column.column === 'owner_role')!.values).toContainEqual({ value: 'Volunteer', storedAs: 'other', via: 'mapping', rows: 1 });
  });

  it('rows made from attendance columns: each participant row shown, only the columns the provider wrote offered for mapping', async () => {
    const reviewsMapping = ZImportMappingSchema.parse(JSON.parse(await readFile('fixtures/mapping/care-plan-reviews.mapping.json', 'utf8')));
    const preview = await previewImport({ db, now: NOW, mapping: reviewsMapping, files: [{ name: 'care-plan-reviews.csv', content: await readFile('fixtures/mapping/care-plan-reviews.csv') }], rows: 4 });
    const [reviews, participants] = preview.files;
    expect(reviews!.valueMappings.find((column) => column.column === 'agenda_format')).toMatchObject({ sourceColumn: 'Agenda Format' });
    expect(participants).toMatchObject({ file: 'care-plan-reviews.csv (participants)', recordType: 'participants', rejectedRows: 0 });
    // Row 2 of the export makes three participants (the person, the key worker, family in person).
    expect(participants!.firstRows.map((row) => [row.row, row.values.id])).toEqual([
      [2, 'R-101-person-in-person'],
      [2, 'R-101-key-worker-in-person'],
      [2, 'R-101-family-in-person'],
      [3, 'R-102-person-in-person'],
    ]);
    expect(participants!.valueMappings.map((column) => column.column)).toEqual(['advocate_type']);
    expect(participants!.valueMappings[0]!.values).toContainEqual({ value: 'Advocate (IMCA)', storedAs: 'imca', via: 'synonym', rows: 1 });
  });

  it('a file whose columns need confirming shows the proposal and its error, and no rows', async () => {
    const preview = await previewImport({ db, now: NOW, files: [csv('reviews.csv', 'id,person_id,type,Mtg date\nX-1,P-001,Mini Review,03/04/2026\n')] });
    const [file] = preview.files;
    expect(preview.ready).toBe(false);
    expect(file!.columnMapping!.missingRequired[0]).toMatchObject({ field: 'held_on', candidates: [{ header: 'Mtg date' }] });
    expect(file!.errors).toHaveLength(1);
    expect(file!.firstRows).toEqual([]);
  });

  it('yes/no columns and Assured-named files: values typed, booleans as stored', async () => {
    const preview = await previewImport({
      db,
      now: NOW,
      files: [csv('reviews.csv', 'id,person_id,type,held_on,accessible_format_used\nX-1,P-001,Mini Review,03/04/2026,✓\nX-2,P-001,mini-review,04/04/2026,n\n')],
    });
    const [file] = preview.files;
    expect(file!.columnMapping!.columns.map((column) => column.via)).toEqual(['name', 'name', 'name', 'name', 'name']);
    expect(file!.valueMappings.find((column) => column.column === 'type')!.values).toEqual([
      { value: 'Mini Review', storedAs: 'mini-review', via: 'assured', rows: 1 },
      { value: 'mini-review', storedAs: 'mini-review', via: 'assured', rows: 1 },
    ]);
    expect(file!.valueMappings.find((column) => column.column === 'accessible_format_used')).toMatchObject({ allowed: ['yes', 'no'], values: [{ value: '✓', storedAs: 'yes', via: 'synonym' }, { value: 'n', storedAs: 'no', via: 'assured' }] });
    expect(file!.firstRows.map((row) => row.values.accessible_format_used)).toEqual([true, false]);
    expect(file!.firstRows[0]!.values.held_on).toBe('2026-04-03');
  });
});
