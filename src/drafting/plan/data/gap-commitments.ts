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
    absent: 'what prompted each review held earlier than planned, or who asked for it',
    owner: 'Key workers',
    action: 'record the reason for every review held outside the usual rhythm, including when the person asked for it themselves',
    report: 'how many early reviews were held and who asked for them',
    quarters: 1,
  },
  'consent-capacity': {
    absent: 'capacity assessments and best-interests decisions in a form that can be counted',
    owner: 'The Registered Manager',
    action: 'keep a log of every capacity assessment and best-interests decision, with the people consulted and the person\'s own wishes',
    report: 'how many decisions were logged and how many recorded the person\'s wishes',
    quarters: 1,
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
