/**
 * Sentences that quote the organisation's practice library: declared (not blocking) when the
 * entry is in date, stale-declared (blocking) when its last check is too old, and the numbers of
 * such a sentence backed by the entry's dated count or its own text.
 */
import { describe, expect, it } from 'vitest';
import { ZClaimsReportSchema } from '../../../src/claims/claims-schema.js';
import { validateClaims } from '../../../src/claims/validate-claims.js';
import type { DeclaredPractice, EvidencePack } from '../../../src/evidence/evidence-pack-schema.js';

function declared(id: string, text: string, extra: Partial<DeclaredPractice> = {}): DeclaredPractice {
  return {
    id,
    topic: 'training',
    text,
    ownerRole: 'training-lead',
    owner: 'the training lead',
    cadence: 'annually',
    cadenceText: 'every year',
    since: '2025-03-01',
    source: 'Training matrix',
    lastCheckedOn: '2026-09-15',
    checkedBy: 'rm',
    place: 'Ashbridge supported living',
    stale: false,
    provenance: { records: 'practice library', noun: 'practice', rows: 1, batches: [{ id: 'b1', file: 'practices.csv', sha256: 'a'.repeat(64), importedAt: '2026-10-01T09:00:00.000Z', rows: { first: 4, last: 4 } }] },
    ...extra,
  };
}

const PACK: EvidencePack = {
  figures: [],
  standards: [],
  practices: [],
  declaredPractices: [
    declared('PL-1', 'Every support worker completes a Mental Capacity Act refresher each year.', {
      measure: { label: 'staff with the refresher in date', count: 41, of: 45, share: 91.1, asOf: '2026-09-30' },
    }),
    declared('PL-2', 'We offer an early review within 5 working days when the person or their family asks for one', { topic: 'review-triggers', cadence: 'when-triggered', cadenceText: 'whenever it is triggered' }),
    declared('PL-3', 'The key worker records consent to share for each topic at every review', { topic: 'information-sharing', lastCheckedOn: '2025-06-30', stale: true }),
  ],
};

const practiceClaims = (text: string, pack = PACK) =>
  validateClaims({ text, pack })
    .claims.filter((claim) => claim.kind === 'practice')
    .map((claim) => ({ text: claim.text, status: claim.status, declaredPracticeId: claim.declaredPracticeId }));

describe('declared practice claims', () => {
  it('matches the library text whatever its case, spacing and closing punctuation, and does not block', () => {
    const text = 'At Ashbridge, every support  worker completes a Mental Capacity Act refresher each year (training matrix).';
    expect(practiceClaims(text)).toEqual([
      { text: 'every support  worker completes a Mental Capacity Act refresher each year', status: 'declared', declaredPracticeId: 'PL-1' },
    ]);
    const report = validateClaims({ text, pack: PACK });
    expect(report.ok).toBe(true);
    expect(report.messages).toEqual([]);
    const claim = report.claims[0]!;
    expect(claim.message).toMatch(/practice library entry PL-1/);
    expect(claim.message).toMatch(/Training matrix/);
    expect(claim.message).toMatch(/last checked 15 September 2026/);
    expect(() => ZClaimsReportSchema.parse(report)).not.toThrow();
  });

  it('matches without the library’s leading "We", and with curly apostrophes against straight ones', () => {
    expect(practiceClaims('Harbour Care will offer an early review within 5 working days when the person or their family asks for one.')).toEqual([
      { text: 'offer an early review within 5 working days when the person or their family asks for one', status: 'declared', declaredPracticeId: 'PL-2' },
    ]);
    const curly = declared('PL-4', "The RM checks each person's consent record", { topic: 'consent-capacity' });
    expect(practiceClaims('The RM checks each person’s consent record.', { ...PACK, declaredPractices: [curly] })).toEqual([
      { text: 'The RM checks each person’s consent record', status: 'declared', declaredPracticeId: 'PL-4' },
    ]);
  });

  it('blocks a stale entry and names the date it was last checked', () => {
    const report = validateClaims({ text: 'The key worker records consent to share for each topic at every review.', pack: PACK });
    expect(report.claims.map((claim) => [claim.kind, claim.status, claim.declaredPracticeId])).toEqual([['practice', 'stale-declared', 'PL-3']]);
    expect(report.ok).toBe(false);
    expect(report.messages.map((message) => message.ruleId)).toEqual(['practice-declared-stale']);
    expect(report.claims[0]!.message).toMatch(/last checked on 30 June 2025/);
  });

  it('backs the numbers of the sentence that equal the dated count, its total or its share; other numbers are matched as usual', () => {
    const report = validateClaims({
      text: 'Every support worker completes a Mental Capacity Act refresher each year: 41 of 45 staff (91%) were in date on 30 September 2026, and 12 staff joined.',
      pack: PACK,
    });
    const numbers = report.claims.filter((claim) => claim.kind === 'number').map((claim) => [claim.text, claim.status, claim.declaredPracticeId]);
    expect(numbers).toEqual([
      ['41 of 45', 'supported', 'PL-1'],
      ['91%', 'supported', 'PL-1'],
      ['12', 'unsupported', undefined],
    ]);
    expect(report.ok).toBe(false);
  });

  it('backs a number that is part of the library text itself', () => {
    const report = validateClaims({ text: 'We offer an early review within 5 working days when the person or their family asks for one.', pack: PACK });
    expect(report.claims.filter((claim) => claim.kind === 'number').map((claim) => [claim.text, claim.status, claim.declaredPracticeId])).toEqual([['5 working days', 'supported', 'PL-2']]);
    expect(report.ok).toBe(true);
  });

  it("backs a number in the entry's measure label where the sentence states the label, and only there", () => {
    const complaints = declared('PL-5', 'The registered manager acknowledges each complaint in writing', {
      topic: 'complaints',
      measure: { label: 'complaints acknowledged within 3 working days', count: 11, of: 12, share: 91.7, asOf: '2026-09-30' },
    });
    const pack = { ...PACK, declaredPractices: [complaints] };
    const numbers = (text: string) => validateClaims({ text, pack }).claims.filter((claim) => claim.kind === 'number').map((claim) => [claim.text, claim.status, claim.declaredPracticeId]);
    expect(numbers('The registered manager acknowledges each complaint in writing; on 30 September 2026 the count was 11 of 12 complaints acknowledged within 3 working days (92%).')).toEqual([
      ['11 of 12', 'supported', 'PL-5'],
      ['3 working days', 'supported', 'PL-5'],
      ['92%', 'supported', 'PL-5'],
    ]);
    // The same days said outside the label are a claim of their own.
    expect(numbers('The registered manager acknowledges each complaint in writing, and answers within 3 working days.')).toEqual([['3 working days', 'unsupported', undefined]]);
  });

  it('leaves a sentence that only resembles the entry, a heading and a pack without a library alone', () => {
    expect(practiceClaims('Every support worker completes training.')).toEqual([]);
    expect(practiceClaims('# Every support worker completes a Mental Capacity Act refresher each year')).toEqual([]);
    expect(practiceClaims('Every support worker completes a Mental Capacity Act refresher each year.', { figures: [], standards: [] })).toEqual([]);
  });
});
