/**
 * Practice claims in the validation report: statuses against a profile counted by hand, the
 * actual in the message, `kind` beside numeric claims, what fails the report, and packs without
 * a profile.
 */
import { describe, expect, it } from 'vitest';
import { ZClaimsReportSchema, ZValidatedClaimSchema } from '../../../src/claims/claims-schema.js';
import { validateClaims } from '../../../src/claims/validate-claims.js';
import type { EvidencePack, Practice } from '../../../src/evidence/evidence-pack-schema.js';

function practice(id: string, numerator: number, denominator: number, extra: Partial<Practice> = {}): Practice {
  return {
    id,
    label: id,
    numerator,
    denominator,
    share: denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null,
    threshold: 90,
    period: '2026-Q2',
    place: 'Northgate',
    provenance: { records: 'review records', rows: denominator, batches: [] },
    basis: 'share',
    ...extra,
  };
}

const PACK: EvidencePack = {
  figures: [],
  standards: [],
  practices: [
    practice('complex-chair-rm', 3, 4, { noun: 'complex reviews with a recorded chair', shown: 'were chaired by the Registered Manager' }),
    practice('advocate-at-complex', 4, 4, { noun: 'complex reviews', shown: 'had an advocate taking part' }),
    practice('review-monthly', 0, 6, { noun: 'people supported throughout the period', shown: 'had a review every month' }),
    practice('format-easy-read', 9, 10, { noun: 'reviews of people whose agreed format is easy-read', shown: 'used easy-read materials' }),
    practice('ni-sampling', 0, 0, { noun: 'service quarters' }),
    practice('remote-participation', 0, 12, { basis: 'occurrence', noun: 'reviews', shown: 'had someone joining remotely' }),
  ],
};

const view = (text: string, pack = PACK) =>
  validateClaims({ text, pack })
    .claims.filter((claim) => claim.kind === 'practice')
    .map((claim) => ({ text: claim.text, status: claim.status, practiceId: claim.practiceId }));

