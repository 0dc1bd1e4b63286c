/**
 * What an answer says when a part of the question is about something neither the records nor
 * the practice library show at all: that the records do not yet show it, and what will be put
 * in place, by whom, from when, and what will be reported. A commissioner marks an honest gap
 * with a dated plan above silence on half the question. Written in the future tense: a
 * commitment the writer confirms with its owner (the notes say so), not a claim about the records.
 *
 * Keyed by topic; a topic without an entry leaves the part to the writer.
 */
import type { AskedTopicId } from '../../data/question-cues.js';

export interface GapCommitment {
  /** What the records do not yet show, to follow "Our records for Q2 2026 do not yet show". */
  absent: string;
  owner: string;
  /** What will be done, without its subject, to follow "will". */
  action: string;
  /** What the first report will say, to follow "we will report". */
  report: string;
  /** Quarters after the evidence period by the end of which the first results are counted. */
  quarters: 1 | 2;
  /**
   * What will be added when the practice library already holds entries on the topic: the same
   * commitment without what those entries may already say is done ("offer an advance statement"
   * beside an entry that reads each person's advance statement with them).
   */
  besideLibrary?: { action: string; report: string };
}

export const GAP_COMMITMENTS: Readonly<Partial<Record<AskedTopicId, GapCommitment>>> = {
  recruitment: {
    absent: 'people who use the service taking part in choosing, inducting or appraising the staff who support them',
    owner: 'The Registered Manager',
    action: 'invite people who use the service to sit on interview panels, with time beforehand to agree the questions they want to ask, and ask each person for their views on their key worker before that worker\'s supervision',
    report: 'how many interview panels included a person who uses the service',
    quarters: 2,
  },
  training: {
    absent: 'which staff have been trained in involving people, families and advocates, or whether that training is used in practice',
    owner: 'The Registered Manager',
    action: 'add this training to the training matrix for every support worker and observe each key worker leading a review before they lead one alone',
    report: 'the share of support workers trained and observed',
    quarters: 1,
  },
  carers: {
    absent: 'which relatives and friends give unpaid care, or what support they were offered',
    owner: 'Key workers',
    action: 'ask at every review whether a relative or friend gives unpaid care, record the answer, and offer each carer a referral for a carer\'s assessment and the contact details of the local carers\' centre',
    report: 'how many carers were identified and how many were referred for an assessment',
    quarters: 1,
    besideLibrary: {
      action: 'ask at every review whether anyone gives unpaid care, and offer each carer a referral for a carer\'s assessment and the contact details of the local carers\' centre, recording both',
      report: 'how many carers were referred for an assessment',
    },
  },
  'co-production': {
    absent: 'people who use the service and their families taking part in designing, running or evaluating the service',
    owner: 'The Registered Manager',
    action: 'bring together people who use the service and family members, paid for their time, to look at one part of how the service runs each quarter and agree what changes',
    report: 'what the group looked at and what changed as a result',
    quarters: 2,
  },
  'information-sharing': {
    absent: 'where each person\'s agreement to share their information is written down',
    owner: 'Key workers',
    action: 'record at each review who the person agrees may receive their information and what, with the Registered Manager checking a sample of records each month',
    report: 'how many of the records checked showed the person\'s agreement',
    quarters: 1,
  },
  'review-triggers': {
    absent: 'what prompted each review held earlier than planned, who asked for it, or the advance statements people have made',
    owner: 'Key workers',
    // How the person is heard when unwell is part of the subject: a plan they write while well.
    action: 'record the reason for every review held outside the usual rhythm, including when the person asked for it themselves, and offer each person the chance to write an advance statement and crisis plan while they are well, which is read with them at every review',
    report: 'how many early reviews were held, who asked for them and how many people have an advance statement',
    quarters: 1,
    // Beside entries on early reviews and crisis plans, only the count none of them gives.
    besideLibrary: {
      action: 'count, from the plans read at each review, how many people have an advance statement and a crisis plan they helped write',
      report: 'how many people have an advance statement and crisis plan',
    },
  },
  'consent-capacity': {
    absent: 'capacity assessments and best-interests decisions in a form that can be counted',
    owner: 'The Registered Manager',
    action: 'keep a log of every capacity assessment and best-interests decision, with the people consulted and the person\'s own wishes',
    report: 'how many decisions were logged and how many recorded the person\'s wishes',
    quarters: 1,
  },
  complaints: {
    absent: 'when each complaint was received, acknowledged and answered',
    owner: 'The Registered Manager',
    // How to complain in a way the person can use, and a dated log that shows how fast answers come.
    action: 'log every complaint and concern, however it is made, with the dates it was received, acknowledged and answered and what changed as a result, and go through an easy-read guide to complaining with each person at their next review',
    report: 'how many complaints were received, how quickly each was acknowledged and answered, and what changed',
    quarters: 1,
    // Beside entries saying how complaints are handled (and perhaps counting how fast), only what
    // none of them can say: whether the people who complained felt heard.
    besideLibrary: {
      action: 'ask each person whose complaint is closed, in the way they communicate, whether they felt listened to and how it could have been handled better, and record the answer',
      report: 'how many of those asked felt listened to, and what we changed',
    },
  },
  safeguarding: {
    absent: 'how people took part in the safeguarding enquiries about them',
    owner: 'The Registered Manager',
    action: 'record for every safeguarding concern what the person wanted to happen and whether an advocate supported them',
    report: 'how many enquiries recorded the person\'s wishes',
    quarters: 1,
  },
  outcomes: {
    absent: 'outcomes measured before and after support',
    owner: 'Key workers',
    action: 'agree one goal with each person at their next review and record where they start and where they are at each review after that',
    report: 'how many people moved towards their goal',
    quarters: 2,
  },
};

