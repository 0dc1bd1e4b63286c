/**
 * The parts of a question held against the answer: a part no topic block answers is answered
 * from the practice library entries about it, the answer takes the parts in the question's
 * order, and a part nothing answers is named to the writer in the question's own words.
 */
import { describe, expect, it } from 'vitest';
import { composeSection } from '../../../src/drafting/compose-section.js';
import { answersLetter, asksForCheck, blockAnswers, CUED_PATTERNS, partIndexOf } from '../../../src/drafting/plan/answer-parts.js';
import { entry, figuresWith, place } from '../support/practice-library.js';
import { catalogueFields } from '../../support/catalogue-fields.js';
import { questionParts } from '../../../src/drafting/question/question-parts.js';
import { readQuestion } from '../../../src/drafting/question/read-question.js';

const carers = entry('P1', 'carers', 'Key workers ask each family member who helps the person whether they want a carer’s assessment, and refer them to the council the same week.');
const visits = entry('P2', 'governance', 'The quality lead makes an unannounced visit to each service twice a year and reads five support plans with the people they belong to.', {
  owner: 'the quality lead',
  ownerRole: 'quality-lead',
  cadence: 'twice-a-year',
  cadenceText: 'twice a year',
  source: 'the visit reports',
});

/** Whether some cue of an element fires on a part's words. */
const fires = (element: string, text: string) => CUED_PATTERNS.some(({ cued, fires: test }) => cued.element === element && test(text));

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

  it('does not count a practice library entry as the example, says so once, after how the work is done', async () => {
    const visits = entry('P4', 'advocacy', "Each visit by a person's representative under a deprivation of liberty authorisation is logged with what they raised, and the Registered Manager answers it within a week.", {
      source: 'the representative visit log',
    });
    const section = await composeSection({
      figures: figuresWith([visits]),
      question: { text: "How do you work with a relevant person's representative for people whose liberty is restricted? Give an example." },
      limit: { kind: 'words', value: 400 },
    });
    const text = section.responseText;
    expect(text.split('representative visit log').length - 1).toBe(1);
    const gap = text.search(/cannot yet give a recorded example|do not yet hold an example/);
    expect(gap).toBeGreaterThan(text.indexOf('representative visit log'));
    expect(section.plan?.parts?.[0]?.answeredBy).toBe('commitment');
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

  it("gives the way of working on a term a part names beside a library entry that only mentions it", async () => {
    const visits = entry('P5', 'advocacy', 'Each visit by the representative of someone whose deprivation of liberty has been authorised is logged by the Registered Manager with the date and what was raised.');
    const moved = await composeSection({
      figures: figuresWith([visits]),
      question: { text: "Explain what happens to a person's deprivation of liberty authorisation when they move from a care home into supported living." },
      limit: { kind: 'words', value: 400 },
    });
    expect(moved.responseText).toMatch(/each visit by the representative/i);
    expect(moved.responseText).toMatch(/Safeguards authorisation ends when the person leaves the care home/);
    // An entry saying it already, given for the part's topic, is not followed by the same in other words.
    const interpreters = entry('P6', 'accessibility', 'Where a person uses British Sign Language, the key worker books a qualified BSL interpreter for each review and planning meeting.');
    const signed = await composeSection({
      figures: figuresWith([interpreters]),
      question: { text: 'How do you support people who use British Sign Language to take part in their reviews?' },
      limit: { kind: 'words', value: 400 },
    });
    expect(signed.responseText.match(/BSL interpreter/g)).toHaveLength(1);
  });

  it('counts a named term said for one part as answering a later part that names it too', async () => {
    const section = await composeSection({
      figures: figuresWith([]),
      question: { text: 'Explain what co-production means to your organisation; how it differs from consultation.' },
      limit: { kind: 'words', value: 300 },
    });
    expect(section.responseText).toMatch(/co-production means/i);
    expect(section.plan?.parts?.map((part) => part.answeredBy)).not.toContain('none');
    expect(section.notes.join('\n')).not.toMatch(/Not answered yet/);
  });
});

