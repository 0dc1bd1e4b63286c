/**
 * Providers' own exports imported through column and value mapping: confident headers used and
 * reported, uncertain ones stopping with candidates, values in the provider's words, the
 * fixtures/mapping shapes (attendance columns, a BI table in UTC, a hand-kept workbook) giving
 * the same records and figures as their Assured-format twins in fixtures/small.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../../../src/data/import/import-files.js';
import { ZImportMappingSchema, type ImportMapping } from '../../../../src/data/import/mapping/mapping-schema.js';
import { computeFigures } from '../../../../src/evidence/compute-figures.js';
import { readFixtureFiles } from '../../../support/fixture-files.js';
import { openTestDatabase, resetDatabase } from '../../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const csv = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });
const fixture = async (name: string): Promise<ImportFileInput> => ({ name, content: await readFile(`fixtures/mapping/${name}`) });
const mappingOf = async (name: string): Promise<ImportMapping> => ZImportMappingSchema.parse(JSON.parse(await readFile(`fixtures/mapping/${name}`, 'utf8')));

/** What a figure says, without where it came from (file names and batch ids differ by design). */
function figureValues(result: Awaited<ReturnType<typeof computeFigures>>) {
  return result.figures.map((figure) => ({ id: figure.id, value: figure.value, numerator: figure.numerator, denominator: figure.denominator, previous: figure.previous }));
}

