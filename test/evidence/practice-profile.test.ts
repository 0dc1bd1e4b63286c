/**
 * The practice profile checked against counts made by hand from fixtures/small (see
 * fixtures/README.md), on PGlite and, in CI, on PostgreSQL.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { ZEvidencePackSchema, type Practice } from '../../src/evidence/evidence-pack-schema.js';
import { DEFAULT_PRACTICE_THRESHOLD_PERCENT } from '../../src/evidence/data/practice-threshold.js';
import { computePracticeProfileFor } from '../../src/evidence/practice-profile.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';
import { readFixtureFiles } from '../support/fixture-files.js';

const SMALL = path.resolve('fixtures/small');
const NOW = new Date('2026-11-24T12:00:00Z');

const counts = (profile: Practice[]) =>
  Object.fromEntries(profile.map((practice) => [practice.id, [practice.numerator, practice.denominator]]));

describe.each(DATABASE_KINDS)('computePracticeProfile on %s', (kind) => {
  let db: Database;
  let q1: Practice[];
  let q2: Practice[];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const report = await importFiles({ db, files: await readFixtureFiles(SMALL), now: NOW });
    expect(report.errorCount).toBe(0);
    // One after the other: the first call fills the working-day calendar, and two first fills at once collide on PostgreSQL.
    q1 = await computePracticeProfileFor({ db, period: '2026-Q1' });
    q2 = await computePracticeProfileFor({ db, period: '2026-Q2' });
  });
  afterAll(async () => {
    await db.close();
  });

  it('counts every practice of 2026-Q2 as counted by hand', () => {
    expect(counts(q2)).toEqual({
      // six people supported all quarter, nobody reviewed every month; P-001, P-003, P-005, P-006 had a deep-dive
      'review-monthly': [0, 6],
      'deep-dive-quarterly': [4, 6],
      // no complex review in Q2: the records say nothing either way
      'complex-chair-rm': [0, 0],
      'complex-chair-ni': [0, 0],
      'complex-chair-key-worker': [0, 0],
      'advocate-at-complex': [0, 0],
      'accessible-format': [5, 6],
      'format-easy-read': [2, 2],
      'format-audio': [2, 2],
      'format-bsl': [0, 0],
      'format-large-print': [1, 2],
      'format-translation': [0, 0],
      'format-pictorial': [0, 0],
      'agenda-notice': [9, 11],
      // R-109 advocate, R-110, R-114, R-119, R-120 family remote; family written
      'remote-participation': [5, 12],
      'written-participation': [2, 12],
      // D-101 key worker, D-102 RM, D-103 NI
      'disagreements-logged': [3, 3],
      'escalation-rm': [2, 3],
      'escalation-ni': [1, 3],
      // S-EL 2 by the NI; S-FW 1 by the RM
      'ni-sampling': [1, 2],
      // C-102 changed 01/06, not verified
      'changes-verified': [0, 1],
      'changes-verified-by-rm': [0, 1],
      'changes-verified-by-ni': [0, 1],
      'summaries-on-time': [10, 12],
    });
  });

  it('counts 2026-Q1, where the RM chaired the one complex review and an advocate took part', () => {
    expect(counts(q1)).toMatchObject({
      // P-006 started on 12 January, so five people were supported all quarter; were deep-dives
      'review-monthly': [0, 5],
      'deep-dive-quarterly': [2, 5],
      'complex-chair-rm': [1, 1],
      'complex-chair-key-worker': [0, 1],
      'advocate-at-complex': [1, 1],
      'remote-participation': [2, 8],
      'written-participation': [2, 8],
      'disagreements-logged': [0, 0],
      'ni-sampling': [2, 2],
      // C-101 changed 02/03 was verified on 15/05, after the quarter ended
      'changes-verified': [0, 1],
      'summaries-on-time': [6, 8],
    });
  });

  it('carries share, threshold, period, place and provenance naming the import batches', () => {
    const rm = q1.find((practice) => practice.id === 'complex-chair-rm')!;
    expect(rm).toMatchObject({
      label: 'Complex and best-interests reviews chaired by the Registered Manager',
      share: 100,
      threshold: DEFAULT_PRACTICE_THRESHOLD_PERCENT,
      period: '2026-Q1',
      place: 'Elmbrook supported living and Fernwood home care',
      basis: 'share',
      shown: 'were chaired by the Registered Manager',
    });
    expect(rm.provenance).toMatchObject({ records: 'review records', rows: 1 });
    expect(rm.provenance.batches.map((batch) => batch.file)).toEqual(['reviews.csv']);
    expect(rm.provenance.batches[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const advocate = q1.find((practice) => practice.id === 'advocate-at-complex')!;
    expect(advocate.provenance.batches.map((batch) => batch.file)).toEqual(['participants.csv', 'reviews.csv']);
    const none = q2.find((practice) => practice.id === 'complex-chair-rm')!;
    expect(none).toMatchObject({ share: null, provenance: { rows: 0, batches: [] } });
    expect(q2.find((practice) => practice.id === 'summaries-on-time')!.share).toBe(83.3);
  });

  it('uses a threshold the caller sets', async () => {
    const strict = await computePracticeProfileFor({ db, period: '2026-Q2', threshold: 75 });
    expect(new Set(strict.map((practice) => practice.threshold))).toEqual(new Set([75]));
  });

  it('narrows to the services asked for', async () => {
    // Fernwood: D-101 (P-004) and D-103 (P-006, reached the NI); its one sample was taken by the RM
    const fernwood = await computePracticeProfileFor({ db, period: '2026-Q2', services: ['S-FW'] });
    expect(counts(fernwood)).toMatchObject({ 'ni-sampling': [0, 1], 'summaries-on-time': [6, 6], 'format-large-print': [1, 2], 'escalation-ni': [1, 2] });
  });

  it('travels in the evidence pack, which parses with the public schema', async () => {
    const result = await computeFigures({ db, period: '2026-Q2', now: NOW, useCache: false });
    // The pack adds each batch's row range and latest record date to what the profile computes.
    expect(result.practices).toMatchObject(q2);
    for (const practice of result.practices ?? []) for (const batch of practice.provenance.batches) expect(batch).toHaveProperty('rows.first');
    const pack = ZEvidencePackSchema.parse(JSON.parse(JSON.stringify(result)));
    expect(pack.practices).toHaveLength(q2.length);
  });
});
