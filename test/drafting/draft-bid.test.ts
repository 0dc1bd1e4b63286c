/**
 * A bid shares out its material: a case example goes to the later question it fits best (a
 * story about a risk the person chose goes to the question about risk), and the core lines are
 * worded differently across answers rather than pasted into each.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { draftBid } from '../../src/drafting/draft-bid.js';
import { draftSection } from '../../src/drafting/draft-section.js';
import { emptyBidMemory } from '../../src/drafting/plan/topic-blocks.js';
import { readFixtureFiles } from '../support/fixture-files.js';

interface BankQuestion {
  id: string;
  number: string;
  question: string;
  split: string;
  limit: { kind: 'words' | 'characters'; value: number };
}
const bank = (JSON.parse(readFileSync(path.resolve('fixtures/questions/bank.json'), 'utf8')) as BankQuestion[]).filter((entry) => entry.split === 'dev');

let db: Database;

/** A database in memory holding one fixture provider's records. */
async function openFixture(folder: string): Promise<Database> {
  const opened = await openDatabase({ dataDir: 'memory://' });
  const report = await importFiles({ db: opened, files: await readFixtureFiles(path.resolve(folder)), now: new Date('2026-11-01T00:00:00Z') });
  if (report.errorCount > 0) throw new Error(`${folder} did not import`);
  return opened;
}

