/**
 * Enablement outcomes may tell their story: what the person wanted (goal), what was done
 * (support) and who agreed the plan (agreed_with). All three are optional free text, from a
 * CSV or from the JSON form, and blank cells store nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../../../src/data/import/import-files.js';
import { proposeColumns } from '../../../../src/data/import/mapping/propose-columns.js';
import { RECORD_TYPES } from '../../../../src/data/import/record-types/index.js';
import { DATABASE_KINDS, openTestDatabase, resetDatabase } from '../../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const file = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });

const organisation = file('organisation.csv', 'slug,name,region\nacme-care,Acme Care Ltd,england-and-wales\n');
const services = file('services.csv', 'id,name,locality,service_type\nS1,Northgate supported living,Northgate,supported-living\n');
const people = file('people.csv', 'id,service_id,accessible_format,started_on,ended_on\nP1,S1,easy-read,04/03/2021,\nP2,S1,none,15/06/2022,\n');
const HEADER = 'id,person_id,domain,measure,unit,before_value,after_value,started_on,verified_on,verified_by,consent_to_share,goal,support,agreed_with';
const STORY_ROW =
  'E1,P1,community-access,journeys to college made alone each week,per-week,0,4,01/09/2025,12/12/2025,travel diary review,yes,' +
  'to travel to college on my own,"a travel plan with graded practice, agreed risks and a check-in text after each trip","the person, their sister and the PBS lead"';
const BARE_ROW = 'E2,P2,daily-living,staff prompts needed to make breakfast,count,3,1,01/09/2025,12/12/2025,key worker observation,yes,,,';
const enablement = (rows: string) => file('enablement.csv', `${HEADER}\n${rows}\n`);

describe('enablement record type', () => {
  it('offers goal, support and agreed_with as optional text columns', () => {
    const fields = RECORD_TYPES.enablement.fields.filter((field) => ['goal', 'support', 'agreed_with'].includes(field.name));
    expect(fields.map(({ name, kind, required }) => ({ name, kind, required }))).toEqual([
      { name: 'goal', kind: 'text', required: false },
      { name: 'support', kind: 'text', required: false },
      { name: 'agreed_with', kind: 'text', required: false },
    ]);
  });

  it("matches a provider's own headers for the story columns", () => {
    const proposal = proposeColumns('enablement', ['Goal', 'What the person wanted', 'Support given', 'Agreed with']);
    expect(proposal.matches.map(({ header, field }) => ({ header, field }))).toEqual(
      expect.arrayContaining([
        { header: 'Support given', field: 'support' },
        { header: 'Agreed with', field: 'agreed_with' },
      ]),
    );
    expect(proposeColumns('enablement', ['What the person wanted']).matches).toEqual([expect.objectContaining({ field: 'goal', via: 'synonym' })]);
    expect(proposeColumns('enablement', ['Goal']).matches).toEqual([expect.objectContaining({ field: 'goal', via: 'name' })]);
  });
});

describe.each(DATABASE_KINDS)('importing enablement stories on %s', (kind) => {
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

  it('stores the story when given and nothing when the cells are blank', async () => {
    const report = await importFiles({ db, files: [organisation, services, people, enablement(`${STORY_ROW}\n${BARE_ROW}`)], now: NOW });
    expect(report.files.flatMap((entry) => entry.errors.map((error) => error.message))).toEqual([]);
    const rows = await db.prisma.enablementOutcome.findMany({ orderBy: { ref: 'asc' } });
    expect(rows[0]).toMatchObject({
      ref: 'E1',
      goal: 'to travel to college on my own',
      support: 'a travel plan with graded practice, agreed risks and a check-in text after each trip',
      agreedWith: 'the person, their sister and the PBS lead',
    });
    expect(rows[1]).toMatchObject({ ref: 'E2', goal: null, support: null, agreedWith: null });
  });

  it('still imports a file without the story columns', async () => {
    const old = file('enablement.csv', `${HEADER.split(',').slice(0, 11).join(',')}\n${BARE_ROW.split(',').slice(0, 11).join(',')}\n`);
    const report = await importFiles({ db, files: [organisation, services, people, old], now: NOW });
    expect(report.files.flatMap((entry) => entry.errors.map((error) => error.message))).toEqual([]);
    expect(await db.prisma.enablementOutcome.findFirstOrThrow()).toMatchObject({ ref: 'E2', goal: null, support: null, agreedWith: null });
  });

  it('takes the story from the JSON form', async () => {
    const json = file(
      'enablement.json',
      JSON.stringify([
        {
          id: 'E3',
          person_id: 'P1',
          domain: 'health',
          measure: 'repeat prescriptions ordered without help each quarter',
          unit: 'count',
          before_value: '0',
          after_value: '3',
          started_on: '2025-11-03',
          verified_on: '2026-01-07',
          verified_by: 'pharmacy record and review',
          consent_to_share: 'yes',
          goal: 'to sort my own tablets out',
          support: 'practice ordering online with the key worker beside them, then alone with a weekly check',
          agreed_with: 'the person and the key worker',
        },
      ]),
    );
    const report = await importFiles({ db, files: [organisation, services, people, json], now: NOW });
    expect(report.files.flatMap((entry) => entry.errors.map((error) => error.message))).toEqual([]);
    expect(await db.prisma.enablementOutcome.findFirstOrThrow()).toMatchObject({ ref: 'E3', goal: 'to sort my own tablets out', agreedWith: 'the person and the key worker' });
  });

  it('says which story cell is too long and what was expected', async () => {
    const row = `E4,P1,health,x,count,0,3,03/11/2025,07/01/2026,review,yes,${'g'.repeat(201)},${'s'.repeat(301)},${'a'.repeat(121)}`;
    const report = await importFiles({ db, files: [organisation, services, people, enablement(row)], now: NOW, dryRun: true });
    const messages = report.files.find((entry) => entry.recordType === 'enablement')!.errors.map((error) => error.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/row 2 column goal: .*is longer than 200 characters/),
        expect.stringMatching(/row 2 column support: .*is longer than 300 characters/),
        expect.stringMatching(/row 2 column agreed_with: .*is longer than 120 characters/),
      ]),
    );
    expect(messages).toHaveLength(3);
  });
});