describe('mapped imports', () => {
  let db: Database;
  let small: ImportFileInput[];
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    small = await readFixtureFiles('fixtures/small');
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });
  afterAll(async () => {
    await db.close();
  });
  const smallWithout = (...names: string[]) => small.filter((file) => !names.includes(file.name));

  it('maps confident headers ("Date of review" → held_on, "Service user ref" → person_id) and reports each', async () => {
    await importFiles({ db, files: smallWithout('reviews.csv', 'participants.csv', 'actions.csv'), now: NOW });
    const report = await importFiles({
      db,
      now: NOW,
      files: [csv('export.csv', 'Review ID,Service user ref,Review type,Date of review,Minutes sent\nX-1,P-001,mini-review,03/04/2026,08/04/2026\n')],
    });
    expect(report.errorCount).toBe(0);
    expect(report.files[0]).toMatchObject({ recordType: 'reviews', status: 'imported', created: 1 });
    expect(report.files[0]!.warnings).toContain('export.csv: columns mapped to reviews: Review ID → id, Service user ref → person_id, Review type → type, Date of review → held_on, Minutes sent → summary_sent_on');
    const review = await db.prisma.review.findFirstOrThrow({ where: { ref: 'X-1' } });
    expect(review.heldOn.toISOString().slice(0, 10)).toBe('2026-04-03');
    expect(review.summarySentOn?.toISOString().slice(0, 10)).toBe('2026-04-08');
  });

  it('stops on an uncertain header with the candidates and how to confirm, writing nothing', async () => {
    await importFiles({ db, files: smallWithout('reviews.csv', 'participants.csv', 'actions.csv'), now: NOW });
    const report = await importFiles({ db, now: NOW, files: [csv('reviews.csv', 'id,person_id,type,Mtg date\nX-1,P-001,mini-review,03/04/2026\n')] });
    expect(report.rejected).toBe(true);
    const [error] = report.files[0]!.errors;
    expect(error!.message).toMatch(/^reviews\.csv: has no "held_on" column \(perhaps "Mtg date"\)/);
    expect(error!.expected).toContain('assured mapping suggest');
    expect(report.files[0]!.columnMapping?.missingRequired).toEqual([{ field: 'held_on', candidates: [{ header: 'Mtg date', similarity: expect.any(Number) }] }]);
    expect(await db.prisma.review.count()).toBe(0);
  });

  it('a mapping confirms what the proposal could not, and its values map the provider words', async () => {
    await importFiles({ db, files: smallWithout('reviews.csv', 'participants.csv', 'actions.csv'), now: NOW });
    const mapping = ZImportMappingSchema.parse({ types: { reviews: { columns: { 'Held date': 'held_on' }, values: { type: { Annual: 'deep-dive' } } } } });
    const report = await importFiles({ db, now: NOW, mapping, files: [csv('reviews.csv', 'id,person_id,type,Held date\nX-1,P-001,Annual,03/04/2026\nX-2,P-001,6-weekly review,04/04/2026\nX-3,P-001,Annual,05/04/2026\n')] });
    expect(report.errorCount).toBe(0);
    expect(report.files[0]!.warnings).toContain('reviews.csv: values mapped in column type: "Annual" → deep-dive (2 rows), "6-weekly review" → mini-review (1 row)');
    expect((await db.prisma.review.findMany({ orderBy: { ref: 'asc' } })).map((review) => review.type)).toEqual(['deep-dive', 'mini-review', 'deep-dive']);
  });

  it('refuses an unknown value with the accepted ones, naming the provider column and value', async () => {
    await importFiles({ db, files: smallWithout('reviews.csv', 'participants.csv', 'actions.csv'), now: NOW });
    const report = await importFiles({ db, now: NOW, files: [csv('export.csv', 'Review ID,Service user ref,Review type,Date of review\nX-1,P-001,Annual party,03/04/2026\nX-2,P-001,Mini Review,31/02/2026\n')] });
    expect(report.files[0]!.errors.map((error) => error.message)).toEqual([
      'export.csv row 2 column "Review type" (type): Annual party is not one of the accepted values (expected one of goal-setting, mini-review, deep-dive, complex, debrief)',
      'export.csv row 3 column "Date of review" (held_on): 31/02/2026 is not a real date (expected a date as DD/MM/YYYY or YYYY-MM-DD)',
    ]);
    expect(report.files[0]!.errors[0]).toMatchObject({ file: 'export.csv', row: 2, column: 'type', sourceColumn: 'Review type', value: 'Annual party' });
  });

  it('the care-plan export with attendance columns gives the same records and figures as reviews.csv + participants.csv', async () => {
    await importFiles({ db, files: small, now: NOW });
    const expected = figureValues(await computeFigures({ db, period: '2026-Q2', organisation: 'small-test', now: NOW }));
    const expectedParticipants = await db.prisma.participant.findMany({ select: { role: true, mode: true, advocateType: true, review: { select: { ref: true } } } });
    await resetDatabase(db);

    const mapping = await mappingOf('care-plan-reviews.mapping.json');
    const report = await importFiles({ db, files: [...smallWithout('reviews.csv', 'participants.csv'), await fixture('care-plan-reviews.csv')], mapping, now: NOW });
    expect(report.errorCount).toBe(0);
    const reviewsReport = report.files.find((file) => file.file === 'care-plan-reviews.csv')!;
    expect(reviewsReport.warnings).toEqual(
      expect.arrayContaining([
        'care-plan-reviews.csv: values mapped in column "Review Type" (type): "Quarterly deep dive" → deep-dive (6 rows), "Best interests meeting" → complex (1 row), "Post incident debrief" → debrief (1 row)',
        'care-plan-reviews.csv: values mapped in column "Chaired By" (chair_role): "Keyworker" → key-worker (17 rows), "Registered Manager" → rm (2 rows)',
      ]),
    );
    expect(report.files.find((file) => file.file === 'care-plan-reviews.csv (participants)')).toMatchObject({ recordType: 'participants', created: 60, sourceFile: 'care-plan-reviews.csv' });
    const participants = await db.prisma.participant.findMany({ select: { role: true, mode: true, advocateType: true, review: { select: { ref: true } } } });
    const key = (list: typeof participants) => list.map((entry) => `${entry.review.ref} ${entry.role} ${entry.mode} ${entry.advocateType ?? ''}`).sort();
    expect(key(participants)).toEqual(key(expectedParticipants));
    expect(figureValues(await computeFigures({ db, period: '2026-Q2', organisation: 'small-test', now: NOW }))).toEqual(expected);
  });

  it('the BI actions table (UTC timestamps, STATUS "Closed 12/05/2026") gives the same actions as actions.csv', async () => {
    await importFiles({ db, files: small, now: NOW });
    const expected = await db.prisma.action.findMany({ select: { ref: true, ownerRole: true, dueOn: true, closedOn: true }, orderBy: { ref: 'asc' } });
    await resetDatabase(db);
    const report = await importFiles({ db, files: [...smallWithout('actions.csv'), await fixture('ACTIONS.csv')], mapping: await mappingOf('ACTIONS.mapping.json'), now: NOW });
    expect(report.errorCount).toBe(0);
    expect(await db.prisma.action.findMany({ select: { ref: true, ownerRole: true, dueOn: true, closedOn: true }, orderBy: { ref: 'asc' } })).toEqual(expected);
  });

  it('UTC timestamps become UK local dates on both sides of the clock changes', async () => {
    await importFiles({ db, files: smallWithout('actions.csv'), now: NOW });
    const mapping = await mappingOf('ACTIONS.mapping.json');
    const rows = [
      ['U1', '2026-03-28T23:30:00Z'], // GMT: still 28 March
      ['U2', '2026-03-29T23:30:00Z'], // BST from 29 March 01:00 UTC: 30 March
      ['U3', '2026-10-24T23:30:00Z'], // BST: 25 October
      ['U4', '2026-10-25T23:30:00Z'], // GMT again from 25 October 01:00 UTC: 25 October
    ];
    const text = `ACTION_ID,CLIENT_ID,REVIEW_ID,CREATED_AT,DUE_DATE,STATUS,ASSIGNEE_ROLE\n${rows.map(([id, due]) => `${id},P-001,,,${due},Open,Keyworker`).join('\n')}\n`;
    const report = await importFiles({ db, files: [csv('ACTIONS.csv', text)], mapping, now: NOW });
    expect(report.errorCount).toBe(0);
    const stored = await db.prisma.action.findMany({ orderBy: { ref: 'asc' } });
    expect(stored.map((action) => action.dueOn.toISOString().slice(0, 10))).toEqual(['2026-03-28', '2026-03-30', '2026-10-25', '2026-10-25']);
    expect(stored.every((action) => action.closedOn === null)).toBe(true);
  });

  it('the hand-kept workbook (title row, blank rows, text dates, totals row) gives the same reviews as reviews.csv', async () => {
    await importFiles({ db, files: small, now: NOW });
    const select = { ref: true, type: true, heldOn: true, summarySentOn: true, durationMinutes: true } as const;
    const expected = await db.prisma.review.findMany({ select, orderBy: { ref: 'asc' } });
    await resetDatabase(db);
    const report = await importFiles({
      db,
      files: [...smallWithout('reviews.csv', 'participants.csv', 'actions.csv'), await fixture('reviews-log-kept-by-hand.xlsx')],
      mapping: await mappingOf('reviews-log-kept-by-hand.mapping.json'),
      now: NOW,
    });
    expect(report.errorCount).toBe(0);
    const file = report.files.find((entry) => entry.file === 'reviews-log-kept-by-hand.xlsx')!;
    expect(file.rows).toBe(20);
    expect(file.warnings).toEqual(expect.arrayContaining(['reviews-log-kept-by-hand.xlsx: row 1 read as a title above the header', expect.stringMatching(/^reviews-log-kept-by-hand\.xlsx: row \d+ skipped: a totals row$/)]));
    expect(await db.prisma.review.findMany({ select, orderBy: { ref: 'asc' } })).toEqual(expected.map((review) => ({ ...review })));
  });

  it('one workbook with a sheet per record type imports every recognised sheet in dependency order, in one transaction', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRow(['This workbook holds our records']);
    const reviewsSheet = workbook.addWorksheet('Reviews');
    reviewsSheet.addRow(['id', 'person_id', 'type', 'held_on']);
    reviewsSheet.addRow(['W-1', 'P-W', 'mini-review', '03/04/2026']);
    const peopleSheet = workbook.addWorksheet('People');
    peopleSheet.addRow(['id', 'service_id', 'accessible_format', 'started_on']);
    peopleSheet.addRow(['P-W', 'S-EL', 'none', '01/01/2025']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const base = smallWithout('reviews.csv', 'participants.csv', 'actions.csv', 'people.csv', 'feedback.csv', 'disagreements.csv', 'advocate-referrals.csv', 'enablement.json');
    const report = await importFiles({ db, files: [...base, { name: 'records.xlsx', content }], now: NOW });
    expect(report.errorCount).toBe(0);
    expect(report.files.filter((file) => file.sourceFile === 'records.xlsx').map((file) => [file.file, file.recordType, file.status])).toEqual([
      ['records.xlsx [Reviews]', 'reviews', 'imported'],
      ['records.xlsx [People]', 'people', 'imported'],
    ]);
    expect(report.files.find((file) => file.file === 'records.xlsx [Reviews]')!.warnings).toContain('records.xlsx: sheet "Read me" ignored (not a record type)');
    expect(await db.prisma.review.count({ where: { ref: 'W-1' } })).toBe(1);

    // A bad row on one sheet rejects the whole workbook: nothing of the other sheet is written.
    await resetDatabase(db);
    reviewsSheet.getCell('D2').value = '31/02/2026';
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    const rejected = await importFiles({ db, files: [...base, { name: 'records.xlsx', content: broken }], now: NOW });
    expect(rejected.rejected).toBe(true);
    expect(await db.prisma.person.count({ where: { ref: 'P-W' } })).toBe(0);
  });
});
