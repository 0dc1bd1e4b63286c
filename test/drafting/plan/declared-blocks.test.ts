/**
 * Questions the case records cannot answer (carers, recruitment, training) are answered from
 * the organisation's practice library: each entry in its own words with owner, cadence, source
 * and last check, its count in the same sentence; an out-of-date entry is not quoted and the
 * writer is told why; with no entry at all the answer does not fill up with unrelated figures.
 */
import { describe, expect, it } from 'vitest';
import { composeSection } from '../../../src/drafting/compose-section.js';
import { declaredSentence } from '../../../src/drafting/plan/declared-blocks.js';
import { entry, figuresWith } from '../support/practice-library.js';

const CARERS_QUESTION = { text: "How do you support unpaid carers' wellbeing, including access to a carer's assessment?" };
const asked = entry('P1', 'carers', 'Key workers ask each family member who helps the person whether they want a carer’s assessment, and refer them to the council the same week.', {
  measure: { label: 'carers offered a referral', count: 14, of: 16, share: 87.5, asOf: '2026-09-30' },
});
const evening = entry('P2', 'carers', 'A carers’ evening each quarter lets relatives meet the team and local carer support groups.', { cadence: 'quarterly', cadenceText: 'every quarter', source: 'the events log' });

describe('answers from the practice library', () => {
  it('quotes each entry with its owner, cadence, source and last check, and its count in the same sentence', async () => {
    const section = await composeSection({ figures: figuresWith([asked, evening]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(section.responseText).toContain(declaredSentence(asked, 0).slice(0, 60));
    expect(section.responseText).toMatch(/count as at 30 September 2026: 14 of 16 carers offered a referral \(88%\)/);
    expect(section.responseText).toMatch(/led by the Registered Manager, at every review; recorded in the carers register, last verified in August 2026/);
    expect(section.responseText).toContain('A carers’ evening each quarter');
    expect(section.plan?.covered.map((item) => `${item.topic}/${item.element}`)).toContain('carers/declared-practices');
    // Every quoted entry validates against the library, its count included.
    const statuses = section.validation.claims.map((claim) => [claim.text, claim.status]);
    expect(statuses).toContainEqual(['14 of 16', 'supported']);
    expect(statuses).toContainEqual(['88%', 'supported']);
    expect(section.validation.claims.filter((claim) => claim.status === 'declared')).toHaveLength(2);
    expect(section.validation.claims.filter((claim) => !['supported', 'standard', 'declared', 'practised'].includes(claim.status))).toEqual([]);
  });

  it('names the service a one-service practice holds for, so it does not read as the whole organisation\'s', async () => {
    const oneService = { ...evening, serviceRef: 'S-E', wholeOrganisation: false };
    const whole = { ...asked, place: 'Eastfield Care Ltd', wholeOrganisation: true };
    expect(declaredSentence(oneService, 0)).toMatch(/\(at Eastfield supported living, led by the Registered Manager/);
    expect(declaredSentence(oneService, 1)).toMatch(/\(at Eastfield supported living, owned by/);
    expect(declaredSentence(whole, 0)).toMatch(/\(led by the Registered Manager/);
    const section = await composeSection({ figures: figuresWith([oneService]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(section.validation.claims.filter((claim) => claim.status === 'declared')).toHaveLength(1);
  });

  it('tells the writer when an entry says "every" but its own count falls short', async () => {
    const panels = entry('P9', 'carers', 'Every carer is offered a carer’s assessment at the first review.', {
      measure: { label: 'carers offered an assessment', count: 7, of: 8, share: 87.5, asOf: '2026-09-30' },
    });
    const section = await composeSection({ figures: figuresWith([panels]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(section.responseText).toContain('Every carer is offered');
    expect(section.notes.join('\n')).toMatch(/P9 says it happens every time .* its own count is 7 of 8 carers offered an assessment/);
    const allOffered = entry('P10', 'carers', 'Every carer is offered a carer’s assessment at the first review.', {
      measure: { label: 'carers offered an assessment', count: 8, of: 8, share: 100, asOf: '2026-09-30' },
    });
    const whole = await composeSection({ figures: figuresWith([allOffered]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(whole.notes.join('\n')).not.toMatch(/says it happens every time/);
  });

  it('does not quote an entry whose last check is out of date, and tells the writer', async () => {
    const old = { ...evening, stale: true, lastCheckedOn: '2025-02-01' };
    const section = await composeSection({ figures: figuresWith([old]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(section.responseText).not.toContain('carers’ evening');
    expect(section.notes.join('\n')).toMatch(/out of date .*last checked on 2025-02-01.*check them and update the library/);
  });

  it('names the practice library as the place to add a practice the records cannot show', async () => {
    const section = await composeSection({ figures: figuresWith([]), question: { text: 'How do you involve the people you support in recruiting staff?' }, limit: { kind: 'words', value: 300 } });
    expect(section.notes.join('\n')).toMatch(/neither the records nor the practice library hold anything on involving people in recruiting/);
    expect(section.responseText).not.toMatch(/interview/i);
  });

  it('keeps entries of different topics apart in one answer', async () => {
    const training = entry('P3', 'training', 'Every new worker shadows two reviews and then runs one with a senior watching before leading reviews alone.', {
      owner: 'the training lead',
      ownerRole: 'training-lead',
      cadence: 'at-induction',
      cadenceText: 'at induction',
      source: 'the induction sign-off sheets',
    });
    const section = await composeSection({
      figures: figuresWith([asked, training]),
      question: { text: "How are staff trained to support carers, and how do you support unpaid carers' wellbeing?" },
      limit: { kind: 'words', value: 400 },
    });
    expect(section.responseText).toContain('Every new worker shadows two reviews');
    expect(section.responseText).toContain('Key workers ask each family member');
  });
});
