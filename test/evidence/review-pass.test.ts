/**
 * The figures read reviews once (queryReviewPass) for what used to be several queries over the
 * same reviews; the one pass must give exactly what each of those queries gives, for periods of
 * every kind, all services and one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { queryBreakdowns } from '../../src/evidence/breakdown-queries.js';
import { resolveScope } from '../../src/evidence/evidence-scope.js';
import { queryCadence, queryReviewCounts } from '../../src/evidence/figure-queries.js';
import { monthsInPeriod, quartersWithin } from '../../src/evidence/period.js';
import { queryReviewPractice } from '../../src/evidence/practice-queries.js';
import { queryReviewPass } from '../../src/evidence/review-pass-queries.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const sorted = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, entry]) => [key, Array.isArray(entry) ? [...(entry as unknown[])].sort() : entry])) as T;

describe.each(DATABASE_KINDS)('one pass over the reviews on %s', (kind) => {
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
    ['2025-Q4', ['S-AB']],
  ] as const)('gives what the separate queries give for %s %j', async (period, services) => {
    const scope = await resolveScope({ db, period, services: [...services] });
    const pass = await queryReviewPass(db, scope);
    expect(pass.counts.current.reviews).toBeGreaterThan(0);
    const counts = await queryReviewCounts(db, scope);
    expect({ current: sorted(pass.counts.current), previous: sorted(pass.counts.previous) }).toEqual({ current: sorted(counts.current), previous: sorted(counts.previous) });
    expect(sorted(pass.practice)).toEqual(sorted(await queryReviewPractice(db, scope)));
    const quarters = (of: typeof scope.period) => quartersWithin(of).map((quarter) => quarter.label);
    expect(sorted(pass.cadence)).toEqual(sorted(await queryCadence(db, scope, scope.period, monthsInPeriod(scope.period), quarters(scope.period))));
    expect(sorted(pass.previousCadence)).toEqual(sorted(await queryCadence(db, scope, scope.previous, monthsInPeriod(scope.previous), quarters(scope.previous))));
    const withPass = await queryBreakdowns(db, scope, pass.breakdowns);
    const alone = await queryBreakdowns(db, scope);
    const listsSorted = (breakdowns: typeof alone) => JSON.parse(JSON.stringify(breakdowns, (_key, value: unknown) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...value].sort() : value))) as unknown;
    expect(listsSorted(withPass)).toEqual(listsSorted(alone));
    expect(alone.supporterModes.byMode.length).toBeGreaterThan(0);
  });
});
