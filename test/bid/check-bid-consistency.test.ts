/** One bid, one story: figures, practices and examples across the answers of a bid. */
import { describe, expect, it } from 'vitest';
import { checkBidConsistency } from '../../src/bid/check-bid-consistency.js';
import { PRACTICE_FACETS } from '../../src/bid/data/practice-facets.js';
import { assertConsistent, storedBidConsistency } from '../../src/bid/stored-bid-consistency.js';
import type { Section } from '../../src/section/section-schema.js';

const SUMMARIES = { id: 'summaries-on-time', label: 'Meeting summaries sent within 5 working days', unit: 'percent', source: 'review records' };

interface Answer {
  number: string;
  text: string;
  /** Figure quoted: value, period, place. */
  figure?: [number, string, string];
  caseExample?: string;
}

/** Only the fields the consistency check reads; the rest of a Section does not matter to it. */
function section(answer: Answer): Section {
  const figures = answer.figure ? [{ ...SUMMARIES, value: answer.figure[0], period: answer.figure[1], place: answer.figure[2] }] : [];
  return {
    question: { number: answer.number, text: 'A question' },
    place: 'Northgate',
    responseText: answer.text,
    pack: { figures, standards: [] },
    validation: { claims: answer.figure ? [{ text: `${answer.figure[0]}%`, status: 'supported', figureId: SUMMARIES.id, line: 1, column: 1, message: 'ok' }] : [] },
    supporting: answer.caseExample ? [{ kind: 'case-example', text: answer.caseExample, figureIds: [], standardIds: [] }] : [],
  } as unknown as Section;
}

describe('checkBidConsistency', () => {
  it('passes answers that agree', () => {
    const report = checkBidConsistency([
      section({ number: '1', text: 'The Registered Manager chairs complex reviews. Summaries go out within 5 working days.', figure: [96, '2026-Q2', 'Northgate'], caseExample: 'A tenant moved from 2:1 to 1:1 support in May 2026.' }),
      section({ number: '2', text: 'Complex reviews are chaired by the Registered Manager. We hold monthly mini-reviews.', figure: [96, '2026-Q2', 'Northgate'], caseExample: 'A tenant now cooks three meals a week, up from none in March 2026.' }),
    ]);
    expect(report).toEqual({ ok: true, findings: [] });
  });

  it('blocks a figure quoted with another value or place for the same period', () => {
    const report = checkBidConsistency([
      section({ number: '2.1', text: 'Summaries: 96%.', figure: [96, '2026-Q2', 'Northgate'] }),
      section({ number: '2.2', text: 'Summaries: 91%.', figure: [91, '2026-Q2', 'Northgate'] }),
      section({ number: '2.3', text: 'Summaries: 96%.', figure: [96, '2026-Q2', 'Riverside'] }),
    ]);
    expect(report.ok).toBe(false);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ kind: 'figure', key: 'summaries-on-time', blocking: true });
    expect(report.findings[0]!.message).toContain('96%, 2026-Q2, Northgate in question 2.1; 91%, 2026-Q2, Northgate in question 2.2; 96%, 2026-Q2, Riverside in question 2.3');
  });

  it('points out, without blocking, a figure quoted for two periods that each answer keeps to', () => {
    const report = checkBidConsistency([
      section({ number: '2.1', text: 'Summaries: 96%.', figure: [96, '2026-Q2', 'Northgate'] }),
      section({ number: '2.2', text: 'Summaries: 91%.', figure: [91, 'July 2025 to June 2026', 'Northgate'] }),
      section({ number: '2.3', text: 'Summaries: 96%.', figure: [96, '2026-Q2', 'Northgate'] }),
    ]);
    expect(report.ok).toBe(true);
    expect(report.findings.map((finding) => [finding.key, finding.blocking])).toEqual([['summaries-on-time', false]]);
    expect(report.findings[0]!.message).toMatch(/quoted for different periods across the bid \(96%, 2026-Q2, Northgate in question 2\.1, question 2\.3; 91%, July 2025 to June 2026, Northgate in question 2\.2\)/);
  });

  it.each([
    ['complex-review-chair', 'The Registered Manager chairs complex reviews.', 'Complex reviews are chaired by a team leader.'],
    ['mini-review-cadence', 'We hold monthly mini-reviews with each person.', 'Mini-reviews take place every six weeks.'],
    ['summary-deadline', 'Every summary is sent within 5 working days.', 'People receive a summary of the meeting within 10 working days.'],
    ['advocate-response', 'An advocate referral is answered within 48 hours.', 'We make sure an advocate is involved within 5 working days.'],
    ['disagreement-resolution', 'Disagreements are resolved within 20 working days.', 'Most disputes are settled within 30 working days.'],
  ])('flags answers that state %s differently', (facet, first, second) => {
    const report = checkBidConsistency([section({ number: 'A', text: first }), section({ number: 'B', text: second })]);
    expect(report.findings.map((finding) => [finding.kind, finding.key])).toEqual([['practice', facet]]);
    expect(report.findings[0]!.quotes.map((quote) => [quote.question, quote.answer])).toEqual([
      ['question A', 0],
      ['question B', 1],
    ]);
  });

  it('has a test row for every practice facet but agenda notice, which the next test covers', () => {
    expect(PRACTICE_FACETS.map((facet) => facet.id)).toEqual(['complex-review-chair', 'mini-review-cadence', 'deep-dive-cadence', 'summary-deadline', 'advocate-response', 'disagreement-resolution', 'agenda-notice']);
  });

  it('flags deep-dive cadence and agenda notice stated two ways', () => {
    const report = checkBidConsistency([
      section({ number: '1', text: 'Quarterly deep-dives look at the whole plan. The agenda goes out in easy read 5 days before the meeting.' }),
      section({ number: '2', text: 'Deep-dives happen every six months. People get the agenda 3 days before.' }),
    ]);
    expect(report.findings.map((finding) => finding.key)).toEqual(['deep-dive-cadence', 'agenda-notice']);
  });

  it('flags the same case example used in two answers', () => {
    const example = 'Since March 2026 one tenant has moved from 2:1 to 1:1 support at home.';
    const report = checkBidConsistency([section({ number: '1', text: 'x', caseExample: example }), section({ number: '2', text: 'y', caseExample: example })]);
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'case-example' })]);
    expect(report.findings[0]!.message).toMatch(/^The same case example is used in question 1 and question 2: "Since March 2026/);
  });
});