describe('a part asking how something is checked', () => {
  const question = 'How do you make sure care decisions follow the Mental Capacity Act, and how you check the quality of capacity assessments and best-interests records?';

  it('counts a part asking how quickly as answered only by a block that gives a time', async () => {
    const logged = entry('P3', 'complaints', 'A complaint can be made to any member of staff, in person, by phone or in writing, and the Registered Manager logs it the day it arrives.');
    const answered = entry('P4', 'complaints', 'The Registered Manager acknowledges each complaint in writing within 3 working days.');
    const question = 'How can someone raise a complaint, and how quickly do you respond?';
    const without = await composeSection({ figures: figuresWith([logged]), question: { text: question }, limit: { kind: 'words', value: 250 } });
    expect(without.plan?.parts?.[1]).toEqual({ text: 'how quickly do you respond', answeredBy: 'none' });
    expect(without.notes.join('\n')).toMatch(/the question asks "how quickly do you respond"/);
    const withTime = await composeSection({ figures: figuresWith([logged, answered]), question: { text: question }, limit: { kind: 'words', value: 250 } });
    expect(withTime.plan?.parts?.[1]).toEqual({ text: 'how quickly do you respond', answeredBy: 'library' });
    expect(withTime.responseText).toMatch(/within 3 working days/);
  });

  it('counts a general ask that names nothing ("Describe how you would respond") as answered by the answer to the parts after it', async () => {
    const section = await composeSection({ figures: figuresWith([carers]), question: { text: 'Describe how you would respond. In particular, how do you support unpaid carers?' }, limit: { kind: 'words', value: 200 } });
    expect(section.plan?.parts?.[0]).toEqual({ text: 'Describe how you would respond', answeredBy: 'library' });
    expect(section.notes.join('\n')).not.toMatch(/"Describe how you would respond"/);
  });

  it('reads a person who no longer wants their parents at a review as declining their family', () => {
    const declines = CUED_PATTERNS.find(({ cued }) => cued.element === 'declines-family')!;
    expect(declines.fires('Daniel is upset and says he no longer wants his parents at his review')).toBe(true);
    expect(declines.fires('She refuses to let her parents see her plan')).toBe(true);
    expect(declines.fires('His parents come to every review')).toBe(false);
  });

  it('reads who the person invites, and a family disagreeing with the written record, as asking for those elements', () => {
    expect(fires('person-decides-who', 'how the person decides who is invited and how they are helped to prepare beforehand')).toBe(true);
    expect(fires('person-decides-who', 'the choice of whom to invite to their review')).toBe(true);
    expect(fires('person-decides-who', 'how often reviews are held')).toBe(false);
    expect(fires('record-correction', 'what you do if the person or their family disagrees with the written record')).toBe(true);
    expect(fires('record-correction', 'what happens when the summary is wrong')).toBe(true);
    expect(fires('record-correction', 'what you do when the person disagrees with a decision')).toBe(false);
    // A lettered part asking it is plainly answered by the element, whatever words they share.
    const [invited] = questionParts('(a) how the person decides who is invited;\n(b) how actions are followed up.');
    expect(answersLetter(invited!, { topic: 'family-friends', element: 'person-decides-who', text: 'Before each review the key worker asks the person who they want there.' })).toBe(true);
  });

  it('reads what a part asks in its own words, not its examples, how staff learn, or a learning disability', () => {
    // "For example prompts in your care records" lists what is meant; it asks for no example.
    expect(fires('logged-examples', 'explain how staff learn and are reminded of these triggers (for example prompts in your care records, induction, supervision)')).toBe(false);
    expect(fires('logged-examples', 'Give one example of an advocacy referral from the last year')).toBe(true);
    expect(fires('learning-from-feedback', 'explain how staff learn and are reminded of these triggers')).toBe(false);
    expect(fires('learning-from-feedback', 'how you resolve disagreements for people with a learning disability')).toBe(false);
    expect(fires('learning-from-feedback', 'how disagreements are resolved and what you learned from them')).toBe(true);
    expect(fires('learning-from-feedback', 'how learning from complaints is shared across your services')).toBe(true);
    expect(fires('information-sharing', 'including when you would share information without consent to protect someone from harm')).toBe(true);
    expect(fires('information-sharing', 'how you record each person’s consent to share information')).toBe(false);
  });

  it('reads how long a referral takes, and following up an advocacy service, as not about meetings or review actions', () => {
    expect(fires('meeting-length', 'how long it should take')).toBe(false);
    expect(fires('meeting-length', 'how long people wait for an advocate')).toBe(false);
    expect(fires('meeting-length', 'how long a review meeting lasts and how breaks are planned')).toBe(true);
    expect(fires('meeting-length', 'how long reviews take')).toBe(true);
    expect(fires('action-follow-through', 'how you follow up when the local advocacy service cannot allocate quickly')).toBe(false);
    expect(fires('action-follow-through', 'who follows up a referral that is not picked up')).toBe(false);
    expect(fires('action-follow-through', 'how agreed actions are followed up')).toBe(true);
  });

  it('reads a part asking which post answers for something as asking for the post, and one asking who does it as not', () => {
    expect(fires('accountable-post', 'which post in your organisation is accountable for reviews being held on time')).toBe(true);
    expect(fires('accountable-post', 'Name the role accountable for the quality of support plans')).toBe(true);
    expect(fires('accountable-post', 'Name the director who is responsible for co-production')).toBe(true);
    expect(fires('accountable-post', 'who at board level is accountable for involvement')).toBe(true);
    expect(fires('accountable-post', 'who in your organisation is responsible for arranging them')).toBe(false);
    expect(fires('accountable-post', 'how staff are held to account for reviews')).toBe(false);
  });

  it('reads "how you check" as asking how the organisation knows', () => {
    const parts = questionParts(question);
    expect(parts.at(-1)?.asks).toContain('how-do-you-know');
    expect(readQuestion('Tell us how you monitor that people receive their review summary.').asks.map((ask) => ask.id)).toContain('how-do-you-know');
    expect(asksForCheck(parts.at(-1)!)).toBe(true);
    // Evidence that something happens is answered by the figures, not by a check.
    expect(questionParts('Explain how relatives who cannot attend can still take part. Include evidence of how often this happens.').some(asksForCheck)).toBe(false);
    expect(questionParts('How do people shape the service, and how you make sure their involvement is not tokenistic?').some(asksForCheck)).toBe(true);
  });

  it('proposes a check of that subject when nothing in the records or the library checks it', async () => {
    const section = await composeSection({ figures: figuresWith([]), question: { text: question }, limit: { kind: 'words', value: 400 } });
    // General case sampling is not a check of capacity assessments: the part is answered with
    // the honest gap and the audit proposed, and the writer is told to agree it.
    expect(section.responseText).toMatch(/(?:do not yet show a check of|yet checks) the quality of capacity assessments and best-interests records/);
    expect(section.plan?.parts?.at(-1)?.answeredBy).toBe('commitment');
    expect(section.notes.join('\n')).toMatch(/Proposed commitment, not from the records: the question asks how this is checked/);
  });

  it('quotes the check the library records instead of proposing one', async () => {
    const audit = entry('P3', 'consent-capacity', 'The quality lead audits ten capacity assessments each quarter against the decision-specific standard and feeds back to each assessor.', {
      owner: 'the quality lead',
      ownerRole: 'quality-lead',
      cadence: 'quarterly',
      cadenceText: 'each quarter',
      source: 'the capacity assessment audit tool',
    });
    const section = await composeSection({ figures: figuresWith([audit]), question: { text: question }, limit: { kind: 'words', value: 400 } });
    expect(section.responseText).toMatch(/audits ten capacity assessments each quarter/);
    expect(section.responseText).not.toMatch(/do not yet show a check|yet checks the quality/);
    expect(section.plan?.parts?.at(-1)?.answeredBy).not.toBe('none');
  });

  it('leaves out a figure only a governance answer reports on when governance is not what the question is about', async () => {
    const figures = figuresWith([]);
    figures.figures.push({
      id: 'summaries-on-time',
      label: 'Meeting summaries sent within 5 working days',
      value: 90,
      unit: 'percent',
      numerator: 36,
      denominator: 40,
      period: '2026-Q3',
      place,
      source: 'review records: 36 of 40 reviews, Q3 2026',
      ...catalogueFields('summaries-on-time', 40),
    });
    const section = await composeSection({ figures, question: { text: question }, limit: { kind: 'words', value: 600 } });
    expect(section.plan?.topics.find((topic) => topic.id === 'governance')?.weight).toBe('strong');
    expect(section.plan?.covered.map((entry) => entry.element)).not.toContain('summary-timeliness');
    const governance = await composeSection({ figures, question: { text: 'Describe your governance: who audits involvement, how often, and what the audits found.' }, limit: { kind: 'words', value: 600 } });
    expect(governance.plan?.covered.map((entry) => entry.element)).toContain('summary-timeliness');
  });
});

