import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../../src/data/import/import-files.js';
import { countRecords } from '../../../src/data/table-counts.js';
import { computeFigures } from '../../../src/evidence/compute-figures.js';
import { DATABASE_KINDS, openTestDatabase, resetDatabase } from '../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const file = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });

const organisation = file('organisation.csv', 'slug,name,region,summary_working_days\nacme-care,Acme Care Ltd,england-and-wales,5\n');
const services = file('services.csv', 'id,name,locality,service_type\nS1,Northgate supported living,Northgate,supported-living\nS2,Riverside home care,Riverside,domiciliary-care\n');
const people = file('people.csv', 'id,service_id,accessible_format,started_on\nP1,S1,easy-read,01/02/2024\nP2,S2,none,2025-03-10\n');
// Semicolons, CRLF and a byte-order mark, as Excel writes them on a UK machine.
const reviews = file(
  'reviews.csv',
  '\uFEFFid;person_id;type;held_on;agenda_sent_on;summary_sent_on;accessible_format_used\r\nR1;P1;mini-review;03/04/2026;30/03/2026;10/04/2026;yes\r\nR2;P2;deep-dive;14/05/2026;;;\r\n',
);
const participants = file(
  'attendance.json',
  JSON.stringify([
    { id: 'A1', review_id: 'R1', role: 'family', mode: 'async' },
    { id: 'A2', review_id: 'R1', role: 'advocate', advocate_type: 'imca', mode: 'in-person' },
  ]),
);

