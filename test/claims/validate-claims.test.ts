import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ZClaimsReportSchema } from '../../src/claims/claims-schema.js';
import { validateClaims } from '../../src/claims/validate-claims.js';
import type { EvidencePack, Figure } from '../../src/evidence/evidence-pack-schema.js';

function figure(overrides: Partial<Figure> & Pick<Figure, 'id' | 'label' | 'value' | 'unit'>): Figure {
  return { period: '2026-Q2', source: 'review records: 42 reviews', ...overrides };
}

const pack: EvidencePack = {
  figures: [
    figure({ id: 'family-input', label: 'Reviews with family or advocate input', value: 83, unit: 'percent', numerator: 35, denominator: 42, place: 'Northgate and Riverside' }),
    figure({ id: 'summaries', label: 'Summaries sent within 5 working days', value: 96, previous: 58, unit: 'percent', numerator: 48, denominator: 50, source: 'review records: 50 reviews' }),
    figure({ id: 'referrals', label: 'Advocate referrals answered in time', value: 95.5, unit: 'percent' }),
    figure({ id: 'involved-score', label: "'I feel involved' score", value: 4.2, previous: 3.1, unit: 'score' }),
    figure({ id: 'step-down', label: 'Staffing stepped down for community access', value: '1:1', previous: '2:1', unit: 'ratio' }),
    figure({ id: 'compliments', label: 'Compliments mentioning inclusion', value: 7, previous: 2, unit: 'count' }),
    figure({ id: 'debriefs', label: 'Debriefs held after incidents', value: null, unavailableReason: 'no incidents this quarter', unit: 'count' }),
  ],
  standards: [
    { id: 'summary-deadline', label: 'Summary sent within', value: 5, unit: 'working days' },
    { id: 'agenda-notice', label: 'Agenda sent before the meeting', value: 3, max: 5, unit: 'days' },
  ],
};

function statuses(text: string) {
  return validateClaims({ text, pack }).claims.map((claim) => [claim.text, claim.status, claim.figureId ?? claim.standardId]);
}

describe('validateClaims: matching rules', () => {
  it('backs a percentage within ±0.5 inclusive, and no further', () => {
    expect(statuses('Advocate referrals were answered in time 95% of the time.')).toEqual([['95%', 'supported', 'referrals']]);
    expect(statuses('Advocate referrals were answered in time 96% of the time.')).toEqual([['96%', 'supported', 'referrals']]);
    expect(statuses('Advocate referrals were answered in time 96.1% of the time.')).toEqual([['96.1%', 'mismatch', 'referrals']]);
  });

  it('backs a count exactly', () => {
    expect(statuses('Seven compliments mentioned inclusion.')).toEqual([['Seven', 'supported', 'compliments']]);
    expect(statuses('Eight compliments mentioned inclusion.')).toEqual([['Eight', 'mismatch', 'compliments']]);
  });

  it('backs a score within ±0.05', () => {
    expect(statuses("The 'I feel involved' score was 4.24 out of 5.")).toEqual([['4.24 out of 5', 'supported', 'involved-score']]);
    expect(statuses("The 'I feel involved' score was 4.3 out of 5.")).toEqual([['4.3 out of 5', 'mismatch', 'involved-score']]);
  });

  it('backs "x of y" only with the exact numerator/denominator pair', () => {
    expect(statuses('Family or advocate input featured in 35 of 42 reviews.')).toEqual([['35 of 42', 'supported', 'family-input']]);
    expect(statuses('Family or advocate input featured in 34 of 41 reviews.')).toEqual([['34 of 41', 'mismatch', 'family-input']]);
  });

  it('checks a before→after phrase at both ends, as one claim', () => {
    expect(statuses('Summaries sent on time rose from 58% → 96%.')).toEqual([['58% → 96%', 'supported', 'summaries']]);
    expect(statuses('Summaries sent on time rose from 50% → 96%.')).toEqual([['50% → 96%', 'mismatch', 'summaries']]);
    expect(statuses('Summaries sent on time rose from 58% → 90%.')).toEqual([['58% → 90%', 'mismatch', 'summaries']]);
    expect(statuses('Staffing for community access stepped down 2:1 → 1:1.')).toEqual([['2:1 → 1:1', 'supported', 'step-down']]);
    expect(statuses('Staffing for community access stepped down 3:1 → 1:1.')).toEqual([['3:1 → 1:1', 'mismatch', 'step-down']]);
  });

  it('marks durations equal to a declared standard, including either end of a range', () => {
    expect(statuses('Each summary is sent within five working days.')).toEqual([['five working days', 'standard', 'summary-deadline']]);
    expect(statuses('The agenda is sent 3–5 days before the meeting.')).toEqual([['3–5 days', 'standard', 'agenda-notice']]);
    expect(statuses('The agenda is sent 5 days before the meeting.')).toEqual([['5 days', 'standard', 'agenda-notice']]);
    expect(statuses('The agenda is sent 3 days before the meeting.')).toEqual([['3 days', 'standard', 'agenda-notice']]);
    expect(statuses('The agenda is sent 4–6 days before the meeting.')).toEqual([['4–6 days', 'mismatch', 'agenda-notice']]);
  });

  it('never lets an unavailable figure back a claim', () => {
    expect(statuses('No debriefs were needed, so 0 debriefs were held after incidents.')).toEqual([['0', 'unsupported', 'debriefs']]);
  });

  it('flags a number that matches nothing as unsupported', () => {
    expect(statuses('Staff turnover fell to 12%.')).toEqual([['12%', 'unsupported', undefined]]);
  });

  it('flags values swapped between two figures', () => {
    expect(statuses('Family or advocate input reached 96%, and summaries were sent on time in 83% of cases.')).toEqual([
      ['96%', 'mismatch', 'family-input'],
      ['83%', 'mismatch', 'summaries'],
    ]);
  });
});

