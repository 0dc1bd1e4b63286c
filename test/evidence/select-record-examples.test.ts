/**
 * Logged referrals and disagreements as examples: only answered referrals and settled
 * disagreements, the period's first, each with one figure traced to the row it came from, and
 * nothing that names the person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import type { RecordExample } from '../../src/evidence/figures-schema.js';
import { openFixtureDatabase } from '../drafting/support/fixture-provider.js';

let db: Database;

beforeAll(async () => {
  db = await openFixtureDatabase();
});

afterAll(async () => {
  await db?.close();
});

const dayOf = (example: RecordExample) => (example.kind === 'advocate-referral' ? example.referredOn : example.loggedOn);

describe('record examples (through computeFigures)', () => {
  it('are only given when case examples are asked for', async () => {
    const figures = await computeFigures({ db, period: '2026-Q3' });
    expect(figures.recordExamples).toBeUndefined();
  });

  it('tell the period first, then the rest of its twelve months, leaving out referrals still waiting and disagreements still open', async () => {
    const figures = await computeFigures({ db, period: '2026-Q3', cases: 5 });
    const referrals = figures.recordExamples!.filter((example) => example.kind === 'advocate-referral');
    const disagreements = figures.recordExamples!.filter((example) => example.kind === 'disagreement');
    // AR-020 to AR-022 were referred in Q3 and answered; AR-023 and AR-024 (September) have no advocate yet.
    expect(referrals.slice(0, 3).map(dayOf)).toEqual(['2026-08-17', '2026-07-13', '2026-07-06']);
    for (const example of referrals.slice(3)) expect(dayOf(example) < '2026-07-01').toBe(true);
    expect(referrals.map((example) => example.figure?.id)).not.toContain('referral-example-ar-023');
    for (const example of [...referrals, ...disagreements]) expect(dayOf(example) >= '2025-10-01').toBe(true);
    expect(disagreements[0]).toMatchObject({ service: 'Stonecross mental health support', topic: 'support-plan', level: 'rm', loggedOn: '2026-07-14', resolvedOn: '2026-07-30', withinStandard: true });
  });

  it('carry one figure each, placed, dated to the month and traced to its row, and never the person', async () => {
    const figures = await computeFigures({ db, period: '2026-Q3', cases: 5 });
    const referral = figures.recordExamples!.find((example) => example.figure?.id === 'referral-example-ar-021')!;
    // 13 July 09:20 to 14 July 12:45: 27 hours and 25 minutes, within the 48-hour standard.
    expect(referral).toMatchObject({ advocateType: 'imca', trigger: 'serious-medical-treatment', withinStandard: true, advocateAtReview: { heldOn: '2026-07-23', type: 'complex' } });
    expect(referral.figure).toMatchObject({ value: 27, unit: 'hours', period: '2026-07', place: 'Hollinwade learning disability service', standardId: 'advocate-response', catalogueId: 'advocate-referral-case' });
    expect(referral.figure!.provenance!.batches[0]).toMatchObject({ file: 'advocate-referrals.csv', rows: { first: 22, last: 22 } });
    const settled = figures.recordExamples!.find((example) => example.figure?.id === 'disagreement-example-d-011')!;
    expect(settled.figure).toMatchObject({ value: 12, unit: 'working days', standardId: 'dispute-resolution' });
    // What it led to, as the log codes it; a referral the log leaves blank has none.
    expect(settled).toMatchObject({ outcome: 'plan-changed' });
    expect(figures.recordExamples!.find((example) => example.figure?.id === 'referral-example-ar-022')).toMatchObject({ outcome: 'decision-changed' });
    // The pack's own figures are not crowded with one per record: an answer adds those it quotes.
    expect(figures.figures.some((figure) => figure.id.startsWith('referral-example-'))).toBe(false);
    expect(JSON.stringify(figures.recordExamples)).not.toMatch(/P-\d{4}/);
  });
});
