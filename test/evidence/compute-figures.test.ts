/**
 * Every figure checked against counts made by hand from fixtures/small (see fixtures/README.md),
 * on PGlite and, in CI, on PostgreSQL.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import type { Figure } from '../../src/evidence/evidence-pack-schema.js';
import type { FiguresResult } from '../../src/evidence/figures-schema.js';
import { gradeSelfScore } from '../../src/evidence/score-self-assessment.js';
import { DATABASE_KINDS, openTestDatabase, resetDatabase } from '../support/test-database.js';
import { readFixtureFiles } from '../support/fixture-files.js';

const SMALL = path.resolve('fixtures/small');
const NOW = new Date('2026-11-24T12:00:00Z');

async function smallFiles(region = 'england-and-wales'): Promise<ImportFileInput[]> {
  const files = await readFixtureFiles(SMALL);
  // A review across Christmas 2025: held Tue 23 Dec, summary Mon 5 Jan 2026.
  // England and Wales: 24, 29, 30, 31 Dec, 2, 5 Jan = 6 working days (late).
  // Scotland (2 January is a holiday there): 24, 29, 30, 31 Dec, 5 Jan = 5 (on time).
  files.push({ name: 'christmas-reviews.csv', content: Buffer.from('id,person_id,type,held_on,summary_sent_on\nR-201,P-001,mini-review,23/12/2025,05/01/2026\n') });
  return files.map((file) =>
    file.name === 'organisation.csv' ? { ...file, content: Buffer.from(file.content.toString('utf8').replace('england-and-wales', region)) } : file,
  );
}

function figure(result: FiguresResult, id: string): Figure {
  const found = result.figures.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no figure ${id}; have ${result.figures.map((candidate) => candidate.id).join(', ')}`);
  return found;
}

const brief = (f: Figure) => ({ value: f.value, numerator: f.numerator, denominator: f.denominator, previous: f.previous, smallSample: f.smallSample });

describe.each(DATABASE_KINDS)('computeFigures on %s', (kind) => {
  let db: Database;
  let q2: FiguresResult;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const report = await importFiles({ db, files: await smallFiles(), now: NOW });
    expect(report.errorCount).toBe(0);
    q2 = await computeFigures({ db, period: '2026-Q2', cases: 3, now: NOW });
  });
  afterAll(async () => {
    await db.close();
  });

  it('labels the period and the place, and lists the standards', () => {
    expect(q2.period).toMatchObject({ label: '2026-Q2', human: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' });
    expect(q2.previousPeriod.label).toBe('2026-Q1');
    expect(q2.place).toBe('Elmbrook supported living and Fernwood home care');
    expect(q2.standards.find((standard) => standard.id === 'summary-deadline')).toMatchObject({ value: 5, unit: 'working days' });
    expect(q2.standards.find((standard) => standard.id === 'agenda-notice')).toMatchObject({ value: 3, max: 5, unit: 'days' });
  });

  it('participation, split for family and advocates, with the previous quarter', () => {
    expect(brief(figure(q2, 'participation'))).toEqual({ value: 83.3, numerator: 10, denominator: 12, previous: 75, smallSample: undefined });
    expect(brief(figure(q2, 'participation-family'))).toMatchObject({ value: 66.7, numerator: 8, denominator: 12, previous: 62.5 });
    expect(brief(figure(q2, 'participation-advocate'))).toMatchObject({ value: 16.7, numerator: 2, denominator: 12, previous: 25 });
  });

  it('summaries on time in working days across Easter and the May bank holidays', () => {
    expect(brief(figure(q2, 'summaries-on-time'))).toMatchObject({ value: 83.3, numerator: 10, denominator: 12, previous: 75 });
  });

  it('agenda notice (debriefs excluded), accessible formats and actions', () => {
    expect(brief(figure(q2, 'agenda-notice'))).toMatchObject({ value: 81.8, numerator: 9, denominator: 11, previous: 87.5 });
    expect(brief(figure(q2, 'accessible-formats'))).toMatchObject({ value: 83.3, numerator: 5, denominator: 6, previous: 80, smallSample: true });
    expect(brief(figure(q2, 'actions-on-time'))).toMatchObject({ value: 60, numerator: 3, denominator: 5, previous: 66.7, smallSample: true });
  });

  it('experience: mean score, share scoring 4–5 and inclusion compliments', () => {
    expect(brief(figure(q2, 'feel-involved'))).toMatchObject({ value: 4.2, denominator: 5, previous: 3.67, smallSample: true });
    expect(brief(figure(q2, 'feel-involved-agree'))).toMatchObject({ value: 80, numerator: 4, denominator: 5, previous: 66.7 });
    expect(brief(figure(q2, 'involvement-compliments'))).toMatchObject({ value: 2, previous: 1 });
  });

  it('escalations: advocate response in clock hours, disputes in working days', () => {
    expect(brief(figure(q2, 'advocate-response'))).toMatchObject({ value: 33.3, numerator: 1, denominator: 3, previous: 100, smallSample: true });
    expect(brief(figure(q2, 'disputes-resolved'))).toMatchObject({ value: 33.3, numerator: 1, denominator: 3, previous: undefined, smallSample: true });
  });

  it('reports a zero denominator as unavailable with the reason, never 0% or 100%', async () => {
    const q1 = await computeFigures({ db, period: '2026-Q1', now: NOW });
    const disputes = figure(q1, 'disputes-resolved');
    expect(disputes.value).toBeNull();
    expect(disputes.denominator).toBe(0);
    expect(disputes.unavailableReason).toBe('No disagreements logged in Q1 2026 at Elmbrook supported living and Fernwood home care, so there is nothing to take a percentage of.');
  });

  it('changes, enablement (with before → after) and governance sampling', () => {
    expect(brief(figure(q2, 'changes-from-feedback'))).toMatchObject({ value: 0, numerator: 0, denominator: 1, previous: 0 });
    expect(brief(figure(q2, 'enablement-verified'))).toMatchObject({ value: 2, previous: 0 });
    const ratio = q2.figures.find((candidate) => candidate.unit === 'ratio');
    expect(ratio).toMatchObject({ value: '1:1', previous: '2:1' });
    expect(figure(q2, `${ratio!.id}-people`).value).toBe(1);
    expect(brief(figure(q2, 'ni-sampling'))).toMatchObject({ value: 1, numerator: 1, denominator: 2, previous: 2 });
    expect(brief(figure(q2, 'cadence'))).toMatchObject({ value: 0, numerator: 0, denominator: 6 });
  });

  it('names its sources: records, counts and import files with dates', () => {
    expect(figure(q2, 'summaries-on-time').source).toMatch(/^review records: 10 of 12 reviews, Q2 2026; reviews\.csv imported \d{4}-\d{2}-\d{2}$/);
    expect(figure(q2, 'participation').source).toContain('participants.csv imported');
  });

  it('offers only consented, verified outcomes as case examples, with no person reference', () => {
    expect(q2.caseExamples).toEqual([
      expect.objectContaining({ service: 'Elmbrook supported living', domain: 'community-access', before: '2:1', after: '1:1', verifiedOn: '2026-04-24' }),
    ]);
    expect(JSON.stringify(q2.caseExamples)).not.toMatch(/P-00\d/);
  });

  it('filters by service and marks small samples', async () => {
    const elmbrook = await computeFigures({ db, period: '2026-Q2', services: ['Elmbrook supported living'], now: NOW });
    expect(elmbrook.place).toBe('Elmbrook supported living');
    expect(brief(figure(elmbrook, 'summaries-on-time'))).toMatchObject({ value: 66.7, numerator: 4, denominator: 6, smallSample: true });
    await expect(computeFigures({ db, period: '2026-Q2', services: ['Nowhere'], now: NOW })).rejects.toThrow(/Unknown service "Nowhere"/);
  });

  it('supports months and the Christmas calendar', async () => {
    const april = await computeFigures({ db, period: '2026-04', now: NOW });
    expect(brief(figure(april, 'summaries-on-time'))).toMatchObject({ value: 83.3, numerator: 5, denominator: 6, previous: 66.7 });
    const q4 = await computeFigures({ db, period: '2025-Q4', now: NOW });
    expect(brief(figure(q4, 'summaries-on-time'))).toMatchObject({ value: 0, numerator: 0, denominator: 1, smallSample: true });
  });

  it('scores the self-score grid from the figures and the self-assessment', async () => {
    const organisation = await db.prisma.organisation.findUniqueOrThrow({ where: { slug: 'small-test' } });
    const grid = gradeSelfScore(q2, organisation.selfAssessment);
    const scores = Object.fromEntries(grid.dimensions.map((dimension) => [dimension.id, dimension.score]));
    expect(scores).toEqual({
      'consent-capacity': 1,
      'advocacy-triggers': 1,
      'meeting-cadence': 0,
      accessibility: 1,
      // all 12 summaries went within 10 working days, 10 of them within 5
      summaries: 1,
      disagreements: 1,
      outcomes: 2,
      governance: 1,
      'information-governance': 2,
      training: 1,
    });
    expect(grid.total).toBe(11);
    expect(grid.meetsTarget).toBe(false);
    expect(grid.nextSteps[0]).toMatch(/^Meeting cadence \(0 → 2\)/);
  });

  it('uses the Scottish calendar when the organisation is in Scotland', async () => {
    await resetDatabase(db);
    await importFiles({ db, files: await smallFiles('scotland'), now: NOW });
    const scottishQ2 = await computeFigures({ db, period: '2026-Q2', now: NOW });
    // Easter Monday is not a holiday in Scotland: R-109 (1 → 10 April) becomes 6 working days, late.
    expect(brief(figure(scottishQ2, 'summaries-on-time'))).toMatchObject({ value: 75, numerator: 9, denominator: 12 });
    const scottishQ4 = await computeFigures({ db, period: '2025-Q4', now: NOW });
    expect(brief(figure(scottishQ4, 'summaries-on-time'))).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  });
});
