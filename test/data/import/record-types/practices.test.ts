import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../../../src/data/import/import-files.js';
import { detectRecordType } from '../../../../src/data/import/read-import-file.js';
import { RECORD_TYPES } from '../../../../src/data/import/record-types/index.js';
import { DATABASE_KINDS, openTestDatabase, resetDatabase } from '../../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const file = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });

const organisation = file('organisation.csv', 'slug,name,region\nacme-care,Acme Care Ltd,england-and-wales\n');
const services = file('services.csv', 'id,name,locality,service_type\nS1,Northgate supported living,Northgate,supported-living\n');
const HEADER = 'id,service_id,topic,practice,owner_role,cadence,in_place_since,source,last_checked_on,checked_by,measure,measure_count,measure_of,measure_as_of';
const GOOD = [
  'PL-1,,training,Every new starter completes a half-day module on involving families and advocates before their first review,training-lead,at-induction,01/03/2025,Induction records in the training matrix,15/09/2026,rm,,,,',
  'PL-2,S1,carers,The key worker asks whether a relative is an unpaid carer at first contact and at each review,key-worker,each-review,2025-06-01,Carer question in the review template,2026-08-20,ni,carers referred for a council carer\'s assessment,7,9,30/09/2026',
].join('\n');
const practices = (rows: string, name = 'practices.csv') => file(name, `${HEADER}\n${rows}\n`);

describe('practices record type', () => {
  it('is recognised by a practices or practice library file name, and by its columns', () => {
    expect(detectRecordType('practices.csv', [])).toBe('practices');
    expect(detectRecordType('2026 Practice Library.xlsx', [])).toBe('practices');
    expect(detectRecordType('export.csv', HEADER.split(','))).toBe('practices');
    expect(RECORD_TYPES.practices.fields.find((field) => field.name === 'topic')?.choices).toContain('co-production');
    expect(RECORD_TYPES.practices.fields.find((field) => field.name === 'service_id')?.required).toBe(false);
  });
});