async function xlsxFile(name: string, rows: (string | number | Date)[][]): Promise<ImportFileInput> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  return { name, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

describe.each(DATABASE_KINDS)('importFiles on %s', (kind) => {
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

  const baseFiles = [organisation, services, people, reviews, participants];

  it('imports CSV (BOM, semicolons, CRLF), JSON and XLSX in dependency order, with day-first dates', async () => {
    const actions = await xlsxFile('actions.xlsx', [
      ['id', 'person_id', 'review_id', 'owner_role', 'due_on', 'closed_on'],
      ['AC1', 'P1', 'R1', 'key-worker', new Date(Date.UTC(2026, 3, 17)), 46128],
    ]);
    const report = await importFiles({ db, files: [participants, reviews, actions, people, services, organisation], now: NOW });
    // Seen failing only under full parallel load: the messages say which file and why.
    expect(report.errorCount, JSON.stringify(report.files.flatMap((entry) => entry.errors.map((error) => error.message)))).toBe(0);
    expect(report.organisation).toBe('acme-care');
    expect(report.files.map((entry) => [entry.file, entry.recordType, entry.status, entry.created])).toEqual([
      ['attendance.json', 'participants', 'imported', 2],
      ['reviews.csv', 'reviews', 'imported', 2],
      ['actions.xlsx', 'actions', 'imported', 1],
      ['people.csv', 'people', 'imported', 2],
      ['services.csv', 'services', 'imported', 2],
      ['organisation.csv', 'organisation', 'imported', 1],
    ]);
    const review = await db.prisma.review.findFirstOrThrow({ where: { ref: 'R1' }, include: { batch: true } });
    expect(review.heldOn.toISOString().slice(0, 10)).toBe('2026-04-03');
    expect(review.summarySentOn?.toISOString().slice(0, 10)).toBe('2026-04-10');
    expect(review.batch.fileName).toBe('reviews.csv');
    expect(review.batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(review.sourceRow).toBe(2);
    const action = await db.prisma.action.findFirstOrThrow({ where: { ref: 'AC1' } });
    expect(action.dueOn.toISOString().slice(0, 10)).toBe('2026-04-17');
    expect(action.closedOn?.toISOString().slice(0, 10)).toBe('2026-04-16');
    expect(await countRecords(db, 'acme-care')).toMatchObject({ services: 2, people: 2, reviews: 2, participants: 2, actions: 1, 'import batches': 6 });
  });

  it('re-importing the same files is a no-op, and changed rows update by id without duplicates', async () => {
    await importFiles({ db, files: baseFiles, now: NOW });
    const again = await importFiles({ db, files: baseFiles, now: NOW });
    expect(again.files.every((entry) => entry.status === 'unchanged')).toBe(true);
    expect(await db.prisma.importBatch.count()).toBe(5);

    const changed = file('reviews.csv', 'id,person_id,type,held_on,summary_sent_on\nR1,P1,mini-review,03/04/2026,08/04/2026\nR3,P2,complex,20/05/2026,22/05/2026\n');
    const report = await importFiles({ db, files: [changed], now: NOW });
    expect(report.files[0]).toMatchObject({ status: 'imported', created: 1, updated: 1 });
    expect(await db.prisma.review.count()).toBe(3);
    const review = await db.prisma.review.findFirstOrThrow({ where: { ref: 'R1' }, include: { batch: true } });
    expect(review.summarySentOn?.toISOString().slice(0, 10)).toBe('2026-04-08');
    expect(review.batch.id).toBe(report.files[0]!.batchId);
  });

  it('rejects the whole import when any row is bad, writing nothing, and lists every error', async () => {
    const badReviews = file(
      'reviews.csv',
      [
        'id,person_id,type,held_on,summary_sent_on,duration_minutes',
        'R1,P1,mini-review,03/04/2026,31/02/2026,30',
        'R2,P9,mini-review,03/04/2026,,30',
        'R3,P1,annual-party,03/04/2026,,30',
        'R4,P1,mini-review,10/04/2026,08/04/2026,30',
        'R5,P1,mini-review,03/04/2031,,30',
        'R1,P1,mini-review,05/04/2026,,30',
        'R6,P1,mini-review,,,30',
        'R7,P1,mini-review,05/04/2026,,900',
      ].join('\n'),
    );
    const report = await importFiles({ db, files: [organisation, services, people, badReviews], now: NOW });
    expect(report.rejected).toBe(true);
    expect(report.files.find((entry) => entry.file === 'reviews.csv')!.errors.map((error) => error.message)).toEqual([
      'reviews.csv row 2 column summary_sent_on: 31/02/2026 is not a real date (expected a date as DD/MM/YYYY or YYYY-MM-DD)',
      'reviews.csv row 3 column person_id: P9 is not a known people id (expected the id of a row in people (in this import or already imported))',
      'reviews.csv row 4 column type: annual-party is not one of the accepted values (expected one of goal-setting, mini-review, deep-dive, complex, debrief)',
      'reviews.csv row 5 column summary_sent_on: 08/04/2026 is before the meeting (held_on) (expected summary_sent_on on or after held_on)',
      'reviews.csv row 6 column held_on: 03/04/2031 is in the future (expected a date on or before 2026-11-24)',
      'reviews.csv row 7 column id: R1 is a duplicate id (first used on row 2) (expected an id used once per record type)',
      'reviews.csv row 8 column held_on: value is missing (expected a date as DD/MM/YYYY or YYYY-MM-DD)',
      'reviews.csv row 9 column duration_minutes: 900 is out of range (expected a whole number from 1 to 480)',
    ]);
    expect(await db.prisma.organisation.count()).toBe(0);
    expect(await db.prisma.service.count()).toBe(0);
    expect(await db.prisma.importBatch.count()).toBe(0);
  });

  it('with skipInvalid imports the valid rows and returns the rejected ones with their errors', async () => {
    await importFiles({ db, files: [organisation, services, people], now: NOW });
    const mixed = file('disagreements.csv', 'id,person_id,logged_on,topic,escalation_level,resolved_on\nD1,P1,02/06/2026,contact,rm,16/06/2026\nD2,P1,02/06/2026,contact,rm,01/06/2026\n');
    const report = await importFiles({ db, files: [mixed], skipInvalid: true, now: NOW });
    expect(report.files[0]).toMatchObject({ status: 'partly-imported', created: 1, rejected: 1 });
    expect(report.files[0]!.rejectedRows).toEqual([
      ['id', 'person_id', 'logged_on', 'topic', 'escalation_level', 'resolved_on', 'errors'],
      [
        'D2',
        'P1',
        '02/06/2026',
        'contact',
        'rm',
        '01/06/2026',
        'disagreements.csv row 3 column resolved_on: 01/06/2026 is before the disagreement was logged (logged_on) (expected resolved_on on or after logged_on)',
      ],
    ]);
    expect(await db.prisma.disagreement.count()).toBe(1);
  });

  it('keeps what a referral or disagreement led to, in the provider\'s words or ours, and says which outcomes it accepts', async () => {
    await importFiles({ db, files: [organisation, services, people], now: NOW });
    const referrals = file('advocate-referrals.csv', 'Referral ID,person_id,advocate_type,trigger,referred_at,advocate_involved_at,What changed\nAR1,P1,imca,best-interests,03/04/2026 10:15,04/04/2026 16:00,Decision changed\nAR2,P1,care-act,safeguarding,05/04/2026 10:15,,\n');
    const log = file('disagreements.csv', 'id,person_id,logged_on,topic,escalation_level,resolved_on,outcome\nD1,P1,02/06/2026,contact,rm,16/06/2026,Partly upheld\n');
    const report = await importFiles({ db, files: [referrals, log], now: NOW });
    expect(report.errorCount).toBe(0);
    const stored = await db.prisma.advocateReferral.findMany({ orderBy: { ref: 'asc' }, select: { ref: true, outcome: true } });
    expect(stored).toEqual([{ ref: 'AR1', outcome: 'decision-changed' }, { ref: 'AR2', outcome: null }]);
    expect((await db.prisma.disagreement.findFirstOrThrow()).outcome).toBe('part-agreed');

    const bad = await importFiles({ db, files: [file('disagreements.csv', 'id,person_id,logged_on,topic,escalation_level,resolved_on,outcome\nD2,P1,02/06/2026,contact,rm,16/06/2026,sorted\n')], now: NOW });
    expect(bad.errorCount).toBe(1);
    expect(bad.files[0]!.errors.map((error) => error.message)).toEqual([
      'disagreements.csv row 2 column outcome: sorted is not one of the accepted values (expected one of plan-changed, part-agreed, agreed-after-explanation, not-upheld, other)',
    ]);
  });

  it('keeps an Independent Mental Health Advocate and a Mental Health Act trigger as themselves, in the provider\'s words', async () => {
    await importFiles({ db, files: [organisation, services, people], now: NOW });
    const referrals = file('advocate-referrals.csv', 'id,person_id,advocate_type,trigger,referred_at,advocate_involved_at\nAR1,P1,Independent Mental Health Advocate,Community treatment order,03/04/2026 10:15,04/04/2026 16:00\nAR2,P1,IMHA,detained,05/04/2026 10:15,\n');
    const report = await importFiles({ db, files: [referrals], now: NOW });
    expect(report.errorCount).toBe(0);
    const stored = await db.prisma.advocateReferral.findMany({ orderBy: { ref: 'asc' }, select: { ref: true, advocateType: true, trigger: true } });
    expect(stored).toEqual([
      { ref: 'AR1', advocateType: 'imha', trigger: 'mental-health-act' },
      { ref: 'AR2', advocateType: 'imha', trigger: 'mental-health-act' },
    ]);
  });

  it('a dry run validates without writing', async () => {
    const report = await importFiles({ db, files: baseFiles, dryRun: true, now: NOW });
    expect(report.errorCount).toBe(0);
    expect(report.files.every((entry) => entry.status === 'validated')).toBe(true);
    expect(await db.prisma.organisation.count()).toBe(0);
  });

  it('reports whole-file problems: unknown type, missing column, no rows, ragged rows, non-list JSON, bad encoding', async () => {
    await importFiles({ db, files: [organisation, services, people], now: NOW });
    const report = await importFiles({
      db,
      now: NOW,
      files: [
        file('notes.csv', 'colour,shape\nred,round\n'),
        file('reviews.csv', 'id,person_id,type\nR1,P1,mini-review\n'),
        file('actions.csv', 'id,person_id,owner_role,due_on,closed_on\n'),
        file('feedback.csv', 'id,service_id,responded_on,respondent_role,kind\nF1,S1,01/05/2026,family,compliment,extra,fields\n'),
        file('changes.json', '{"id": "C1"}'),
        { name: 'governance-samples.csv', content: Buffer.from([0x69, 0x64, 0x0a, 0xff, 0xfe, 0x0a]) },
      ],
    });
    expect(report.files.flatMap((entry) => entry.errors.map((error) => error.message))).toEqual([
      'notes.csv: is not a recognised record type: neither the file name nor the header names one (expected a file named after its type (organisation, services, people, reviews, participants, actions, advocate-referrals, disagreements, feedback, changes, enablement, governance-samples, practices) or with that type\'s columns)',
      'reviews.csv: has no "held_on" column (expected the reviews columns id, person_id, type, held_on)',
      'actions.csv: has a header but no data rows (expected at least one data row)',
      'feedback.csv row 2: has 7 fields (expected 5 fields, one per header column)',
      'changes.json: the JSON is not a list of records (expected a JSON array of objects, or { "rows": [ … ] })',
      'governance-samples.csv: the file is not UTF-8 text (expected UTF-8 text (in Excel: Save As → "CSV UTF-8"))',
    ]);
    expect(await db.prisma.importBatch.count()).toBe(3);
  });

  it('checks references, date orders and advocate types across rows', async () => {
    await importFiles({ db, files: baseFiles, now: NOW });
    const report = await importFiles({
      db,
      now: NOW,
      files: [
        file('advocate-referrals.csv', 'id,person_id,advocate_type,trigger,referred_at,advocate_involved_at\nAR1,P1,imca,best-interests,03/04/2026 10:15,03/04/2026 09:00\n'),
        file('changes.csv', 'id,service_id,raised_on,raised_by_role,you_said,we_did,changed_on\nC1,S9,12/04/2026,family,Reviews clash with college,Moved reviews to Fridays,02/04/2026\n'),
        file('participants.csv', 'id,review_id,role,mode\nA9,R1,advocate,remote\n'),
        file('feedback.csv', 'id,service_id,responded_on,respondent_role,kind,feel_involved\nF1,S1,01/05/2026,family,survey,7\n'),
        file('enablement.csv', 'id,person_id,domain,measure,unit,before_value,after_value,started_on,consent_to_share\nE1,P1,community-access,staff support,ratio,two,1:1,10/01/2026,perhaps\n'),
        file('reviews.csv', 'id,person_id,type,held_on,agenda_sent_on\nR9,P1,mini-review,03/04/2026,05/04/2026\n'),
      ],
    });
    expect(report.files.flatMap((entry) => entry.errors.map((error) => error.message))).toEqual([
      'advocate-referrals.csv row 2 column advocate_involved_at: 03/04/2026 09:00 is before the referral (referred_at) (expected advocate_involved_at on or after referred_at)',
      'changes.csv row 2 column changed_on: 02/04/2026 is before the feedback was given (raised_on) (expected changed_on on or after raised_on)',
      'changes.csv row 2 column service_id: S9 is not a known services id (expected the id of a row in services (in this import or already imported))',
      'participants.csv row 2 column advocate_type: value is missing for an advocate (expected imca, care-act, rpr or other)',
      'feedback.csv row 2 column feel_involved: 7 is out of range (expected a whole number from 1 to 5)',
      'enablement.csv row 2 column consent_to_share: perhaps is not yes or no (expected yes/no, y/n, true/false or 1/0)',
      'reviews.csv row 2 column agenda_sent_on: 05/04/2026 is after the meeting (held_on) (expected agenda_sent_on on or before held_on)',
    ]);
  });
});

describe.each(DATABASE_KINDS)('re-importing on %s: the database holds what the latest import says', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  beforeEach(async () => {
    await resetDatabase(db);
    await importFiles({ db, files: [organisation, services, people], now: NOW });
  });
  afterAll(async () => {
    await db.close();
  });

  const header = 'id,person_id,type,held_on,summary_sent_on\n';
  // R1's summary is on time (3 working days) in the original and late in the changed copy.
  const original = file('reviews.csv', `${header}R1,P1,mini-review,03/04/2026,08/04/2026\nR2,P2,deep-dive,14/05/2026,15/05/2026\n`);
  const changed = file('reviews.csv', `${header}R1,P1,mini-review,03/04/2026,30/04/2026\nR2,P2,deep-dive,14/05/2026,15/05/2026\n`);
  const summaryOf = async (ref: string) =>
    (await db.prisma.review.findFirstOrThrow({ where: { ref } })).summarySentOn?.toISOString().slice(0, 10);
  const summariesOnTime = async () => {
    const result = await computeFigures({ db, period: '2026-Q2', organisation: 'acme-care' });
    return result.figures.find((figure) => figure.id === 'summaries-on-time')?.value;
  };

  it('an original file imported again after a changed copy puts the original rows back, and the figures follow', async () => {
    const first = await importFiles({ db, files: [original], now: NOW });
    expect(first.files[0]).toMatchObject({ status: 'imported', created: 2, updated: 0, unchanged: 0 });
    expect(await summariesOnTime()).toBe(100);

    const second = await importFiles({ db, files: [changed], now: NOW });
    expect(second.files[0]).toMatchObject({ status: 'imported', created: 0, updated: 1, unchanged: 1 });
    expect(await summaryOf('R1')).toBe('2026-04-30');
    expect(await summariesOnTime()).toBe(50);

    const third = await importFiles({ db, files: [original], now: NOW });
    expect(third.files[0]).toMatchObject({ status: 'imported', created: 0, updated: 1, unchanged: 1 });
    expect(third.files[0]!.previousImport?.batchId).toBe(first.files[0]!.batchId);
    expect(await summaryOf('R1')).toBe('2026-04-08');
    expect(await summariesOnTime()).toBe(100);
    const r1 = await db.prisma.review.findFirstOrThrow({ where: { ref: 'R1' }, include: { batch: true } });
    expect(r1.batch.sha256).toBe(first.files[0]!.sha256);

    // Now nothing differs from the stored rows: a fourth import writes nothing.
    const fourth = await importFiles({ db, files: [original], now: NOW });
    expect(fourth.files[0]).toMatchObject({ status: 'unchanged', created: 0, updated: 0, unchanged: 2 });
    expect(await summaryOf('R1')).toBe('2026-04-08');
  });

  it('a dry run of the original after a changed copy reports the update it would make', async () => {
    await importFiles({ db, files: [original], now: NOW });
    await importFiles({ db, files: [changed], now: NOW });
    const dry = await importFiles({ db, files: [original], dryRun: true, now: NOW });
    expect(dry.files[0]).toMatchObject({ status: 'validated' });
    expect(await summaryOf('R1')).toBe('2026-04-30');
  });
});
