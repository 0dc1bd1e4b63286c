import { describe, expect, it } from 'vitest';
import { NAMED_TERMS } from '../../../src/drafting/data/named-terms.js';
import { namedInTheNegative, namesTerm, termsNamedIn, withNamedTermTopics } from '../../../src/drafting/question/named-terms.js';
import { readQuestion } from '../../../src/drafting/question/read-question.js';

const term = (name: string) => NAMED_TERMS.find((entry) => entry.name === name)!;

describe('termsNamedIn', () => {
  it('finds the ways people help run a service in the words buyers ask about them, and not in near misses', () => {
    const names = (text: string) => termsNamedIn(text).map((entry) => entry.name);
    expect(names('How are people involved in shortlisting and on interview panels?')).toContain('people who use the service on interview panels');
    expect(names('how they help design and deliver staff training')).toContain('people with lived experience shaping staff training');
    expect(names('Is induction co-delivered by experts by experience?')).toContain('people with lived experience shaping staff training');
    expect(names('How do you deliver Mental Capacity Act training to your staff?')).not.toContain('people with lived experience shaping staff training');
    expect(names('Do people have representation at board level, or roles as quality checkers?')).toContain('people taking part in quality checks and governance');
    expect(names('including people who do not use speech and people who are less confident in groups')).toContain('involving people who find groups or speech hard');
    expect(names('How do you recognise and reward people\'s time, and make sure payment does not affect their benefits?')).toContain('paying people for their time and expertise');
    expect(names('What tools, such as the Outcomes Star, do you use to measure progress?')).toContain("measuring progress towards a person's outcomes");
    expect(names('How can people see and comment on their own records?')).toContain('people reading and adding to their own records');
    expect(names('how advocates can meet the person in private')).toContain('advocates meeting the person in private');
    expect(names('What do you do when an unpaid RPR is not visiting?')).toContain('an unpaid representative not acting for the person');
    expect(names('How do you check that advocacy referrals are made when they should be, and spot missed referrals?')).toContain('checking advocacy was offered where it should have been');
    expect(names('how you work with advocates once they are involved, including private access to the person and access to records')).toEqual(expect.arrayContaining(['advocates seeing records and meeting papers', 'advocates meeting the person in private']));
    expect(names('how you check that people who should have an advocate actually have one')).toContain('checking advocacy was offered where it should have been');
    expect(names('how you make sure paid staff are never treated as the "appropriate individual"')).toContain('the appropriate individual under the Care Act');
    expect(names('how support plans are kept up to date between formal reviews')).toEqual(expect.arrayContaining(['noticing changes between reviews', 'updating the plan after a review']));
    expect(names('She told her advocate she wants to move. His brother visits privately each week.')).toEqual([]);
  });

  it('finds the advocacy a part asks about when it lists the advocates, asks about allocation or about access to records in its own words', () => {
    const names = (text: string) => termsNamedIn(text).map((entry) => entry.name);
    const triggers = 'when each statutory advocate applies, and who arranges it';
    expect(names('the triggers your staff use for referral to an Independent Mental Capacity Advocate, a Care Act advocate and an Independent Mental Health Advocate')).toContain(triggers);
    expect(names('when you would refer to an advocate, and who does it')).toContain(triggers);
    expect(names('which of IMCA or IMHA support applies to people on a Community Treatment Order')).toContain(triggers);
    // One advocate named twice, in full and by its letters, is not a list of them.
    expect(names('how you work with an Independent Mental Capacity Advocate (IMCA) once one is involved')).not.toContain(triggers);
    const stalled = 'an advocacy referral not acted on';
    expect(names('how you follow up when the local advocacy service cannot allocate quickly')).toContain(stalled);
    expect(names('what you do when no advocate is available for weeks')).toContain(stalled);
    expect(names('where a request for an advocate has gone unanswered')).toContain(stalled);
    expect(names('how quickly the advocacy service responds to your feedback')).not.toContain(stalled);
    expect(names('how you give advocates access to the person, records and meetings')).toContain('advocates seeing records and meeting papers');
    expect(names('how advocates get access to the person and to training')).not.toContain('advocates seeing records and meeting papers');
  });

  it('finds words in any case and acronyms only in capitals, as whole words', () => {
    expect(termsNamedIn('Do you use talking mats or MAKATON with people on a CTO?').map((entry) => entry.name)).toEqual(['Community Treatment Orders', 'Makaton', 'Talking Mats']);
    expect(termsNamedIn('Do people choose how much salt to add, and stomp their feet at concerts?')).toEqual([]);
    expect(termsNamedIn('Our SALT referrals and STOMP reviews')).toEqual([term('speech and language therapy'), term('STOMP')]);
    expect(termsNamedIn('Describe your PfA approach and how you use the EHC plan').map((entry) => entry.name)).toEqual(['Preparing for Adulthood', 'Education, Health and Care Plans']);
    expect(termsNamedIn('a personal health budget, or a pfa')).toEqual([term('personal budgets and direct payments')]);
    expect(termsNamedIn('an s42 enquiry, the SARs, their CMHT, and TLAP').map((entry) => entry.name)).toEqual([
      'Making It Real (Think Local Act Personal)',
      'the care coordinator and community mental health team',
      'section 42 safeguarding enquiries',
      'Safeguarding Adults Reviews',
    ]);
    expect(termsNamedIn('section 420 of the RC rules')).toEqual([]);
    // Possessives as buyers write them.
    for (const text of ["a carer's assessment", "carers' assessments", 'a carer’s assessment']) expect(termsNamedIn(text)).toEqual([term("carers' assessments")]);
    // Situations a scenario names, in the words buyers use, and near misses that are not them.
    const names = (text: string) => termsNamedIn(text).map((entry) => entry.name);
    expect(names('She has stopped taking her antipsychotic medication and is turning carers away.')).toEqual(['a wish to stop or refuse medication', 'a person refusing care or support']);
    expect(names('He does not want to take his tablets.')).toEqual(['a wish to stop or refuse medication']);
    expect(names('How would you deal with her refusal of personal care?')).toEqual(['a person refusing care or support']);
    expect(names('How do you handle missed or cancelled visits? He refuses to let staff tell his mother. She declines support from her family.')).toEqual([]);
    expect(names('Taking over from the outgoing provider, with staff transferring under TUPE, when some people are anxious about the change')).toEqual(['staff transfer (TUPE) and handover from the outgoing provider', 'anxiety about change']);
    expect(names('How will you pay or reward people for their time? How do you recognise the contribution of staff?')).toEqual(['paying people for their time and expertise']);
    expect(names('how you will translate feedback into action and pay attention to the time it takes')).toEqual([]);
    expect(names('He was discharged from hospital, and agency staff cover most nights; an interpreter is needed for his ISF review.')).toEqual([
      'hospital admission and discharge',
      'agency and relief staff and shift handovers',
      'interpreters and translation',
      'Individual Service Funds',
    ]);
    expect(names('Ellie turns 18 in March and is moving from CAMHS. Her father says he cannot cope and is exhausted.')).toEqual(["moving from children's to adult services", 'a family carer who cannot cope']);
    expect(names("How will you work with the Council's Adult Social Care team? How do you prevent staff burnout? Have you faced an employment tribunal? Arthur lives in a care home.")).toEqual([]);
    expect(names('Her son wants her to move into a care home.')).toEqual(['a move into a care home']);
    expect(names('Her son asked care workers to lock her front door from the outside; she does not want to be locked in.')).toEqual(['restrictive practices']);
    expect(names('Daniel is moving from an assessment and treatment unit after his CETR; he fears going into a home and refuses help with washing.')).toEqual([
      'a person refusing care or support',
      'hospital admission and discharge',
      'Care (Education) and Treatment Reviews',
      'a move into a care home',
    ]);
    expect(names('How do you hear from people with PMLD and from racially minoritised communities? Do you use objects of reference? Who supports him at his tribunal?')).toEqual([
      'objects of reference',
      'profound and multiple learning disabilities',
      'equality and diversity of who takes part',
      "Mental Health Tribunals and hospital managers' hearings",
    ]);
    // Situations that recur in scenarios, each answered by what is done when it arises.
    expect(names('He has sent care workers away on a third of visits. What would staff do when he declines a visit? His GP says he has lost weight.')).toEqual([
      'a person refusing care or support',
      'a person losing weight or not eating and drinking enough',
    ]);
    expect(names('His former wife has managed his bank card for years, and a neighbour says he often has no money for food.')).toEqual(["concerns about how a person's money is handled"]);
    expect(names('The parents want CCTV in the lounge; he will not be filmed in his own home. Some staff feel they are being accused.')).toEqual([
      "cameras and surveillance in a person's home",
      'staff support during an allegation or enquiry',
    ]);
    expect(names('She has asked staff not to discuss her medication with her mother, and has been offered a job on night shifts.')).toEqual(["keeping a person's confidence from their family", 'work, volunteering and study']);
    expect(names('His only family is an uncle. Her husband is anxious about falls and wants to be told about every incident; she points to the parish church.')).toEqual([
      'falls and support at night',
      'a person with no one else to speak for them',
      'keeping relatives informed',
      'faith, culture and community',
    ]);
    // Near misses: a person managing their own money, staff employment, plans kept up to date, reports to the council.
    expect(names('She manages her own money and wants to learn to budget. Job descriptions and employment checks are kept up to date; we send monthly updates to the Council and acted in good faith, and the cost falls within budget.')).toEqual([]);
    expect(names('Her mother is her Nearest Relative. How do you include people whatever their sexuality, gender identity or access to digital technology?')).toEqual([
      'the Nearest Relative',
      'sexuality and gender identity',
      'access to digital technology',
    ]);
    expect(names('How will you identify people who do not see themselves as carers? His children, aged 9 and 12, stay with him every other weekend.')).toEqual(['carers who do not see themselves as carers', 'a person who is a parent']);
    // A grown son who lives far away makes her a mother, not a parent whose contact with children is planned; a young son does.
    expect(names('Her son lives 200 miles away and phones on Sundays.')).not.toContain('a person who is a parent');
    expect(names('Her young son stays with her at weekends.')).toContain('a person who is a parent');
    // A deputy the court appoints manages money; it is not an application about a deprivation of liberty.
    expect(names('A professional deputy appointed by the Court of Protection manages his settlement; she has a Court of Protection deputy.')).toEqual([]);
    expect(names('The council will apply to the Court of Protection.')).toEqual(['applications to the Court of Protection']);
    // What a method question on advocacy asks, part by part.
    expect(names('Explain when people are entitled to an IMCA and who is responsible for arranging each; how you identify people who would benefit from peer or self-advocacy.')).toEqual([
      'when each statutory advocate applies, and who arranges it',
      'non-statutory, peer and self-advocacy',
    ]);
    expect(names('How do you respond when an advocate challenges a decision, including on a non-instructed basis? Make clear your staff cannot act as the independent advocate.')).toEqual([
      'an advocate challenging a decision, including non-instructed advocacy',
      'conflicts of interest in advocacy',
    ]);
    expect(names('What do you do when a referral has not been acted on? How do you give prompt access to the person and share records with advocates?')).toEqual([
      'an advocacy referral not acted on',
      'advocates seeing records and meeting papers',
    ]);
    expect(names('What does co-production mean to you, and how does it differ from consultation? How will you measure the difference co-production makes and share learning with other providers?')).toEqual([
      'what co-production means, and how it differs from consultation',
      'Partnership Boards and sharing learning with other providers',
      'measuring the difference co-production makes',
    ]);
    expect(names('How do you meet the Accessible Information Standard for people who use AAC or PATH planning?')).toEqual([
      'the Accessible Information Standard',
      'augmentative and alternative communication',
      'person-centred planning tools',
    ]);
    expect(names('He drinks heavily, still smokes beside his home oxygen, and his flat shows signs of self-neglect.')).toEqual(['self-neglect', 'drinking and drug use', 'smoking and the risk of fire']);
    expect(names('He can talk through a decision but does not seem able to act on it. She says she is managing; staff see she does not follow through.')).toEqual(['a person who can explain a decision but not act on it']);
    expect(names('Her understanding varies through the day. Karen wants you to withhold information from Martin. Suggest changes, for example technology or visit times.')).toEqual([
      'understanding that changes through the day',
      'assistive technology and telecare',
      'a relative asking that another relative is not told',
    ]);
    expect(names('How would the fire and rescue service be involved?')).toEqual(['smoking and the risk of fire']);
    expect(names('How would her future housemates decide how shared spaces are used?')).toEqual(['people sharing a house']);
    expect(names("How would you respond to his brother's concerns? His son has complained on his behalf. Staff have had no contact with him for ten days.")).toEqual([
      "a relative's request or concern",
      'a person who cannot be reached',
      "a complaint made on the person's behalf",
    ]);
    expect(names('Visits clash with his prayer times, and he asks for male care workers.')).toEqual(['faith, culture and community']);
    // Not a relative: the council's request, or the person's own wishes.
    expect(names("How would you respond to the council's request, and to Daniel's wishes?")).toEqual([]);
    expect(names('How are review outcomes turned into an updated plan, and how do staff notice changes between reviews?')).toEqual(['updating the plan after a review', 'noticing changes between reviews']);
    expect(names('She wants a daily written update on everything he does. What can and cannot be shared, on what legal basis? How would you know he feels more in control?')).toEqual([
      'keeping relatives informed',
      'the legal basis for sharing information',
      'measuring what changes for the person',
    ]);
    expect(names('She takes insulin; her landlord ignores the noise upstairs, and she wants to cut her support to five hours. How are advocates involved quickly?')).toEqual([
      'an advocacy referral not acted on',
      'time-critical medicines and medication changes',
      'problems with a landlord or neighbours',
      'a person who wants less support',
    ]);
    expect(names('How can people ask for a review at any time, and where are reviews held?')).toEqual(['asking for a review at any time', 'people chairing their own reviews']);
    expect(names('How will you carry out the first visits and build trust with her? What will you do about the concerns Mrs Kaur has raised?')).toEqual([
      'first visits and building trust',
      "someone else's worry about the person's safety",
    ]);
    // Concerns families raise about the service are complaints, not a worry about one person's safety.
    expect(names('How do you respond to concerns that families have raised?')).toEqual([]);
    expect(names('Staff suspect cuckooing: young men have been staying at his flat.')).toEqual(['exploitation and cuckooing']);
    // STOMP spelt out is not a person stopping their medication.
    expect(names('Explain your approach to STOMP (stopping over-medication of people with a learning disability).')).toEqual(['STOMP']);
    // Near misses: people who use drugs or alcohol as a group to hear from, eating and drinking, a conflict of interest with no advocate, a map of the area.
    expect(names('How will you hear from people who use drugs or alcohol? Staff note eating and drinking. Declare any conflict of interest in procurement. See the map of the site, or the path to it.')).toEqual([]);
    // Asks of method questions that no topic answers by itself.
    expect(names('How frontline staff know what is in each plan, and how you check that the support delivered matches it.')).toEqual(['how staff know each plan and follow it']);
    expect(names("How you will tell the Council's care management team about changes that may mean the person's eligible needs need to be reassessed.")).toEqual(['telling the council when needs change']);
    expect(names('How will you resolve everyday concerns quickly before they become formal complaints?')).toEqual(['everyday concerns resolved before they become complaints']);
    expect(names('The ways people can raise a concern, including in person, by phone, online or anonymously.')).toEqual(['ways to raise a concern']);
    expect(names('Your timescales for acknowledging complaints, and how you keep the person informed if there is a delay.')).toEqual(['keeping a complainant informed of progress']);
    expect(names('How do you learn what people who do not use words like, through careful observation of their behaviour?')).toEqual(['learning what a person who does not use words likes']);
    expect(names('How will you tell the Council about gaps or delays in advocacy provision?')).toEqual(['an advocacy referral not acted on']);
    // A person who stops answering the door cannot be reached; one who asks staff for a loan is asking for money.
    expect(names('He has stopped answering the door on some visits and has asked staff to lend him money.')).toEqual(['a person who cannot be reached', 'a person asking staff for money']);
    expect(names('How will you lend support to families?')).toEqual([]);
    expect(names('How would you support Sean to challenge the authorisation under section 21A?')).toEqual(['challenging a deprivation of liberty in court']);
    expect(names('How do you make sure staff do not take sides when a person disagrees with their family?')).toEqual(['staying impartial when a person disagrees with us']);
    expect(names('Staff suspect coercive and controlling behaviour; when would you refer to MARAC?')).toEqual(['domestic abuse and coercive control']);
    expect(names('What should care workers do at an expected death, and what bereavement support is offered?')).toEqual(['end of life and advance care planning']);
    expect(names("What information will you give the council's reviewing officer before a statutory review?")).toEqual(['reviews the council holds']);
    // A reassessment the story tells of, and a relative's review, are not asks about changing needs.
    expect(names('After a reassessment, the Council agreed a trial. Her son asked for a review.')).toEqual([]);
    // Not inside a longer or hyphenated word.
    expect(namesTerm(term('Community Treatment Orders'), 'CTOs-to-be and ACTOR')).toBe(false);
  });

  it("reads a question that names no topic but a term as about the term's own topics", () => {
    const read = withNamedTermTopics(readQuestion('How do you use Talking Mats with people who find speech hard?'));
    expect(read.topics.map((topic) => [topic.id, topic.weight, topic.cues])).toEqual([['accessibility', 'weak', ['Talking Mats']]]);
    // A question that names a topic keeps its own reading.
    const own = readQuestion('How do you involve families in reviews, and do you use Talking Mats?');
    expect(withNamedTermTopics(own)).toEqual(own);
    // A question naming neither stays as read.
    const neither = readQuestion('What is your registered office address?');
    expect(neither.topics).toEqual([]);
    expect(withNamedTermTopics(neither)).toEqual(neither);
  });

  it('names the asks a method question sets out bullet by bullet, however it words them', () => {
    const named = (text: string) => termsNamedIn(text).map((found) => found.name);
    expect(named('including people who may be frightened of what might happen if they complain')).toContain('routes for people afraid to speak up');
    expect(named('how complaints, incidents and safeguarding alerts are looked at together to find patterns')).toContain('reading complaints, feedback and incidents together for themes');
    expect(named('how you analyse feedback, including compliments and complaints, to identify themes')).toContain('reading complaints, feedback and incidents together for themes');
    expect(named('how you let people know what has changed as a result of their feedback')).toContain('telling people what changed');
    expect(named('who is responsible for following up the actions from each audit')).toContain('who acts on what audits and checks find');
    expect(named('what happens if an IMCA cannot be appointed in time')).toContain('a decision that cannot wait for an advocate');
    expect(named('how you monitor the diversity of your workforce')).toContain("our staff's equality data");
    expect(named('how staff respond to racist remarks from a relative')).toContain('recognising and challenging discrimination');
    expect(named('how you find out who is not taking part and why')).toContain('equality and diversity of who takes part');
    expect(named('that a relative is never treated as appropriate to support the person where they disagree')).toContain('the appropriate individual under the Care Act');
    expect(named('which of your schemes are struggling to involve families')).toContain('finding the services where involvement is weaker');
    expect(named('how you know people feel heard, rather than that a form was completed')).toContain('testing whether people feel listened to');
    expect(named('how you record, act on and respond to concerns or recommendations raised by an advocate')).toContain('acting on what an advocate recommends');
    expect(named("what you do with an advocate's recommendations")).toContain('acting on what an advocate recommends');
    expect(named('how you make sure people and their families understand what advocacy is and that it is independent of your organisation')).toContain('explaining advocacy and its independence');
    expect(named('what you do when you decide not to act on a suggestion')).toContain('a suggestion we decide not to act on');
    expect(named('and what happens to suggestions you cannot act on')).toContain('a suggestion we decide not to act on');
    expect(named('including people who find surveys or formal meetings difficult')).toContain('involving people who find groups or speech hard');
    expect(named('Describe how you will involve the person, their family and any advocate before, during and after such a transition')).toContain('moves between services (transitions)');
    expect(named('how you will know from the person\'s point of view that the move has gone well')).toContain('moves between services (transitions)');
    // A team's name is not the ask: "work with the transitions team" names the team, not how a move is planned.
    expect(named('how you work with the transitions team')).not.toContain('moves between services (transitions)');
    expect(named('how you would support her to express and record her wishes about future care and treatment, including at the end of her life')).toContain('end of life and advance care planning');
    // Advocacy named as a subject, not as something to explain, names neither.
    expect(named('how you refer people for advocacy and how quickly an advocate is involved')).toEqual([]);
    // Not every "urgent" or "theme": a theme of the week, or an urgent repair, names none of them.
    expect(named('the theme of this year\'s open day and an urgent repair to the roof')).toEqual([]);
  });

  it('knows a term named only to say it does not apply', () => {
    const cto = term('Community Treatment Orders');
    expect(namedInTheNegative(cto, 'She was discharged four months ago and is not subject to a Community Treatment Order.')).toBe(true);
    expect(namedInTheNegative(cto, 'He is on a Community Treatment Order and has missed his depot.')).toBe(false);
    // Named once in the negative and once outright, it applies.
    expect(namedInTheNegative(cto, 'He is not on a CTO now, but his last Community Treatment Order was renewed in May.')).toBe(false);
  });

  it('answers the same for the same text, called again and again', () => {
    const imha = term('the Independent Mental Health Advocate (IMHA)');
    expect([1, 2, 3].map(() => namesTerm(imha, 'an IMHA visits'))).toEqual([true, true, true]);
  });
});