describe('lettered parts', () => {
  const question = "Describe:\nA. how your staff recognise when a person may be entitled to statutory advocacy;\nB. how you work with advocates, including access to records;\nC. how you support people whose care may amount to a deprivation of liberty, including the role of the Relevant Person's Representative.";
  const parts = questionParts(question);
  const visits = { topic: 'advocacy' as const, element: 'declared-practices' as const, text: "Each visit by the Relevant Person's Representative of someone whose deprivation of liberty the Court of Protection has authorised is logged with the date and what was raised." };

  it('places a block with the letter whose words it shares most, not the first letter on its topic', () => {
    expect(parts.map((part) => part.label).filter(Boolean)).toEqual(['A.', 'B.', 'C.']);
    expect(parts[partIndexOf(parts, visits)]!.label).toBe('C.');
  });

  it('places a change made from feedback with the letter asking for examples, not an earlier letter on its topic', () => {
    const lettered = questionParts('Please describe:\n(a) how you recognise and reward the time people give to co-production;\n(b) how you report back to them;\n(c) two examples from the last 12 months of changes people asked for, and what difference each made to their lives.');
    const change = { topic: 'co-production' as const, element: 'you-said-we-did' as const, text: 'At Hollinwade, people in the co-production group told us the review letters were too long, so from May 2026 each letter opens with a short summary in pictures.' };
    expect(lettered[partIndexOf(lettered, change)]!.label).toBe('(c)');
  });

  it("does not take one person's progress as the example of a change the service made", () => {
    const [changed] = questionParts('Give one example from the last 12 months of a change you made to your service after a review, and what you changed as a result.');
    const progress = { topic: 'person-led-planning' as const, element: 'human-example' as const, text: 'At Millbeck, one person wanted to order their own tablets; by May 2026 they ordered them alone, up from none of the time to every time.' };
    expect(blockAnswers(changed!, progress)).toBe(false);
    const [difference] = questionParts('Give one example of the difference your support has made to a person.');
    expect(blockAnswers(difference!, progress)).toBe(true);
  });

  it('does not place a block under a letter on training or assurance that names its topic only as what the training covers', () => {
    const lettered = questionParts(
      'Tell us how you know your practice holds.\n(1) What assurance does your board get about the quality of involvement and planning, including which audits you run?\n(2) What training and supervision do staff receive on advocacy, the Mental Capacity Act and working with families, and how do you check it changed practice?\n(3) What will you tell the Council each quarter?',
    );
    expect(lettered.find((part) => part.label === '(2)')!.topics).toContain('advocacy');
    const referrals = { topic: 'advocacy' as const, element: 'referral-times' as const, text: 'In Q3 2026, 3 of 5 advocate referrals had the advocate involved within 48 hours.' };
    expect(lettered[partIndexOf(lettered, referrals)]?.label).not.toBe('(2)');
    // An audit of capacity assessments is assurance: it answers the letter on the board's audits.
    const audit = { topic: 'consent-capacity' as const, element: 'declared-practices' as const, text: 'Each quarter the quality lead audits ten capacity assessments against the decision-specific standard.' };
    expect(lettered[partIndexOf(lettered, audit)]!.label).toBe('(1)');
    const refresher = { topic: 'training' as const, element: 'declared-practices' as const, text: 'Every support worker completes a Mental Capacity Act refresher each year.' };
    expect(lettered[partIndexOf(lettered, refresher)]!.label).toBe('(2)');
  });

  it('places counts on a letter\'s subject with the letter asking for figures, not an earlier one sharing their words', () => {
    const lettered = questionParts(
      'Describe how you work with advocates.\na) The situations that prompt staff to make a referral, and who makes it.\nb) How you support an advocate once appointed.\nc) For the last 12 months, give the number of advocacy referrals you made by type and the average time to first contact.',
    );
    const counts = { topic: 'advocacy' as const, element: 'advocate-triggers' as const, figureIds: ['advocate-referrals'], text: 'In the year to September 2026 we made 17 referrals for independent advocacy; 4 were prompted by a best-interests decision.' };
    expect(lettered[partIndexOf(lettered, counts)]!.label).toBe('c)');
    // The same words with no figures (the way of working alone) stay with the letter they share.
    expect(lettered[partIndexOf(lettered, { ...counts, figureIds: [] })]!.label).toBe('a)');
  });

  it('places a change learned from a complaint with the letter asking for one, not the lead-in that names learning', () => {
    const lettered = questionParts('Describe how people can raise complaints and how you learn from them.\n(a) the ways a complaint can be raised;\n(b) one example from the last 12 months of a complaint that led to a change in practice.');
    const learned = { topic: 'complaints' as const, element: 'learning-from-feedback' as const, text: 'At Millbeck, a complaint told us that late visits were not explained, so from March 2026 the office rings the person when a visit will be late; the Registered Manager checked in May 2026 that the change held.' };
    expect(lettered[partIndexOf(lettered, learned)]!.label).toBe('(b)');
  });

  it('does not take what happened for one person as the answer to a part it only shares a few words with', () => {
    const [relative] = questionParts('What you do when a relative asks for information the person has not agreed to share.');
    const breakfast = { topic: 'outcomes' as const, element: 'human-example' as const, text: 'At Ashbridge, one person told us they wanted to make their own breakfast; the plan was agreed with them, prompts came down from 3 to 1 by May 2026, and they agreed to the example being shared.' };
    expect(blockAnswers(relative!, breakfast)).toBe(false);
    const [example] = questionParts('Give an example of a person who agreed a change to their plan.');
    expect(blockAnswers(example!, breakfast)).toBe(true);
  });

  it("places a scenario's opening line with no part, even where it shares a letter's words", () => {
    const opening = { topic: 'advocacy' as const, element: 'scenario-person' as const, text: "The key worker would start from how the Relevant Person's Representative and the person work with advocates." };
    expect(partIndexOf(parts, opening)).toBe(parts.length);
  });

  it('counts a block as plainly answering a letter only when it shares the letter\'s words or the letter asks for it', () => {
    const letter = (label: string) => parts.find((part) => part.label === label)!;
    expect(answersLetter(letter('C.'), visits)).toBe(true);
    expect(answersLetter(letter('A.'), { topic: 'advocacy', element: 'declared-practices', text: 'Each quarter the quality lead audits ten case files.' })).toBe(false);
  });
});