describe('validateClaims: messages and report', () => {
  it('writes the supported, mismatch and unsupported messages in the agreed grammar', () => {
    const report = validateClaims({
      text: 'Family or advocate input featured in 83% of reviews. Family or advocate input featured in 87% of reviews. Staff turnover fell to 12%.',
      pack,
    });
    const [supported, mismatch, unsupported] = report.claims;
    expect(supported?.message).toBe(
      'Backed by Reviews with family or advocate input: Q2 2026 figure is 83% (35 of 42 reviews, Northgate and Riverside)',
    );
    expect(mismatch?.message).toBe('Q2 2026 figure is 83% (35 of 42 reviews, Northgate and Riverside); the draft says 87%');
    expect(mismatch?.expected).toEqual(['83%']);
    expect(unsupported?.message).toMatch(/^No figure or standard in the evidence pack backs 12%: add the figure .* or remove the number$/);
    expect(report.ok).toBe(false);
    expect(() => ZClaimsReportSchema.parse(report)).not.toThrow();
  });

  it('turns every flagged claim into a VFileMessage with place, rule, source, actual, expected, url and cause', () => {
    const file = new VFile({ path: 'draft.md' });
    const text = '# Evidence\n\nFamily or advocate input featured in 87% of reviews.\nStaff turnover fell to 12%.\n';
    const report = validateClaims({ text, pack, file });
    expect(report.messages).toHaveLength(2);
    expect(file.messages).toEqual(report.messages);
    const [mismatch, unsupported] = report.messages;
    expect(mismatch).toMatchObject({
      ruleId: 'claim-mismatch',
      source: 'assured',
      actual: '87%',
      expected: ['83%'],
      place: { start: { line: 3, column: 38, offset: 49 }, end: { line: 3, column: 41, offset: 52 } },
      file: 'draft.md',
    });
    expect(mismatch?.url).toMatch(/claim-mismatch/);
    expect(mismatch?.cause).toBeInstanceOf(Error);
    expect(String((mismatch?.cause as Error).message)).toContain('family-input');
    expect(unsupported).toMatchObject({ ruleId: 'unsupported-claim', source: 'assured', actual: '12%', expected: [] });
  });

  it('offers both roundings of a half-way figure as expected phrasings', () => {
    const [claim] = validateClaims({ text: 'Advocate referrals were answered in time 90% of the time.', pack }).claims;
    expect(claim?.expected).toEqual(['95.5%', '95%', '96%']);
  });

  it('reports ok when every claim is supported or standard', () => {
    const report = validateClaims({ text: 'Summaries sent on time rose from 58% → 96%, each within five working days.', pack });
    expect(report.claims.map((claim) => claim.status)).toEqual(['supported', 'standard']);
    expect(report.ok).toBe(true);
    expect(report.messages).toEqual([]);
  });

  it('does not let one service\'s figures, stated beside the whole, make the whole\'s words look common', () => {
    const involved = figure({ id: 'agree', label: '"I feel involved" responses scoring 4 or 5', value: 90.7, unit: 'percent', numerator: 39, denominator: 43 });
    const services = ['north', 'south', 'east', 'west'].map((place, index) =>
      figure({ id: `agree-at-${place}`, label: involved.label, value: 75 + index, unit: 'percent', numerator: 9 + index, denominator: 12, place, breakdownOf: 'agree' }),
    );
    const feedback = figure({ id: 'changes', label: 'Changes made from feedback and verified', value: 0, unit: 'percent', numerator: 0, denominator: 2 });
    const text = 'In Q2 2026, feedback responses agreeing "I feel involved" stood at 91% (39 of 43 responses).';
    const claims = (figures: Figure[]) => validateClaims({ text, pack: { figures, standards: [] } }).claims.map((claim) => [claim.text, claim.status, claim.figureId]);
    const backed = [['91%', 'supported', 'agree'], ['39 of 43', 'supported', 'agree']];
    expect(claims([involved, feedback])).toEqual(backed);
    expect(claims([involved, ...services, feedback])).toEqual(backed);
  });
});
