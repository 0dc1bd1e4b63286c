/**
 * Under a tight limit the answer keeps every strongly asked element, quoting fewer library
 * entries rather than letting one long block squeeze another element out; with room, each
 * block is given back in full.
 */
import { describe, expect, it } from 'vitest';
import type { DraftLines } from '../../../src/drafting/assemble-response.js';
import { fit, type Candidate } from '../../../src/drafting/plan/plan-answer.js';
import { normaliseSentence, type Block } from '../../../src/drafting/plan/topic-blocks.js';
import { NAMED_TERMS } from '../../../src/drafting/data/named-terms.js';
import { questionParts, type QuestionPart } from '../../../src/drafting/question/question-parts.js';

const core: DraftLines = { behaviour: '', ownersCadence: '', evidence: '', assurance: '', supporting: [] };
const words = (count: number, word: string) => Array.from({ length: count }, () => word).join(' ') + '.';

function library(entries: number): Block {
  const block: Block = { element: 'declared-practices', topic: 'information-sharing', text: Array.from({ length: entries }, () => words(30, 'entry')).join(' '), figureIds: [], weakFigureIds: [] };
  return entries > 1 ? { ...block, shorter: library(entries - 1) } : block;
}
const sharing: Block = { element: 'information-sharing', topic: 'information-sharing', text: words(40, 'sharing'), figureIds: [], weakFigureIds: [] };
const depth: Block = { element: 'you-said-we-did', topic: 'information-sharing', text: words(20, 'depth'), figureIds: [], weakFigureIds: [] };
const candidates: Candidate[] = [
  { block: library(3), priority: 1, order: 0 },
  { block: sharing, priority: 1, order: 1 },
  { block: depth, priority: 3, order: 2 },
];

