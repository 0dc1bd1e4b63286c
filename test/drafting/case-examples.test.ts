/**
 * Case examples in an answer keep their numbers and their dates: before → after when the pack
 * holds the outcome as a figure, the month it was verified, examples from the period first and
 * an older one saying when it was verified. Numbers still come only from the pack.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { validateClaims } from '../../src/claims/validate-claims.js';
import { composeSection } from '../../src/drafting/compose-section.js';
import { measureWords } from '../../src/drafting/drafting-context.js';
import type { Figure } from '../../src/evidence/evidence-pack-schema.js';
import type { CaseExample, FiguresResult } from '../../src/evidence/figures-schema.js';
import { catalogueFields } from '../support/catalogue-fields.js';

const SERVICE = 'Northgate supported living';
const base = { period: '2026-Q2', place: SERVICE };

const participation: Figure = {
  id: 'participation',
  label: 'Reviews with family, friend or advocate input (present or written)',
  value: 85.7,
  unit: 'percent',
  numerator: 36,
  denominator: 42,
  ...base,
  source: 'review records: 36 of 42 reviews, Q2 2026',
  ...catalogueFields('participation', 42),
};

function outcomeFigure(id: string, example: CaseExample, unit: Figure['unit'], value: number, previous: number): Figure {
  return {
    id,
    label: `Enablement: ${example.measure}`,
    value,
    previous,
    unit,
    ...base,
    source: 'enablement records: 1 outcome, Q2 2026',
    ...catalogueFields('enablement-measure', 1),
    subject: example.measure,
    outcome: { domain: example.domain, measure: example.measure, before: example.before, after: example.after, people: 1 },
  };
}

const confidence: CaseExample = {
  service: SERVICE,
  domain: 'communication',
  measure: 'confidence speaking up at reviews (self-rated 1-5)',
  unit: 'score',
  before: '2',
  after: '4',
  weeksTaken: 10,
  verifiedOn: '2026-05-14',
  verifiedBy: 'self-rating at deep-dive',
};
const prompts: CaseExample = {
  service: SERVICE,
  domain: 'daily-living',
  measure: 'staff prompts needed to make breakfast',
  unit: 'count',
  before: '3',
  after: '1',
  weeksTaken: 12,
  verifiedOn: '2026-06-03',
  verifiedBy: 'key worker observation',
};
const older: CaseExample = {
  service: SERVICE,
  domain: 'health',
  measure: 'repeat prescriptions ordered without help each quarter',
  unit: 'count',
  before: '0',
  after: '3',
  weeksTaken: 9,
  verifiedOn: '2026-03-20',
  verifiedBy: 'pharmacy record and review',
};

/** The evidence pack counts the people behind each outcome as a figure of its own. */
function peopleFigure(outcome: Figure): Figure {
  return {
    id: `${outcome.id}-people`,
    label: `People whose ${outcome.subject} went from ${outcome.outcome!.before} to ${outcome.outcome!.after}`,
    value: 1,
    unit: 'count',
    ...base,
    source: 'enablement records (outcomes shared with consent), Q2 2026',
    ...catalogueFields('enablement-people', 1),
    subject: `people whose ${outcome.subject} went from ${outcome.outcome!.before} to ${outcome.outcome!.after}`,
    outcome: outcome.outcome!,
  };
}

const confidenceFigure: Figure = { ...outcomeFigure('enablement-communication-confidence-2-to-4', confidence, 'score', 4, 2), scale: { min: 1, max: 5 } };
// Fewer prompts is better, as the evidence pack records for a measure of support needed.
const promptsFigure: Figure = { ...outcomeFigure('enablement-daily-living-prompts-3-to-1', prompts, 'count', 1, 3), better: 'lower' };

function pack(caseExamples: CaseExample[]): FiguresResult {
  return {
    organisation: { slug: 'northgate-care', name: 'Northgate Care Ltd', bidderName: 'Northgate Care' },
    period: { label: '2026-Q2', kind: 'quarter', start: '2026-04-01', end: '2026-06-30', human: 'Q2 2026' },
    previousPeriod: { label: '2026-Q1', kind: 'quarter', start: '2026-01-01', end: '2026-03-31', human: 'Q1 2026' },
    services: [{ ref: 'S-N', name: SERVICE, locality: 'Northgate' }],
    place: SERVICE,
    generatedAt: '2026-07-03T00:00:00.000Z',
    figures: [
      participation,
      confidenceFigure,
      peopleFigure(confidenceFigure),
      promptsFigure,
      peopleFigure(promptsFigure),
    ],
    standards: [
      { id: 'agenda-notice', label: 'Agenda sent before the meeting', value: 3, max: 5, unit: 'days' },
      { id: 'summary-deadline', label: 'Meeting summaries sent within', value: 5, unit: 'working days' },
      { id: 'ni-sampling', label: 'Cases the Nominated Individual samples per service each quarter', value: 2, unit: 'count' },
    ],
    caseExamples,
  };
}