describe('case examples from the evidence pack', () => {
  it("finds the pack's case example told in two answers wherever drafting put it", () => {
    const example = { service: 'Hollinwade learning disability service', domain: 'communication', measure: 'confidence speaking up', unit: 'score', before: '2', after: '4', weeksTaken: 10, verifiedOn: '2026-03-12', verifiedBy: 'rm' };
    const told = 'At Hollinwade, one person rated their confidence speaking up at reviews 4 out of 5, up from 2; verified in March 2026.';
    const withCase = (number: string, text: string) => {
      const base = section({ number, text });
      return { ...base, pack: { ...base.pack, caseExamples: [example] } } as Section;
    };
    const report = checkBidConsistency([withCase('1', `Opening.\n\n${told}`), withCase('2', `Other words.\n\n${told}`), withCase('3', 'No example here.')]);
    expect(report.findings.map((finding) => [finding.kind, finding.quotes.map((quote) => quote.question)])).toEqual([['case-example', ['question 1', 'question 2']]]);
  });
});

describe('consistency findings of a stored bid', () => {
  const answers = (second: string) =>
    [
      { questionId: 'q-1', number: '2.1', section: section({ number: '2.1', text: 'The Registered Manager chairs complex reviews.' }) },
      { questionId: 'q-2', number: '2.2', section: section({ number: '2.2', text: second }) },
    ] as const;

  it('names each finding by what it found and where, ties quotes to question ids, and counts what is still open', () => {
    const report = storedBidConsistency({ answers: answers('Complex reviews are chaired by a team leader.') });
    expect(report).toMatchObject({ ok: false, answers: 2, open: 1 });
    const [finding] = report.findings;
    expect(finding!.quotes.map((quote) => [quote.questionId, quote.questionNumber])).toEqual([
      ['q-1', '2.1'],
      ['q-2', '2.2'],
    ]);
    // The same words give the same id; other words another.
    expect(storedBidConsistency({ answers: answers('Complex reviews are chaired by a team leader.') }).findings[0]!.id).toBe(finding!.id);
    expect(storedBidConsistency({ answers: answers('Complex reviews are chaired by a deputy manager.') }).findings[0]!.id).not.toBe(finding!.id);
    const allowed = storedBidConsistency({ answers: answers('Complex reviews are chaired by a team leader.'), allowances: new Map([[finding!.id, { reason: 'Different services', author: 'Sam', createdAt: '2026-12-01T10:00:00.000Z' }]]) });
    expect(allowed).toMatchObject({ ok: true, open: 0 });
    expect(() => assertConsistent(report, 'The submission')).toThrow(/The submission is held back: the answers disagree with each other in 1 place/);
    expect(() => assertConsistent(report, 'This answer', new Set(['q-3']))).not.toThrow();
    expect(() => assertConsistent(allowed, 'The submission')).not.toThrow();
  });
});
