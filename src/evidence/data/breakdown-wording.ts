/**
 * How the values recorded in referral, disagreement, participant and review rows are named
 * inside a figure's subject ("advocate referrals prompted by a best-interests decision").
 * A value missing here is written with its hyphens as spaces.
 */
export const REFERRAL_TRIGGER_WORDS: Readonly<Record<string, string>> = {
  'serious-medical-treatment': 'a decision about serious medical treatment',
  'accommodation-change': 'a possible change of accommodation',
  'no-appropriate-person': 'nobody appropriate to support the person',
  // DoLS covers care homes and hospitals only; in supported living and at home the Court of
  // Protection authorises it, so the words name neither route.
  'dols-lps': 'a deprivation of liberty being authorised or reviewed',
  safeguarding: 'a safeguarding enquiry',
  'care-act-assessment': 'a Care Act assessment or review',
  'best-interests': 'a best-interests decision',
  'mental-health-act': 'detention or a community treatment order under the Mental Health Act',
  other: 'another reason',
};

export const ADVOCATE_TYPE_WORDS: Readonly<Record<string, { one: string; many: string }>> = {
  imca: { one: 'IMCA', many: 'IMCAs' },
  'care-act': { one: 'Care Act advocate', many: 'Care Act advocates' },
  rpr: { one: "Relevant Person's Representative", many: "Relevant Person's Representatives" },
  imha: { one: 'IMHA', many: 'IMHAs' },
  other: { one: 'other independent advocate', many: 'other independent advocates' },
};

export const ESCALATION_LEVEL_WORDS: Readonly<Record<string, string>> = {
  'key-worker': 'settled with the key worker',
  rm: 'taken to the Registered Manager',
  ni: 'taken to the Nominated Individual',
};

export const PARTICIPATION_MODE_WORDS: Readonly<Record<string, string>> = {
  'in-person': 'in person',
  remote: 'by video or phone',
  async: 'in writing or by voice note',
};

export const AGENDA_FORMAT_WORDS: Readonly<Record<string, string>> = {
  'easy-read': 'easy read',
  audio: 'audio',
  bsl: 'British Sign Language',
  'large-print': 'large print',
  translation: 'translation',
  pictorial: 'pictures',
};

export function wordsFor(table: Readonly<Record<string, string>>, key: string): string {
  return table[key] ?? key.replace(/-/g, ' ');
}
