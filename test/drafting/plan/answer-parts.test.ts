/**
 * The parts of a question held against the answer: a part no topic block answers is answered
 * from the practice library entries about it, the answer takes the parts in the question's
 * order, and a part nothing answers is named to the writer in the question's own words.
 */
import { describe, expect, it } from 'vitest';
import { composeSection } from '../../../src/drafting/compose-section.js';
import { entry, figuresWith } from '../support/practice-library.js';
import { questionParts } from '../../../src/drafting/question/question-parts.js';

const carers = entry('P1', 'carers', 'Key workers ask each family member who helps the person whether they want a carer’s assessment, and refer them to the council the same week.');
const visits = entry('P2', 'governance', 'The quality lead makes an unannounced visit to each service twice a year and reads five support plans with the people they belong to.', {
  owner: 'the quality lead',
  ownerRole: 'quality-lead',
  cadence: 'twice-a-year',
  cadenceText: 'twice a year',
  source: 'the visit reports',
});

describe('answering each part of the question', () => {
  it('answers a part no topic names from the library entry about it, in the order the question asks', async () => {
    const section = await composeSection({
      figures: figuresWith([carers, visits]),
      question: { text: 'What happens during unannounced visits to services, and how do you support unpaid carers?' },
      limit: { kind: 'words', value: 300 },
    });
    const text = section.responseText;
    expect(text).toMatch(/the quality lead makes an unannounced visit to each service twice a year/i);
    expect(text.indexOf('unannounced visit')).toBeLessThan(text.indexOf('carer’s assessment'));
    expect(section.plan?.parts).toEqual([
      { text: 'What happens during unannounced visits to services', answeredBy: 'library' },
      { text: 'how do you support unpaid carers', answeredBy: 'library' },
    ]);
    expect(section.validation.claims.filter((claim) => claim.status === 'declared')).toHaveLength(2);
  });

  it('does not count more about the topic as the example a part asks for', async () => {
    const section = await composeSection({
      figures: figuresWith([]),
      question: { text: 'How do you involve relatives in reviews? Give an example of a decision a relative helped the person change.' },
      limit: { kind: 'words', value: 300 },
    });
    // More about relatives is not the example: with none on record the answer says so, with how
    // examples will be recorded, and the writer is told it is a proposed commitment.
    expect(section.plan?.parts?.[1]).toEqual({ text: 'Give an example of a decision a relative helped the person change', answeredBy: 'commitment' });
    expect(section.responseText).toMatch(/(?:we cannot yet give a recorded example|do not yet hold an example we can give) of a plan that changed because of what a relative or friend said/);
    expect(section.notes.join('\n')).toMatch(/Proposed commitment, not from the records: the question asks for an example/);
  });

  it('does not read "for example" listing what a question means as asking for one', () => {
    const [part] = questionParts("Describe how you adapt meetings to each person's communication needs, for example easy read or British Sign Language.");
    expect(part?.asksExample).toBe(false);
    expect(questionParts('How do you involve families? Give an example.').some((entry) => entry.asksExample)).toBe(true);
  });

  it('names a part nothing answers, in the question\'s words', async () => {
    const section = await composeSection({
      figures: figuresWith([carers]),
      question: { text: 'How do you support unpaid carers, and what happens during unannounced visits to services?' },
      limit: { kind: 'words', value: 300 },
    });
    expect(section.responseText).not.toMatch(/unannounced/i);
    expect(section.plan?.parts?.[1]).toEqual({ text: 'what happens during unannounced visits to services', answeredBy: 'none' });
    expect(section.notes.join('\n')).toMatch(/Not answered yet: the question asks "what happens during unannounced visits to services"/);
  });
});
