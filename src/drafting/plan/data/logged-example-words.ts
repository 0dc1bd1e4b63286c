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
