/**
 * The provider's words for Assured's coded values, one table per list of accepted values
 * (vocabulary.ts). Keys are compared after `valueWords` (lower case, punctuation dropped), so
 * "Advocate (IMCA)" and "advocate imca" are one key. Only exact entries are used, each one
 * reported with its row count; anything else is refused with the accepted values.
 */
import * as v from '../vocabulary.js';

export type ValueTable = Readonly<Record<string, string>>;

export function valueWords(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9✓✔✗✘]+/g, ' ')
    .trim();
}

export const YES_NO_WORDS: ValueTable = {
  '✓': 'yes',
  '✔': 'yes',
  '✗': 'no',
  '✘': 'no',
  attended: 'yes',
  present: 'yes',
  'took part': 'yes',
  sent: 'yes',
  'did not attend': 'no',
  dna: 'no',
  'not attended': 'no',
  absent: 'no',
  'not present': 'no',
  none: 'no',
  'not sent': 'no',
};

const FORMAT_WORDS: ValueTable = {
  'easy read': 'easy-read',
  'easyread': 'easy-read',
  'bsl interpreter': 'bsl',
  'british sign language': 'bsl',
  'sign language': 'bsl',
  'large print': 'large-print',
  'audio recording': 'audio',
  'interpreter': 'translation',
  'translated': 'translation',
  'pictures': 'pictorial',
  'symbols': 'pictorial',
  'makaton': 'pictorial',
};

const PERSON_ROLE_WORDS: ValueTable = {
  'service user': 'person',
  'client': 'person',
  'resident': 'person',
  'self': 'person',
  'mum': 'family',
  'mother': 'family',
  'dad': 'family',
  'father': 'family',
  'parent': 'family',
  'sister': 'family',
  'brother': 'family',
  'son': 'family',
  'daughter': 'family',
  'relative': 'family',
  'next of kin': 'family',
  'family member': 'family',
  'carer': 'family',
  'advocate imca': 'advocate',
  'imca': 'advocate',
  'care act advocate': 'advocate',
  'independent advocate': 'advocate',
  'rpr': 'advocate',
  'imha': 'advocate',
  'keyworker': 'key-worker',
  'key worker': 'key-worker',
  'registered manager': 'rm',
  'manager': 'rm',
  'nominated individual': 'ni',
  'social worker': 'professional',
  'gp': 'professional',
  'nurse': 'professional',
  'staff': 'key-worker',
};

const ADVOCATE_WORDS: ValueTable = {
  'advocate imca': 'imca',
  'independent mental capacity advocate': 'imca',
  'care act advocate': 'care-act',
  'care act': 'care-act',
  'advocate care act': 'care-act',
  'relevant person s representative': 'rpr',
  'relevant persons representative': 'rpr',
  'paid rpr': 'rpr',
  'independent mental health advocate': 'imha',
  'advocate imha': 'imha',
  'advocate': 'other',
};

const REVIEW_TYPE_WORDS: ValueTable = {
  'mini review': 'mini-review',
  'monthly review': 'mini-review',
  '6 weekly review': 'mini-review',
  'six weekly review': 'mini-review',
  'quarterly review': 'deep-dive',
  'quarterly deep dive': 'deep-dive',
  'deep dive': 'deep-dive',
  'goal setting': 'goal-setting',
  'initial review': 'goal-setting',
  'care plan review': 'goal-setting',
  'best interests': 'complex',
  'best interests meeting': 'complex',
  'complex review': 'complex',
  'mdt review': 'complex',
  'post incident debrief': 'debrief',
  'incident debrief': 'debrief',
};

const MODE_WORDS: ValueTable = {
  'face to face': 'in-person',
  'in person': 'in-person',
  'attended': 'in-person',
  'video call': 'remote',
  'teams': 'remote',
  'zoom': 'remote',
  'phone': 'remote',
  'telephone': 'remote',
  'online': 'remote',
  'in writing': 'async',
  'written': 'async',
  'views sent in writing': 'async',
  'email': 'async',
  'letter': 'async',
};

const OWNER_WORDS: ValueTable = {
  'keyworker': 'key-worker',
  'key worker': 'key-worker',
  'registered manager': 'rm',
  'manager': 'rm',
  'nominated individual': 'ni',
  'service user': 'person',
  'mum': 'family',
  'relative': 'family',
};

/** Per list of accepted values, the provider's words for its values. */
export const VALUE_SYNONYMS = new Map<readonly string[], ValueTable>([
  [v.ACCESSIBLE_FORMATS, { ...FORMAT_WORDS, 'standard': 'none', 'no': 'none', 'n a': 'none' }],
  [v.AGENDA_FORMATS, { ...FORMAT_WORDS, 'normal': 'standard', 'standard letter': 'standard' }],
  [v.REVIEW_TYPES, REVIEW_TYPE_WORDS],
  [v.CHAIR_ROLES, { ...OWNER_WORDS }],
  [v.PARTICIPANT_ROLES, PERSON_ROLE_WORDS],
  [v.ADVOCATE_TYPES, ADVOCATE_WORDS],
  [v.PARTICIPATION_MODES, MODE_WORDS],
  [v.ACTION_OWNERS, { ...OWNER_WORDS, 'advocate imca': 'advocate' }],
  [v.RESPONDENT_ROLES, PERSON_ROLE_WORDS],
  [v.RAISED_BY_ROLES, { ...PERSON_ROLE_WORDS, 'staff': 'staff', 'key worker': 'staff', 'keyworker': 'staff' }],
  [v.ESCALATION_LEVELS, OWNER_WORDS],
  [v.REFERRAL_TRIGGERS, { 'mental health act': 'mental-health-act', 'detained': 'mental-health-act', 'detention': 'mental-health-act', 'sectioned': 'mental-health-act', 'community treatment order': 'mental-health-act', 'cto': 'mental-health-act' }],
  [v.ADVOCACY_OUTCOMES, { 'decision changed': 'decision-changed', 'plan changed': 'plan-changed', 'care plan changed': 'plan-changed', 'support plan changed': 'plan-changed', 'wishes recorded': 'wishes-recorded', 'views recorded': 'wishes-recorded', 'challenged': 'decision-challenged', 'decision challenged': 'decision-challenged', 'no change': 'no-change', 'none': 'no-change' }],
  [v.DISAGREEMENT_OUTCOMES, { 'plan changed': 'plan-changed', 'upheld': 'plan-changed', 'partly upheld': 'part-agreed', 'partially upheld': 'part-agreed', 'compromise': 'part-agreed', 'agreed after explanation': 'agreed-after-explanation', 'resolved informally': 'agreed-after-explanation', 'not upheld': 'not-upheld' }],
  [v.VERIFIER_ROLES, OWNER_WORDS],
  [v.SAMPLER_ROLES, OWNER_WORDS],
]);
