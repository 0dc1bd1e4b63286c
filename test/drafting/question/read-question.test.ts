/**
 * Reading a tender question: which involvement topics it asks about (strong or weak), what it
 * asks for, the 12-month window it means, and the line the writer sees. The table holds
 * questions written for this test, single- and multi-topic, and questions outside involvement.
 */
import { describe, expect, it } from 'vitest';
import { ASKED_TOPIC_IDS, askedTopicCues, questionAskCues } from '../../../src/drafting/data/question-cues.js';
import { ZQuestionAnalysisSchema, leadTopic, readQuestion } from '../../../src/drafting/question/read-question.js';
import { FIGURE_CATALOGUE } from '../../../src/evidence/data/figure-catalogue.js';

type Weight = 'strong' | 'weak';
interface Case {
  question: string;
  topics: Partial<Record<(typeof ASKED_TOPIC_IDS)[number], Weight>>;
  asks: string[];
}

// prettier-ignore
const CASES: Case[] = [
  { question: "How do you make sure an independent advocate is involved quickly when someone has no one else to support them, and what triggers a referral?", topics: { 'advocacy': 'strong' }, asks: ['approach'] },
  { question: "When a person lacks capacity for a decision, how do you reach a best interests decision and who takes part?", topics: { 'consent-capacity': 'strong' }, asks: [] },
  { question: "How do you make sure the relevant person's representative is heard when a deprivation of liberty authorisation is in place?", topics: { 'advocacy': 'strong', 'feedback': 'weak', 'consent-capacity': 'strong' }, asks: ['approach'] },
  { question: "Describe how you involve relatives and friends in support planning, including those who cannot attend in person.", topics: { 'family-friends': 'strong', 'person-led-planning': 'weak' }, asks: ['approach'] },
  { question: "What do you do when a family member disagrees with the support plan? Set out your escalation route and how long it takes to resolve.", topics: { 'family-friends': 'strong', 'disagreements': 'strong', 'person-led-planning': 'strong' }, asks: ['approach'] },
  { question: "How do you make review meetings accessible to people who use BSL, easy read or need an interpreter?", topics: { 'meetings': 'strong', 'accessibility': 'strong' }, asks: [] },
  { question: "How often do review meetings take place, and how much notice do people get of the agenda?", topics: { 'meetings': 'strong' }, asks: [] },
  { question: "How quickly are meeting summaries and agreed actions shared after a review, and how do you know this happens?", topics: { 'summaries': 'strong', 'meetings': 'weak' }, asks: ['how-do-you-know'] },
  { question: "Give examples of changes you have made in response to feedback from the people you support over the last 12 months.", topics: { 'feedback': 'strong' }, asks: ['examples', 'what-changed', 'last-12-months'] },
  { question: "What has changed as a result of \"you said, we did\" in the past year?", topics: { 'feedback': 'strong' }, asks: ['what-changed', 'last-12-months'] },
  { question: "How do you support positive risk-taking while helping people build independence? Please give examples with measurable outcomes.", topics: { 'outcomes': 'strong' }, asks: ['approach', 'examples'] },
  { question: "Describe your approach to enablement and how you track progress towards people's goals.", topics: { 'outcomes': 'strong' }, asks: ['approach'] },
  // The staff named as who is chosen are not a hint of their training.
  { question: 'Tell us how the people you support take part in choosing and appraising the staff who work with them.', topics: { recruitment: 'strong' }, asks: ['approach'] },
  { question: 'Explain what triggers an unscheduled review of a person\'s plan.', topics: { 'review-triggers': 'strong', advocacy: 'weak', meetings: 'weak', 'person-led-planning': 'weak' }, asks: [] },
  // How one disagreement ended is not the person's outcomes.
  { question: 'Tell us about a disagreement over a care plan that you settled, what you did and what the outcome was for the person.', topics: { 'disagreements': 'strong', 'person-led-planning': 'strong', 'outcomes': 'weak' }, asks: ['examples'] },
  { question: "How does your governance give the board assurance that involvement standards are met, including audits and sampling by the Nominated Individual?", topics: { 'governance': 'strong' }, asks: [] },
  { question: "How do you keep involvement records confidential and share information lawfully, and how do you respond to safeguarding concerns raised in reviews?", topics: { 'information-sharing': 'strong', 'safeguarding': 'strong', 'disagreements': 'weak', 'meetings': 'weak' }, asks: [] },
  { question: "How do people who use the service take part in interviewing and choosing new staff?", topics: { 'recruitment': 'strong' }, asks: [] },
  { question: "How do you look after the wellbeing of unpaid carers and help them get a carer's assessment?", topics: { 'carers': 'strong', 'family-friends': 'weak' }, asks: [] },
  { question: "Explain how you seek consent before sharing a person's information with family members or advocates.", topics: { 'information-sharing': 'strong', 'consent-capacity': 'weak', 'family-friends': 'strong', 'advocacy': 'strong' }, asks: ['approach'] },
  { question: "How do you keep personal data secure and make sure information is shared only with consent?", topics: { 'information-sharing': 'strong', 'consent-capacity': 'weak' }, asks: [] },
  { question: "How are experts by experience involved in shaping and evaluating the service, so that co-production is not tokenistic?", topics: { 'co-production': 'strong', 'feedback': 'weak', 'person-led-planning': 'strong' }, asks: [] },
  { question: "What prompts an early review when someone's mental health deteriorates, and how is their crisis plan kept up to date?", topics: { 'review-triggers': 'strong', 'meetings': 'weak', 'person-led-planning': 'weak' }, asks: [] },
  { question: "How do you make sure involving families and advocates does not add to the workload of your key workers?", topics: { 'family-friends': 'strong', 'advocacy': 'strong', 'workload': 'strong' }, asks: ['approach'] },
  { question: "Explain how you keep person-centred reviews proportionate and efficient for staff.", topics: { 'person-led-planning': 'strong', 'meetings': 'weak', 'workload': 'strong' }, asks: ['approach'] },
  { question: "What training do staff receive on person-centred planning and the Mental Capacity Act?", topics: { 'training': 'strong', 'person-led-planning': 'strong', 'consent-capacity': 'strong' }, asks: [] },
  { question: "How do you co-produce care and support plans with the people you support?", topics: { 'person-led-planning': 'strong' }, asks: [] },
  { question: "Explain how people can contribute to their review remotely or in writing if they cannot attend.", topics: { 'meetings': 'weak', 'accessibility': 'strong' }, asks: ['approach'] },
  { question: "How do you know that people feel listened to, and what evidence do you have?", topics: { 'feedback': 'strong' }, asks: ['how-do-you-know'] },
  { question: "Describe your approach to involving advocates and families when there is a disagreement about a best interests decision.", topics: { 'advocacy': 'strong', 'family-friends': 'strong', 'disagreements': 'strong', 'consent-capacity': 'strong' }, asks: ['approach'] },
  { question: "Tell us how you handle complaints from relatives and what you have learned from them.", topics: { 'complaints': 'strong', 'family-friends': 'strong', 'feedback': 'weak' }, asks: ['approach'] },
  // A complaints procedure is its own subject; a disagreement about a plan is another.
  { question: "How can someone make a complaint, how quickly do you reply, and where can they go if they are not satisfied?", topics: { 'complaints': 'strong' }, asks: [] },
  { question: "What happens when a relative is still dissatisfied after your final response? Name the ombudsman they can go to.", topics: { 'family-friends': 'strong', 'complaints': 'strong' }, asks: [] },
  // The Deprivation of Liberty Safeguards and Liberty Protection Safeguards are capacity law, not safeguarding.
  { question: "Explain when you would ask for a relevant person's representative under the Deprivation of Liberty Safeguards.", topics: { 'advocacy': 'strong', 'consent-capacity': 'strong' }, asks: [] },
  { question: "How will the Liberty Protection Safeguards change the way you involve families?", topics: { 'consent-capacity': 'strong', 'family-friends': 'strong' }, asks: [] },
  // Who is supported ("a learning disability") and what is drawn from complaints ("learning from") are not staff training.
  { question: "How do you support people with a learning disability to take part in their reviews?", topics: { 'meetings': 'weak' }, asks: ['approach'] },
  { question: "Describe how learning from complaints is shared with staff.", topics: { 'feedback': 'weak', 'complaints': 'strong' }, asks: ['approach'] },
  // "Raises a concern" and the "concern" inside it are one hint, not two.
  { question: "How can people raise concerns about their support?", topics: { 'complaints': 'weak', 'disagreements': 'weak' }, asks: [] },
  // How often the information is looked at is not how often people have reviews.
  { question: 'The information you collect about involvement, and how often it is reviewed.', topics: {}, asks: [] },
  { question: "How will you monitor the quality of involvement and report it to commissioners each quarter?", topics: { 'governance': 'strong' }, asks: ['how-do-you-know'] },
  { question: "Please describe your organisation's approach to fleet vehicle maintenance.", topics: {  }, asks: ['approach'] },
  { question: "What is your policy on environmental sustainability and reducing carbon emissions?", topics: {  }, asks: [] },
  { question: "How many years has your organisation been trading?", topics: {  }, asks: [] },
  { question: "Describe how you recruit and induct new support workers, and how supervision supports their competence.", topics: { 'training': 'strong' }, asks: ['approach'] },
  { question: "How do you involve people in planning and reviewing their support?", topics: { 'person-led-planning': 'strong', 'meetings': 'weak' }, asks: ['approach'] },
  { question: "Over the past twelve months, what difference has involvement made to people's outcomes? Provide a case study.", topics: { 'outcomes': 'strong' }, asks: ['last-12-months', 'what-changed', 'examples'] },
  { question: "How do you make sure people can take part in meetings at a time that suits them, with translation where needed?", topics: { 'meetings': 'weak', 'accessibility': 'strong' }, asks: ['approach'] },
  { question: "How do you use care act advocates and IMCAs, and how quickly are they involved after referral?", topics: { 'advocacy': 'strong' }, asks: [] },
  { question: "How do you adapt communication (for example, large print or audio) for people with sensory needs?", topics: { 'accessibility': 'strong' }, asks: [] },
  { question: "Explain how the relevant person’s representative takes part in reviews.", topics: { 'advocacy': 'strong', 'meetings': 'weak' }, asks: ['approach'] },
  // People checking the quality of their service is co-production, however it is worded.
  { question: "How do the people you support take part in checking the quality of the service they receive?", topics: { 'co-production': 'strong', 'governance': 'weak' }, asks: [] },
  // "How often this happens" asks for evidence of the thing just named, not how often meetings are held.
  { question: "Describe how friends who live far away can still take part in reviews, with evidence of how often this happens.", topics: { 'family-friends': 'strong', 'meetings': 'weak' }, asks: ['approach', 'how-do-you-know'] },
  // The buyer's marking note asks nothing about quality; "your plans and timescales" are the provider's, not a person's plan.
  { question: "How are people who use the service involved in recruiting their support workers? Where this is not yet in place at every service, give your plans and timescales. (This question carries 5% of the quality weighting.)", topics: { 'recruitment': 'strong' }, asks: ['roll-out'] },
  { question: "Describe how unpaid carers are offered a carer's assessment. This question is worth 10 marks. Maximum 300 words.", topics: { 'carers': 'strong', 'family-friends': 'weak' }, asks: ['approach'] },
  { question: "How do you help people write their own support plans, and what are your plans for rolling this out to day services?", topics: { 'person-led-planning': 'strong' }, asks: ['roll-out'] },
];