describe.each(DATABASE_KINDS)('importing a practice library on %s', (kind) => {
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

  const errorsOf = async (rows: string) => {
    const report = await importFiles({ db, files: [organisation, services, practices(rows)], now: NOW, dryRun: true });
    return report.files.find((entry) => entry.recordType === 'practices')!.errors.map((error) => error.message);
  };

  it('stores good rows: organisation-wide with no service, a service row with its dated measure', async () => {
    const report = await importFiles({ db, files: [organisation, services, practices(GOOD)], now: NOW });
    expect(report.files.flatMap((entry) => entry.errors.map((error) => error.message))).toEqual([]);
    expect(report.files.find((entry) => entry.recordType === 'practices')).toMatchObject({ status: 'imported', created: 2 });
    const rows = await db.prisma.practiceEntry.findMany({ orderBy: { ref: 'asc' }, include: { service: true, batch: true } });
    expect(rows[0]).toMatchObject({ ref: 'PL-1', serviceId: null, topic: 'training', ownerRole: 'training-lead', cadence: 'at-induction', checkedBy: 'rm', measure: null, measureCount: null, sourceRow: 2 });
    expect(rows[0]!.inPlaceSince.toISOString().slice(0, 10)).toBe('2025-03-01');
    expect(rows[1]).toMatchObject({ ref: 'PL-2', topic: 'carers', measure: "carers referred for a council carer's assessment", measureCount: 7, measureOf: 9 });
    expect(rows[1]!.service?.name).toBe('Northgate supported living');
    expect(rows[1]!.measureAsOf?.toISOString().slice(0, 10)).toBe('2026-09-30');
    expect(rows[1]!.batch.fileName).toBe('practices.csv');
  });

  it("reads a provider's own headers: Owner, Frequency, Evidence, Last reviewed", async () => {
    const own = file(
      'Practice library.csv',
      'Practice ID,Service,Topic,What we do,Owner,Frequency,In place since,Evidence,Last reviewed,Reviewed by\nPL-1,S1,carers,The key worker asks about unpaid care at every review,key-worker,each-review,01/06/2025,Review template,20/08/2026,rm\n',
    );
    const report = await importFiles({ db, files: [organisation, services, own], now: NOW });
    expect(report.files.flatMap((entry) => entry.errors.map((error) => error.message))).toEqual([]);
    const stored = await db.prisma.practiceEntry.findFirstOrThrow({ where: { ref: 'PL-1' } });
    expect(stored).toMatchObject({ ownerRole: 'key-worker', cadence: 'each-review', source: 'Review template', checkedBy: 'rm' });
    expect(stored.lastCheckedOn.toISOString().slice(0, 10)).toBe('2026-08-20');
  });

  it('says what is wrong with each bad cell', async () => {
    const messages = await errorsOf(
      [
        'PL-3,S9,fundraising,x,director,fortnightly,01/03/2025,Matrix,01/04/2026,ni,,,,',
        `PL-4,,training,${'a'.repeat(401)},rm,monthly,01/03/2025,${'b'.repeat(121)},01/04/2026,rm,,,,`,
        'PL-5,,training,Text,rm,monthly,01/05/2026,Matrix,01/04/2026,rm,,,,',
        'PL-6,,training,Text,rm,monthly,01/03/2025,Matrix,01/04/2026,training-lead,,,,',
      ].join('\n'),
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/row 2 column topic: fundraising .*expected one of person-led-planning, .*review-triggers, workload\)/),
        expect.stringMatching(/row 2 column owner_role: director .*expected one of rm, ni, key-worker, team-leader, quality-lead, training-lead, other\)/),
        expect.stringMatching(/row 2 column cadence: fortnightly .*expected one of each-review, .*ongoing\)/),
        expect.stringMatching(/row 3 column practice: .*is longer than 400 characters/),
        expect.stringMatching(/row 3 column source: .*is longer than 120 characters/),
        expect.stringMatching(/row 4 column last_checked_on: 01\/04\/2026 is before the practice was in place \(in_place_since\)/),
        expect.stringMatching(/row 5 column checked_by: training-lead .*expected one of rm, ni, key-worker, other\)/),
      ]),
    );
    // The unknown service is reported once the row's own cells are valid.
    expect(await errorsOf('PL-7,S9,training,Text,rm,monthly,01/03/2025,Matrix,01/04/2026,rm,,,,')).toEqual([expect.stringMatching(/column service_id: S9 is not a known services id/)]);
  });

  it('takes the four measure columns all or none, with the count no more than what it is out of', async () => {
    const some = await errorsOf('PL-8,,training,Text,rm,monthly,01/03/2025,Matrix,01/04/2026,rm,staff trained,41,,');
    expect(some).toEqual([expect.stringMatching(/row 2 column measure_of: value is blank while measure is given \(expected measure, measure_count, measure_of and measure_as_of all filled in, or all blank\)/)]);
    const countOnly = await errorsOf('PL-9,,training,Text,rm,monthly,01/03/2025,Matrix,01/04/2026,rm,,41,45,');
    expect(countOnly).toEqual([expect.stringMatching(/row 2 column measure: value is blank while measure_count is given/)]);
    const over = await errorsOf('PL-10,,training,Text,rm,monthly,01/03/2025,Matrix,01/04/2026,rm,staff trained,46,45,30/09/2026');
    expect(over).toEqual([expect.stringMatching(/row 2 column measure_count: 46 is more than measure_of \(45\) \(expected a count no larger than measure_of\)/)]);
    const zero = await errorsOf('PL-11,,training,Text,rm,monthly,01/03/2025,Matrix,01/04/2026,rm,staff trained,0,0,30/09/2026');
    expect(zero).toEqual([expect.stringMatching(/column measure_of: 0 .*expected a whole number from 1 to/)]);
  });
});
