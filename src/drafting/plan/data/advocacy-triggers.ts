/**
 * When each type of independent advocate is brought in: the legal triggers, in plain words,
 * for the advocacy section of an answer. Keyed by the advocate types the referral records use;
 * only types the period's records show are described.
 */
export const ADVOCATE_TRIGGER_RULES: Readonly<Record<string, string>> = {
  imca: 'an IMCA when a person who lacks capacity for the decision faces serious medical treatment or a move of home and has nobody appropriate to consult',
  'care-act': 'a Care Act advocate when a person would have substantial difficulty taking part in an assessment, a care review or a safeguarding enquiry and has nobody appropriate to support them',
  imha: 'an IMHA when a person is detained under the Mental Health Act or on a community treatment order, as they are entitled to one',
  rpr: "a paid Relevant Person's Representative when a person is deprived of their liberty and no family member or friend can take the role",
  other: 'another independent advocate when the person asks for one',
};