describe('readQuestion', () => {
  it.each(CASES)('$question', ({ question, topics, asks }) => {
    const analysis = ZQuestionAnalysisSchema.parse(readQuestion(question));
    expect(Object.fromEntries(analysis.topics.map((topic) => [topic.id, topic.weight]))).toEqual(topics);
    expect(analysis.asks.map((ask) => ask.id)).toEqual(asks);
  });

  it('covers every topic and every ask in the table, and some questions outside involvement', () => {
    const seenTopics = new Set(CASES.flatMap((entry) => Object.keys(entry.topics)));
    for (const id of ASKED_TOPIC_IDS) expect(seenTopics, id).toContain(id);
    const seenAsks = new Set(CASES.flatMap((entry) => entry.asks));
    for (const ask of questionAskCues) expect(seenAsks, ask.id).toContain(ask.id);
    expect(CASES.filter((entry) => Object.keys(entry.topics).length === 0).length).toBeGreaterThanOrEqual(3);
    expect(CASES.filter((entry) => Object.keys(entry.topics).length >= 2).length).toBeGreaterThanOrEqual(8);
  });

  it('reads co-producing the service itself as co-production of the service, not as person-led planning', () => {
    const analysis = readQuestion('Beyond individual support planning, how will you co-produce the service with the people who use it and their carers, at organisational level?');
    expect(leadTopic(analysis.topics).id).toBe('co-production');
    // Co-producing a person's own plan is still person-led planning.
    expect(leadTopic(readQuestion('How do you co-produce each support plan with the person?').topics).id).toBe('person-led-planning');
    // Co-producing the development of the service, and the buyer's co-production and partnership boards, are the service's too.
    expect(leadTopic(readQuestion('Describe how you would co-produce the development and ongoing improvement of this service with people who use it.').topics).id).toBe('co-production');
    expect(leadTopic(readQuestion("How would you work with the Council's existing co-production and partnership boards?").topics).id).toBe('co-production');
  });

  it('reads a commitment to co-production as the service\'s co-production, and a summary statement as no meeting summary', () => {
    const statement = readQuestion("Summary statement. Set out your organisation's commitment to co-production with people who draw on care and support, and one measurable commitment for the first year.");
    expect(leadTopic(statement.topics).id).toBe('co-production');
    expect(statement.topics.map((topic) => topic.id)).not.toContain('summaries');
    // An approach to co-production in planning is still about plans; minutes and summaries of reviews still about summaries.
    expect(leadTopic(readQuestion('Describe your approach to co-production in planning and reviews.').topics).id).toBe('person-led-planning');
    expect(readQuestion('How quickly is the summary of each review sent out?').topics.map((topic) => topic.id)).toContain('summaries');
  });

  it('reads relatives named by who they are (parents, a spouse, a brother) as family', () => {
    for (const question of ['His parents object to the move. How would you respond?', 'How do you involve a spouse or adult son who provides care?', 'Her brother wants to attend every review; what do you do?']) {
      expect(readQuestion(question).topics.map((topic) => topic.id), question).toContain('family-friends');
    }
    // A parent company is not a relative.
    expect(readQuestion('Describe how your parent company oversees quality.').topics.map((topic) => topic.id)).not.toContain('family-friends');
  });

  it('reads involving a person in deciding about their own life as person-led planning, and their views being understood as communication', () => {
    const strong = (question: string) => readQuestion(question).topics.filter((topic) => topic.weight === 'strong').map((topic) => topic.id);
    expect(strong('How would you involve Joe in deciding what happens next?')).toContain('person-led-planning');
    expect(strong('How do you include people in decisions about their own support?')).toContain('person-led-planning');
    // Decisions about something other than their own life (a safeguarding concern, the service) are not their plan.
    expect(strong('How do you involve people in decisions about safeguarding concerns that affect them?')).not.toContain('person-led-planning');
    expect(strong('How do you involve people in decisions about the service?')).not.toContain('person-led-planning');
    expect(strong("How would you make sure Joe's views are understood and recorded?")).toContain('accessibility');
  });

  it('reads finding out what matters to a person as person-led planning, not as record keeping', () => {
    const topics = readQuestion('How would your care workers find out and record what matters to Doreen?').topics;
    expect(topics.find((topic) => topic.id === 'person-led-planning')?.weight).toBe('strong');
  });

  it('reads what the provider would report to the council, and how its figures are checked, as governance', () => {
    for (const question of [
      'What will you report to the Council each quarter about involvement?',
      'How will those figures be checked for accuracy?',
      'What information about involvement will you give the Council, and how often?',
      'Tell us which measures you will report and how you will collect them.',
      'Which KPIs would you propose for contract monitoring?',
    ]) {
      expect(readQuestion(question).topics.find((topic) => topic.id === 'governance')?.weight, question).toBe('strong');
    }
    // Information shared with others in a person's move is not a report to the buyer.
    expect(readQuestion('What information you would share with whom when planning the move.').topics.find((topic) => topic.id === 'governance')?.weight).not.toBe('strong');
  });

  it("does not read how a referral or a complaint ended as the person's outcomes", () => {
    const ids = (question: string) => readQuestion(question).topics.map((topic) => topic.id);
    for (const question of ['How do you record, monitor and report advocacy referrals and their outcomes?', 'Report the outcome of each complaint and what you learned.', 'Tell us the outcomes of safeguarding enquiries.']) {
      expect(ids(question), question).not.toContain('outcomes');
    }
    for (const question of ['How do you measure outcomes for the people you support?', 'What outcomes did people achieve, and how do you know?']) {
      expect(ids(question), question).toContain('outcomes');
    }
  });

  it('does not read a concern about treatment or about a person as a complaint or a disagreement', () => {
    const ids = (question: string) => readQuestion(question).topics.map((topic) => topic.id);
    for (const question of ['How would you support her to raise her concerns about side effects?', 'He has concerns about his medication. How would you help him?']) {
      expect(ids(question), question).not.toContain('complaints');
      expect(ids(question), question).not.toContain('disagreements');
    }
    expect(ids('How can people raise concerns about their support?')).toContain('complaints');
    // Concerns about a person are for their welfare: escalated to a manager or safeguarding, not up a disagreement route.
    const welfare = ids('Explain how concerns about both Mrs and Mr Okoro would be escalated and recorded.');
    expect(welfare).toContain('safeguarding');
    expect(welfare).not.toContain('disagreements');
    expect(ids('How are disagreements about her support escalated?')).toContain('disagreements');
    // Nor are the bidder's own concerns about the person.
    for (const question of ['How would you record and escalate your concerns?', 'When would you raise your concerns with the council?']) {
      expect(ids(question), question).not.toContain('disagreements');
      expect(ids(question), question).not.toContain('complaints');
    }
    // Nor is what "this" refers back to: a declined visit recorded and escalated.
    expect(ids('What would care workers do when he declines a visit, and how would this be recorded and escalated?')).not.toContain('disagreements');
    expect(ids('Set out your escalation route and how quickly each stage is reached.')).toContain('disagreements');
  });

  it('does not read learning drawn from a complaint as staff training', () => {
    const topics = readQuestion('Give one example of learning taken from a complaint.').topics.map((topic) => topic.id);
    expect(topics).toContain('complaints');
    expect(topics).not.toContain('training');
    expect(readQuestion('How do you support staff learning about the Mental Capacity Act?').topics.map((topic) => topic.id)).toContain('training');
  });

  it('reads staff named as who acts as no hint of their training, and their skills and keeping up to date as the subject', () => {
    const weightOf = (question: string) => readQuestion(question).topics.find((topic) => topic.id === 'training')?.weight;
    expect(weightOf('Some people have lived with the same staff team for years. How will you involve them in the move?')).toBeUndefined();
    expect(weightOf('How would your staff respond to Margaret refusing personal care?')).toBeUndefined();
    expect(weightOf('How would staff work with the community mental health team when someone becomes unwell?')).toBeUndefined();
    // The staff's skills and how they keep them current are two hints: the question is about their training.
    expect(weightOf('What skills do your staff bring, and how does each of them keep up to date?')).toBe('strong');
    expect(weightOf('Describe how staff are supervised to recognise when an advocate is needed, and how they keep that knowledge current.')).toBe('strong');
    // Continuous supervision is the test for a deprivation of liberty, not staff supervision.
    expect(weightOf('Daniel is under continuous supervision and control and is not free to leave.')).toBeUndefined();
  });

  it('keeps topics in the question\'s order and writes the summary strong first', () => {
    const analysis = readQuestion('How do you keep people informed when a disagreement arises, and how do you involve an independent advocate?');
    expect(analysis.topics.map((topic) => topic.id)).toEqual(['disagreements', 'advocacy']);
    const weakAndStrong = readQuestion('When someone raises a concern, how quickly is an IMCA involved?');
    expect(weakAndStrong.topics.map((topic) => topic.id)).toEqual(['complaints', 'disagreements', 'advocacy']);
    expect(weakAndStrong.summary).toBe('This question asks about: independent advocacy (strong), complaints and concerns (weak), disagreements and escalation (weak).');
  });

  it('names the asks and the 12-month window in the summary', () => {
    const analysis = readQuestion('Over the last 12 months, how have advocates been involved? Give examples.', { period: { end: '2026-09-30' } });
    expect(analysis.twelveMonths).toMatchObject({ start: '2025-10-01', end: '2026-09-30', label: '2025-10-01..2026-09-30' });
    expect(analysis.summary).toBe(
      'This question asks about: independent advocacy (strong). It asks for the last 12 months (1 October 2025–30 September 2026) and examples.',
    );
  });

  it('ends the 12 months with the latest quarter complete by the end of the period drafted', () => {
    const question = 'What has improved in the past year?';
    expect(readQuestion(question, { period: { end: '2026-08-31' } }).twelveMonths).toMatchObject({ start: '2025-07-01', end: '2026-06-30' });
    expect(readQuestion(question, { period: { end: '2027-03-31' } }).twelveMonths).toMatchObject({ start: '2026-04-01', end: '2027-03-31' });
    expect(readQuestion(question).twelveMonths).toBeUndefined();
    expect(readQuestion('How do you involve families?', { period: { end: '2026-09-30' } }).twelveMonths).toBeUndefined();
  });

  it('does not take a story\'s "last year", which dates an event, as asking for the last 12 months', () => {
    const story = 'Her husband was her representative until last year, when he stepped down. She was detained last year and is now on a Community Treatment Order. How would you involve her in planning her move?';
    expect(readQuestion(story, { period: { end: '2026-09-30' } }).twelveMonths).toBeUndefined();
    expect(readQuestion('What did last year\'s survey tell you, and what have you changed since?', { period: { end: '2026-09-30' } }).twelveMonths).toBeUndefined();
    expect(readQuestion('How many disagreements did you log over the last year?', { period: { end: '2026-09-30' } }).twelveMonths).toBeDefined();
    expect(readQuestion('Give an example from the past twelve months.', { period: { end: '2026-09-30' } }).twelveMonths).toBeDefined();
  });

  it('says so when the question names no involvement topic', () => {
    expect(readQuestion('How many years has your organisation been trading?').summary).toMatch(/names no involvement topic/);
  });

  it('answers each topic only with figures the catalogue knows', () => {
    const known = new Set(FIGURE_CATALOGUE.map((entry) => entry.id));
    for (const topic of askedTopicCues) for (const id of topic.figures) expect(known, `${topic.id} lists ${id}`).toContain(id);
  });

  it('compiles every cue as a regular expression', () => {
    for (const source of [...askedTopicCues.flatMap((topic) => [...topic.strong, ...topic.weak]), ...questionAskCues.flatMap((ask) => ask.cues)]) {
      expect(() => new RegExp(source, 'i'), source).not.toThrow();
    }
  });
});
