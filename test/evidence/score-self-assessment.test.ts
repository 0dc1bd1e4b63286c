/**
 * The self-score grid's bands, and its advice written from the organisation's own standards.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { SCORE_DIMENSIONS } from '../../src/evidence/data/score-dimensions.js';
import { gradeSelfScore, scoreSelfAssessment } from '../../src/evidence/score-self-assessment.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const SMALL = path.resolve('fixtures/small');
const NOW = new Date('2026-11-24T12:00:00Z');

/** fixtures/small with other service standards: summaries 3 working days, advocate 24 hours, disputes 10 working days, NI 3 cases, agenda 7 days. */
async function filesWithStandards(): Promise<{ name: string; content: Buffer }[]> {
  const files = await readFixtureFiles(SMALL);
  return files.map((file) =>
    file.name === 'organisation.csv'
      ? { ...file, content: Buffer.from(file.content.toString('utf8').replace('england-and-wales,3,5,60,5,48,20,2,', 'england-and-wales,7,7,60,3,24,10,3,')) }
      : file,
  );
}

describe.each(DATABASE_KINDS)('self-score grid on %s', (kind) => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const files = await filesWithStandards();
    expect(files.find((file) => file.name === 'organisation.csv')!.content.toString()).toContain(',7,7,60,3,24,10,3,');
    await importFiles({ db, files, now: NOW });
  });
  afterAll(async () => db?.close());

  it('writes thresholds and next steps from the organisation standards, never the defaults', async () => {
    const grid = await scoreSelfAssessment({ db, period: '2026-Q2', now: NOW });
    const byId = Object.fromEntries(grid.dimensions.map((dimension) => [dimension.id, dimension]));
    expect(byId['advocacy-triggers']!.thresholds).toContain('within 24 hours');
    expect(byId['advocacy-triggers']!.nextStep).toContain('24 hours');
    expect(byId.summaries!.thresholds).toContain('within 3 working days');
    expect(byId.summaries!.nextStep).toContain('inside 3 working days');
    expect(byId.disagreements!.nextStep).toContain('within 10 working days');
    expect(byId.governance!.nextStep).toContain('3 cases');
    expect(byId.accessibility!.nextStep).toContain('go out 7 days before');
    const advice = JSON.stringify(grid);
    for (const stale of ['48 hours', '5 working days', '20 working days', '2 cases', '3–5 days']) expect(advice).not.toContain(stale);
  });
});

describe('self-score grid as data', () => {
  it('has ten dimensions with distinct ids and a next step for scores 0 and 1', () => {
    expect(SCORE_DIMENSIONS).toHaveLength(10);
    expect(new Set(SCORE_DIMENSIONS.map((dimension) => dimension.id)).size).toBe(10);
    const standards = { summaryWorkingDays: 1, advocateResponseHours: 1, disputeWorkingDays: 1, niSampleCases: 1, agendaNoticeDays: 1, agendaNoticeMaxDays: 1 };
    for (const dimension of SCORE_DIMENSIONS) {
      const steps = dimension.nextSteps(standards);
      expect(steps[0].length).toBeGreaterThan(10);
      expect(steps[1].length).toBeGreaterThan(10);
      // one of everything reads in the singular
      expect(JSON.stringify(steps) + dimension.thresholds(standards)).not.toMatch(/\b1 (hours|cases|working days|days)\b/u);
    }
  });

  it('scores a dimension with no figure at 0 and says which figure is missing', () => {
    const grid = gradeSelfScore(
      {
        organisation: { slug: 'x', name: 'X', bidderName: 'X' },
        period: { label: '2026-Q2', human: 'Q2 2026', start: '2026-04-01', end: '2026-06-30', kind: 'quarter' },
        previousPeriod: { label: '2026-Q1', human: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', kind: 'quarter' },
        services: [],
        place: 'X',
        generatedAt: NOW.toISOString(),
        figures: [],
        standards: [],
      } as never,
      null,
    );
    expect(grid.total).toBe(0);
    const summaries = grid.dimensions.find((dimension) => dimension.id === 'summaries')!;
    expect(summaries.reason).toBe('summaries-on-time: no figure; summaries-within-10: no figure');
    // with no standards in the pack the defaults are stated
    expect(summaries.nextStep).toBeDefined();
    expect(grid.dimensions.find((dimension) => dimension.id === 'advocacy-triggers')!.nextStep).toContain('48 hours');
  });
});