describe('practice claims', () => {
  it('practised at or above the threshold (90% of 10 is enough), partly below it, contradicted at zero', () => {
    expect(view('Agendas go out in easy-read. The Registered Manager chairs complex reviews. We hold monthly mini-reviews.')).toEqual([
      { text: 'Agendas go out in easy-read', status: 'practised', practiceId: 'format-easy-read' },
      { text: 'The Registered Manager chairs complex reviews', status: 'partly', practiceId: 'complex-chair-rm' },
      { text: 'monthly mini-reviews', status: 'contradicted', practiceId: 'review-monthly' },
    ]);
  });

  it('not-recorded with a zero denominator, for an offer never taken up, and for a practice the profile lacks', () => {
    expect(view('The NI samples two cases per service. Families can join by video. Every disagreement is logged.')).toEqual([
      { text: 'The NI samples two cases per service', status: 'not-recorded', practiceId: 'ni-sampling' },
      { text: 'join by video', status: 'not-recorded', practiceId: 'remote-participation' },
      { text: 'Every disagreement is logged', status: 'not-recorded', practiceId: 'disagreements-logged' },
    ]);
  });

  it('says the actual in the message and as the expected wording', () => {
    const [claim] = validateClaims({ text: 'The Registered Manager chairs complex reviews.', pack: PACK }).claims;
    expect(claim).toMatchObject({
      kind: 'practice',
      status: 'partly',
      line: 1,
      column: 1,
      endColumn: 46,
      expected: ['3 of 4 complex reviews with a recorded chair were chaired by the Registered Manager in Q2 2026'],
    });
    expect(claim!.message).toContain('3 of 4 complex reviews with a recorded chair were chaired by the Registered Manager in Q2 2026 at Northgate (75%, below the 90% threshold)');
    const [silent] = validateClaims({ text: 'The NI samples two cases per service.', pack: PACK }).claims.filter((entry) => entry.kind === 'practice');
    expect(silent!.message).toContain('no service quarters in Q2 2026 at Northgate, so the records say nothing either way');
  });

  it('fails the report for partly and contradicted, not for not-recorded; messages carry rule, place and actual', () => {
    const partly = validateClaims({ text: 'Intro.\n\nThe RM chairs complex reviews.', pack: PACK });
    expect(partly.ok).toBe(false);
    expect(partly.messages.map((message) => [message.ruleId, message.line, message.column, message.actual, message.fatal])).toEqual([['practice-partly', 3, 1, 'The RM chairs complex reviews', false]]);
    const silent = validateClaims({ text: 'Every month the NI samples cases.', pack: PACK });
    expect(silent.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['practice-not-recorded', undefined]]);
    expect(silent.ok).toBe(true);
    const practised = validateClaims({ text: 'An advocate attends complex reviews.', pack: PACK });
    expect(practised).toMatchObject({ ok: true, messages: [] });
  });

  it('sits beside numeric claims in document order, each with its kind', () => {
    const pack: EvidencePack = {
      ...PACK,
      figures: [{ id: 'summaries-on-time', label: 'Summaries on time', value: 96, unit: 'percent', numerator: 48, denominator: 50, period: '2026-Q2', source: 'review records' }],
    };
    const report = validateClaims({ text: 'The RM chairs complex reviews. Summaries on time reached 96% (48 of 50).', pack });
    expect(report.claims.map((claim) => [claim.kind, claim.status, claim.text])).toEqual([
      ['practice', 'partly', 'The RM chairs complex reviews'],
      ['number', 'supported', '96%'],
      ['number', 'supported', '48 of 50'],
    ]);
    expect(report.claims[1]).toMatchObject({ form: 'percent', value: 96, unit: 'percent', figureId: 'summaries-on-time' });
    expect(() => ZClaimsReportSchema.shape.claims.parse(report.claims)).not.toThrow();
  });

  it('reports without failing a practice stated with its actual, as x of y or as its share', () => {
    for (const text of ['The RM chairs complex reviews (3 of 4 in Q2 2026).', 'The RM chairs complex reviews: 75% of them in Q2 2026.']) {
      const report = validateClaims({ text, pack: PACK });
      const practiceClaim = report.claims.find((claim) => claim.kind === 'practice');
      expect(practiceClaim, text).toMatchObject({ status: 'partly', actualStated: true });
      expect(report.messages.filter((message) => message.ruleId === 'practice-partly').map((message) => message.fatal), text).toEqual([undefined]);
    }
    const other = validateClaims({ text: 'The RM chairs complex reviews (13 of 40 in Q2 2026).', pack: PACK }).claims.find((claim) => claim.kind === 'practice');
    expect(other).toMatchObject({ status: 'partly' });
    expect(other!.actualStated).toBeUndefined();
  });

  it('leaves practice statements unchecked when the pack has no profile (packs written before profiles)', () => {
    expect(view('The Registered Manager chairs complex reviews.', { figures: [], standards: [] })).toEqual([]);
  });

  it('a plan or a target is not a practice claim', () => {
    expect(view('We will hold monthly mini-reviews from Q3. We aim to have the RM chair every complex review.')).toEqual([]);
  });
});

describe('ZValidatedClaimSchema', () => {
  const place = { line: 1, column: 1, endLine: 1, endColumn: 4, offset: 0, endOffset: 3, message: 'm', text: 'x' };
  it('defaults kind to number and still requires a number claim to say what it is', () => {
    expect(ZValidatedClaimSchema.parse({ ...place, form: 'percent', value: 96, unit: 'percent', status: 'supported' }).kind).toBe('number');
    expect(() => ZValidatedClaimSchema.parse({ ...place, status: 'supported' })).toThrow(/form/);
  });
  it('keeps practice statuses to practice claims and number statuses to number claims', () => {
    expect(ZValidatedClaimSchema.parse({ ...place, kind: 'practice', status: 'partly', practiceId: 'complex-chair-rm' }).kind).toBe('practice');
    expect(() => ZValidatedClaimSchema.parse({ ...place, kind: 'practice', status: 'supported' })).toThrow(/practice status/);
    expect(() => ZValidatedClaimSchema.parse({ ...place, form: 'percent', value: 96, unit: 'percent', status: 'contradicted' })).toThrow(/practice status/);
  });
});
