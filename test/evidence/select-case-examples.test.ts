/**
 * Case examples for a period: consented, verified outcomes only; those verified in the period
 * come before any from the year before, even when an older one would add a domain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { openFixtureDatabase } from '../drafting/support/fixture-provider.js';

let db: Database;

beforeAll(async () => {
  db = await openFixtureDatabase();
});

afterAll(async () => {
  await db?.close();
});

describe('selectCaseExamples (through computeFigures)', () => {
  it('fills the examples from the period before reaching back to older outcomes', async () => {
    // November–December 2025 holds three consented outcomes (two daily-living, one health);
    // October's community-access outcome is older and must wait.
    const figures = await computeFigures({ db, period: '2025-11-01..2025-12-31', cases: 3 });
    expect(figures.caseExamples!.map((example) => example.verifiedOn)).toEqual(['2025-12-29', '2025-12-12', '2025-11-05']);
  });

  it('then adds older outcomes, varied by domain, and never an unconsented one', async () => {
    const figures = await computeFigures({ db, period: '2026-Q1', cases: 5 });
    const verified = figures.caseExamples!.map((example) => example.verifiedOn);
    expect(verified.slice(0, 2)).toEqual(['2026-03-26', '2026-01-07']);
    for (const date of verified.slice(2)) expect(date < '2026-01-01').toBe(true);
    // E-003 (21 January 2026) and E-009 (4 February 2026) were not consented.
    expect(verified).not.toContain('2026-01-21');
    expect(verified).not.toContain('2026-02-04');
  });
});

describe('case example stories', () => {
  const csv = (name: string, text: string) => ({ name, content: Buffer.from(text, 'utf8') });
  const files = [
    csv('organisation.csv', 'slug,name,region\nacme-care,Acme Care Ltd,england-and-wales\n'),
    csv('services.csv', 'id,name,locality,service_type\nS1,Northgate supported living,Northgate,supported-living\n'),
    csv('people.csv', 'id,service_id,accessible_format,started_on,ended_on\nP1,S1,easy-read,04/03/2021,\nP2,S1,none,15/06/2022,\nP3,S1,none,15/06/2022,\n'),
    csv(
      'enablement.csv',
      [
        'id,person_id,domain,measure,unit,before_value,after_value,started_on,verified_on,verified_by,consent_to_share,goal,support,agreed_with',
        'E1,P1,community-access,journeys to college made alone each week,per-week,0,4,01/02/2026,20/05/2026,travel diary review,yes,to travel to college on my own,"a travel plan with graded practice, agreed risks and a check-in text after each trip","the person, their sister and the PBS lead"',
        'E2,P2,daily-living,staff prompts needed to make breakfast,count,3,1,01/02/2026,12/05/2026,key worker observation,yes,,,',
        'E3,P3,health,repeat prescriptions ordered without help each quarter,count,0,3,01/02/2026,02/05/2026,pharmacy record,yes,to order my own tablets,,',
      ].join('\n'),
    ),
  ];
  let storyDb: Database;

  beforeAll(async () => {
    storyDb = await openDatabase({ dataDir: 'memory://' });
    const report = await importFiles({ db: storyDb, files, now: new Date('2026-11-01T00:00:00Z') });
    expect(report.errorCount).toBe(0);
  });

  afterAll(async () => {
    await storyDb?.close();
  });

  it('carries what the person wanted, what was done and who agreed it, only when any of them is recorded', async () => {
    const figures = await computeFigures({ db: storyDb, period: '2026-Q2', cases: 3 });
    const [travel, breakfast, tablets] = figures.caseExamples!;
    expect(travel).toMatchObject({ measure: 'journeys to college made alone each week', before: '0', after: '4' });
    expect(travel!.story).toEqual({
      goal: 'to travel to college on my own',
      support: 'a travel plan with graded practice, agreed risks and a check-in text after each trip',
      agreedWith: 'the person, their sister and the PBS lead',
    });
    expect(breakfast!.measure).toBe('staff prompts needed to make breakfast');
    expect(breakfast).not.toHaveProperty('story');
    expect(tablets!.story).toEqual({ goal: 'to order my own tablets' });
    // Still never a person's reference.
    expect(JSON.stringify(figures.caseExamples)).not.toMatch(/"P\d"/);
  });
});
