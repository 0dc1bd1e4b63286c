/**
 * A question read as the separate things it asks: sentences, sub-bullets and clauses joined by
 * ", and how …", each with the topics and subject words of its own wording.
 */
import { describe, expect, it } from 'vitest';
import { actorTopicsOf, questionParts, tellsStory } from '../../../src/drafting/question/question-parts.js';
import { describeQuestion, readQuestion } from '../../../src/drafting/question/read-question.js';

describe('questionParts', () => {
  it('reads lettered parts run on in one line as a list, each under its letter, and a mention of two letters as no list', () => {
    const parts = questionParts('Scenario: Jamal is 34 and has a learning disability. Describe: (a) what you would do on the day the concern is first raised; (b) how you would involve Jamal; and (c) how you would work with the council over the following weeks.');
    expect(parts.map((part) => [part.label, part.text])).toEqual([
      ['(a)', 'what you would do on the day the concern is first raised'],
      ['(b)', 'how you would involve Jamal'],
      ['(c)', 'how you would work with the council over the following weeks'],
    ]);
    expect(questionParts('Explain how you involve families, as set out in (a) and (b) of the specification.').every((part) => part.label === undefined)).toBe(true);
    expect(questionParts('Scenario: Tom is 40. Explain (i) how you would plan his review with him, (ii) how his sister would take part.').map((part) => part.label)).toEqual(['(i)', '(ii)']);
    // A method question's run-on letters stay one paragraph, for now: see withLabelsOnLines.
    expect(questionParts('Explain (i) how you plan reviews with the person, (ii) how families take part.').every((part) => part.label === undefined)).toBe(true);
  });

  it('splits a sentence at ", and how" into two parts, each with its own topics', () => {
    const parts = questionParts('How do you involve family members in reviews when the person wants them there, and how do you respect the person\'s wishes when they do not?');
    expect(parts.map((part) => part.text)).toEqual(['How do you involve family members in reviews when the person wants them there', "how do you respect the person's wishes when they do not"]);
    expect(parts[0]!.topics).toContain('family-friends');
    expect(parts[1]!.terms).toEqual(expect.arrayContaining(['respect', 'wish']));
  });

  it('takes a light verb for no subject: "reviews take place" and "take part" share nothing but the verb', () => {
    const parts = questionParts('Describe how the person can take part in their review, and how often reviews take place.');
    expect(parts.map((part) => part.terms)).toEqual([expect.not.arrayContaining(['take']), expect.not.arrayContaining(['take'])]);
    expect(parts[1]!.terms).toEqual(expect.arrayContaining(['review', 'place']));
  });

  it('reads challenging what was written or decided as a disagreement, and challenging behaviour as none', () => {
    const parts = questionParts('How and when is the written summary shared, and how can the person challenge or correct it?');
    expect(parts[1]!.topics).toContain('disagreements');
    expect(questionParts('How do you support people whose behaviour challenges, and how do you review their plans?').flatMap((part) => part.topics)).not.toContain('disagreements');
    expect(questionParts('Describe how you support people with challenging behaviour to plan their week.').flatMap((part) => part.topics)).not.toContain('disagreements');
  });

  it('reads "what immediate actions would you take" as what the provider would do, not the actions agreed at a review', () => {
    const [immediate] = questionParts('(a) What immediate actions would you take and who would you contact?\n(b) How would you respond to his father?');
    expect(immediate!.topics).not.toContain('summaries');
    const [agreed] = questionParts('(a) How are actions from each review followed up?\n(b) Who writes the record?');
    expect(agreed!.topics).toContain('summaries');
  });

  it('reads a part that names nothing as asking about the subject of the part before it', () => {
    const parts = questionParts('How can a person or their family raise a complaint, how quickly do you respond, and what can they do if they are not satisfied?');
    expect(parts.map((part) => part.text)).toEqual(['How can a person or their family raise a complaint', 'how quickly do you respond', 'what can they do if they are not satisfied']);
    expect(parts[1]!.lead).toBe('complaints');
    // A part with a subject of its own keeps it, even where no topic names that subject.
    const own = questionParts('How do you identify unpaid carers, and how do you point them to local support for themselves?');
    expect(own[1]!.lead).toBeUndefined();
  });

  it('reads a scenario\'s story as what the answer is about, and its parts from the first ask', () => {
    const question = "Scenario. Amira is 34 and lives in one of your supported living flats. Her brother visits every week and wants to manage her money. Amira says she would rather do it herself. Describe how you would respond. In your answer, explain how you would assess Amira's capacity to manage her money, and how you would keep her brother involved.";
    const parts = questionParts(question);
    expect(parts[0]!.text).toBe('Describe how you would respond');
    expect(parts.map((part) => part.text)).not.toContain('Her brother visits every week and wants to manage her money');
    expect(parts.some((part) => part.lead === 'consent-capacity')).toBe(true);
    // The story still tells the reader who the question is about.
    expect(readQuestion(question).topics.map((topic) => topic.id)).toContain('family-friends');
    // A question with no story keeps its opening statement as a part.
    expect(questionParts('Families are central to our contract. How do you involve them in reviews?')).toHaveLength(2);
  });

  it("does not take a story's own question words or a title before the name for its first ask", () => {
    // "who collects …" and "When asked …" tell the story; the listed lines below it are what it asks, however they open.
    const story = 'Mr Alan Reeve is 72 and lives alone. His only visitor is a neighbour, who collects his pension; staff notice he often has no food. When asked about it, Alan says he is fine.\n\nPlease explain:\na) build trust with Alan;\nb) how you would raise your concerns.';
    expect(tellsStory(story)).toBe(true);
    expect(questionParts(story).map((part) => [part.label, part.text])).toEqual([
      ['a)', 'build trust with Alan'],
      ['b)', 'how you would raise your concerns'],
    ]);
    const numbered = "Scenario: Joy is 30. Her mother, who visits daily, wants her home by nine.\n\nDescribe how you would:\n1. get to know Joy and develop her support plan with her;\n2. balance Joy's wishes with her mother's concerns;\n3. support her to go out alone.";
    expect(questionParts(numbered).map((part) => part.text).slice(0, 2)).toEqual(['get to know Joy and develop her support plan with her', "balance Joy's wishes with her mother's concerns"]);
    // Asked inside the story, speaking to the bidder or with a question mark.
    expect(questionParts('Callum (31) lives with his father, who manages his money. How would you respond? What would staff record').map((part) => part.text)).toEqual(['How would you respond', 'What would staff record']);
  });

  it('keeps the first ask of a scenario that opens with a lead-in ("Using this scenario, …", "Your answer should cover how …")', () => {
    const question = "Scenario: Daniel is 34 and has asked staff not to tell his mother anything about him. Using this scenario, explain how your service would respond. Your answer should cover how you would respect Daniel's wishes while managing risk; how you would use his crisis plan; and how you would respond to his mother.";
    expect(questionParts(question).map((part) => part.text)).toEqual([
      'Using this scenario, explain how your service would respond',
      "Your answer should cover how you would respect Daniel's wishes while managing risk",
      'how you would use his crisis plan',
      'and how you would respond to his mother',
    ]);
  });

  it('keeps the letter of each lettered line on the parts it holds, and none where the lines are not lettered', () => {
    const parts = questionParts('Describe how you run reviews. In your response, include:\n(a) how often reviews take place, and what triggers an early review;\n(b) how much notice people are given;\n(iv) how the meeting is chaired.');
    expect(parts.map((part) => part.label)).toEqual([undefined, '(a)', '(a)', '(b)', '(iv)']);
    // How much notice is the meeting's own arrangement, not the family's, however many people it names.
    expect(questionParts('How much notice are the person, their family and any advocate given?')[0]!.lead).toBe('meetings');
    expect(questionParts('Explain how your service:\n- identifies eligibility for advocacy;\n- works with advocates.').every((part) => part.label === undefined)).toBe(true);
  });

  it('labels numbered lines by their number in brackets, which an answer can open a paragraph with without it being read as a numbered list', () => {
    const parts = questionParts('Describe how you report to the Council. Your response should set out:\n1. the measures you will report each quarter;\n2) how you will collect this information from people who do not use words.');
    expect(parts.map((part) => part.label)).toEqual([undefined, '(1)', '(2)']);
  });

  it('drops an opening statement that asks nothing and sets nothing, and keeps one the ask refers back to or that sets a requirement', () => {
    const parts = questionParts("People who use services, families and advocates will not always agree with the provider or with each other. Describe how you make it easy for people to raise concerns or disagreements, and how you resolve disagreements about a best interests decision.");
    expect(parts[0]!.text).toMatch(/^Describe how you make it easy/);
    expect(parts.every((part) => part.lead !== 'family-friends')).toBe(true);
    expect(questionParts('Co-production is central to our strategy. Describe how you meet this.')[0]!.text).toBe('Co-production is central to our strategy');
    expect(questionParts('Co-production is central to our strategy. Describe how you meet this aim in planning.')).toHaveLength(2);
    expect(questionParts('The Council expects advocates to be involved early. Explain how you identify eligibility for an IMCA.')[0]!.text).toMatch(/^The Council expects/);
  });

  it('does not read a title-case heading straight above the question as a part of it', () => {
    const parts = questionParts('Family Involvement and Information Sharing\nHow do you agree with each person which relatives take part in their reviews? Give an example.');
    expect(parts.map((part) => part.text)).toEqual(['How do you agree with each person which relatives take part in their reviews']);
    // So is a short heading in sentence case, or one whose small words stay small.
    expect(questionParts('Learning from feedback\nGive two examples of a change made from feedback.').map((part) => part.text)).toEqual(['Give two examples of a change made from feedback']);
    expect(questionParts('Working with Families and Carers\nHow do you involve relatives?').map((part) => part.text)).toEqual(['How do you involve relatives']);
    // A first line that asks something is still a part, heading-like or not.
    expect(questionParts('Describe your approach to reviews\nHow do you involve advocates in them?')[0]!.text).toBe('Describe your approach to reviews');
  });

  it('reads what each example should show as part of the ask for examples, not as parts of their own', () => {
    const parts = questionParts('Describe how you use independent advocacy. Give two examples from the last 12 months where an advocate was involved, what triggered the referral and how quickly they became involved.');
    expect(parts.map((part) => part.text)).toEqual([
      'Describe how you use independent advocacy',
      'Give two examples from the last 12 months where an advocate was involved, what triggered the referral and how quickly they became involved',
    ]);
    expect(parts[1]!.asksExample).toBe(true);
    // One instance asked for is an example whatever the word; a process is not.
    expect(questionParts('Describe one disagreement from the last 12 months and how it ended.')[0]!.asksExample).toBe(true);
    expect(questionParts('Tell us about a time when an advocate changed a decision.')[0]!.asksExample).toBe(true);
    expect(questionParts('Describe a complaint procedure that people can use.')[0]!.asksExample).toBe(false);
    // A clause asking about the provider ("what you learned") is still a part of its own.
    const own = questionParts('Give an example of a disagreement you settled, and what you learned from it.');
    expect(own).toHaveLength(2);
  });

  it('reads a condition opening the sentence as when the ask after it applies, not as a part of its own', () => {
    const parts = questionParts('When a support plan is reviewed, how do you make sure that the actions agreed are given to a named person with a date and checked?');
    expect(parts.map((part) => part.text)).toEqual(['When a support plan is reviewed, how do you make sure that the actions agreed are given to a named person with a date and checked']);
    // A case named after ", or when" is still a part of its own, and so is a condition ending its sentence.
    expect(questionParts('What happens when the person does not want somebody there, or when relatives disagree?')).toHaveLength(2);
    expect(questionParts('Describe your approach. If a person lacks capacity, who decides, and how do you record it?').map((part) => part.text)).toEqual([
      'Describe your approach',
      'If a person lacks capacity, who decides',
      'how do you record it',
    ]);
    // Inside a sentence, after a comma, it says when the ask before it applies.
    expect(questionParts('a) What your care workers would do, day to day, when Gareth declines a visit, and how this would be recorded.\nb) How you would involve him.').map((part) => part.text)).toEqual([
      'What your care workers would do, day to day, when Gareth declines a visit',
      'how this would be recorded',
      'How you would involve him',
    ]);
  });

  it('takes what a part is about from its own words, not from the bracketed list of instances it gives', () => {
    const [part] = questionParts('Which areas of the service do the people you support shape (such as staff recruitment, training delivery or quality checks)?');
    expect(part!.topics).toEqual(expect.arrayContaining(['co-production', 'recruitment']));
    expect(part!.lead).toBe('co-production');
    // "A say in" inside a longer cue for the service's co-production is not a hint of a person's own planning.
    const read = readQuestion('How do people get a real say in developing and checking the quality of your services?');
    expect(read.topics.filter((topic) => topic.weight === 'strong').map((topic) => topic.id)).toEqual(['co-production']);
  });

  it('reads a change something led to as asking what changed', () => {
    for (const text of ['one example of a change that co-production led to', 'examples where feedback led to improvements', 'how involvement resulted in a change to the service']) {
      expect(readQuestion(text).asks.map((ask) => ask.id)).toContain('what-changed');
    }
    expect(readQuestion('how you lead your team through changes').asks.map((ask) => ask.id)).not.toContain('what-changed');
  });

  it('reads "an example …, and what you changed as a result" as one ask for an example of a change', () => {
    const parts = questionParts('Please cover:\n(a) how people choose who comes to their review;\n(b) one example from the last 12 months where a person told you a review had not worked for them, and what you changed as a result.');
    expect(parts).toHaveLength(2);
    expect(parts[1]!.asksExample).toBe(true);
    expect(parts[1]!.asks).toEqual(expect.arrayContaining(['examples', 'what-changed']));
  });

  it('reads a part whose only topics are in its bracketed list of instances as about the subject of the part before it', () => {
    const parts = questionParts('Please set out:\n1. how people who use the service help choose new staff, and how you support them to do it (for example accessible formats, a practice run and someone with them on the day);\n2. how you thank them for their time.');
    const support = parts.find((part) => part.text.startsWith('how you support them'));
    expect(parts[0]!.lead).toBe('recruitment');
    // Accessible formats are one way of supporting people on a panel, not what the part asks about.
    expect(support?.lead).toBe('recruitment');
    expect(support?.topics).toEqual(['recruitment']);
  });

  it('splits ", or when" into two cases, and reads people the question comes back to part after part as what a part naming them is about', () => {
    const parts = questionParts('How do you involve relatives and friends in planning and reviewing a person\'s support, and what happens when the person does not want somebody there, or when relatives disagree with one another?');
    expect(parts.map((part) => part.text)).toEqual([
      "How do you involve relatives and friends in planning and reviewing a person's support",
      'what happens when the person does not want somebody there',
      'when relatives disagree with one another',
    ]);
    // Planning is the occasion; the relatives, named again in the last part, are the subject.
    expect(parts[0]!.lead).toBe('family-friends');
  });

  it('does not read a title line above the question as a part of it, and reads the review cycle the council sets as a question about reviews', () => {
    const parts = questionParts('Reviews and follow-up\n\nThe Council expects each person\'s plan to be reviewed within six weeks of the service starting and at least every six months after that. Explain what triggers an unscheduled review.');
    expect(parts[0]!.text).toMatch(/^The Council expects/);
    expect(parts[0]!.lead).toBe('meetings');
    expect(parts[1]!.lead).toBe('review-triggers');
    // A question of one short line is a question, not a title.
    expect(questionParts('How do you involve families in reviews?')).toHaveLength(1);
  });

  it('keeps what a part finds out with it ("find out … who … and what …"), and still splits off a new question', () => {
    const parts = questionParts('Your answer should cover:\n- how you learn, when support starts, who the person wants at their reviews and what may be shared with each of them, and how you record it');
    // The line announcing the bullets is not a part of its own.
    expect(parts.map((part) => part.text)).toEqual(['how you learn, when support starts, who the person wants at their reviews and what may be shared with each of them', 'how you record it']);
    expect(questionParts('How do you check that summaries are sent on time, and what do you do when a summary is late?')).toHaveLength(2);
    // ", and what you do if …" after what is found out is a new ask, in the embedded form bullets use.
    expect(questionParts('Tell us how quickly you act once a need is identified, and what you do if the provider cannot allocate an advocate in time.').map((part) => part.text)).toEqual([
      'Tell us how quickly you act once a need is identified',
      'what you do if the provider cannot allocate an advocate in time',
    ]);
  });

  it('reads a line announcing lettered parts as their lead-in, and "time, place and who attends" as one list', () => {
    const parts = questionParts('Describe your approach to meetings, covering:\n(a) how the person chooses the time, place and who attends;\n(b) how actions are followed up.');
    expect(parts.map((part) => part.text)).toEqual(['how the person chooses the time, place and who attends', 'how actions are followed up']);
  });

  it('reads each sub-bullet as a part and keeps its offset in the question', () => {
    const question = 'Please describe:\n- how advocates are chosen for people without family\n- how disagreements are escalated';
    const parts = questionParts(question);
    // "Please describe:" above the bullets names nothing of its own: it announces them.
    expect(parts.map((part) => part.text)).toEqual(['how advocates are chosen for people without family', 'how disagreements are escalated']);
    expect(question.slice(parts[1]!.position, parts[1]!.position + 3)).toBe('how');
    expect(parts[1]!.topics).toContain('disagreements');
  });

  it("reads a scenario under a title line as the story it is, and its lettered asks as the parts", () => {
    const question =
      'Scenario: moving home\n\nAmir is 24. He has a learning disability and lives with his mother. He uses a picture exchange system. His mother wants him to stay at home.\n\nPlease explain:\na) how you would involve Amir in planning his move;\nb) how you would work with his mother.';
    const parts = questionParts(question);
    expect(parts.map((part) => [part.label, part.text])).toEqual([
      ['a)', 'how you would involve Amir in planning his move'],
      ['b)', 'how you would work with his mother'],
    ]);
  });

  it('reads "Explain when and how you involve advocates" as one part, not "Explain when" on its own', () => {
    const parts = questionParts('Explain when and how you involve independent advocates. Give an example of something an advocate changed.');
    expect(parts[0]?.text).toBe('Explain when and how you involve independent advocates');
    expect(parts[0]?.lead).toBe('advocacy');
    expect(parts).toHaveLength(2);
  });

  it('folds "Give an example." into the part it asks more of, and keeps a time qualifier with its part', () => {
    const parts = questionParts('Over the last 12 months, how have you worked with relevant person\'s representatives? Give an example.');
    expect(parts).toHaveLength(1);
    expect(parts[0]!.text).toMatch(/^Over the last 12 months, how have you worked/);
    expect(parts[0]!.asksExample).toBe(true);
  });

  it('marks a part that asks what changed, and folds a bare "How do you know it works?" into it', () => {
    const parts = questionParts('How do you gather the views of families, and how do you show them what has changed as a result? How do you know it works?');
    expect(parts).toHaveLength(2);
    expect(parts[0]!.asks).toEqual([]);
    expect(parts[1]!.asks).toEqual(expect.arrayContaining(['what-changed', 'how-do-you-know']));
  });

  it('leaves the buyer\'s notes on marks and length out of the parts, and marks a part asking for plans and timescales', () => {
    const parts = questionParts('How are people involved in recruiting staff? Where this is not yet in place in every service, explain your plans and timescales. (This question carries 5% of the quality weighting.) Maximum 400 words.');
    expect(parts.map((part) => part.text)).toEqual(['How are people involved in recruiting staff', 'Where this is not yet in place in every service, explain your plans and timescales']);
    expect(parts[1]!.asks).toContain('roll-out');
    expect(parts.flatMap((part) => part.topics)).not.toContain('governance');
  });

  it('reads "Your response should cover:" as the lead-in to the bullets, not a part of its own', () => {
    const parts = questionParts('Describe how you involve relatives in reviews. Your response should cover:\n- how often they are invited;\n- what happens when they disagree with the person.');
    expect(parts.map((part) => part.text)).toEqual(['Describe how you involve relatives in reviews', 'how often they are invited', 'what happens when they disagree with the person']);
  });

  it('reads "what sets off an earlier review" and "when someone is unwell" as early reviews, not advocacy or capacity', () => {
    const parts = questionParts('Tell us what triggers an earlier review of someone\'s plan, and how you take account of their wishes on decisions made while they are unwell.');
    expect(parts.map((part) => part.lead)).toEqual(['review-triggers', 'review-triggers']);
  });

  it('names what each part is mostly about: the training, not the Mental Capacity Act it is on', () => {
    const parts = questionParts('What training do your staff receive on person-centred planning, the Mental Capacity Act and working with independent advocates? How do you check it is applied in practice?');
    expect(parts[0]!.topics).toEqual(expect.arrayContaining(['training', 'consent-capacity', 'advocacy']));
    expect(parts[0]!.lead).toBe('training');
  });
});

