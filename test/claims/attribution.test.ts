/**
 * Which figure a value belongs to when the sentence's words point elsewhere: a value beside its
 * own "(x of y …)" pair, and an exact pair whose clause names only the denominator other figures share.
 */
import { describe, expect, it } from 'vitest';
import { validateClaims } from '../../src/claims/validate-claims.js';
import type { EvidencePack, Figure } from '../../src/evidence/evidence-pack-schema.js';

function figure(overrides: Partial<Figure> & Pick<Figure, 'id' | 'label' | 'value' | 'unit'>): Figure {
  return { period: '2026-Q2', source: 'review records', ...overrides };
}

const pack: EvidencePack = {
  figures: [
    figure({ id: 'participation', label: 'Reviews with family, friend or advocate input (present or written)', value: 84.3, unit: 'percent', numerator: 150, denominator: 178 }),
    figure({ id: 'agenda-notice', label: 'Agendas sent at least 5 days before the meeting', value: 89.3, unit: 'percent', numerator: 159, denominator: 178, standardId: 'agenda-notice' }),
    figure({ id: 'summaries-on-time', label: 'Plain-English summaries sent within 5 working days', value: 96, unit: 'percent', numerator: 48, denominator: 50 }),
    figure({ id: 'actions-closed', label: 'Review actions closed by their due date', value: 88, unit: 'percent', numerator: 44, denominator: 50 }),
  ],
  standards: [{ id: 'agenda-notice', label: 'Agenda sent before the meeting', value: 5, unit: 'days' }],
};

function statuses(text: string) {
  return validateClaims({ text, pack }).claims.map((claim) => [claim.text, claim.status, claim.figureId ?? claim.standardId]);
}

describe('attribution of values to figures', () => {
  it("accepts the drafter's own figure line: a value beside its pair belongs to the pair's figure", () => {
    const claims = statuses('Agendas sent at least 5 days before the meeting: 89% (159 of 178 planned reviews).');
    expect(claims).toContainEqual(['89%', 'supported', 'agenda-notice']);
    expect(claims).toContainEqual(['159 of 178', 'supported', 'agenda-notice']);
  });

  it('does not flag a correct pair because another figure shares its denominator', () => {
    expect(statuses('Summaries were on time: 48 of 50 reviews.')).toEqual([['48 of 50', 'supported', 'summaries-on-time']]);
    expect(statuses('Plain-English summaries went out on time, for 48 of 50 reviews.')).toEqual([['48 of 50', 'supported', 'summaries-on-time']]);
  });

  it('still flags a pair written under another figure’s words (values swapped)', () => {
    expect(statuses('Plain-English summaries went out on time for 44 of 50 reviews.')).toEqual([['44 of 50', 'mismatch', 'summaries-on-time']]);
    expect(statuses('Plain-English summaries went out on time: 88% (44 of 50 reviews).')).toEqual([
      ['88%', 'mismatch', 'summaries-on-time'],
      ['44 of 50', 'mismatch', 'summaries-on-time'],
    ]);
  });
});
