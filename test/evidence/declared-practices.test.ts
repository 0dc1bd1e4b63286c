import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { computeDeclaredPractices } from '../../src/evidence/declared-practices.js';
import { ZEvidencePackSchema } from '../../src/evidence/evidence-pack-schema.js';
import { resolveScope } from '../../src/evidence/evidence-scope.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const file = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });

const files = [
  file('organisation.csv', 'slug,name,bidder_name,region\nacme-care,Acme Care Ltd,Acme Care,england-and-wales\n'),
  file('services.csv', 'id,name,locality,service_type\nS1,Northgate supported living,Northgate,supported-living\nS2,Riverside supported living,Riverside,supported-living\n'),
  file('people.csv', 'id,service_id,accessible_format,started_on\nP1,S1,none,01/02/2024\n'),
  file('reviews.csv', 'id,person_id,type,held_on\nR1,P1,mini-review,03/04/2026\n'),
  file(
    'practice-library.csv',
    [
      'id,service_id,topic,practice,owner_role,cadence,in_place_since,source,last_checked_on,checked_by,measure,measure_count,measure_of,measure_as_of',
      'PL-1,,training,Every new starter completes a half-day module on involving families before their first review,training-lead,at-induction,01/03/2025,Training matrix,15/05/2026,rm,staff with the module completed,41,45,30/06/2026',
      'PL-2,S1,carers,The key worker asks at each review whether a relative is an unpaid carer,key-worker,each-review,01/06/2025,Review template carer question,20/04/2026,ni,,,,',
      'PL-3,S2,co-production,A paid group of people who use the service reviews one service policy every quarter,quality-lead,quarterly,01/01/2026,Group minutes,10/06/2026,ni,,,,',
      'PL-4,S1,information-sharing,The key worker records consent to share for each topic at every review,key-worker,each-review,01/01/2024,Consent log,30/06/2025,rm,,,,',
      'PL-5,S1,recruitment,People who use the service sit on every interview panel for support workers,rm,when-triggered,01/08/2026,Interview records,01/09/2026,ni,,,,',
    ].join('\n') + '\n',
  ),
];

describe.each(DATABASE_KINDS)('declared practices on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const report = await importFiles({ db, files, now: NOW });
    expect(report.errorCount).toBe(0);
  });
  afterAll(async () => {
    await db.close();
  });

  it('lists entries in place by the period end for services in scope and the whole organisation, in words, with their import', async () => {
    const scope = await resolveScope({ db, period: '2026-Q2' });
    const declared = await computeDeclaredPractices({ db, scope });
    // PL-5 began after 30 June 2026; the rest in the order of the practice topics.
    expect(declared.map((entry) => entry.id)).toEqual(['PL-2', 'PL-4', 'PL-1', 'PL-3']);
    const training = declared.find((entry) => entry.id === 'PL-1')!;
    expect(training).toMatchObject({
      topic: 'training',
      text: 'Every new starter completes a half-day module on involving families before their first review',
      ownerRole: 'training-lead',
      owner: 'the training lead',
      cadence: 'at-induction',
      cadenceText: 'at induction',
      since: '2025-03-01',
      source: 'Training matrix',
      lastCheckedOn: '2026-05-15',
      checkedBy: 'rm',
      place: 'Northgate and Riverside supported living',
      wholeOrganisation: true,
      stale: false,
      measure: { label: 'staff with the module completed', count: 41, of: 45, share: 91.1, asOf: '2026-06-30' },
    });
    expect(training.provenance).toMatchObject({ records: 'practice library', noun: 'practice', rows: 1 });
    expect(training.provenance.batches).toEqual([
      expect.objectContaining({ file: 'practice-library.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), importedAt: expect.any(String), rows: { first: 2, last: 2 } }),
    ]);
    const carers = declared.find((entry) => entry.id === 'PL-2')!;
    expect(carers).toMatchObject({ place: 'Northgate supported living', serviceRef: 'S1', owner: 'the key worker', cadenceText: 'at each review', stale: false });
    expect(carers.measure).toBeUndefined();
    expect(carers.wholeOrganisation).toBeUndefined();
  });

  it('marks an entry stale when its last check is more than 12 months before the period end, or the limit given', async () => {
    const scope = await resolveScope({ db, period: '2026-Q2' });
    const stale = (await computeDeclaredPractices({ db, scope })).filter((entry) => entry.stale).map((entry) => entry.id);
    // PL-4 last checked 30/06/2025: exactly 12 months before 30/06/2026 is still in date.
    expect(stale).toEqual([]);
    const later = await resolveScope({ db, period: '2026-07' });
    expect((await computeDeclaredPractices({ db, scope: later })).filter((entry) => entry.stale).map((entry) => entry.id)).toEqual(['PL-4']);
    expect((await computeDeclaredPractices({ db, scope, staleAfterMonths: 2 })).filter((entry) => entry.stale).map((entry) => entry.id).sort()).toEqual(['PL-2', 'PL-4']);
  });

  it('leaves out entries for services outside the scope', async () => {
    const scope = await resolveScope({ db, period: '2026-Q2', services: ['S2'] });
    const declared = await computeDeclaredPractices({ db, scope });
    expect(declared.map((entry) => entry.id).sort()).toEqual(['PL-1', 'PL-3']);
    expect(declared.find((entry) => entry.id === 'PL-3')!.place).toBe('Riverside supported living');
  });

  it('is part of the evidence pack, and the figures are unchanged by it', async () => {
    const result = await computeFigures({ db, period: '2026-Q2', now: NOW, useCache: false });
    expect(result.declaredPractices?.map((entry) => entry.id).sort()).toEqual(['PL-1', 'PL-2', 'PL-3', 'PL-4']);
    expect(result.figures.some((figure) => JSON.stringify(figure).includes('PL-1'))).toBe(false);
    expect(ZEvidencePackSchema.parse(JSON.parse(JSON.stringify(result))).declaredPractices).toHaveLength(4);
  });
});
