/**
 * Practice statements: every statement's own examples (claims found as that statement, non-claims
 * not found), exact positions in Markdown, and what makes a sentence a plan rather than a claim.
 */
import { describe, expect, it } from 'vitest';
import { detectPracticeStatements } from '../../../src/claims/practice/detect-practice-statements.js';
import { PRACTICE_STATEMENTS } from '../../../src/claims/practice/statements/index.js';
import { PRACTICE_CATALOGUE } from '../../../src/evidence/data/practice-catalogue.js';

const found = (text: string) => detectPracticeStatements(text).map((match) => ({ text: match.text, practiceId: match.practiceId, at: `${match.line}:${match.column}-${match.endLine}:${match.endColumn}` }));

describe('practice statements (data)', () => {
  const practiceIds = new Set(PRACTICE_CATALOGUE.map((entry) => entry.id));

  it('have unique ids and check practices the profile computes', () => {
    expect(new Set(PRACTICE_STATEMENTS.map((statement) => statement.id)).size).toBe(PRACTICE_STATEMENTS.length);
    for (const statement of PRACTICE_STATEMENTS) {
      const targets = typeof statement.practice === 'string' ? [statement.practice] : [...Object.values(statement.practice.values), statement.practice.otherwise ?? ''];
      for (const target of targets.filter(Boolean)) expect(practiceIds, `${statement.id} → ${target}`).toContain(target);
    }
  });

  describe.each(PRACTICE_STATEMENTS.map((statement) => [statement.id, statement] as const))('%s', (_id, statement) => {
    it.each(statement.examples.claims.map((example) => [example]))('finds a claim in "%s"', (example) => {
      const matches = detectPracticeStatements(example);
      expect(matches.map((match) => match.statementId)).toContain(statement.id);
    });
    if (statement.examples.notClaims.length > 0) {
      it.each(statement.examples.notClaims.map((example) => [example]))('finds no claim in "%s"', (example) => {
        expect(detectPracticeStatements(example).filter((match) => match.statementId === statement.id)).toEqual([]);
      });
    }
  });
});

describe('detectPracticeStatements', () => {
  it.each([
    ['The Registered Manager chairs complex reviews.', [{ text: 'The Registered Manager chairs complex reviews', practiceId: 'complex-chair-rm', at: '1:1-1:46' }]],
    ['We hold *monthly mini-reviews* with everyone.', [{ text: 'monthly mini-reviews', practiceId: 'review-monthly', at: '1:10-1:30' }]],
    ['Intro.\n\n- Agendas go out in **easy-read**.', [{ text: 'Agendas go out in easy-read', practiceId: 'format-easy-read', at: '3:3-3:32' }]],
    ['Agendas go out in large print.', [{ text: 'Agendas go out in large print', practiceId: 'format-large-print', at: '1:1-1:30' }]],
    ['The NI samples two cases per service.', [{ text: 'The NI samples two cases per service', practiceId: 'ni-sampling', at: '1:1-1:37' }]],
    ['Every change is re-audited by the RM.', [{ text: 'Every change is re-audited by the RM', practiceId: 'changes-verified-by-rm', at: '1:1-1:37' }]],
    ['Every change is re-audited.', [{ text: 'Every change is re-audited', practiceId: 'changes-verified', at: '1:1-1:27' }]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'We will hold monthly mini-reviews.',
    "We'll hold monthly mini-reviews.",
    'From Q3, the NI samples two cases per service.',
    'From 1 September the Registered Manager chairs complex reviews.',
    'We aim to send agendas in easy-read.',
    'Our target is monthly mini-reviews for everyone.',
    'Monthly mini-reviews are planned for next quarter.',
    'The Registered Manager does not chair complex reviews.',
    "The RM doesn't chair complex reviews, and the NI never samples cases per service.",
    'Does the RM chair complex reviews?',
    'We are piloting easy-read agendas.',
    '```\nThe RM chairs complex reviews.\n```',
    '# The RM chairs complex reviews',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps a fact beside a plan in the same sentence', () => {
    expect(found('We hold monthly mini-reviews and will add deep-dives every quarter from Q3.').map((match) => match.practiceId)).toEqual(['review-monthly']);
    expect(found('The RM chairs complex reviews; from Q3 an advocate will attend best-interests meetings.').map((match) => match.practiceId)).toEqual(['complex-chair-rm']);
  });

  it('finds one claim per practice for overlapping phrasings', () => {
    expect(found('Mini-reviews are held monthly mini-reviews style.').filter((match) => match.practiceId === 'review-monthly')).toHaveLength(1);
  });

  it('stays linear: a long draft of repeated statements is read quickly', () => {
    const sentence = 'The Registered Manager chairs complex reviews, agendas go out in easy-read and every disagreement is logged. ';
    const text = sentence.repeat(2000);
    const started = performance.now();
    const matches = detectPracticeStatements(text);
    const elapsed = performance.now() - started;
    expect(matches).toHaveLength(6000);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('negations', () => {
  it.each([
    ['Mini-reviews are not scheduled monthly.', []],
    ['Monthly mini-reviews are not held at Fernwood.', []],
    ['Disagreements that are not settled escalate to the Registered Manager.', ['escalation-rm']],
    ['People who do not have family join by video.', ['remote-participation']],
  ])('%j', (text, practiceIds) => {
    expect(found(text).map((match) => match.practiceId)).toEqual(practiceIds);
  });
});

describe('cues', () => {
  it.each(PRACTICE_STATEMENTS.flatMap((statement) => statement.examples.claims.map((example) => [statement.id, example] as const)))(
    '%s: its example "%s" holds one of its cues, so the paragraph is searched',
    (id, example) => {
      const statement = PRACTICE_STATEMENTS.find((candidate) => candidate.id === id)!;
      expect(statement.cues.some((cue) => example.toLowerCase().includes(cue))).toBe(true);
    },
  );
});

describe('periods', () => {
  it('reads "in Q2 2026" as the period the records cover, and "by Q3" as a plan', () => {
    expect(found('The RM chairs complex reviews (3 of 4 in Q2 2026).').map((match) => match.practiceId)).toEqual(['complex-chair-rm']);
    expect(found('The RM chairs complex reviews by Q3.')).toEqual([]);
  });
});
