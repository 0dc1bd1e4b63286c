/**
 * Case examples for a period: consented, verified outcomes only; those verified in the period
 * come before any from the year before, even when an older one would add a domain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
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