beforeAll(async () => {
  db = await openFixture('fixtures/provider');
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe('draftBid', () => {
  it('keeps the case example that fits a later question for that question', async () => {
    const sections = await draftBid({
      db,
      period: '2026-Q3',
      organisation: 'harbour-care',
      questions: [
        { question: { text: 'Describe how the people you support lead their own person-centred planning.' }, limit: { kind: 'words', value: 400 } },
        { question: { text: 'Give an example of a person who took a positive risk to reach a goal that mattered to them.' }, limit: { kind: 'words', value: 400 } },
      ],
    });
    // Two of the fixture's quotable stories tell of a risk the person chose; the first answer's
    // own case (taken first in the bid) must leave the second answer one of them.
    expect(sections[1]!.responseText).toMatch(/a risk the person chose/);
    expect(sections[0]!.responseText).not.toMatch(/a risk the person chose/);
  }, 120_000);

  it('keeps what a topic needs for the later answer that is about it, when earlier answers only touch on it', async () => {
    const texts = [
      'How does your governance make sure people are protected from harm, and how do you report involvement figures to the Council?',
      'How is staff training planned and checked, including training on keeping people protected from harm?',
      'How do you make sure the person at the centre of a safeguarding concern is asked what they want to happen and has an advocate where they need one?',
    ];
    // Brackenmoor has two wordings of advocacy in safeguarding and little else on it: spent by the
    // first two answers, which only touch on it, the third, which is about it, would have nothing to say.
    const poor = await openFixture('fixtures/poor-provider');
    try {
      const sections = await draftBid({ db: poor, period: '2026-Q2', organisation: 'poor-test', questions: texts.map((text) => ({ question: { text }, limit: { kind: 'words', value: 300 } })) });
      const last = sections[2]!;
      expect(last.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`)).toContain('safeguarding/safeguarding-advocacy');
      expect(last.responseText).toMatch(/we refer for a Care Act advocate/);
      // The first answer to touch on it may use one wording; the next one to touch on it leaves the rest.
      const earlier = sections.slice(0, 2).filter((section) => section.plan!.covered.some((entry) => entry.element === 'safeguarding-advocacy'));
      expect(earlier.length).toBeLessThanOrEqual(1);
    } finally {
      await poor.close();
    }
  }, 120_000);

  it('quotes a library entry a later answer is about where this answer asks for it too (MCA training in a pass/fail capacity question)', async () => {
    const texts = [
      "Complaints and concerns.\n(a) Describe how people using the service, their families and representatives can raise a complaint or concern, including by means other than writing.\n(b) State your timescales for acknowledging, investigating and responding to complaints, and how the complainant is kept informed if these cannot be met.\n(c) Explain how you make people aware of the routes available beyond your organisation, including the Council's own complaints procedure and the Local Government and Social Care Ombudsman.\n(d) Describe how learning from complaints is shared with staff and reported to the Council.",
      "PASS/FAIL. Please confirm that your organisation has a written Mental Capacity Act 2005 policy, reviewed within the last two years, which covers the assessment of capacity, best interests decision-making, the least restrictive option and the recording of decisions, and that all staff delivering this service complete Mental Capacity Act training at induction with refresher training at least every three years. Briefly describe how decision-specific capacity assessments are recorded and who is responsible for best interests decisions about day-to-day care. Bidders unable to confirm all of the above will not be considered further.",
      "Describe the training and development programme for staff delivering this service, covering induction (including the Care Certificate), mandatory training, and specialist training for supporting people with learning disabilities, autistic people and people with mental health needs, including the Oliver McGowan Mandatory Training. Explain how you check that staff are competent in practice, not only that they have completed courses, and how training on communication, the Mental Capacity Act and safeguarding is kept up to date.",
    ];
    const sections = await draftBid({ db, period: '2026-Q3', organisation: 'harbour-care', questions: texts.map((text) => ({ question: { text }, limit: { kind: 'words', value: 500 } })) });
    expect(sections[1]!.responseText).toMatch(/Mental Capacity Act refresher/);
    expect(sections[1]!.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`)).toContain('training/declared-practices');
  }, 120_000);

  it('letters a scenario whose first part asks for immediate actions, opening it with the step the story calls for that day', async () => {
    const text =
      'Scenario: Mr Dylan Price is 41, has schizophrenia and is on a Community Treatment Order. His care coordinator is Ms Ruth Okoro and his responsible clinician is Dr Hamid Saleh. His mother, Mrs Carol Price, is his nearest relative. She phones to say that Dylan has missed his last depot injection, is not sleeping and has been shouting at neighbours. She asks your staff to "get him sectioned".\n\n(a) What immediate actions would you take and who would you contact?\n(b) How would you respond to Mrs Price?\n(c) How would you make sure Dylan can use his right to an Independent Mental Health Advocate?';
    const section = await draftSection({ db, period: '2026-Q3', organisation: 'harbour-care', question: { text }, limit: { kind: 'words', value: 600 } });
    expect(section.responseText).toMatch(/^\(a\) The same day the key worker tells Ms Okoro \(Dylan's care coordinator\) and Dr Saleh \(Dylan's responsible clinician\)/m);
    expect(section.responseText).toMatch(/^\(b\) /m);
    expect(section.responseText).toMatch(/^\(c\) /m);
    // Not the review actions figure: the part asks what would be done now.
    expect(section.responseText).not.toMatch(/review actions closed by their due date/);
  }, 60_000);

  it('keeps the letters of a six-part scenario where one part is answered thinly', async () => {
    const text =
      "Scenario: Mrs Bola Ade is 81, lives alone and has heart failure. Her first language is Yoruba, though she speaks some English. She came home from hospital a week ago with four calls a day from your home care service. Since then she has refused the evening call three times and has declined personal care from male care workers. Her daughter, who lives some way off, phones to insist that every call goes ahead. The district nurse has concerns about the condition of Mrs Ade's skin.\n(1) What would you do in response to the refused calls, and how quickly?\n(2) How would you find out what lies behind her refusals, and what could you change?\n(3) If her capacity to decide about her care were in doubt, how would it be assessed and by whom?\n(4) How would you involve her daughter while respecting Mrs Ade's own wishes?\n(5) How would you help her to say and record her wishes about future care, including at the end of her life?\n(6) What would you report to the Council, and when?";
    const section = await draftSection({ db, period: '2026-Q3', organisation: 'harbour-care', question: { text }, limit: { kind: 'words', value: 600 } });
    for (const label of ['(1)', '(2)', '(3)', '(5)']) expect(section.responseText).toContain(`\n${label} `);
    expect(section.responseText).toContain('interpreter in Yoruba');
  }, 60_000);

  it('says a named way of working as the standard worked to where the answer also commits to start recording it', async () => {
    // A blind round's scenario (r41): the poor provider records nothing on carers beyond a first
    // visit at its home care service, so the answer commits to start, without saying the records
    // are silent (another answer may quote that first visit); the carer's assessment beside it is the standard.
    // The mother's messages asking for updates are answered for her: only what Amira agrees to is shared.
    const text = "Scenario: Amira is 29 and has recently moved into one of the supported accommodation schemes covered by this contract after a long admission to an acute mental health ward. She is subject to a Community Treatment Order under the Mental Health Act 1983 and is entitled to section 117 aftercare. Amira has told staff she wants to stop taking her medication, that she does not want her mother to be told anything about her care, and that she 'doesn't trust' her community mental health team. Her mother has left messages at the scheme asking for updates and is worried Amira will relapse.\n\nPlease describe:\n\na) how you would make sure Amira understands her rights, including her right to an Independent Mental Health Advocate (IMHA), and how you would support her to use one;\nb) how you would work with Amira, her care coordinator and the wider team on her care and support plan and any crisis or relapse prevention plan, keeping her in control as far as possible;\nc) how you would respond to her mother, balancing Amira's confidentiality with the needs of her mother as a carer, including signposting to a carer's assessment;\nd) how you would handle Amira's wish to stop her medication and her distrust of the team, including how you would raise and record concerns;\ne) how you would measure whether Amira's recovery goals are being met.";
    const poor = await openFixture('fixtures/poor-provider');
    try {
      // 800 words: at 700 the situations the scenario sets, said in full, leave no room for the commitment.
      const section = await draftSection({ db: poor, period: '2026-Q2', organisation: 'poor-test', question: { text }, limit: { kind: 'words', value: 800 } });
      expect(section.responseText).toMatch(/Information about Amira goes to her mother only with Amira's agreement/);
      expect(section.responseText).not.toMatch(/do not yet show[^.]*unpaid care/);
      expect(section.responseText).toMatch(/Our standard is that the key worker tells family carers they can have a carer's assessment/);
      expect(section.responseText).not.toMatch(/The key worker tells each family carer/);
    } finally {
      await poor.close();
    }
  }, 120_000);

  it('says a named way of working as the standard worked to where the practice library holds nothing on its topic', async () => {
    // A blind round's bid (r54): the poor provider's safeguarding answer said as fact that the
    // person's wishes are recorded in their own words, and its complaints answer that recording
    // them starts next quarter. The library holds nothing on safeguarding.
    const poor = await openFixture('fixtures/poor-provider');
    try {
      const text = 'How do you make sure a person at the centre of a safeguarding concern is asked what they want to happen, in line with Making Safeguarding Personal?';
      const section = await draftSection({ db: poor, period: '2026-Q2', organisation: 'poor-test', question: { text }, limit: { kind: 'words', value: 400 } });
      expect(section.responseText).toMatch(/Our standard is that, following Making Safeguarding Personal, /);
      expect(section.responseText).not.toMatch(/(?:^|\. )Following Making Safeguarding Personal/);
      // With library entries on the topic, a way of working is said as what is done.
      const rich = await draftSection({ db, period: '2026-Q3', organisation: 'harbour-care', question: { text: 'How do you use Talking Mats with people who find speech hard?' }, limit: { kind: 'words', value: 400 } });
      expect(rich.responseText).toMatch(/(?:^|\s)(?:Where talking is hard for a person, the key worker uses Talking Mats|The key worker uses Talking Mats)/);
      expect(rich.responseText).not.toMatch(/Our standard is that[^.]*Talking Mats/);
    } finally {
      await poor.close();
    }
  }, 120_000);

  it('says what is done about a term two questions name in other words the second time', async () => {
    const texts = [
      'How do you involve people who do not use speech in reviewing their support plan? Include any tools you use, such as Talking Mats.',
      'Describe how you find out what people think of the service when they communicate without words, for example using Talking Mats or observation.',
    ];
    const sections = await draftBid({ db, period: '2026-Q3', organisation: 'harbour-care', questions: texts.map((text) => ({ question: { text }, limit: { kind: 'words', value: 400 } })) });
    const said = sections.map((section) => section.responseText.split(/(?<=\.)\s+/).filter((sentence) => /Talking Mats/.test(sentence)));
    expect(said[0]!.length).toBeGreaterThan(0);
    expect(said[1]!.length).toBeGreaterThan(0);
    expect(said[1]!.filter((sentence) => said[0]!.includes(sentence))).toEqual([]);
  }, 120_000);

  it('gives a later answer its logged disagreements as examples after an earlier answer told logged advocate referrals', async () => {
    const advocacy = "The Council expects providers to recognise when a person needs independent advocacy and to act on it without delay. Please explain:\n(a) how your staff identify when a person may have substantial difficulty being involved in their care and support planning or review and has no appropriate individual to support them, and how you alert the Council so that a Care Act advocate can be arranged;\n(b) the circumstances in which you would expect an Independent Mental Capacity Advocate (IMCA) to be instructed, and how you make sure this happens in time to influence the decision;\n(c) how you work with advocates once they are involved, including giving them access to the person and to relevant records, and recording how their views were taken into account;\n(d) give one example from your records of an advocate's involvement.";
    const transition = "Young people with learning disabilities and/or autism moving from children's services to adult services often tell us that the transition is confusing and that they lose relationships and support that worked for them. The Council expects providers to work within a Preparing for Adulthood approach and to start planning well before the young person's eighteenth birthday where possible.\n\nDescribe how you will support young people aged 16 to 25 and their families through the move into your service. Include how you will work with the young person's Education, Health and Care Plan and the people who already know them, how you will respect the young person's growing right to make their own decisions while keeping parents appropriately involved, and how you will approach disagreements between a young person and their family.";
    const sections = await draftBid({
      db,
      period: '2026-Q3',
      organisation: 'harbour-care',
      questions: [
        { question: { text: advocacy }, limit: { kind: 'characters', value: 3000 } },
        // Room for the example beside the fuller blocks: what is tested is that memory does not hold it back.
        { question: { text: transition }, limit: { kind: 'words', value: 650 } },
      ],
    });
    expect(sections[0]!.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`)).toContain('advocacy/logged-examples');
    // Records are never told twice, so the element having been used does not leave the disagreements untold.
    expect(sections[1]!.plan!.covered.map((entry) => `${entry.topic}/${entry.element}`)).toContain('disagreements/logged-examples');
    expect(sections[1]!.responseText).toMatch(/settled a disagreement|a disagreement[^.]*was logged/);
  }, 120_000);

  it('answers a relative wanting something different from the person in a later answer that asks it, in other words than the scenario before it', async () => {
    const texts = [
      "Scenario. Doreen is 82 and has just come home from hospital. Her son disagrees with her wish to stay at home and wants her to move into a care home. Describe how you would respond, and how you would keep Doreen's wishes at the centre.",
      'Describe how you work with family carers in home care, and how you respond when what the carer wants differs from what the person wants.',
    ];
    const sections = await draftBid({ db, period: '2026-Q3', organisation: 'harbour-care', questions: texts.map((text) => ({ question: { text }, limit: { kind: 'words', value: 250 } })) });
    const differing = /(?:see|sees) things differently|wants something different from the person|view differs from the person's/;
    // The scenario answers it of Doreen and her son, as a step of its plan for her.
    expect(sections[0]!.responseText).toMatch(new RegExp(`${differing.source}|hears her son's worries and explains that the plan follows what Doreen wants`));
    expect(sections[1]!.responseText).toMatch(differing);
    expect(sections[1]!.plan!.covered.map((entry) => entry.element)).toContain('differing-views');
  }, 120_000);

  it('words the core lines differently across the answers of a bid', async () => {
    // Development questions of the bank whose answers need core lines the topic paragraphs do not carry.
    const ids = ['q-006', 'q-009', 'q-013', 'q-015', 'q-017', 'q-018', 'q-019', 'q-021', 'q-032', 'q-033', 'q-035', 'q-046'];
    const questions = bank
      .filter((entry) => ids.includes(entry.id))
      .map((entry) => ({ question: { text: entry.question, number: entry.number }, limit: entry.limit }));
    expect(questions).toHaveLength(ids.length);
    const sections = await draftBid({ db, period: '2026-Q3', organisation: 'harbour-care', questions });
    const lines = ['behaviour', 'ownersCadence', 'assurance'] as const;
    const writtenOf = (line: (typeof lines)[number]) => sections.map((section) => section.paragraph[line].text.trim()).filter((text) => text.length > 0);
    // Enough core lines for rotation to show (the topic paragraphs carry the rest).
    expect(lines.map((line) => writtenOf(line).length).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(9);
    for (const line of lines) {
      const written = writtenOf(line);
      if (written.length < 2) continue;
      const counts = new Map<string, number>();
      for (const text of written) counts.set(text, (counts.get(text) ?? 0) + 1);
      // Every wording is used once before any is used again.
      expect(Math.max(0, ...counts.values()), `${line}: ${JSON.stringify([...counts])}`).toBeLessThanOrEqual(Math.ceil(written.length / Math.min(written.length, 3)));
    }
  }, 120_000);

  it('tells each logged referral once in a bid: a second question asking for advocacy examples gets other referrals', async () => {
    const question = (number: string, text: string) => ({ question: { text, number }, limit: { kind: 'words' as const, value: 400 } });
    const sections = await draftBid({
      db,
      period: '2026-Q3',
      organisation: 'harbour-care',
      questions: [
        question('1', 'How do you decide when a person needs an independent advocate? Give two examples of referrals you made and how quickly the advocate became involved.'),
        question('2', 'Describe how advocates take part in reviews and decisions. Give two examples from your records.'),
      ],
    });
    const told = sections.map((section) => section.pack.figures.map((figure) => figure.id).filter((id) => id.startsWith('referral-example-')));
    expect(told[0]).toHaveLength(2);
    expect(told[1]!.length).toBeGreaterThan(0);
    expect(told[1]!.filter((id) => told[0]!.includes(id))).toEqual([]);
  }, 120_000);

  it('states the sampling standard and how far it was met in full in two answers, then says in brief that it checks the rest', async () => {
    const ask = (text: string) => ({ question: { text }, limit: { kind: 'words' as const, value: 200 } });
    const sections = await draftBid({
      db,
      period: '2026-Q3',
      organisation: 'harbour-care',
      questions: [
        ask('How do you make sure review agendas reach people in time and in a format they can use?'),
        ask('How do relatives who cannot come in person take part in reviews?'),
        ask('How do you keep meetings short enough for the person, and who attends them?'),
        ask('How do you make sure the summary of each review reaches everyone on time?'),
      ],
    });
    const assurance = sections.map((section) => section.paragraph.assurance.text);
    const full = assurance.filter((text) => /2 cases per service/.test(text));
    expect(full.length).toBeLessThanOrEqual(2);
    const brief = assurance.filter((text) => text.length > 0 && !/2 cases per service/.test(text));
    expect(brief.length).toBeGreaterThan(0);
    for (const text of brief) expect(text).toMatch(/Nominated Individual/);
    // Only 1 of 4 services kept to it in every quarter of the year: in brief it is the standard, not what happens each quarter.
    for (const text of brief) expect(text).toMatch(/^(?:Our standard is that|From )/);
  }, 120_000);

  it('leaves the practice library entries on a topic to the later question that asks about it outright', async () => {
    const sections = await draftBid({
      db,
      period: '2026-Q3',
      organisation: 'harbour-care',
      questions: [
        {
          question: {
            text: "Describe how each person's support plan is led by them from the first meeting onwards. Your answer should cover:\n- how you learn what matters to the person, including people with limited capacity\n- how the person chooses who else takes part\n- how the plan is written and checked with the person\n- how you make sure staff follow the plan day to day",
          },
          limit: { kind: 'words', value: 750 },
        },
        { question: { text: 'What training do your staff receive on involving people and on the Mental Capacity Act, and how do you check it is put into practice?' }, limit: { kind: 'words', value: 400 } },
      ],
    });
    expect(sections[0]!.responseText).not.toMatch(/Mental Capacity Act refresher/);
    expect(sections[1]!.responseText).toMatch(/Mental Capacity Act refresher/);
  }, 120_000);

  it('does not state a figure a third time in an answer that is not about it, even one with room to fill', async () => {
    const sections = await draftBid({
      db,
      period: '2026-Q3',
      organisation: 'harbour-care',
      questions: [
        { question: { text: 'Explain how each person you support leads their own plan and reviews, and how you check that the plan reflects what matters to them.' }, limit: { kind: 'words', value: 500 } },
        { question: { text: 'Set out how you involve relatives, friends and others who matter to each person in planning and reviewing their support, and how often they are invited.' }, limit: { kind: 'words', value: 750 } },
        { question: { text: 'Describe the quality assurance that will show the Council that people, their families and advocates are genuinely involved in person-centred planning in every service.' }, limit: { kind: 'words', value: 1000 } },
        { question: { text: 'Show how people with lived experience and their carers shape individual planning and the design and evaluation of the service, and how you tell meaningful involvement from tokenism.' }, limit: { kind: 'words', value: 600 } },
      ],
    });
    const statedIn = (id: string) => sections.flatMap((section, index) => (section.supporting.some((line) => line.figureIds.includes(id)) || section.paragraph.evidence.figureIds.includes(id) ? [index] : []));
    // The fixture's review-input figure answers the first two questions, whose subject it is; the
    // governance and co-production answers fill their room with something else.
    expect(statedIn('participation')).toEqual([0, 1]);
  }, 120_000);
  it('states family input in at most two answers of a bid that names families in every question about something else', async () => {
    const about = [
      'a young person moves from children\'s services to adult support',
      'a person plans for the end of their life',
      'a person starts using video calls to stay in touch',
      'a person chooses who delivers their support and when',
      'a person settles into a new home',
      'a person returns home from hospital',
    ];
    const sections = await draftBid({
      db,
      period: '2026-Q3',
      organisation: 'harbour-care',
      questions: about.map((subject) => ({ question: { text: `Describe how families and advocates take part when ${subject}, and what happens if the family disagrees.` }, limit: { kind: 'words', value: 300 } })),
    });
    const family = ['participation', 'participation-family'];
    const statedIn = sections.filter((section) => section.validation.claims.some((claim) => family.includes(claim.figureId ?? '')));
    expect(statedIn.length).toBeGreaterThan(0);
    expect(statedIn.length).toBeLessThanOrEqual(2);
  }, 180_000);

  it('never points the reader of one answer to another answer of the bid, even where those answers gave the figures', async () => {
    const memory = emptyBidMemory();
    for (const id of ['participation', 'participation-family', 'summaries-on-time']) memory.figures.set(id, 3);
    const question = { text: 'What will you report to the Council each quarter to show that people and families are involved, and how will the Council know the figures are accurate?' };
    const section = await draftSection({ db, period: '2026-Q3', organisation: 'harbour-care', question, limit: { kind: 'words', value: 600 }, memory });
    expect(section.responseText).toMatch(/it would read:/);
    expect(section.responseText).not.toMatch(/earlier answers?|other answers?|see (?:our )?answer/i);
  }, 120_000);

  it('tells the writer that room was left because earlier answers gave the rest, not that the records hold nothing more', async () => {
    const memory = emptyBidMemory();
    for (const id of ['participation', 'participation-family', 'participation-advocate', 'agenda-notice', 'accessible-formats', 'feel-involved', 'summaries-on-time', 'actions-on-time']) memory.figures.set(id, 3);
    const question = { text: 'Describe how you involve families in reviews, how you let them know in time and in a format they can use, and how you check they felt involved.' };
    const section = await draftSection({ db, period: '2026-Q3', organisation: 'harbour-care', question, limit: { kind: 'words', value: 1000 }, memory });
    const budget = section.notes.find((note) => /^The answer uses \d+ of 1000 words/.test(note));
    expect(budget).toMatch(/given in earlier answers of this bid and is not repeated/);
    expect(budget).not.toMatch(/hold nothing more/);
  }, 120_000);

  it('states a figure again for an answer about one group of people, where it is that service\'s own', async () => {
    // Two earlier answers of the bid stated the organisation's review-input figures.
    const memory = emptyBidMemory();
    for (const id of ['participation', 'participation-family']) memory.figures.set(id, 2);
    const question = { text: 'For people with mental health needs, how do you make sure the support plan reflects what matters to the person, and how do you know?' };
    const section = await draftSection({ db, period: '2026-Q3', organisation: 'harbour-care', question, limit: { kind: 'words', value: 500 }, memory });
    expect(section.services).toEqual(['Stonecross mental health support']);
    // Stonecross's own figure (17 of 41) is not a repeat of the organisation's 133 of 183.
    expect((section.plan?.covered ?? []).flatMap((entry) => entry.figureIds)).toContain('participation');
    expect(section.responseText).toContain('(17 of 41 reviews)');
    // What the answer stated is remembered for Stonecross, not for the whole organisation.
    expect(memory.figures.get('participation')).toBe(2);
    expect(memory.figuresAt.get('S-SX')?.get('participation')).toBe(1);
  }, 120_000);

  it('does not give again as depth a figure an earlier answer gave: the later answer fills its room with what it was asked', async () => {
    const ask = (text: string, value: number) => ({ question: { text }, limit: { kind: 'words' as const, value } });
    const sections = await draftBid({
      db,
      period: '2026-Q3',
      organisation: 'harbour-care',
      questions: [
        ask('How do you know that people feel involved in their reviews, and what have you changed because of what they told you?', 400),
        ask('Disagreements can arise between the person, their relatives and the provider. Set out the steps you follow to resolve them, who deals with each step and how long each should take. How many did you log over the last year, and what have you learned from them?', 500),
      ],
    });
    const stated = (index: number) => (sections[index]!.plan?.covered ?? []).flatMap((entry) => entry.figureIds);
    expect(stated(0)).toContain('feel-involved-agree');
    expect(stated(1)).not.toContain('feel-involved-agree');
    expect(sections[1]!.responseText).not.toMatch(/"I feel involved"/);
  }, 120_000);
});
