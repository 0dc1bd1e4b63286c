/**
 * How the coded values of a logged referral or disagreement are said inside an example. A value
 * missing here is left unsaid rather than guessed: "a disagreement was logged" is still true.
 */

/** Why a referral was made, completing "one person was referred for an IMCA …". */
export const REFERRAL_REASON_WORDS: Readonly<Record<string, string>> = {
  'best-interests': 'ahead of a best-interests decision',
  'serious-medical-treatment': 'when serious medical treatment was proposed',
  'accommodation-change': 'when a move of home was proposed',
  'no-appropriate-person': 'because nobody appropriate could support them',
  'dols-lps': 'while their deprivation of liberty was being authorised or reviewed',
  safeguarding: 'during a safeguarding enquiry',
  'care-act-assessment': 'for a Care Act assessment or review',
  'mental-health-act': 'while detained or on a community treatment order under the Mental Health Act',
};

/** What a disagreement was about, completing "a disagreement about …". */
export const DISAGREEMENT_TOPIC_WORDS: Readonly<Record<string, string>> = {
  'support-plan': 'what one person’s support plan should say',
  medication: 'one person’s medication',
  finances: 'how one person’s money is managed',
  contact: 'one person’s contact with family and friends',
  risk: 'how a risk in one person’s life should be managed',
  accommodation: 'where one person lives',
};

/** Who settled it, by the furthest level it reached, completing "…; {who} in 12 working days". */
export const SETTLED_BY_LEVEL: Readonly<Record<string, string>> = {
  'key-worker': 'the key worker settled it with the person',
  rm: 'it went to the Registered Manager, who settled it',
  ni: 'it went to the Nominated Individual, who settled it',
};

/** A review an advocate took part in after the referral, completing "took part in the person's …". */
export const REVIEW_TYPE_WORDS: Readonly<Record<string, string>> = {
  complex: 'complex review',
  'deep-dive': 'deep-dive review',
  'mini-review': 'mini-review',
  'goal-setting': 'goal-setting meeting',
  debrief: 'debrief',
};

/** What an advocate's involvement led to, as a sentence after the referral's timing ("{outcome}."). */
export const ADVOCACY_OUTCOME_WORDS: Readonly<Record<string, string>> = {
  'decision-changed': 'After the advocate set out what the person wanted, the decision was changed',
  'plan-changed': "The person's support plan was changed to include what the advocate raised on their behalf",
  'wishes-recorded': "The advocate made sure the person's own wishes and feelings were written into the decision record",
  'decision-challenged': 'With the advocate, the person formally challenged the decision',
  'no-change': "The advocate agreed that the proposed decision reflected the person's wishes, so it went ahead unchanged",
};

/** How a disagreement ended, as a sentence after who settled it ("{outcome}."). */
export const DISAGREEMENT_OUTCOME_WORDS: Readonly<Record<string, string>> = {
  'plan-changed': 'The plan was changed as asked',
  'part-agreed': 'Both sides agreed a change part of the way towards what was asked',
  'agreed-after-explanation': 'Once the reasons were explained, the person who raised it agreed the plan should stand',
  'not-upheld': 'The plan stayed as it was, and the person who raised it was told how to take it further through the complaints process',
};