const OUTCOMES_QUESTION = { text: 'What outcomes have people achieved through enablement? Give examples.' };

describe('case examples in a drafted answer', () => {
  it('carry before → after from the pack and the month verified, in-period examples first, an older one dated', async () => {
    // The older example is listed first, as a pack may hold it; the answer still leads with the period's own.
    const section = await composeSection({ figures: pack([older, confidence, prompts]), question: OUTCOMES_QUESTION, limit: { kind: 'words', value: 600 } });
    const text = section.responseText;
    expect(text).toMatch(/confidence speaking up at reviews[^.]*from 2\.0 to 4\.0 out of 5[^.]*verified (?:it )?in May 2026/);
    expect(text).toMatch(/staff prompts needed to make breakfast[^.]*from 3 to 1[^.]*verified (?:it )?in June 2026/);
    expect(text).toMatch(/repeat prescriptions ordered without help each quarter[^.]*verified (?:it )?in March 2026/);
    expect(text.indexOf('confidence speaking up')).toBeLessThan(text.indexOf('repeat prescriptions'));
    expect(text.indexOf('staff prompts')).toBeLessThan(text.indexOf('repeat prescriptions'));
    // The older outcome is not a figure of this pack, so its numbers are not written.
    expect(text).not.toMatch(/from 0 to 3/);
    const { claims } = validateClaims({ text, pack: section.pack });
    expect(claims.filter((claim) => claim.status === 'mismatch' || claim.status === 'unsupported').map((claim) => claim.text)).toEqual([]);
    const { messages } = await checkDraft({ text, pack: section.pack, wordLimit: 600 });
    expect(messages.filter((message) => ['vague', 'tokenism', 'unsupported-claim', 'structure'].includes(message.category)).map((m) => m.message)).toEqual([]);
  });

  it('tells the writer when an example from before the period is quoted without its numbers', async () => {
    const section = await composeSection({ figures: pack([older]), question: OUTCOMES_QUESTION, limit: { kind: 'words', value: 400 } });
    expect(section.responseText).toMatch(/verified in March 2026/);
    expect(section.notes.join('\n')).toMatch(/verified in March 2026, before Q2 2026[^\n]*numbers/);
  });

  it('tell the story when the record has one: what the person wanted, what was done and with whom, then the measured change', async () => {
    const told: CaseExample = {
      ...prompts,
      story: {
        goal: 'to make my own breakfast without being told each step',
        support: 'a picture sequence on the cupboard and staff stepping back a prompt at a time',
        agreedWith: 'the person, their sister and the key worker',
      },
    };
    const section = await composeSection({ figures: pack([told]), question: OUTCOMES_QUESTION, limit: { kind: 'words', value: 400 } });
    expect(section.responseText).toContain('one person told us they wanted “to make my own breakfast without being told each step”.');
    expect(section.responseText).toContain('The support was built around a picture sequence on the cupboard and staff stepping back a prompt at a time, agreed with the person, their sister and the key worker.');
    expect(section.responseText).toMatch(/By June 2026, staff prompts needed to make breakfast had come down from 3 to 1, measured by key worker observation/);
    const { claims } = validateClaims({ text: section.responseText, pack: section.pack });
    expect(claims.filter((claim) => claim.status === 'mismatch' || claim.status === 'unsupported').map((claim) => claim.text)).toEqual([]);
  });

  it('leave out a part of the story that carries a number of its own or looks like a name', async () => {
    const told: CaseExample = { ...prompts, story: { goal: 'to cook for my mum, Janet Smith, on Sundays', support: 'three practice sessions a week with the key worker' } };
    const section = await composeSection({ figures: pack([told]), question: OUTCOMES_QUESTION, limit: { kind: 'words', value: 400 } });
    expect(section.responseText).not.toMatch(/Janet|practice sessions/);
    expect(section.responseText).toMatch(/staff prompts needed to make breakfast[^.]*from 3 to 1/);
  });

  it('names a measure as a sentence needs it: no unit in brackets, and "own" with its possessive', () => {
    expect(measureWords('confidence managing own medication (self-rated 1-5)')).toBe('confidence managing their own medication');
    expect(measureWords('Own front door key used')).toBe('their own front door key used');
    expect(measureWords('cooking their own meals')).toBe('cooking their own meals');
    expect(measureWords('owned tenancy')).toBe('owned tenancy');
  });
});

