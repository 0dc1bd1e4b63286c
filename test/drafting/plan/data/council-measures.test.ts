import { describe, expect, it } from 'vitest';
import { COUNCIL_MEASURES, measuresFor } from '../../../../src/drafting/plan/data/council-measures.js';

describe('measuresFor', () => {
  it("offers the measures a question's own list names first, in its order, then the rest", () => {
    const question =
      'Describe what you will report each quarter. As a minimum: the number of people who had a review in the period, and whether they and their family took part; the number of times you prompted a referral for advocacy, by type; complaints and compliments received; the results of feedback surveys.';
    expect(measuresFor(question).map((measure) => measure.id)).toEqual([
      'cadence-monthly',
      'participation',
      'advocate-referrals',
      'disputes-resolved',
      'involvement-compliments',
      'feel-involved-agree',
      'summaries-on-time',
      'actions-on-time',
      'advocate-response',
      'changes-from-feedback',
    ]);
  });

  it('reads the list, not the title line, and a plan reviewed in the period as people reviewed', () => {
    const question = 'Evidence and reporting: involvement and complaints\n\nSet out what you will report each quarter: the number of people whose support plan was reviewed in the period; complaints and compliments.';
    expect(measuresFor(question).map((measure) => measure.id).slice(0, 3)).toEqual(['cadence-monthly', 'disputes-resolved', 'involvement-compliments']);
  });

  it('keeps its own order for a question that names no measure', () => {
    expect(measuresFor('What will you report to the Council?')).toEqual(COUNCIL_MEASURES);
  });
});
