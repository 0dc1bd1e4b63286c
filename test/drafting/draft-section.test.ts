/**
 * Both drafters on the fixture provider, every quarter: the response validates (no mismatch or
 * unsupported claim), checks clean (no vague, tokenism, unsupported-claim or structure finding)
 * and fits the word limit. The model drafter answers through a real HTTP server on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { validateClaims } from '../../src/claims/validate-claims.js';
import type { Database } from '../../src/data/database.js';
import { measureResponse } from '../../src/drafting/assemble-response.js';
import { draftSection, namedButUnanswered } from '../../src/drafting/draft-section.js';
import { questionParts } from '../../src/drafting/question/question-parts.js';
import { rewriteDraft } from '../../src/drafting/rewrite-draft.js';
import { ZSectionSchema, type Section } from '../../src/section/section-schema.js';
import { startFakeChatServer, type FakeChatServer } from '../support/fake-chat-server.js';
import { openFixtureDatabase, QUARTERS } from './support/fixture-provider.js';
import { goodDraft } from './support/scripted-drafts.js';

const BLOCKING = ['vague', 'tokenism', 'unsupported-claim', 'structure'];

let db: Database;
let server: FakeChatServer;

beforeAll(async () => {
  [db, server] = await Promise.all([openFixtureDatabase(), startFakeChatServer()]);
});

afterAll(async () => {
  await Promise.all([db?.close(), server?.close()]);
});

async function expectClean(section: Section, wordLimit: number, fewestClaims = 4): Promise<void> {
  expect(ZSectionSchema.parse(section)).toBeTruthy();
  const { claims } = validateClaims({ text: section.responseText, pack: section.pack });
  expect(claims.filter((claim) => claim.status === 'mismatch' || claim.status === 'unsupported').map((claim) => `${claim.text}: ${claim.message}`)).toEqual([]);
  const { messages, summary } = await checkDraft({ text: section.responseText, pack: section.pack, wordLimit });
  expect(messages.filter((message) => BLOCKING.includes(message.category) || message.category === 'length').map((message) => message.message)).toEqual([]);
  expect(summary.structure).toEqual({ behaviour: true, ownersCadence: true, evidence: true, assurance: true });
  expect(summary.words).toBeLessThanOrEqual(wordLimit);
  expect(measureResponse(section.responseText)).toBeLessThanOrEqual(wordLimit);
  // The validation report lists every number with the figure or standard behind it.
  expect(section.validation.claims.length).toBeGreaterThanOrEqual(fewestClaims);
  for (const claim of section.validation.claims) expect(claim.figureId ?? claim.standardId ?? claim.practiceId ?? claim.declaredPracticeId, claim.text).toBeTruthy();
}

describe.each(QUARTERS)('%s', (period) => {
  it.each([250, 150])('template drafter within %i words', async (limit) => {
    const section = await draftSection({ db, period, limit: { kind: 'words', value: limit } });
    expect(section.drafter).toBe('template');
    await expectClean(section, limit);
    expect(section.paragraph.evidence.figureIds.length).toBeGreaterThanOrEqual(1);
  });

  it('model drafter (good tokenised draft) within 250 words', async () => {
    server.enqueue(goodDraft);
    const section = await draftSection({
      db,
      period,
      limit: { kind: 'words', value: 250 },
      drafter: 'llm',
      llm: { baseURL: server.baseURL, apiKey: 'test-key', model: 'fake-model', timeoutMs: 30_000, maxRetries: 0 },
    });
    // The reason is in the message: a fallback here says why the model's draft was not used.
    expect(section.model, section.model?.reason).toMatchObject({ used: true, fellBack: false, attempts: 1, usage: { promptTokens: 900, completionTokens: 160 } });
    expect(section.drafter).toBe('llm');
    expect(section.responseText).not.toMatch(/\{\{/);
    await expectClean(section, 250);
  });
});

describe('a year of figures', () => {
  it('says the Nominated Individual\'s sampling count for a year is of services that met it in every quarter, so it does not read as contradicting the latest quarter', async () => {
    const year = await draftSection({ db, period: '2025-10-01..2026-09-30', limit: { kind: 'words', value: 250 } });
    const quarter = await draftSection({ db, period: '2026-Q3', limit: { kind: 'words', value: 250 } });
    expect(year.responseText).toMatch(/Nominated Individual[^.]*\b1 of 4 (?:services kept to it )?in every quarter of the year to September 2026\b/);
    expect(year.responseText).not.toMatch(/1 October 2025–30 September 2026/);
    expect(quarter.responseText).not.toMatch(/every quarter of Q3 2026/);
    // Beside the year's count, the latest quarter on its own: the quarter's answer says the same,
    // and says too how few kept it up all year, so "4 of 4 in Q3" does not hide the year's gap.
    expect(quarter.responseText).toMatch(/\b4 of 4 services\b/);
    expect(quarter.responseText).toMatch(/in Q3 2026 4 of 4 services met it, but only 1 of 4 services kept to it in every quarter of the year to September 2026|met at 4 of 4 services in Q3 2026, but only 1 of 4 services kept to it in every quarter of the year to September 2026/);
    expect(quarter.validation.claims.find((claim) => claim.text === '1 of 4')?.status).toBe('supported');
    expect(quarter.pack.figures.find((figure) => figure.id === 'ni-sampling-year')).toMatchObject({ numerator: 1, denominator: 4, period: '2025-10-01..2026-09-30' });
    // The latest quarter first, then how many kept it up all year, so the two do not read as a contradiction.
    expect(year.responseText).toMatch(/in Q3 2026 4 of 4 services met it, but only 1 of 4 services kept to it in every quarter|met at 4 of 4 services in Q3 2026, but only 1 of 4 services kept to it in every quarter/);
    expect(year.validation.claims.find((claim) => claim.text === '4 of 4')?.status).toBe('supported');
    expect(year.pack.figures.find((figure) => figure.id === 'ni-sampling-latest')).toMatchObject({ numerator: 4, denominator: 4, period: '2026-Q3' });
  });
});

describe('choosing what to say', () => {
  it('answers a numbered part with the way of working it names, in full, before the topics it only mentions', async () => {
    const text = 'Describe how people who use the service and their families help run it. Please cover:\n1. how they take part in recruiting staff, including interview panels;\n2. how they help design and deliver staff training, including on positive behaviour support and the Mental Capacity Act;\n3. how you include people who do not use speech or are less confident in groups;\n4. one example from the last 12 months of a change that co-production led to.';
    const section = await draftSection({ db, period: '2026-Q3', organisation: 'harbour-care', question: { text }, limit: { kind: 'words', value: 500 } });
    // Part 2 asks who designs and delivers training, not how behaviour support plans are written.
    const training = section.responseText.search(/help design and deliver our induction and refresher training/);
    expect(training).toBeGreaterThanOrEqual(0);
    const behaviourPlans = section.responseText.search(/positive behaviour support plan/);
    if (behaviourPlans >= 0) expect(training).toBeLessThan(behaviourPlans);
    expect(section.responseText).toMatch(/The training lead asks them to lead the sessions/);
    // Part 3 is said in its fuller wording, not the one-line brief, while room is left for figures.
    expect(section.responseText).toMatch(/asks for their view during their daily routine|gathers their view during their everyday routine/);
  }, 60_000);

  it('answers the format of the record when a question on summaries asks for it', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'After a review, how does everyone receive a record of what was agreed in a format they can understand?' }, limit: { kind: 'words', value: 300 } });
    expect(section.plan?.covered.some((entry) => entry.topic === 'summaries' && entry.element === 'formats-met')).toBe(true);
    expect(section.responseText).toMatch(/written record[^.]*communication format/);
  });

  it('answers a question about what the Council receives with the report itself: each measure as it stands, with the action beside a weak one', async () => {
    const question = {
      text: 'What information about involvement will you give the Council, and how often? Tell us which measures you will report, how you will collect them, and how you will show trends over time and the action you take as a result.',
    };
    const section = await draftSection({ db, period: '2026-Q3', question, limit: { kind: 'words', value: 800 } });
    const report = section.plan!.covered.find((entry) => entry.element === 'council-reporting');
    expect(report?.figureIds?.length).toBeGreaterThanOrEqual(4);
    expect(section.responseText).toMatch(/For Q3 2026 it would read: [^.]*rose from \d+% the quarter before to \d+%/);
    // Every figure of the report is checked against the records, and the weak one keeps its action.
    for (const id of report!.figureIds ?? []) expect(section.validation.claims.some((claim) => claim.figureId === id && claim.status === 'supported'), id).toBe(true);
    expect(section.responseText).toMatch(/share of people with a review every month stood at \d+% \(\d+ of \d+ people\)\. [^.]*(?:Registered Manager will|acting on this)/);
    // In an answer about something else that names the Council, the measures are named, not given.
    const planning = await draftSection({ db, period: '2026-Q3', question: { text: 'How do people lead their own support plans, and what would you report to the Council about it?' }, limit: { kind: 'words', value: 500 } });
    const named = planning.plan!.covered.find((entry) => entry.element === 'council-reporting');
    if (named) expect(named.figureIds ?? []).toEqual([]);
    // The Council named as the one committed to something asks for no report.
    const committed = await draftSection({
      db,
      period: '2026-Q3',
      question: { text: 'The Council is committed to co-production. Describe how people take part in your governance and quality assurance, and how their views reach your board.' },
      limit: { kind: 'words', value: 600 },
    });
    expect(committed.plan!.covered.map((entry) => entry.element)).not.toContain('council-reporting');
  });

  it('does not list among the outcomes of the year the case its human example tells', async () => {
    const section = await draftSection({
      db,
      period: '2026-Q3',
      // A blind round's question (r54): its human example and its list of the year's outcomes both told the medication story.
      question: { text: "Person-centred planning and reviews\n\nDescribe how you will make sure each person's support plan is written, delivered and reviewed with the person at its centre, and with the people who matter to them involved. Your answer must cover:\n\n(a) how, in the first four weeks of a new package, you find out what matters to the person, how they want to be supported and who they want involved (and who they do not), including for people who do not use words to communicate;\n(b) how you record and respect the person's wishes about sharing information with family and friends, and how you check consent again when circumstances change;\n(c) how families, friends and unpaid carers contribute what they know about the person without their views replacing the person's own;\n(d) how you identify when a person has substantial difficulty being involved and has no appropriate individual to support them, and how you alert the council so that a Care Act advocate can be arranged before an assessment, care and support plan or review goes ahead;\n(e) how the person, and those they choose, are prepared for, take part in and receive the outcome of your own reviews and council-led reviews, including what information you give the council's reviewing officer beforehand;\n(f) how you check day to day that the outcomes in the plan are being achieved, and how staff on every shift know what the current plan says.\n\nWhere you can, give examples from services you currently provide." },
      limit: { kind: 'words', value: 750 },
    });
    // Each outcome the list gives ("one person's confidence managing their own medication went up …")
    // is told nowhere else in the answer, so not by its human example either.
    const listed = [...section.responseText.matchAll(/one person's ([^;.]+?) (?:went up|came down)/g)].map((match) => match[1]!);
    expect(listed.length).toBeGreaterThan(1);
    for (const measure of listed) expect(section.responseText.split(measure).length - 1, measure).toBe(1);
  });

  it('does not say again in other words what another paragraph of the answer says', async () => {
    const section = await draftSection({
      db,
      period: '2026-Q3',
      question: { text: 'How do you make sure a person at the centre of a safeguarding concern is asked what they want to happen, in line with Making Safeguarding Personal, and has an advocate where they need one?' },
      limit: { kind: 'words', value: 500 },
    });
    // Making Safeguarding Personal asks the person what they want to happen and records it in their own words;
    // the advocacy paragraph's opening said the same and goes.
    expect(section.responseText).toMatch(/Making Safeguarding Personal[^.]*asks the person what they want to happen and records it in their own words/);
    expect(section.responseText).not.toMatch(/the person is asked what they want to happen and their answer is recorded in their own words/);
    // A sentence with a figure stays, whatever another says.
    expect(section.validation.claims.length).toBeGreaterThan(0);
  });

  it('answers a part nothing else answers in its own words, with an owner and a check, and tells the writer it is a proposal', async () => {
    const text =
      "Describe how you support people moving into your service. Your response should include:\na) how you will get to know the person before the service starts;\nb) how you will keep a person's routines and preferences when they change service.";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 300 } });
    expect(section.responseText).toMatch(/To get to know the person before the service starts, the (?:key worker|Registered Manager)/);
    expect(section.notes.join(' ')).toMatch(/Proposed commitment, not from the records:[^"]*nothing on "how you will get to know the person before the service starts"/);
    expect(section.plan!.parts!.find((part) => part.text.startsWith('how you will get to know'))?.answeredBy).toBe('commitment');
  });

  it('answers a scenario with the steps its story calls for, said of its person, straight after the opening line', async () => {
    const text =
      'Scenario: Mr Tomasz Nowak is 71 and has lived in your extra care scheme for four years since a stroke. He has no relatives in this country, and the only person who visits is a friend from his church. He has had three falls this year and the ward team think he should go to a nursing home. A capacity assessment found he lacks capacity to decide where he should live. He keeps saying "I want my own front door". A decision is expected before the end of the month.\n\nHow would you respond? Explain what steps you would take and by when.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 500 } });
    const [, steps = ''] = section.responseText.split(/\n\n/);
    expect(steps).toMatch(/^Today the Registered Manager asks the council to instruct an IMCA, because Tomasz lacks capacity to decide where he should live/);
    expect(steps).toContain('“I want my own front door”');
    // More than the two steps of its least form, within the limit.
    expect(steps.split(/(?<=\.)\s+/).length).toBeGreaterThanOrEqual(4);
    expect(section.review?.overLimit).toBe(false);
    expect(section.plan!.covered.map((entry) => entry.element)).toContain('story-steps');
    expect(section.notes.join(' ')).toMatch(/what would be done for the person the scenario is about/);
  });

  it("places a term the story names with the part on the term's first topic, leaving the risk part its own answer", async () => {
    // A blind round's scenario (r54): Preparing for Adulthood, named in the story, took the part on
    // going out alone (its second topic, outcomes) and left no room for how risks are agreed.
    const text =
      "Scenario: Sana is 19 and is leaving a residential college to move into a supported living house. Her move is coordinated by the council's Preparing for Adulthood team. She wants to go to the shops on her own; her parents want staff with her whenever she goes out.\n\n(a) How will you plan Sana's move with her, her parents and the college?\n(b) How would you approach Sana's wish to go out on her own, using positive risk-taking, and how would any question about her capacity be dealt with?";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 450 } });
    const partB = section.responseText.split(/\n\n/).find((paragraph) => paragraph.startsWith('(b)')) ?? '';
    expect(partB).toMatch(/risk/);
    expect(partB).not.toMatch(/Preparing for Adulthood/);
  });

  it('says where a scenario person\'s wish stops when the question asks about keeping them safe, and reads assessing a risk of harm as no risk they choose', async () => {
    // A blind round's scenario (r55): the answer started from her wish that the police not be told
    // and never said when staff act without her agreement; and "assess risk" brought in positive risk-taking.
    const text =
      "Scenario: Priya is 34 and has a mild learning disability. Her new partner stays at her flat, her money runs out early each week and staff saw a bruise on her arm. She does not want the police or social services involved.\n\n(a) How would you assess risk, and when would you report to the council's safeguarding team or the police without her consent?\n(b) How would you keep Priya at the centre of any safeguarding enquiry?";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 600 } });
    expect(section.responseText).toMatch(/as far as the risk to her and to others allows/);
    expect(section.responseText).toMatch(/acts that day without waiting for her agreement/);
    expect(section.plan!.covered.map((entry) => entry.element)).not.toContain('positive-risk');
    // "Assess risk" in a story of a bruise is the risk of harm: the part is answered with the injury seen.
    expect(questionParts(text)[0]!.lead).toBe('safeguarding');
    expect(section.responseText).toMatch(/The care worker who sees the injury records that day/);
    // No part asks how the provider knows: no counts across the services beside the steps for Priya.
    expect(section.plan!.covered.filter((entry) => (entry.figureIds?.length ?? 0) > 0)).toEqual([]);
    // A part asking how they would know gets the counts that show it.
    const known = await draftSection({ db, period: '2026-Q3', question: { text: `${text}\n(c) How would you know that people are kept at the centre of safeguarding enquiries?` }, limit: { kind: 'words', value: 600 } });
    expect(known.plan!.covered.filter((entry) => (entry.figureIds?.length ?? 0) > 0).map((entry) => entry.topic)).toContain('safeguarding');
  });

  it('does not write a sentence twice in one answer, even as the opening of a longer one', async () => {
    const section = await draftSection({
      db,
      period: '2026-Q3',
      question: { text: 'How do you make sure best-interests decisions follow the Mental Capacity Act, who is consulted, and how do you check the quality of capacity assessments?' },
      limit: { kind: 'words', value: 600 },
    });
    const sentences = section.responseText.split(/(?<=[.!?])\s+/).map((sentence) => sentence.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
    const echoed = sentences.filter((sentence, index) => sentence.split(' ').length >= 6 && sentences.some((other, at) => at !== index && (other === sentence || other.startsWith(`${sentence} `))));
    expect(echoed).toEqual([]);
  });

  it('answers consent to a decision before capacity when a question asks about both, and not when it asks about consent to share', async () => {
    const question = { text: "Explain how you seek a person's consent to decisions about their support, and what happens when they lack capacity to give it." };
    const section = await draftSection({ db, period: '2026-Q3', question, limit: { kind: 'words', value: 500 } });
    const blocks = section.plan?.covered.map((entry) => entry.element) ?? [];
    expect(blocks).toContain('decision-consent');
    expect(blocks.indexOf('decision-consent')).toBeLessThan(blocks.indexOf('best-interests-chair'));
    expect(section.responseText).toMatch(/consent or refusal/);
    const sharing = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you record consent to share information with families and advocates, and check capacity for that decision?' }, limit: { kind: 'words', value: 500 } });
    expect(sharing.plan?.covered.map((entry) => entry.element)).not.toContain('decision-consent');
  });

  it('gives each part of a question in parts its room before a case story nobody asked for', async () => {
    const section = await draftSection({
      db,
      period: '2026-Q3',
      question: { text: "How do you keep support plans up to date for people whose mental health can change quickly? Tell us how often reviews happen, what sets off an earlier review, and how a person's wishes guide decisions while they are unwell." },
      limit: { kind: 'words', value: 350 },
    });
    expect(section.responseText).toMatch(/advance statement/);
    expect(section.plan?.covered.some((entry) => entry.element === 'review-cadence')).toBe(true);
    expect(section.plan?.covered.some((entry) => entry.element === 'human-example')).toBe(false);
  });

  it('gives a change an advocate asked for as the example of what an advocate changed, saying who asked', async () => {
    const section = await draftSection({
      db,
      period: '2026-Q3',
      question: { text: "How do you involve independent advocates? Give an example of something that changed because of an advocate's input." },
      limit: { kind: 'words', value: 400 },
    });
    expect(section.responseText).toMatch(/an independent advocate told us that [^.]+, so from [A-Z][a-z]+ \d{4} /);
    expect(section.responseText).not.toMatch(/cannot yet give a recorded example|do not yet hold an example/);
    expect(section.plan?.parts?.at(-1)?.answeredBy).toBe('records');
  });

  it('does not offer a check that a change held as a check that it made a difference, and proposes asking the people who raised it', async () => {
    const question = { text: 'Tell us about changes you made after feedback from people and families, and explain how you checked whether those changes made a difference.' };
    const section = await draftSection({ db, period: '2026-Q3', question, limit: { kind: 'words', value: 500 } });
    expect(section.responseText).toMatch(/do not yet show a check of whether each change made from feedback made the difference people asked for|yet checks whether each change made from feedback made the difference/);
    expect(section.notes.join('\n')).toMatch(/Proposed commitment, not from the records: the question asks how this is checked/);
    const done = await draftSection({ db, period: '2026-Q3', question: { text: 'Tell us about changes you made after feedback from people and families.' }, limit: { kind: 'words', value: 500 } });
    expect(done.responseText).not.toMatch(/made the difference people asked for/);
  });

  it('never puts a weak figure forward as strength: it is stated with the action, the owner and when it is measured again (Q2 2025: 48% participation)', async () => {
    const section = await draftSection({ db, period: '2025-Q2', limit: { kind: 'words', value: 250 } });
    expect(section.paragraph.evidence.figureIds).not.toContain('participation');
    // The action follows the figure in whichever wording the frame gives, always with its owner and the next measurement.
    const sentence = /[^.]*48%[^.]*\.\s+(?:To close the gap, |We are acting on this: |In response, |From here, )?key workers will [^.]*(?:Q3 2025|October 2025)[^.]*\./i;
    if (section.responseText.includes('48%')) expect(section.responseText).toMatch(sentence);
    else expect(section.notes.join('\n')).toMatch(/participation|taking part/i);
    expect(section.notes.some((note) => /below where it should be|Left out to stay within the limit/.test(note))).toBe(true);
  });

  it('states a weak but improving figure as a trend with the action, never as a strength (Q2 2026: 65% → 68%)', async () => {
    const section = await draftSection({ db, period: '2026-Q2' });
    // The service furthest behind may come between the figure and its action.
    expect(section.responseText).toMatch(/rose from 65% the quarter before to 68%[^.]*\.\s+(?:[^.]*furthest behind[^.]*\.\s+)?[^.]*key workers will /i);
    expect(section.paragraph.evidence.figureIds).not.toContain('participation');
    expect(section.notes.some((note) => /below where it should be; the answer states it with the action, the owner and when it will be measured again/.test(note))).toBe(true);
  });

  it('marks a small sample with its count (disagreements, 2 of 2)', async () => {
    const section = await draftSection({ db, period: '2026-Q2', question: { text: 'How do you handle disagreements and disputes with families?' } });
    expect(section.responseText).toMatch(/2 of 2 disagreements logged, small numbers\)/);
    expect(section.supporting.some((line) => line.kind === 'topic' && line.figureIds.includes('disputes-resolved'))).toBe(true);
  });

  it('names a service far below the whole on what the question asks, in the answer and to the writer, so the average does not hide it', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you involve families in reviews?' }, limit: { kind: 'words', value: 300 } });
    expect(section.responseText).toMatch(/69% \(127 of 183 reviews\)\. Stonecross was furthest behind, with 39% \(16 of 41\)\./);
    expect(section.pack.figures.find((figure) => figure.id === 'participation-family-at-s-sx')).toMatchObject({ breakdownOf: 'participation-family', place: 'Stonecross mental health support', numerator: 16, denominator: 41 });
    expect(section.validation.claims.filter((claim) => claim.text === '16 of 41').map((claim) => [claim.status, claim.figureId])).toEqual([['supported', 'participation-family-at-s-sx']]);
    expect(section.notes.join('\n')).toMatch(/Stonecross mental health support: reviews with family or friend input \(advocates not counted\) is 39% \(16 of 41\) against 69% across all services in Q3 2026; the answer names it beside the whole/);
    expect(section.notes.join('\n')).not.toMatch(/Ashbridge supported living: reviews with family or friend input/);
  });

  it('gives the figure at every service when the question asks whether practice is the same across them', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you involve families in reviews, and how do you know this happens consistently across all your services?' }, limit: { kind: 'words', value: 500 } });
    expect(section.responseText).toMatch(/It was \d+% \(\d+ of \d+\) at Ashbridge, \d+% \(\d+ of \d+\) at Hollinwade, \d+% \(\d+ of \d+\) at Millbeck and \d+% \(\d+ of \d+\) at Stonecross\./);
    const { claims } = validateClaims({ text: section.responseText, pack: section.pack });
    expect(claims.filter((claim) => claim.status !== 'supported' && claim.status !== 'standard' && claim.status !== 'practised' && claim.status !== 'declared').map((claim) => `${claim.text}: ${claim.message}`)).toEqual([]);
    expect(claims.some((claim) => claim.figureId === 'participation-family-at-s-hw')).toBe(true);
  });

  it('answers a question about people with mental health needs from the mental health service, naming it with each figure', async () => {
    const question = { text: 'For people with mental health needs, how often are their reviews held and who takes part?' };
    const section = await draftSection({ db, period: '2026-Q3', question, limit: { kind: 'words', value: 300 } });
    expect(section.services).toEqual(['Stonecross mental health support']);
    expect(section.notes.join('\n')).toMatch(/This question is about people with mental health needs, so the answer quotes the records of Stonecross mental health support only/);
    // Sampling at one service was met or not: never "1 of 1 services".
    expect([section.responseText, ...section.notes].join('\n')).not.toMatch(/\b1 of 1 services\b/);
    expect(section.notes.join('\n')).toMatch(/NI sampling was met in Q3 2026 but not in every quarter of the year to September 2026/);
    // Stonecross's own count of its 41 reviews, not the organisation's 183.
    expect(section.responseText).toMatch(/Q3 2026 at Stonecross mental health support,? [^.]*\(1[67] of 41 reviews\)/);
    const { claims } = validateClaims({ text: section.responseText, pack: section.pack });
    expect(claims.filter((claim) => claim.status === 'mismatch' || claim.status === 'unsupported').map((claim) => claim.text)).toEqual([]);
    // Chosen by the writer, every service is answered for, and the figures name no one place.
    const everyService = await draftSection({ db, period: '2026-Q3', question, limit: { kind: 'words', value: 300 }, services: ['S-AB', 'S-MB', 'S-HW', 'S-SX'] });
    expect(everyService.services).toHaveLength(4);
    expect(everyService.responseText).not.toMatch(/Q3 2026 at /);
    expect(everyService.notes.join('\n')).not.toMatch(/This question is about people/);
  });

  it('says how often reviews should happen, as the standard beside the figure that measures it, when the records do not show it for most people', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'How often does each person have a review of their support plan?' }, limit: { kind: 'words', value: 300 } });
    expect(section.responseText).toMatch(/(?:Our standard is|The standard we hold ourselves to is) a review with each person every month[^.]*\.\s+[^.]*review every month stood at 73% \(35 of 48 people\)/);
  });

  it('answers "what if the person does not want their family involved" with their choice, capacity for that decision and an advocate, not the family-input rate', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'What happens if the person you support does not want their family involved in their planning?' }, limit: { kind: 'words', value: 300 } });
    const [first] = section.responseText.split('\n\n');
    expect(first).toMatch(/key worker (?:records|writes) (?:that|it)[^.]* (?:in|into) the plan/);
    expect(first).toMatch(/capacity for this decision alone/);
    // The chair runs the best-interests meeting; the decision is not the chair's alone (treatment and moves belong to others).
    expect(first).toMatch(/chairs the best-interests meeting if one is needed/);
    expect(first).toMatch(/(?:at|checks at) each review/);
    expect(first).toMatch(/independent advocate/);
    expect(section.validation.claims.map((claim) => claim.figureId)).not.toContain('participation-family');
    expect(section.notes.join('\n')).toMatch(/Left out on purpose: [^.]*family and friends taking part, counted[^.]*\(the question asks what happens when the person does not want their family involved, which the answer gives in its place\)/);
    const { messages } = await checkDraft({ text: section.responseText });
    expect(messages.filter((message) => message.category === 'vague').map((message) => message.message)).toEqual([]);
  });

  it('answers each case of a question in three parts within a tight limit, rather than one case at length, and says no step twice', async () => {
    const text = 'How do you involve relatives and friends in support reviews, and what happens when the person does not want somebody there, or when relatives disagree with one another?';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 250 } });
    // Each case, in the question's order: how relatives take part, the person declining, relatives who disagree.
    const invited = section.responseText.search(/asks the person who they want there/);
    const declined = section.responseText.search(/does not want their family involved/);
    const differing = section.responseText.search(/see things differently|view differs|wants something different from the person/);
    expect(invited).toBeGreaterThanOrEqual(0);
    expect(declined).toBeGreaterThan(invited);
    expect(differing).toBeGreaterThan(declined);
    // The invitation's fuller wording also covers a relative the person does not want there: beside the block on exactly that, it is not said twice.
    expect(section.responseText.match(/shares nothing/g)).toHaveLength(1);
    expect(section.notes.join('\n')).not.toMatch(/Left out to stay within the limit: (?:what happens when the person does not want their family involved|what happens when family and the person want different things)/);
  });

  it('answers the examples part at the end of a question whose first part takes every block on its topic', async () => {
    const text = 'Please describe your approach to independent advocacy for the people you support, including when you refer and how quickly an advocate becomes involved. Give one anonymised example from the last 12 months of something that changed because of an advocate.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 350 } });
    // The change raised about advocacy referrals stalling is the example; it is not left out for the limit.
    expect(section.responseText).toMatch(/advocacy referrals stalled over weekends/);
    expect(section.notes.join('\n')).not.toMatch(/Left out to stay within the limit: the part of the question that asks "Give one anonymised example/);
  });

  it('gives the two referrals a question asks for from the referral log: when, where, why, how quickly, and what the advocate then took part in', async () => {
    const text = 'Describe how you use independent advocacy. Give two examples from the last 12 months where an advocate was involved, what triggered the referral and how quickly they became involved.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 400 } });
    const told = section.responseText.match(/[^.]*was referred for an? [^.]*\. The [^.]* was involved \d+ hours after the referral, (?:within|outside) our response standard[^.]*\./g) ?? [];
    expect(told).toHaveLength(2);
    // Each told in its month, at its service; with why it was made where the log records why.
    for (const example of told) expect(example).toMatch(/(?:January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d at [A-Z]\w+, one person was referred for an? [\w ']+/);
    expect(told[0]).toMatch(/one person was referred for an? [\w ']+ (?:ahead of|when|because|while|during|for) /);
    // One met the response standard and, as the year had one that missed it, one did not.
    expect(told.map((example) => /within our response standard/.test(example))).toEqual([true, false]);
    // Each hour figure is checked against its own record, which the answer's pack now holds.
    const { claims } = validateClaims({ text: section.responseText, pack: section.pack });
    const hours = claims.filter((claim) => /hours$/.test(claim.text) && claim.status === 'supported');
    expect(hours.map((claim) => claim.figureId).filter((id) => id?.startsWith('referral-example-'))).toHaveLength(2);
    expect(section.notes.join('\n')).not.toMatch(/Not answered yet: the question asks "how quickly/);
    await expectClean(section, 400);
  });

  it('answers examples of referrals "saying what difference the advocate made" with referrals from the log, after every other part has its answer', async () => {
    const text = 'How do your staff know when someone needs an independent advocate, and who makes the referral? What timescales do you work to? Give two recent examples of referrals you made, saying how long each took and what difference the advocate made.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 300 } });
    expect(section.plan?.covered.map((entry) => entry.element)).toEqual(expect.arrayContaining(['advocate-triggers', 'referral-times', 'logged-examples']));
    expect(section.responseText).toMatch(/one person was referred for an? [^.]+\. The [^.]+ was involved \d+ hours after the referral/);
    expect(section.notes.join('\n')).not.toMatch(/Left out to stay within the limit: the part of the question that asks "Give two recent examples/);
    // A provider asks for an IMCA or a Care Act advocate; the council or NHS body instructs or arranges one.
    expect(section.responseText).toMatch(/ask the council or NHS body for an IMCA/);
    expect(section.responseText).not.toMatch(/\b(?:We|Key workers) refer for an IMCA/);
  });

  it('keeps the model\'s draft when its topic paragraphs tell logged referrals: their figures are in the pack it is checked against', async () => {
    server.enqueue(goodDraft);
    const text = 'Describe how you use independent advocacy. Give two examples from the last 12 months where an advocate was involved, what triggered the referral and how quickly they became involved.';
    const section = await draftSection({
      db,
      period: '2026-Q3',
      question: { text },
      // Room for the scripted model's four lines beside every topic paragraph of the plan.
      limit: { kind: 'words', value: 1000 },
      drafter: 'llm',
      llm: { baseURL: server.baseURL, apiKey: 'test-key', model: 'fake-model', timeoutMs: 30_000, maxRetries: 0 },
    });
    expect(section.model, section.model?.reason).toMatchObject({ used: true, fellBack: false });
    expect(section.responseText).toMatch(/was involved \d+ hours after the referral/);
    expect(section.pack.figures.some((figure) => figure.id.startsWith('referral-example-'))).toBe(true);
  });

  it('gives, as the second of two logged examples, one that missed the standard when the period has one, rather than only those that met it', async () => {
    const section = await draftSection({ db, period: '2026-Q2', question: { text: 'Give two examples of referrals for independent advocacy: what prompted each and how quickly the advocate was involved.' }, limit: { kind: 'words', value: 500 } });
    expect(section.responseText).toMatch(/within our response standard/);
    expect(section.responseText).toMatch(/outside our response standard/);
  });

  it('names the whole escalation route the log shows over the year, in a quarter when no disagreement went that far', async () => {
    // In Q3 2026 the log reached the Registered Manager only; earlier in the year one went to the Nominated Individual.
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'How can someone take a disagreement about their care further if they are still unhappy?' }, limit: { kind: 'words', value: 200 } });
    expect(section.responseText).toMatch(/Registered Manager and then the Nominated Individual/);
  });

  it('says where a complaint goes beyond the provider, named for where it is, and keeps the route within a tight limit', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'Describe how people can complain about their care and what happens if they remain unhappy with your response.' }, limit: { kind: 'words', value: 200 } });
    expect(section.responseText).toMatch(/Registered Manager and then the Nominated Individual/);
    expect(section.responseText).toMatch(/Council that arranges [^.;]* care and then to the Local Government and Social Care Ombudsman/);
    // The records say England and Wales, not which: the writer, not the answer, is told about Wales.
    expect(section.responseText).not.toMatch(/Wales/);
    expect(section.notes).toContainEqual(expect.stringMatching(/For a service in Wales, name the Public Services Ombudsman for Wales/));
    await expectClean(section, 200);
  });

  it('answers how to complain and how fast from the practice library, each timescale with its count, and the route beyond us', async () => {
    const text = 'Set out how someone can make a complaint, how quickly you acknowledge it and send a full answer, and where they can go if they are not satisfied.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 300 } });
    expect(section.responseText).toMatch(/in person, by phone, in writing, by email or through an advocate/);
    expect(section.responseText).toMatch(/acknowledges it in writing within 3 working days[^.]*11 of 12 complaints[^.]*\(92%\)/);
    expect(section.responseText).toMatch(/full written answer to each complaint within 20 working days[^.]*10 of 12 complaints[^.]*\(83%\)/);
    expect(section.responseText).toMatch(/Local Government and Social Care Ombudsman/);
    // What is done with the person is said by the entries: no stock line about review agendas.
    expect(section.responseText).not.toMatch(/agenda/);
    expect(section.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`)).toEqual(expect.arrayContaining(['complaints/declared-practices', 'complaints/escalation-route']));
    await expectClean(section, 300);
  });

  it('gives a safeguarding example from the referrals a safeguarding enquiry prompted, not a disagreement a passing "concern" points to', async () => {
    const text = 'How do you make sure a person at the centre of a safeguarding concern is asked what they want and supported through the enquiry? Give an example from the past year.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 400 } });
    expect(section.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`)).toContain('safeguarding/logged-examples');
    expect(section.responseText).toMatch(/during a safeguarding enquiry/);
    expect(section.responseText).not.toMatch(/a disagreement about/);
  });

  it("says what happens when a person's outcomes are not being met: the goal goes to the next mini-review and the Registered Manager joins the deep-dive", async () => {
    const text = "How do you know your service is helping people achieve the outcomes that matter to them? Describe how outcomes are agreed and what you do when a person's outcomes are not being met.";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 400 } });
    expect(section.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`)).toContain('outcomes/outcomes-not-met');
    expect(section.responseText).toMatch(/(?:not moving|stalls)[^.]*next mini-review/);
    expect(section.responseText).toMatch(/Registered Manager (?:joins|into) (?:that|the deep-dive|review)|brings the Registered Manager into that review/);
    await expectClean(section, 400);
  });

  it("says how the person's own words go into their plan and how the plan is checked with them, in place of who came to reviews", async () => {
    const text = "Briefly describe how you make sure the person's own voice, in their own words where possible, is recorded in their support plan, and how you confirm with them that the plan reflects what they want.";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 150 } });
    const covered = section.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`);
    expect(covered[0]).toBe('person-led-planning/own-words');
    expect(covered).not.toContain('person-led-planning/participation-evidence');
    expect(section.responseText).toMatch(/own words/);
    expect(section.responseText).toMatch(/(?:goes|reads) (?:through )?(?:the plan )?(?:through )?with (?:them|the person)/);
    await expectClean(section, 150);
  });

  it('answers the Accessible Information Standard with its steps and the formats used, not with how risks are agreed because "risk assessments" is in a list', async () => {
    const text = "Describe how you meet the Accessible Information Standard and make sure people can understand their own support plans, risk assessments and correspondence. Include how you identify, record, flag and share a person's communication needs, the formats you routinely use, and how you check that information has actually been understood.";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'characters', value: 2500 } });
    const covered = section.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`);
    expect(covered).toContain('accessibility/communication-needs');
    expect(covered).toContain('accessibility/formats-met');
    expect(section.responseText.split('\n\n')[0]).toMatch(/how (?:they|each person) communicate/);
    expect(covered.some((entry) => entry.endsWith('/positive-risk'))).toBe(false);
    expect(section.responseText).toMatch(/flag/i);
    expect(section.responseText).toMatch(/(?:say|telling)[^.]*back/);
    // How needs are recorded is said once, by the steps, not again before the formats counted.
    expect(section.responseText.match(/communication needs are recorded|recorded as their communication format|records each person's communication needs/g) ?? []).toHaveLength(1);
    await expectClean(section, 450);
  });

  it('opens a scenario answer with the person it names and what the story says they want, and who acts on it', async () => {
    const text = 'Scenario. Amira is 34 and lives in one of your supported living flats. Her brother visits every week and wants to manage her money. Amira says she would rather do it herself. Describe how you would respond, including how you would assess her capacity to manage her money and keep her brother involved.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 400 } });
    expect(section.responseText).toMatch(/^Amira would rather do it herself, (?:so|and) the key worker would/);
    expect(section.plan!.covered.map((entry) => entry.element)).toContain('scenario-person');
    await expectClean(section, 400);
    // A wish with a number in it is not repeated: no record backs the number.
    const counted = await draftSection({ db, period: '2026-Q3', question: { text: 'Scenario. Rosa is 30 and lives in supported living. Rosa wants to cut her support to five hours a week. Describe how you would respond.' }, limit: { kind: 'words', value: 300 } });
    expect(counted.responseText).not.toMatch(/five hours/);
    expect(counted.validation.claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
    // A question that names nobody has no such opening.
    const plain = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you assess whether a person can manage their own money?' }, limit: { kind: 'words', value: 200 } });
    expect(plain.plan!.covered.map((entry) => entry.element)).not.toContain('scenario-person');
  });

  it('gives as many changes and logged referrals as a question asks for when it says how many', async () => {
    const changes = await draftSection({ db, period: '2026-Q3', question: { text: 'Give three examples from the last 12 months of changes you made to the service as a result of feedback from people who use it or their families.' }, limit: { kind: 'words', value: 500 } });
    const firstParagraph = changes.responseText.split('\n\n')[0]!;
    expect(firstParagraph.match(/, so from \w+ \d{4}/g) ?? []).toHaveLength(3);
    const referrals = await draftSection({ db, period: '2026-Q3', question: { text: 'Give three examples of when you involved an independent advocate, what triggered the referral and how quickly the advocate became involved.' }, limit: { kind: 'words', value: 500 } });
    expect(referrals.pack.figures.filter((figure) => figure.id.startsWith('referral-example-'))).toHaveLength(3);
    // 3 of the 5 referrals had an advocate involved: the median is said to be over those, not all five.
    expect(referrals.responseText).toMatch(/(?:Where the advocate has become involved|Counting only referrals where the advocate is now involved), the median/);
  });

  it('says what a relative with a Lasting Power of Attorney may decide, and what happens when a relationship may be harming the person, where a question asks', async () => {
    const text = "Describe how you involve families while respecting the person's wishes and confidentiality. Include how you handle situations where a family member holds a Lasting Power of Attorney or deputyship, and where there are concerns that a family relationship may be harmful to the person.";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 600 } });
    const covered = section.plan!.covered.map((entry) => entry.element);
    expect(covered).toEqual(expect.arrayContaining(['attorney-deputy', 'family-harm']));
    expect(section.responseText).toMatch(/registered document/);
    expect(section.responseText).toMatch(/safeguarding concern with the council/);
    // An attorney who may be misusing the role is a safeguarding matter and one for the Office of the Public Guardian.
    expect(section.responseText).toMatch(/attorney or deputy[^.]*Office of the Public Guardian/);
    // Neither is in the records: the writer is told to make sure each is what the organisation does.
    expect(section.notes.find((note) => note.startsWith('Stated as your way of working'))).toMatch(/Lasting Power of Attorney[\s\S]*harming the person/);
    await expectClean(section, 600);
    // Said as the source of the risk, it is the same concern.
    const source = await draftSection({ db, period: '2026-Q3', question: { text: 'Explain how you involve families and carers in safeguarding, and how you handle situations where a family member or carer may be the source of the risk.' }, limit: { kind: 'words', value: 400 } });
    expect(source.plan!.covered.map((entry) => entry.element)).toContain('family-harm');
    // A family question that names neither gets neither.
    const plain = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you involve families in reviews?' }, limit: { kind: 'words', value: 300 } });
    expect(plain.plan!.covered.map((entry) => entry.element)).not.toEqual(expect.arrayContaining(['attorney-deputy']));
    expect(plain.plan!.covered.map((entry) => entry.element)).not.toContain('family-harm');
  });

  it('answers a question in lettered parts under the same letters, each block with the letter it answers', async () => {
    const text = 'Describe how you plan and run reviews so that the person is at the centre. In your response, include:\n(a) how often reviews take place;\n(b) how you decide the length of a meeting;\n(c) how the person can choose who attends;\n(d) how and when a written summary is shared.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 600 } });
    const paragraphs = section.responseText.split('\n\n');
    const opening = (letter: string) => paragraphs.findIndex((paragraph) => paragraph.startsWith(`(${letter}) `));
    expect(['a', 'b', 'c', 'd'].map(opening).every((index) => index >= 0)).toBe(true);
    expect(opening('a') < opening('b') && opening('b') < opening('c') && opening('c') < opening('d')).toBe(true);
    expect(paragraphs[opening('b')]).toMatch(/minutes/);
    expect(paragraphs[opening('d')]).toMatch(/summar/);
    await expectClean(section, 600);
  });

  it('reads a scenario under a title line as its story and answers its lettered asks, the line naming the person first', async () => {
    const text =
      "Scenario: moving on\n\nCallum is 19. He is autistic and communicates with some Makaton signs and a picture exchange system. He is very sensitive to noise. His parents have asked for male staff only, because they want him to settle. The Council will apply to the Court of Protection to authorise a deprivation of liberty.\n\nPlease explain:\na) how you would involve Callum in planning his move, including choosing his staff and understanding his tenancy;\nb) how you would work with his parents when their wishes differ from what Callum communicates, and when you would ask for an independent advocate;\nc) how you would support the Court of Protection application and keep restrictions to the least possible;\nd) how you would review the first 12 weeks, and who would take part.";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 600 } });
    const paragraphs = section.responseText.split('\n\n');
    // The story is not asked, so nothing answers "Callum is 19" and the opening is his own.
    expect(section.plan!.parts!.map((part) => part.text)[0]).toMatch(/^how you would involve Callum/);
    expect(section.responseText).not.toMatch(/Callum wants him/);
    // The line naming him opens the answer above the letters: it restates the story, answering none of them.
    expect(paragraphs[0]).toMatch(/Callum/);
    expect(paragraphs[0]).not.toMatch(/^[a-d]\) /);
    // Each ask is answered: the parts are the four letters' asks, and each has a block of its own.
    expect(section.plan!.parts!.filter((part) => part.answeredBy === 'none').map((part) => part.text)).toEqual([]);
    expect(section.responseText).toMatch(/Court of Protection/);
    expect(section.responseText).toMatch(/restrictive practice/);
    // Under lettered parts the steps for Callum stand with the part on their subject: the advocate under (b).
    expect(paragraphs.slice(paragraphs.findIndex((paragraph) => paragraph.startsWith('b) ')), paragraphs.findIndex((paragraph) => paragraph.startsWith('c) '))).join(' ')).toMatch(/asks the council for a Care Act advocate if Callum/);
    // A scenario's words go on the person first: fewer figures than a method answer.
    await expectClean(section, 600, 2);
  });

  it('answers every letter of a scenario whose story ends in a quotation, the parents\' letter on their differing view', async () => {
    const text =
      'Scenario: going out alone\n\nMaya Khan is 24 and has a learning disability. She lives in a supported living flat and plans her week with pictures. Maya wants to go to a dance class in town by bus on her own. Her parents have asked staff to make sure she never goes out without a worker. Maya has told her key worker: "I am an adult."\n\na) How would you support Maya to say what she wants and to weigh up the risks of each option?\nb) How would you approach any question about her capacity to decide to travel alone, and who would you involve?\nc) How would you work with her parents in a way that respects their worries while upholding Maya\'s rights?\nd) How would you agree, record and review a positive risk plan with Maya?';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 500 } });
    const paragraphs = section.responseText.split('\n\n');
    const opening = (letter: string) => paragraphs.findIndex((paragraph) => paragraph.startsWith(`${letter}) `));
    // The quotation closing the story does not take the first ask into the story with it.
    expect(section.plan!.parts![0]!.text).toMatch(/^How would you support Maya/);
    expect(['a', 'b', 'c', 'd'].map(opening).every((index) => index >= 0)).toBe(true);
    // Their request is answered: their worry heard beside Maya's own view, and no limit put on her because they ask.
    expect(paragraphs[opening('c')]).toMatch(/hears her parents' worries and writes them down beside Maya's own view/);
    expect(paragraphs[opening('c')]).toMatch(/no limit on Maya just because a relative asks/);
    expect(paragraphs[0]).toMatch(/Maya/);
    // The steps planned with Maya answer (d) in place of another person's outcome figures.
    expect(paragraphs[opening('d')]).toMatch(/Maya and the key worker write a positive risk plan/);
    // Few figures in an answer about Maya: another person's story is not told in it.
    expect(section.plan!.covered.map((entry) => entry.element)).not.toContain('human-example');
    await expectClean(section, 500, 1);
  });

  it('tells the writer what the question names that the answer never mentions, acronyms only in capitals', async () => {
    const [note] = namedButUnanswered('How do you work with the IMHA and support people on a CTO? Do you use Makaton? How do you report to the CQC?', 'The key worker invites the Independent Mental Health Advocate to every review.');
    expect(note).toMatch(/^The question names Community Treatment Orders, Makaton and the Care Quality Commission, and the answer does not mention them/);
    // "salt" and "stomp" in lower case are words, not SALT or STOMP.
    expect(namedButUnanswered('Do people choose how much salt to add, and stomp their feet at concerts?', '')).toEqual([]);
    // A term with no way of working to state (the Care Quality Commission) is left to the writer.
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you involve people in planning their support, and how does this meet what the CQC looks for?' }, limit: { kind: 'words', value: 300 } });
    expect(section.notes.some((entry) => /^The question names the Care Quality Commission, and the answer does not mention it/.test(entry))).toBe(true);
  });

  it('says what is done about what the question names where nothing else in the answer mentions it, and tells the writer it is stated, not counted', async () => {
    const text = 'How do you involve people with limited verbal communication in planning their support? Refer to tools such as Talking Mats, Makaton and communication passports, and explain how you check this works.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 500 } });
    expect(section.responseText).toMatch(/Talking Mats/);
    expect(section.responseText).toMatch(/Makaton/);
    expect(section.responseText).toMatch(/communication passport/);
    expect(section.plan!.covered.filter((entry) => entry.element === 'named-practice')).toHaveLength(3);
    const stated = section.notes.find((entry) => entry.startsWith('Stated as your way of working'));
    expect(stated).toMatch(/what you do about Makaton; what you do about Talking Mats; what you do about communication passports/);
    expect(section.notes.some((entry) => entry.startsWith('The question names'))).toBe(false);
    await expectClean(section, 500);
    // Said once, in the part that names it, however often the question names it.
    const twice = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you support people on a Community Treatment Order to take part in their reviews? What do you do when a CTO is changed?' }, limit: { kind: 'words', value: 300 } });
    expect(twice.plan!.covered.filter((entry) => entry.element === 'named-practice')).toHaveLength(1);
    expect(twice.responseText).toMatch(/Community Treatment Order/);
  });

  it('leaves out of a scenario a count across the services on a topic no part asks about, with room to spare', async () => {
    // A blind round's scenario (r70): with words left, compliments about feeling included filled them.
    // The feedback topic is hinted at, not asked: its counts answer nothing asked about Mrs Carmichael.
    const text = "Scenario: Mrs Edith Carmichael is 84 and lives alone in her own bungalow. She has Alzheimer's disease and receives four home care visits a day from your service. Her son, Mr Graham Carmichael, lives nearby and holds a registered Lasting Power of Attorney for Property and Financial Affairs; there is no Health and Welfare Lasting Power of Attorney. Her daughter, Mrs Anne Dobson, lives 200 miles away and phones most days.\n\nOver the last month care workers have found Mrs Carmichael increasingly confused in the evenings, and on two occasions she has been found outside in her nightclothes after the teatime visit. Mrs Carmichael says firmly that she wants to stay in her own home \"until they carry me out\". Graham has told your care coordinator that he wants his mother moved into a care home, and has asked your staff to lock the front door and take the key when they leave. Anne disagrees with her brother and has asked your manager to install a camera in the lounge so she can check on her mother herself. Staff have also noticed that no food shopping has been delivered for two weeks, and Mrs Carmichael has told a care worker that \"Graham has got my cards\". Her GP, Dr Priya Nair, has been asked to review her, and her social worker is Ms Joanne Whitfield.\n\n(a) What would you do in response to Graham's request to lock the door, and why?\n(b) How would you respond to Anne's request for a camera?\n(c) What action would you take about the shopping and Mrs Carmichael's comment about her cards, and who would you inform?\n(d) How would you make sure Mrs Carmichael's own views are heard in any decision about where she lives, including whether she is entitled to independent advocacy?\n(e) How would you keep both of her children informed and involved while respecting Mrs Carmichael's rights?";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 1000 } });
    expect(section.responseText).not.toMatch(/compliments/i);
    const leftOut = section.plan!.missing.filter((entry) => /scenario is answered about its person/.test(entry.reason)).map((entry) => entry.topic);
    expect(leftOut).toContain('feedback');
    // Nor, where no part asks how the provider knows, the counts on what the question is about:
    // blind judges (r81) read review statistics beside the steps for the person as stock.
    expect(leftOut).toContain('family-friends');
    expect(section.plan!.missing.find((entry) => entry.element === 'family-participation')!.reason).toMatch(/no part asks how you know/);
    // Who the person invites, said of people in general, gives way to the steps for each relative.
    expect(section.plan!.missing.find((entry) => entry.element === 'person-decides-who')!.reason).toMatch(/the steps for each relative say who is told what/);
    await expectClean(section, 1000);
  });

  it("does not answer a scenario with a way of working for someone else's situation: a son's drinking is not the person's", async () => {
    const text = "Scenario: Rosa Lind is 50, has schizophrenia and lives in her own flat with support. Rosa's grown-up son, Theo, plans to move in with her; the ward has noted his heavy drinking.\n\n(a) How will you involve Theo?";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 400 } });
    expect(section.responseText).not.toMatch(/Where a person's drinking or drug use harms them/);
    expect(section.responseText).toMatch(/Whether Theo moves in is Rosa's decision/);
    // Told of her, the same words are hers.
    const hers = await draftSection({ db, period: '2026-Q3', question: { text: 'Scenario: Rosa Lind is 50 and lives in her own flat with support. Staff have noticed her heavy drinking at weekends.\n\n(a) How will you support Rosa?' }, limit: { kind: 'words', value: 400 } });
    expect(hers.responseText).toMatch(/drinking/);
  });

  it('says what is done about a term named only in a scenario\'s story where the limit leaves room', async () => {
    const text = 'Scenario: Priya is 41, lives in one of your flats and is entitled to section 117 aftercare. She wants to find paid work. Describe how you would support her to plan for this.';
    const roomy = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 700 } });
    expect(roomy.responseText).toMatch(/section 117 aftercare/);
    await expectClean(roomy, 700);
    expect(roomy.notes.some((entry) => /^The question names section 117 aftercare/.test(entry))).toBe(false);
  });

  it('answers the situation a scenario sets in the part on its subject: a refusal of medication under deciding what happens, a first language under being understood', async () => {
    const text = "Scenario: Joe is 58 and has four home care visits a day after a stroke. He has started refusing his evening medication and sometimes sends carers away. His daughter, who lives nearby, wants you to make him take it. Joe's first language is Polish.\n(a) How would you involve Joe in deciding what happens next?\n(b) How would you work with his daughter?\n(c) How would you make sure Joe's views are understood and recorded?";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 500 } });
    // The first language is met by the step for Joe (an interpreter in Polish), not the general way of working beside it.
    const covered = section.plan!.covered.filter((entry) => entry.element === 'named-practice');
    expect(covered).toHaveLength(2);
    expect(section.responseText).toMatch(/professional interpreter in Polish/);
    // The refusal is the scenario's test: said in the part it answers, ahead of the figures.
    // Said of Joe, whom the story tells it of.
    const medication = section.responseText.indexOf('When Joe wants to stop or refuse his medication, the key worker');
    expect(medication).toBeGreaterThanOrEqual(0);
    expect(medication).toBeLessThan(section.responseText.search(/Q3 2026/));
    expect(section.responseText).toMatch(/refuses (?:his|their) care or support/);
    expect(section.responseText).toMatch(/professional interpreter/);
    // The daughter who wants staff to make him take it is a relative who sees things differently: heard under the part about her.
    expect(section.responseText).toMatch(/\(b\) This week the Registered Manager hears his daughter's worries and explains that the plan follows what Joe wants/);
    expect(section.notes.find((entry) => entry.startsWith('Stated as your way of working'))).toMatch(/what you do about a wish to stop or refuse medication/);
    await expectClean(section, 500);
  });

  it("says each step for a scenario's person under lettered parts before stock text takes the room", async () => {
    const text =
      "Scenario: Mrs Ivy Moss – money, medicines and two attorneys\n\nIvy Moss is 86, has Alzheimer's disease and has four home care visits a day. Her son, Carl, holds a Lasting Power of Attorney for property and financial affairs. Her daughter, Dawn, holds a Lasting Power of Attorney for health and welfare.\n\nIn the last fortnight:\n- Ivy has been spitting out her evening tablets.\n- Carl has told carers to crush the tablets into her custard without telling her.\n- Ivy has said that Carl keeps her bank card, and her fridge is often empty.\n- Dawn wants Ivy to move into a care home; Ivy says she wants to stay at home.\n\nPlease explain:\n(a) what you would do about Carl's instruction on the tablets, every step needed before it could be considered, who would be involved, who would decide, and what carers would do at the evening visit meanwhile;\n(b) the scope of each attorney's authority and who you would speak to about what;\n(c) the concerns about Ivy's money: what action you would take, when, who you would tell, and how you would handle the fact that the person of concern holds a power of attorney;\n(d) how the decision about a care home should be approached;\n(e) how carers would know what to record and how to escalate concerns.";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 650 } });
    // What is done for Ivy, each step on its own: hidden medicine, the bank card, both attorneys.
    expect(section.responseText).toMatch(/No medicine is hidden in Ivy's food or drink unless/);
    expect(section.responseText).toMatch(/raises a safeguarding concern with the council that day, even when it is about family or an attorney/);
    expect(section.responseText).toMatch(/asks Dawn for the registered power of attorney/);
    // Carl, the person of concern, is not told first: the council says who speaks to him and when.
    expect(section.responseText).toMatch(/care workers do not raise them with Carl\. That day the Registered Manager agrees with the council who speaks to Carl, and when/);
    expect(section.responseText).not.toMatch(/tells Carl this week/);
    // The story's dashed lines tell it; the letters are what is asked.
    expect(section.plan!.parts!.map((part) => part.text)[0]).toMatch(/^what you would do about Carl's instruction/);
    await expectClean(section, 650, 2);
  });

  it('answers a part naming a situation with what is done then, first and in full, and a situation the story names in the part that comes back to it', async () => {
    const text = "Scenario: Review of a home care package\n\nRon is 70 and lives alone. He has three home care visits a day. Lately he has sent care workers away, saying he has already eaten. His brother handles his pension. A neighbour has told a care worker that Ron often has no money for food.\n\nPlease tell us:\na) What your care workers would do, day to day, when Ron declines a visit, and how this would be recorded.\nb) How you would involve Ron in his review.\nc) How you would respond to the neighbour's report.";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 600 } });
    const paragraphs = section.responseText.split('\n\n');
    const refusal = paragraphs.findIndex((paragraph) => paragraph.includes('refuses his care or support'));
    // Straight after the opening line about Ron, in full: what the care worker checks, and who hears of it.
    expect(refusal).toBe(1);
    expect(paragraphs[refusal]).toMatch(/team leader/);
    // The money worry is told in the sentence about the neighbour, so it answers the part on the neighbour's report.
    // Said of Ron, whom the part names, not of "a person".
    expect(paragraphs[refusal]).toMatch(/^a\) When Ron refuses his care or support/);
    // "Ron often has no money for food" is a sign someone may be taking it: the safeguarding step answers the part on the report.
    expect(paragraphs.find((paragraph) => /raises a safeguarding concern/.test(paragraph))).toMatch(/^c\) /);
    // How Ron takes part in his review is answered for him, not left to the step on recording.
    expect(paragraphs.find((paragraph) => /^b\) /.test(paragraph))).toMatch(/Before the review the key worker sits down with Ron/);
    // Another person's story is not what a scenario about Ron asks for.
    expect(section.plan!.covered.map((entry) => entry.element)).not.toContain('human-example');
    await expectClean(section, 600);
  });

  it('answers a part on the parents, in a scenario with no letters, with the reply to their request, not a commitment in the question\'s words', async () => {
    const text =
      'Scenario: Liam Carter, 29, has a mild learning disability and lives in a supported living flat. A man called Dean, whom Liam describes as his best mate, has started staying at the flat several nights a week. Liam\'s money now regularly runs out days before his next payment. Liam says he is happy; his parents are demanding that you stop Dean from visiting.\n\nExplain how you would respond, how you would decide whether to raise a safeguarding concern, and how you would respond to his parents.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 450 } });
    expect(section.responseText).toMatch(/The Registered Manager replies to his parents that week\. The key worker keeps up the contact Liam values/);
    expect(section.responseText).not.toMatch(/To respond to his parents/);
    await expectClean(section, 450, 1);
  });

  it('leaves out of a scenario a library entry about a law or situation its story does not name', async () => {
    const text =
      'Scenario: Aleksander Nowak, 41, has schizophrenia and is leaving hospital on a Community Treatment Order to a supported living flat, with section 117 aftercare. He already has an Independent Mental Health Advocate.\n\n(a) How would you plan the first days after he moves in?\n(b) How would you make sure he can use his advocate?';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 600 } });
    // The representative of someone deprived of their liberty is about a law the story never names.
    expect(section.responseText).not.toMatch(/deprivation of liberty/i);
    await expectClean(section, 600, 1);
  });

  it('reads a relative named by who they are, kept out by the person, as the person declining their family', async () => {
    const text = "Scenario: Tom is 45 and lives in supported accommodation. He has told staff he does not want his brother told anything about his health. His brother phones the service every week asking how Tom is. How would you respond to the brother's calls while respecting Tom's wishes?";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 350 } });
    expect(section.plan!.covered.map((entry) => entry.element)).toContain('declines-family');
    await expectClean(section, 350);
    // One relative disagreeing with another is not the person keeping their family out.
    const other = await draftSection({ db, period: '2026-Q3', question: { text: "Scenario: Mrs Hale is 90 and has home care. Her son wants staff to stop her going out alone; her daughter does not agree with her brother's request. How would you respond?" }, limit: { kind: 'words', value: 350 } });
    expect(other.plan!.covered.map((entry) => entry.element)).not.toContain('declines-family');
  });

  it('says what is done about the situation even when the scenario\'s opening line repeats the person\'s wish', async () => {
    const text = 'Scenario: Lee is 40 and lives in supported accommodation. He has told his key worker that he wants to stop his depot injection because of the side effects. (a) How would you support Lee with this decision? (b) How would you work with his care team?';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 500 } });
    expect(section.responseText).toMatch(/Lee wants to stop his depot injection/);
    expect(section.responseText).toMatch(/asks the prescriber/);
    // The story gives Lee no communication need: the opening does not assume one, nor that he speaks.
    expect(section.responseText).toMatch(/at a time and place/);
    expect(section.responseText).not.toMatch(/communicates best|in his own words/);
    await expectClean(section, 500);
  });

  it('says a term named only in a method question\'s opening as depth, not ahead of what the question asks', async () => {
    const text = 'Locally, support for carers in mental health services follows the Triangle of Care. Describe how you involve families in reviews and how you know it is working.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 250 } });
    expect(section.plan!.covered.map((entry) => entry.element)).not.toContain('named-practice');
    expect(section.responseText).not.toMatch(/Following the Triangle of Care, the key worker finds out/);
  });

  it('keeps changes someone else asked for out of a scenario answer as depth, unless it asks for examples', async () => {
    const story = 'Scenario: Sam is 19 and autistic. His parents want to attend every meeting and see all his records, and Sam finds it hard to speak when they are in the room.\n(a) How would you involve his parents in his support?\n(b) How would you make sure Sam leads his own planning?';
    const plain = await draftSection({ db, period: '2026-Q3', question: { text: story }, limit: { kind: 'words', value: 900 } });
    expect(plain.plan!.covered.map((entry) => entry.element)).not.toContain('learning-from-feedback');
    await expectClean(plain, 900);
    const asked = await draftSection({ db, period: '2026-Q3', question: { text: `${story}\nGive examples of what you have changed after listening to families.` }, limit: { kind: 'words', value: 900 } });
    expect(asked.plan!.covered.map((entry) => entry.element)).toContain('learning-from-feedback');
  });

  it('gives the practice library entry that names what the question names, rather than a stated way of working', async () => {
    const text = "Scenario: Sam is 30, lives in supported accommodation and is on a Community Treatment Order. He has stopped seeing his care coordinator and asked staff not to tell his father anything. Using this scenario, explain how your service would respond. Your answer should cover how you would respect Sam's wishes and right to confidentiality while managing risk; how you would use his crisis plan and any advance statement he has made; how you would make sure he can reach an Independent Mental Health Advocate; and how you would respond to his father.";
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 600 } });
    expect(section.responseText).toMatch(/reads through each person's advance statement and crisis plan/);
    expect(section.responseText).not.toMatch(/offers each person the chance to write an advance statement|writes their crisis and relapse plan/);
    expect(section.notes.join('\n')).not.toMatch(/what you do about (?:advance statements|crisis and relapse plans)/);
    await expectClean(section, 600);
  });

  it('says how a summary is put right and where a disagreement with the decision goes, where a question asks how the person can challenge or correct it', async () => {
    const text = 'How and when is a written summary of the review shared with the person, and how can the person challenge or correct it?';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 400 } });
    expect(section.plan!.covered.map((entry) => entry.element)).toContain('record-correction');
    expect(section.responseText).toMatch(/(?:puts it right|corrects)[^.]*summary|summary[^.]*(?:wrong|corrected)/);
    expect(section.responseText).toMatch(/disagreement route/);
    await expectClean(section, 400);
    // A summaries question that asks nothing about putting it right gets none of it.
    const plain = await draftSection({ db, period: '2026-Q3', question: { text: 'How quickly are review summaries sent out, and in what formats?' }, limit: { kind: 'words', value: 300 } });
    expect(plain.plan!.covered.map((entry) => entry.element)).not.toContain('record-correction');
  });

  it('says how people come to know how to complain and how a complaint is kept from affecting their support, where a question asks both', async () => {
    const text = 'How will you make sure that people using the service, and their families, know how to raise a concern or complaint, and feel safe to do so without fear of it affecting their care?';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 250 } });
    const covered = section.plan!.covered.map((entry) => entry.element);
    expect(covered).toEqual(expect.arrayContaining(['complaints-known', 'complaints-no-detriment']));
    expect(section.responseText).toMatch(/how to raise a concern/);
    expect(section.responseText).toMatch(/support will not change|will not change their support/);
    // The library's own complaints practice, with its count, still has room at 250 words.
    expect(section.responseText).toMatch(/11 of 12/);
    await expectClean(section, 250);
    // A complaints question asking neither gets neither.
    const plain = await draftSection({ db, period: '2026-Q3', question: { text: 'How quickly do you respond to complaints, and who investigates them?' }, limit: { kind: 'words', value: 250 } });
    expect(plain.plan!.covered.map((entry) => entry.element)).not.toEqual(expect.arrayContaining(['complaints-known']));
    expect(plain.plan!.covered.map((entry) => entry.element)).not.toContain('complaints-no-detriment');
  });

  it('takes the examples a question asks of its advocacy part from the referral log, not the disagreement log its complaints part names', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'Give two examples from the past year of when you involved an independent advocate and what difference it made. How can someone complain if they remain unhappy?' }, limit: { kind: 'words', value: 400 } });
    const covered = section.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`);
    expect(covered).toContain('advocacy/logged-examples');
    expect(covered).not.toContain('disagreements/logged-examples');
    expect(covered).toContain('complaints/escalation-route');
  });

  it('tells a settled disagreement from the log as the example asked for: what it was about, who settled it and in how many working days', async () => {
    const text = 'How do you handle disagreements about a person\'s support between the person, their family and staff? Give an example of a disagreement and how it was resolved.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text }, limit: { kind: 'words', value: 350 } });
    expect(section.responseText).toMatch(/For example, in July 2026 at Stonecross, a disagreement about what one person’s support plan should say was logged; it went to the Registered Manager, who settled it in 12 working days, within our standard for settling disagreements, and the plan was changed as asked\./);
    // "An example" is one.
    expect(section.responseText.match(/a disagreement about/g)).toHaveLength(1);
    expect(section.pack.figures.map((figure) => figure.id)).toContain('disagreement-example-d-011');
    const { claims } = validateClaims({ text: section.responseText, pack: section.pack });
    expect(claims.filter((claim) => claim.status === 'mismatch' || claim.status === 'unsupported').map((claim) => claim.text)).toEqual([]);
    expect(claims.find((claim) => claim.text === '12 working days')?.figureId).toBe('disagreement-example-d-011');
    expect(measureResponse(section.responseText)).toBeLessThanOrEqual(350);
  });

  it('counts the compliments a question asks for, beside the complaints', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'How many compliments and complaints did you receive in the last 12 months, and what did you learn from them?' }, limit: { kind: 'words', value: 300 } });
    expect(section.responseText).toMatch(/compliments about feeling included rose from 5 the year before to 21/);
    expect(section.validation.claims.filter((claim) => claim.status === 'mismatch' || claim.status === 'unsupported')).toEqual([]);
  });

  it('answers how people help recruit, induct and train staff from the interview panels, not from the training staff receive', async () => {
    const question = 'In no more than 150 words, describe how people who use your services and their families are involved in recruiting, inducting and training your staff. Give one example from a service you currently run.';
    const section = await draftSection({ db, period: '2026-Q3', question: { text: question }, limit: { kind: 'words', value: 150 } });
    expect(section.plan?.topics.map((topic) => topic.id)).toContain('recruitment');
    // What the question is about comes first, not how staff practice is checked.
    expect(section.responseText.split('\n\n')[0]).toMatch(/sits on every interview panel/);
    expect(section.responseText).not.toMatch(/Mental Capacity Act refresher|How staff involve people is read/);
  });

  it('says what happens to a best-interests decision a family disagrees with: looked at again, answered in writing, mediation, the Court of Protection', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'What do you do if a family disagrees with a best-interests decision?' }, limit: { kind: 'words', value: 300 } });
    const [first] = section.responseText.split('\n\n');
    expect(first).toMatch(/[Tt]he Registered Manager (?:hears|looks at|sits down|reopens)/);
    expect(first).toMatch(/less restrictive option/);
    expect(first).toMatch(/mediation/);
    expect(first).toMatch(/Court of Protection/);
    // The disagreement log and its figures still answer the rest.
    expect(section.responseText).toMatch(/2 disagreements logged/);
    expect(section.validation.claims.filter((claim) => !['supported', 'standard', 'practised', 'declared'].includes(claim.status))).toEqual([]);
    // With room for the fuller wording, how long it takes: the organisation's own standard for settling a disagreement.
    const fuller = await draftSection({ db, period: '2026-Q3', question: { text: 'What do you do if a family disagrees with a best-interests decision?' }, limit: { kind: 'words', value: 600 } });
    expect(fuller.responseText.split('\n\n')[0]).toMatch(/in writing within 20 working days \(our standard\)/);
    expect(fuller.validation.claims.find((claim) => claim.text === '20 working days')?.status).toBe('standard');
  });

  it('answers how involvement is kept within staff time from the rhythm, meeting lengths and routes it has, each standard stated as one', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you stop involving people, families and advocates from becoming staff-intensive?' }, limit: { kind: 'words', value: 250 } });
    expect(section.plan?.topics.map((topic) => topic.id)).toContain('workload');
    const [first] = section.responseText.split('\n\n');
    expect(first).toMatch(/staff-intensive|staff time/);
    expect(first).toMatch(/Our standard is a review with each person every month[^.]*; a mini-review is kept to 15–30 minutes and no planned meeting runs longer than 60 minutes\./);
    expect(section.responseText).toMatch(/57 had a supporter joining by video or phone/);
    expect(section.responseText).toMatch(/164 of 183 reviews/);
    const statuses = section.validation.claims.map((claim) => [claim.text, claim.status]);
    expect(statuses).toContainEqual(['15–30 minutes', 'standard']);
    expect(statuses).toContainEqual(['60 minutes', 'standard']);
    expect(section.validation.claims.filter((claim) => !['supported', 'standard', 'practised', 'declared'].includes(claim.status))).toEqual([]);
  });

  it('answers "without placing a burden on families" with how relatives choose the way and time they take part', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you involve family members in reviews without overburdening them?' }, limit: { kind: 'words', value: 300 } });
    expect(section.responseText).toMatch(/(?:wear relatives out|one more demand on relatives)/);
    expect(section.responseText).toMatch(/(?:at a time that fits around work and caring|at what time of day)/);
    expect(section.responseText).toMatch(/(?:whether taking part is manageable|whether the arrangement still works for them)/);
    const { messages } = await checkDraft({ text: section.responseText });
    expect(messages.filter((message) => message.category === 'vague').map((message) => message.message)).toEqual([]);
  });

  it('says what the Nominated Individual reads each sampled case for, in a governance answer', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'Describe your governance arrangements for checking that people and families are involved in reviews.' }, limit: { kind: 'words', value: 400 } });
    expect(section.responseText).toMatch(/(?:checks that the plan's goals are in the person's own words|reads each sampled case for goals the person set in their own words)/);
  });

  it('does not answer about carers when a question only lists them among the people to involve', async () => {
    const question = { text: 'How do you record decision-specific capacity assessments, and who do you involve in them (the person, family and friends, unpaid carers and attorneys)? How are staff trained in the Mental Capacity Act?' };
    const section = await draftSection({ db, period: '2026-Q3', question, limit: { kind: 'words', value: 400 } });
    expect(section.plan?.covered.map((entry) => entry.topic)).not.toContain('carers');
    expect(section.responseText).not.toMatch(/carer's assessment/);
  });

  it('answers how a person with no family or friends is represented: the advocate each decision calls for, a paid RPR, and the counts', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you make sure that people who have no family or friends to support them are represented in planning and reviews?' }, limit: { kind: 'words', value: 300 } });
    const [first] = section.responseText.split('\n\n');
    expect(first).toMatch(/Relevant Person's Representative/);
    expect(first).toMatch(/invited to every review/);
    expect(section.responseText).toMatch(/5 referrals for independent advocacy/);
    // Nobody is there to invite: how relatives take part is left out, and the writer told why.
    expect(section.responseText).not.toMatch(/who they would like there|Nobody has to be in the room/);
    expect(section.validation.claims.filter((claim) => !['supported', 'standard', 'practised', 'declared'].includes(claim.status))).toEqual([]);
    // In 150 words it still says who represents them, and tells the writer once why relatives are left out.
    const brief = await draftSection({ db, period: '2026-Q3', question: { text: 'How do you make sure people with no family or friends to speak up for them are represented in reviews and safeguarding?' }, limit: { kind: 'words', value: 150 } });
    expect(brief.responseText).toMatch(/Relevant Person's Representative/);
    expect(brief.notes.filter((note) => /family and friends taking part, counted/.test(note))).toHaveLength(1);
  });

  it('answers a timeliness question with the summaries figure', async () => {
    const section = await draftSection({ db, period: '2026-Q2', question: { text: 'How do you make sure meeting summaries and actions are followed up on time?' } });
    const topics = section.supporting.filter((line) => line.kind === 'topic');
    expect(topics[0]!.figureIds).toContain('summaries-on-time');
    expect(topics[0]!.text).toContain('162 of 189 reviews');
  });

  it('is deterministic and uses only consented examples and neutral change text', async () => {
    const [first, second] = [await draftSection({ db, period: '2026-Q1' }), await draftSection({ db, period: '2026-Q1' })];
    expect(first.responseText).toBe(second.responseText);
    expect(first.responseText).not.toMatch(/\b[A-Z]{1,2}-\d{3,5}\b/); // no person, review or change references
    // E-003 (college sessions) and E-009 (swimming) were not consented.
    expect(first.responseText).not.toMatch(/college|swimming/i);
  });

  it('rewrites each vague or tokenistic sentence of an existing draft from real figures', async () => {
    const text = 'We involve families in care planning.\n\nWe use advocates where appropriate.\n\nFamilies are kept informed.\n\nWe value feedback from relatives.\n';
    const rewrites = await rewriteDraft({ db, period: '2026-Q2', text });
    const section = await draftSection({ db, period: '2026-Q2', existingDraft: text });
    expect(rewrites.map((rewrite) => rewrite.line)).toEqual([1, 3, 5, 7]);
    for (const rewrite of rewrites) {
      const { messages } = await checkDraft({ text: rewrite.after });
      expect(messages.filter((message) => message.category === 'vague' || message.category === 'tokenism')).toEqual([]);
      const { claims } = validateClaims({ text: rewrite.after, pack: section.pack });
      expect(claims.every((claim) => claim.status === 'supported' || claim.status === 'standard')).toBe(true);
    }
    expect(rewrites.find((rewrite) => rewrite.line === 3)!.after).toContain('48 hours');
    expect(rewrites.find((rewrite) => rewrite.line === 5)!.figureIds).toContain('summaries-on-time');
    expect(section.rewrites).toEqual(rewrites);
  });
});