describe('people named only as taking part', () => {
  const question = 'How do you involve people, their families and independent advocates in person-centred planning, and how do you know it works?';

  it('are read as taking part in the lead topic, and the note on the question says so', () => {
    const analysis = readQuestion(question);
    expect(actorTopicsOf(analysis).map(({ topic, lead }) => [topic.id, lead.id])).toEqual([
      ['family-friends', 'person-led-planning'],
      ['advocacy', 'person-led-planning'],
    ]);
    const note = describeQuestion(analysis, new Map(actorTopicsOf(analysis).map(({ topic, lead }) => [topic.id, lead.label])));
    expect(note).toMatch(/^This question asks about: person-led planning and co-production \(strong\), family and friends \(as taking part in person-led planning and co-production\), independent advocacy \(as taking part in/);
  });

  it('are a subject when the question comes back to them part after part', () => {
    const analysis = readQuestion('How do you invite relatives to reviews, and what happens when a relative and the person want different things?');
    expect(actorTopicsOf(analysis)).toEqual([]);
  });

  it("reads a scenario's parts as about its people: a relative named is the family, what the person wants is their plan", () => {
    const story =
      'Scenario: Nadia is 27 and has a learning disability. Her brother, Sami, has looked after her for years.\n\n1. How you will find out what Nadia wants from her new home.\n2. How you will involve Sami in a way that draws on his knowledge of her.\n3. What the lasting power of attorney would allow Sami to decide.';
    const parts = questionParts(story);
    expect(parts.map((part) => part.lead)).toEqual(['person-led-planning', 'family-friends', 'consent-capacity']);
  });

  it("reads a story's dashed list of what happened as the story, and its lettered asks as the parts", () => {
    const story =
      'Scenario: Mrs Ida Bell is 86 and has home care.\n\nOver the last month:\n- Ida has refused her lunchtime tablets.\n- Her son, Alan, has phoned your office to ask for fewer visits.\n\nPlease explain:\n(a) what your carers would do at the next visit;\n(b) how you would respond to Alan.';
    expect(questionParts(story).map((part) => [part.label, part.text])).toEqual([
      ['(a)', 'what your carers would do at the next visit'],
      ['(b)', 'how you would respond to Alan'],
    ]);
  });

  it("reads a piece of a lettered part that names no subject as about what the rest of its letter is about, and a part on the person's own wishes as their plan", () => {
    const story =
      "Scenario: Margaret is 84 and has home care. Her son, David, has asked staff to lock the door behind them.\n\nPlease set out:\n(a) the immediate steps when the concerns about money were first raised;\n(b) how you would respond to the request to lock Margaret in, whether this may amount to a deprivation of liberty in her own home, and what your service would do while this is resolved;\n(c) how you would keep Margaret's own wishes and feelings at the centre of every decision.";
    const parts = questionParts(story);
    expect(parts.map((part) => [part.label, part.lead])).toEqual([
      ['(a)', 'safeguarding'],
      ['(b)', 'consent-capacity'],
      ['(b)', 'consent-capacity'],
      ['(b)', 'consent-capacity'],
      ['(c)', 'person-led-planning'],
    ]);
  });

  it('reads staff as who acts, and recording something as no summary: the subject is what the part asks about', () => {
    const [part] = questionParts('How your staff would respond to Margaret refusing personal care, including how capacity would be considered.');
    expect(part!.lead).toBe('consent-capacity');
    const [record] = questionParts('How you would record and review the agreed approach to her bathing.');
    expect(record!.topics).not.toContain('summaries');
    expect(questionParts('After a review, how does everyone receive a record of what was agreed?')[0]!.lead).toBe('summaries');
  });

  it('takes what a part is about from before "while" or "without": what follows is a condition on it', () => {
    const [part] = questionParts('How would you involve her parents while respecting her independence?');
    expect(part!.lead).toBe('family-friends');
    expect(part!.topics).toContain('outcomes');
    const [other] = questionParts('How do you support people to become more independent without taking risks away from them?');
    expect(other!.lead).toBe('outcomes');
  });

  it('reads a letter opening with a piece that names no subject as about what the question opens by asking, not about a later piece of it', () => {
    const parts = questionParts(
      'Set out how people who use your service, and their families, influence decisions about the service as a whole. Include:\ni. the groups through which this happens; how members are recruited; how often they meet;\nii. three changes made in the past year as a result of this involvement; what prompted each;\niii. how you would work with the Council\'s own co-production forums.',
    );
    expect(parts[0]!.lead).toBe('co-production');
    const letters = parts.filter((part) => part.label !== undefined);
    expect(letters.find((part) => /groups through which/.test(part.text))!.lead).toBe('co-production');
    expect(letters.filter((part) => part.label === 'ii.').map((part) => part.lead)).toEqual(['co-production', 'co-production']);
  });

  it('does not give a part asking how "each of the above" is recorded the subject of the part just before it', () => {
    const parts = questionParts('1. How would you arrange an independent advocate, and by when?\n2. Where would each of the above be recorded, and who would sign it off?');
    expect(parts.filter((part) => part.label === '(2)').map((part) => part.lead)).toEqual([undefined, undefined]);
    // One naming no subject still takes the part before's.
    expect(questionParts('(a) How do you involve an advocate?\n(b) How quickly do you respond?').find((part) => part.label === '(b)')!.lead).toBe('advocacy');
  });

  it('reads a part about complainants as about complaints', () => {
    const [told] = questionParts('How do complainants hear what changed as a result?');
    expect(told!.lead).toBe('complaints');
  });
});
