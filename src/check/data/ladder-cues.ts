import type { LadderRung } from '../check-schema.js';

/**
 * Cues for the rungs of the ladder of participation: information, consultation,
 * participation, co-production. A sentence sits on the highest rung it has a cue for.
 *
 * To extend: add a regular-expression source (lower case, whole words) to a rung.
 */
export const ladderCues: Readonly<Record<LadderRung, readonly string[]>> = {
  information: [
    'inform(?:s|ed|ing)?',
    'updat(?:e|es|ed|ing)',
    'up to date',
    'told',
    'notif(?:y|ied|ies)',
    'newsletters?',
    'leaflets?',
    'available',
    '(?:send|sends|sent|receive|receives|received) (?:a|the) (?:copy|summary|summaries)',
    'communicat(?:e|es|ion|ing)',
  ],
  consultation: [
    'consult(?:s|ed|ing|ation)?',
    'views',
    'opinions',
    'feedback',
    'surveys?',
    'questionnaires?',
    'comments?',
    'listen(?:s|ed|ing)?',
    'have (?:their|his|her) say',
    'asked',
    'suggestions?',
  ],
  participation: [
    'involv(?:e|es|ed|ing|ement)',
    'take part',
    'participat(?:e|es|ed|ing|ion)',
    'attend(?:s|ed|ing)?',
    'join(?:s|ed|ing)?',
    'contribut(?:e|es|ed|ing|ion)',
    'engag(?:e|es|ed|ing|ement)',
    'invited',
    'partnership',
  ],
  'co-production': [
    'co-?produc(?:e|es|ed|ing|tion)',
    'co-?design(?:s|ed|ing)?',
    'co-?writ(?:e|es|ing|ten)',
    'jointly',
    'together',
    'equal partners?',
    'shared decision',
    'the person (?:leads|chooses|decides|sets)',
    'people choose',
    "in (?:the person's|their|his|her) own words",
  ],
};

/**
 * Words that make a sentence or section "about involvement" (structure rule, and triggers
 * such as `annual-only` that only count in that context).
 */
export const involvementTopicPatterns: readonly string[] = [
  'involv(?:e|es|ed|ing|ement)',
  'famil(?:y|ies)',
  "families'",
  'relatives?',
  'parents?',
  'carers?',
  'advoca(?:te|tes|cy)',
  'imca',
  'imha',
  'co-?produc(?:e|es|ed|ing|tion)',
  'person-centred',
  'circle of support',
  'chosen supporters',
  'reviews?',
  'mini-reviews?',
  'deep-dives?',
  'consult(?:s|ed|ing|ation)?',
  'feedback',
  'views',
  'participat(?:e|es|ed|ing|ion)',
  'best[- ]interests?',
];
