/**
 * Which asked topic an answer leads with: the people a question names (family, advocates) lead
 * when nothing else is named outright, and give way to a subject the question names strongly.
 */
import { describe, expect, it } from 'vitest';
import type { DraftingContext } from '../../../src/drafting/drafting-context.js';
import { askedTopics } from '../../../src/drafting/plan/plan-answer.js';
import { readQuestion } from '../../../src/drafting/question/read-question.js';

const topicsOf = (question: string) => askedTopics({ analysis: readQuestion(question) } as DraftingContext).map((topic) => topic.id);

describe('the topic an answer leads with', () => {
  it('leads with the relatives when the rest of the question only hints at meetings', () => {
    expect(topicsOf('Explain how relatives who cannot attend in person can still contribute to reviews. Include evidence of how often this happens.')[0]).toBe('family-friends');
  });

  it('keeps a strongly named subject in the lead, and the people who take part in it out of the answer', () => {
    const topics = topicsOf('When a person, their family or their advocate disagrees with the service about the support provided, what happens? Describe your escalation route.');
    expect(topics[0]).toBe('disagreements');
    expect(topics).not.toContain('family-friends');
  });

  it('leads with information sharing when a question on keeping personal information safe mentions harm only as the reason to share', () => {
    const topics = topicsOf('How do you keep personal information safe when you pass it to relatives and other agencies, and what happens when it must be shared without consent to prevent harm?');
    expect(topics[0]).toBe('information-sharing');
  });

  it('answers the relatives as a topic of their own when the question comes back to them part after part', () => {
    const topics = topicsOf(
      "Set out how you involve relatives and friends in planning and reviewing each person's care and support, including:\n- how often relatives are invited to give their views;\n- what you do when a relative's wishes differ from the person's own.",
    );
    expect(topics[0]).toBe('person-led-planning');
    expect(topics).toContain('family-friends');
  });
});