/**
 * What an answer says when a part asks for an example the records and the library cannot give
 * (what an advocate changed, a disagreement settled): that no recorded example can be given for
 * the period, and how such examples will be recorded from now on. Keyed by the topic the part is
 * about; a topic without an entry leaves the part to the writer.
 */
export interface ExampleGap {
  /** The example asked for, to follow "a recorded example of". */
  example: string;
  owner: string;
  /** What will be recorded and when, without its subject, to follow "will". */
  action: string;
  /** What the first report will give, to follow "we will report". */
  report: string;
  quarters: 1 | 2;
  /**
   * When the records hold such examples but none the person agreed to share: what will change,
   * in place of `action` (recording starting points would contradict outcomes already measured).
   */
  unshared?: { action: string; report: string };
}

export const EXAMPLE_GAPS: Readonly<Partial<Record<AskedTopicId, ExampleGap>>> = {
  advocacy: {
    example: 'a plan or decision that changed because of an independent advocate',
    owner: 'The Registered Manager',
    action: "ask each advocate, when their involvement ends, what changed because of it, and record the answer in the person's review summary",
    report: 'what advocates changed, with examples',
    quarters: 1,
  },
  'family-friends': {
    example: "a plan that changed because of what a relative or friend said",
    owner: 'Key workers',
    action: 'note in each review summary any change to the plan that a relative or friend proposed and the person agreed',
    report: 'how many plans changed this way, with examples',
    quarters: 1,
  },
  complaints: {
    example: 'a complaint, how quickly it was answered and what changed because of it',
    owner: 'The Registered Manager',
    action: 'write up each complaint closed as a short case note of what was raised, when it was acknowledged and answered, and what changed',
    report: 'those case notes, with names removed',
    quarters: 1,
  },
  disagreements: {
    example: 'a disagreement and how it was settled',
    owner: 'The Registered Manager',
    action: 'write up each disagreement that reaches them as a short case note of what the person wanted, what was agreed and how long it took',
    report: 'those case notes, with names removed',
    quarters: 1,
  },
  feedback: {
    example: 'a change made because of what people told us, checked afterwards',
    owner: 'The Nominated Individual',
    action: 'keep a log of each change made from feedback and check in the following quarter that it held',
    report: 'each change and whether it held',
    quarters: 2,
  },
  'co-production': {
    example: 'something people who use the service designed or changed with us',
    owner: 'The Nominated Individual',
    action: 'record each service change that people who use the service proposed or shaped, with who took part',
    report: 'those changes and who shaped them',
    quarters: 2,
  },
  outcomes: {
    example: 'an outcome a person set and reached, measured before and after',
    owner: 'Key workers',
    action: 'record where the person starts when each goal is set, and have someone other than the key worker check progress against it',
    report: 'the outcomes reached, with their before and after',
    quarters: 2,
    unshared: {
      action: 'ask each person whose goal is checked as reached whether it may be described, in what words, and record their answer',
      report: 'the outcomes people agreed to share, with their before and after',
    },
  },
  'person-led-planning': {
    example: 'a plan the person led, and what changed for them',
    owner: 'Key workers',
    action: "record in each review summary what the person asked for and what changed as a result",
    report: 'examples of what people asked for and got',
    quarters: 1,
  },
  safeguarding: {
    example: "a safeguarding enquiry where the person's own view shaped what happened",
    owner: 'The Registered Manager',
    action: 'record, for each safeguarding concern, the outcome the person wanted and whether it was reached',
    report: 'how often the outcome the person wanted was reached',
    quarters: 1,
  },
  'consent-capacity': {
    example: 'a best-interests decision, with who was consulted and what the person wanted',
    owner: 'The Registered Manager',
    action: "record, for each best-interests decision, who was consulted, what the person's own wishes were and what was decided",
    report: 'those decisions, with names removed',
    quarters: 1,
  },
  governance: {
    example: 'a finding from our own checks and the change it led to',
    owner: 'The Nominated Individual',
    action: 'record each finding from case sampling with the change it led to, and check it again the next quarter',
    report: 'the findings and the changes they led to',
    quarters: 1,
  },
  accessibility: {
    example: "a meeting adapted to a person's communication needs and what that made possible",
    owner: 'Key workers',
    action: 'note in each review summary how the meeting was adapted and whether the person said it helped',
    report: 'how many reviews were adapted and what people said',
    quarters: 1,
  },
};