describe('fitting blocks to the limit', () => {
  it('quotes fewer library entries rather than leave out another strongly asked element', () => {
    const fitted = fit(core, candidates, { kind: 'words', value: 110 }, true);
    expect(fitted.fits).toBe(true);
    expect(fitted.chosen.map((candidate) => candidate.block.element)).toEqual(['declared-practices', 'information-sharing']);
    // Two entries (60 words) and the sharing block (40) fit in 110; three entries would not.
    expect(fitted.chosen[0]!.block.text.match(/entry\./g)).toHaveLength(2);
  });

  it('under lettered parts, says a part\'s own way of working and the situation a scenario sets in full before other blocks take the room', () => {
    const parts = questionParts('Please set out:\n(a) how you would respond to her brother;\n(b) how you would help her be heard about her medication.');
    const term = NAMED_TERMS[0]!;
    const named = (word: string, extra: Partial<Block> = {}): Block => ({ element: 'named-practice', topic: 'family-friends', text: words(40, word), figureIds: [], weakFigureIds: [], namedTerm: term, shorter: { element: 'named-practice', topic: 'family-friends', text: words(10, word), figureIds: [], weakFigureIds: [], namedTerm: term }, ...extra });
    const situation = named('medication', { askedInFull: true });
    const lettered: Candidate[] = [
      { block: named('relative'), priority: 0, order: 0, part: 0 },
      { block: { element: 'declared-practices', topic: 'review-triggers', text: words(20, 'review'), figureIds: [], weakFigureIds: [] }, priority: 0, order: 1, part: 1 },
      { block: { ...situation, shorter: { ...situation.shorter!, askedInFull: true } }, priority: 0, order: 2, part: 1 },
      { block: { element: 'positive-risk', topic: 'outcomes', text: words(40, 'risk'), figureIds: [], weakFigureIds: [], shorter: { element: 'positive-risk', topic: 'outcomes', text: words(30, 'risk'), figureIds: [], weakFigureIds: [] } }, priority: 1, order: 3, part: 0 },
    ];
    const fitted = fit(core, lettered, { kind: 'words', value: 125 }, false, parts);
    const text = fitted.chosen.map((candidate) => candidate.block.text).join(' ');
    expect(text.match(/relative/g)).toHaveLength(40);
    expect(text.match(/medication/g)).toHaveLength(40);
  });

  it('keeps no room for a block off the subject of a letter\'s second ask, ahead of what the question strongly asks', () => {
    const parts = questionParts('Please set out:\n(a) the situations that prompt a referral to an advocate, and explain how staff learn them;\n(b) how you support an advocate once appointed.');
    expect(parts.map((part) => part.label)).toEqual(['(a)', '(a)', '(b)']);
    const block = (element: Block['element'], topic: Block['topic'], word: string): Block => ({ element, topic, text: words(30, word), figureIds: [], weakFigureIds: [] });
    const lettered: Candidate[] = [
      { block: block('advocate-triggers', 'advocacy', 'trigger'), priority: 1, order: 0, part: 0 },
      { block: block('referral-times', 'advocacy', 'timing'), priority: 1, order: 1, part: 0 },
      // Filed with "how staff learn them" only because advocacy lists it among its optional elements.
      { block: block('best-interests-chair', 'consent-capacity', 'interests'), priority: 2, order: 2, part: 1 },
      { block: block('declared-practices', 'advocacy', 'appointed'), priority: 1, order: 3, part: 2 },
    ];
    const fitted = fit(core, lettered, { kind: 'words', value: 95 }, false, parts);
    expect(fitted.chosen.map((candidate) => candidate.block.element)).toEqual(['advocate-triggers', 'declared-practices', 'referral-times']);
  });

  it('under a letter, says first what the letter\'s own words ask for', () => {
    const parts = questionParts('Please set out:\n(a) what you do where a person has said they do not want a relative told about their support;\n(b) how often you review consent.');
    const block = (element: Block['element'], word: string): Block => ({ element, topic: 'family-friends', text: words(12, word), figureIds: [], weakFigureIds: [] });
    const lettered: Candidate[] = [
      // Shares the letter's words, so it would open the letter were nothing asked for in so many words.
      { block: { ...block('differing-views', 'differ'), text: 'Where a relative wants something different about the support, the key worker records both views and the plan follows the person.' }, priority: 1, order: 0, part: 0 },
      { block: block('declines-family', 'declines'), priority: 1, order: 1, part: 0 },
      { block: { ...block('review-cadence', 'often'), topic: 'meetings' }, priority: 1, order: 2, part: 1 },
    ];
    const fitted = fit(core, lettered, { kind: 'words', value: 500 }, false, parts);
    const text = fitted.lines.supporting.map((line) => line.text).join('\n');
    expect(text.indexOf('declines')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('declines')).toBeLessThan(text.indexOf('wants something different'));
    expect(text.indexOf('wants something different')).toBeLessThan(text.indexOf('often'));
    // In a scenario, what is done for its person was placed first on purpose, and stays first.
    const step: Candidate = { block: { ...block('story-steps', 'steps'), text: 'Where Daniel says his mother should not be told, the key worker records his wish that day.' }, priority: 1, order: 0, part: 0 };
    const scenario = fit(core, [step, ...lettered.map((candidate) => ({ ...candidate, order: candidate.order + 1 }))], { kind: 'words', value: 500 }, false, parts);
    const told = scenario.lines.supporting.map((line) => line.text).join('\n');
    expect(told.indexOf('Daniel')).toBeLessThan(told.indexOf('wants something different'));
    expect(told.indexOf('wants something different')).toBeLessThan(told.indexOf('declines'));
  });

  it('gives every block in full when there is room, and depth after', () => {
    const fitted = fit(core, candidates, { kind: 'words', value: 500 }, true);
    expect(fitted.chosen.map((candidate) => candidate.block.element)).toEqual(['declared-practices', 'information-sharing', 'you-said-we-did']);
    expect(fitted.chosen[0]!.block.text.match(/entry\./g)).toHaveLength(3);
  });

  it('says a block once when two routes wrote the same one (a part\'s library entries and its topic\'s)', () => {
    const entry: Block = { element: 'declared-practices', topic: 'carers', text: words(30, 'carers'), figureIds: [], weakFigureIds: [] };
    const twice: Candidate[] = [
      { block: entry, priority: 0, order: 0, part: 0 },
      { block: sharing, priority: 1, order: 1 },
      { block: { ...entry }, priority: 1, order: 2 },
      { block: { ...entry }, priority: 3, order: 3 },
    ];
    const fitted = fit(core, twice, { kind: 'words', value: 500 }, true);
    expect(fitted.chosen.filter((candidate) => candidate.block.text === entry.text)).toHaveLength(1);
  });

  it('does not paste into a later answer a block an earlier answer of the bid wrote word for word, unless it is the first answer to a part', () => {
    const part: QuestionPart = { text: 'how you share information', position: 0, topics: ['information-sharing'], terms: ['share', 'information'], asksExample: false, asks: [] };
    const written = new Set([normaliseSentence(sharing.text), normaliseSentence(depth.text)]);
    const fitted = fit(core, candidates, { kind: 'words', value: 500 }, true, [], written);
    // The library entries are new to the bid; the sharing and depth blocks were said before.
    expect(fitted.chosen.map((candidate) => candidate.block.element)).toEqual(['declared-practices']);
    // The same block as the only answer to a part of this question is still said.
    const forPart: Candidate[] = [{ block: sharing, priority: 0, order: 0, part: 0 }, { block: depth, priority: 3, order: 1 }];
    expect(fit(core, forPart, { kind: 'words', value: 500 }, true, [part], written).chosen.map((candidate) => candidate.block.element)).toEqual(['information-sharing']);
  });

  it('leaves out a block whose every clause another chosen block says, in whichever order they were chosen', () => {
    const entry = 'At Eastfield the key worker offers each unpaid carer a referral for a carer\'s assessment within ten working days';
    const count = 'on 30 September 2026 the count was 9 of 11 unpaid carers referred for an assessment (82%).';
    const library: Block = { element: 'declared-practices', topic: 'carers', text: `${entry}; the Registered Manager checked it against the referral log in September 2026; ${count}`, figureIds: [], weakFigureIds: [] };
    const figure: Block = { element: 'participation-evidence', topic: 'carers', text: `${entry}; ${count}`, figureIds: [], weakFigureIds: [] };
    for (const order of [[figure, library], [library, figure]]) {
      const fitted = fit(core, order.map((block, index) => ({ block, priority: 1, order: index })), { kind: 'words', value: 500 }, true);
      expect(fitted.chosen.map((candidate) => candidate.block.text)).toEqual([library.text]);
    }
  });

  it("does not count a scenario's opening line as a part's answer: the part still gets one of its own first", () => {
    const part = (text: string): QuestionPart => ({ text, position: 0, topics: ['outcomes'], terms: [], asksExample: false, asks: [] });
    const opening: Block = { element: 'scenario-person', topic: 'outcomes', text: words(10, 'maya'), figureIds: [], weakFigureIds: [] };
    const first: Block = { element: 'positive-risk', topic: 'outcomes', text: words(40, 'risk'), figureIds: [], weakFigureIds: [] };
    const second: Block = { element: 'outcome-measures', topic: 'outcomes', text: words(40, 'measure'), figureIds: [], weakFigureIds: [] };
    const other: Block = { element: 'person-leads', topic: 'person-led-planning', text: words(40, 'other'), figureIds: [], weakFigureIds: [] };
    const ranked: Candidate[] = [
      // partIndexOf places the opening line with no part.
      { block: opening, priority: 1, order: 0 },
      { block: other, priority: 1, order: 1 },
      { block: first, priority: 1, order: 2, part: 0 },
      { block: second, priority: 1, order: 3, part: 1 },
    ];
    const fitted = fit(core, ranked, { kind: 'words', value: 125 }, true, [part('how you support her to weigh up risks'), part('how you review the plan')]);
    expect(fitted.chosen.map((candidate) => candidate.block.element)).toEqual(expect.arrayContaining(['positive-risk', 'outcome-measures', 'scenario-person']));
    expect(fitted.chosen.map((candidate) => candidate.block.element)).not.toContain('person-leads');
  });

  it("says a scenario's opening line once, in one of its forms, whatever part it also seems to answer", () => {
    const least: Block = { element: 'scenario-person', topic: 'outcomes', text: 'The key worker would start from what Priya wants.', figureIds: [], weakFigureIds: [] };
    const opening: Block = { ...least, text: 'Priya wants to stop her depot injection, so the key worker would start there.', shorter: least };
    const part: QuestionPart = { text: 'how you would support her', position: 0, topics: ['outcomes'], terms: [], asksExample: false, asks: [] };
    const fitted = fit(core, [{ block: opening, priority: 1, order: 0 }], { kind: 'words', value: 500 }, true, [part]);
    expect(fitted.chosen.filter((candidate) => candidate.block.element === 'scenario-person')).toHaveLength(1);
  });
});

