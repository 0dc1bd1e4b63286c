/**
 * The figures read every record table but reviews in one statement (queryRecordsPass); it must
 * give exactly what each query on its own gives, for periods of every kind, all services and one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { queryRecordBreakdowns } from '../../src/evidence/breakdown-queries.js';
import { resolveScope } from '../../src/evidence/evidence-scope.js';
import * as q from '../../src/evidence/figure-queries.js';
import { samplingQuarters, samplingYearQuarters } from '../../src/evidence/period.js';
import { queryChangePractice, queryDisagreementPractice } from '../../src/evidence/practice-queries.js';
import { queryRecordsPass } from '../../src/evidence/records-pass.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

describe.each(DATABASE_KINDS)('one statement over the record tables on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await importFiles({ db, files: await readFixtureFiles('fixtures/provider'), now: NOW });
  });
  afterAll(async () => {
    await db.close();
  });

  it.each([
    ['2025-Q3', []],
    ['2026-Q2', []],
    ['2026-05', []],
    ['FY2025-26', []],
    ['2026-02-10..2026-05-20', []],
    ['2025-Q4', ['S-AB']],
  ] as const)('gives what the queries on their own give for %s %j', async (period, services) => {
    const scope = await resolveScope({ db, period, services: [...services] });
    const pass = await queryRecordsPass(db, scope);
    const first = await db.prisma.review.findFirst({ orderBy: { heldOn: 'asc' }, select: { heldOn: true } });
    const alone = {
      actions: await q.queryActionCounts(db, scope),
      feedback: await q.queryFeedbackCounts(db, scope),
      changes: await q.queryChangeCounts(db, scope),
      disputes: await q.queryDisputeCounts(db, scope),
      referrals: await q.queryReferralCounts(db, scope),
      enablement: await q.queryEnablementCounts(db, scope),
      groups: await q.queryEnablementGroups(db, scope),
      sampling: await q.querySampling(db, scope, samplingQuarters(scope.period)),
      previousSampling: await q.querySampling(db, scope, samplingQuarters(scope.previous)),
      latestSampling: await q.querySampling(db, scope, samplingQuarters(scope.period).slice(-1)),
      yearSampling: await q.querySampling(db, scope, samplingYearQuarters(scope.period)),
      breakdowns: await queryRecordBreakdowns(db, scope),
      disagreementPractice: await queryDisagreementPractice(db, scope),
      changePractice: await queryChangePractice(db, scope),
      firstReviewOn: first?.heldOn.toISOString().slice(0, 10),
    };
    expect(pass).toEqual(alone);
    // Something is counted in each, so a part bound to the wrong parameters shows.
    expect(pass.actions.current.due + pass.feedback.current.scored + pass.sampling.services).toBeGreaterThan(0);
    expect(pass.firstReviewOn).toBe(alone.firstReviewOn);
    // A quarter also reads the year to it; other periods read no year.
    if (scope.period.kind === 'quarter') expect(pass.yearSampling.services).toBeGreaterThan(0);
    else expect(pass.yearSampling.services).toBe(0);
  });
});