/**
 * What an answer says when a part asks how something is checked ("how you check the quality of
 * capacity assessments") and neither the records nor the practice library show any check of
 * it: that the records do not yet show one, and the check that will be put in place, by whom,
 * from when, and what its first report will give. Keyed by the topic the part is about; a topic
 * without an entry (person-led planning, which the Nominated Individual's case sampling reads
 * against what the person wanted) is answered by that sampling instead.
 */
export interface CheckGap {
  /** What is not yet checked, to follow "Our records for Q2 2026 do not yet show a check of". */
  checked: string;
  owner: string;
  /** The check, without its subject, to follow "will". */
  action: string;
  /** What the first report will give, to follow "we will report". */
  report: string;
  quarters: 1 | 2;
}

export const CHECK_GAPS: Readonly<Partial<Record<AskedTopicId, CheckGap>>> = {
  'consent-capacity': {
    checked: 'the quality of capacity assessments and best-interests records',
    owner: 'The Registered Manager',
    action:
      "read a sample of capacity assessments and best-interests records each quarter, checking that each assessment is about a single named decision and shows how the person was helped to decide, and that each best-interests record names who was consulted and what the person wanted, and give each author written feedback",
    report: 'how many of the records read met that standard',
    quarters: 1,
  },
  // That a change held (a manager checked it is in place) is not that it made a difference.
  feedback: {
    checked: 'whether each change made from feedback made the difference people asked for',
    owner: 'Key workers',
    action: 'ask the people who raised each change, at their next review, whether it made the difference they wanted, and record their answer beside the change',
    report: 'what people said about each change',
    quarters: 1,
  },
  'family-friends': {
    checked: 'whether the people each person chose were invited and heard',
    owner: 'The Registered Manager',
    action: "check a sample of review records each quarter for who the person asked to have there, whether they were invited, and whether their views were written down",
    report: 'how many of the reviews checked showed all of it',
    quarters: 1,
  },
  advocacy: {
    checked: 'whether an advocate was involved every time one was needed',
    owner: 'The Registered Manager',
    action: 'go through each best-interests decision, safeguarding enquiry and proposed move of home every quarter and check whether an advocate was needed and, where it was, whether an advocate took part',
    report: 'how many needed an advocate and how many of them had one',
    quarters: 1,
  },
  accessibility: {
    checked: 'whether meetings suited the people taking part',
    owner: 'Key workers',
    action: 'ask the person, and anyone they brought, at the end of each review whether the time, the place and the format worked for them, and record the answer',
    report: 'the share who said it worked, and what we changed where it did not',
    quarters: 1,
  },
  summaries: {
    checked: 'whether people understood the record of their review',
    owner: 'The Registered Manager',
    action: 'ask a sample of people each quarter whether their review summary was clear and in a form they could use, and check that each action in it was done by its date',
    report: 'what people told us and how many actions were done on time',
    quarters: 1,
  },
  'co-production': {
    checked: 'whether what people proposed for the service changed anything',
    owner: 'The Nominated Individual',
    action: 'log every proposal that people who use the service or their families make about how it runs, record whether it was adopted and, where it was not, tell them why, and ask those taking part each year whether they felt listened to',
    report: 'how many proposals were adopted and what those taking part told us',
    quarters: 2,
  },
  outcomes: {
    checked: 'progress towards goals by anyone other than the key worker',
    owner: 'The Registered Manager',
    action: "check each goal marked as reached against the person's own account and a record, before it is counted",
    report: 'how many goals were confirmed this way',
    quarters: 1,
  },
  'information-sharing': {
    checked: 'whether information was shared only as the person agreed',
    owner: 'The Registered Manager',
    action: "check a sample of records each month for the person's recorded agreement before each time their information was shared",
    report: 'how many of the records checked showed that agreement',
    quarters: 1,
  },
};