describe('an answer in the question\'s letters', () => {
  const question = 'Scenario: Rosa is 80.\n\nPlease set out:\na) how you would help Rosa take part in her review;\nb) how you would involve her son.';
  const parts = questionParts(question);
  const general: Block = { element: 'person-leads', topic: 'person-led-planning', text: 'Plans are built around what the person wants to change, not around the routine of the service, and the key worker writes them up in plain words.', figureIds: [], weakFigureIds: [] };
  const timing: Block = { element: 'named-practice', topic: 'accessibility', namedTerm: NAMED_TERMS.find((term) => term.name === 'understanding that changes through the day')!, text: 'The key worker plans each review for the time of day the person is usually clearest, and returns to any decision that can wait.', figureIds: [], weakFigureIds: [] };
  const son: Block = { element: 'family-participation', topic: 'family-friends', text: 'The key worker invites her son to each review the person wants him at, and sends him the summary when she agrees.', figureIds: [], weakFigureIds: [] };

  it('opens each letter with a paragraph that answers it, and a general line follows it', () => {
    const fitted = fit(core, [{ block: general, priority: 1, order: 0, part: 0 }, { block: timing, priority: 0, order: 1, part: 0 }, { block: son, priority: 1, order: 2, part: 1 }], { kind: 'words', value: 500 }, true, parts);
    const paragraphs = fitted.lines.supporting.map((paragraph) => paragraph.text);
    expect(paragraphs[0]).toMatch(/^a\) The key worker plans each review for the time of day/);
    expect(paragraphs[1]).toMatch(/^Plans are built around/);
    expect(paragraphs[2]).toMatch(/^b\) The key worker invites her son/);
  });
});

describe('a library entry quoted by two blocks', () => {
  it('is quoted once, though the two word it differently', () => {
    const brief: Block = { element: 'declared-practices', topic: 'review-triggers', text: 'At Stonecross an early review is held within five working days when relapse signs are noted.', figureIds: [], weakFigureIds: [], entryIds: ['PL-15'] };
    const fuller: Block = { element: 'declared-practices', topic: 'review-triggers', text: 'At Stonecross an early review is held within five working days when relapse signs are noted, led by the key worker; a check in September found it in place. The key worker reads each crisis plan with the person at every review.', figureIds: [], weakFigureIds: [], entryIds: ['PL-15', 'PL-16'] };
    const fitted = fit(core, [{ block: brief, priority: 0, order: 0, part: 0 }, { block: fuller, priority: 1, order: 1 }], { kind: 'words', value: 500 }, true);
    expect(fitted.chosen.map((candidate) => candidate.block.entryIds)).toEqual([['PL-15', 'PL-16']]);
  });
});
