/**
 * Topics a tender question can ask about, the words that signal each (regular-expression
 * sources, lower case, whole words) and the figures that answer it, best first. A figure's
 * `group` keeps near-duplicates (family and advocate participation) out of the same answer.
 *
 * To extend: add a keyword to a topic, or a figure catalogue id to its list (enablement
 * outcome groups all answer as `enablement-measure`).
 */
export interface QuestionTopic {
  id: string;
  keywords: readonly string[];
  figures: readonly string[];
}

export const questionTopics: readonly QuestionTopic[] = [
  {
    id: 'participation',
    keywords: ['famil(?:y|ies)', 'relatives?', 'carers?', 'friends?', 'circle of support', 'involv(?:e|es|ed|ing|ement)', 'participat(?:e|ion)', 'co-?produc(?:e|tion)', 'partnership', 'person-centred', 'supporters'],
    figures: ['participation', 'participation-family', 'cadence', 'cadence-monthly', 'participation-advocate'],
  },
  {
    id: 'timeliness',
    keywords: ['summar(?:y|ies)', 'timel(?:y|iness)', 'deadlines?', 'follow[- ]up', 'actions?', 'records?', 'communicat(?:e|ion)', 'inform(?:ed|ation)?'],
    figures: ['summaries-on-time', 'actions-on-time', 'agenda-notice'],
  },
  {
    id: 'accessibility',
    keywords: ['accessib(?:le|ility)', 'easy[- ]read', 'formats?', 'communication needs', 'language', 'bsl', 'reasonable adjustments?', 'agendas?'],
    figures: ['accessible-formats', 'agenda-notice'],
  },
  {
    id: 'experience',
    keywords: ['experience', 'feedback', 'satisfaction', 'voice', 'listen(?:ing)?', 'views', 'compliments?', 'you said', 'co-design', 'engagement', 'user[- ]led'],
    figures: ['feel-involved-agree', 'feel-involved', 'involvement-compliments', 'changes-from-feedback'],
  },
  {
    id: 'outcomes',
    keywords: ['outcomes?', 'enablement', 'independen(?:ce|t)', 'progress', 'goals?', 'skills', 'positive risk', 'social value'],
    figures: ['enablement-measure', 'enablement-verified'],
  },
  {
    id: 'escalation',
    keywords: ['disputes?', 'disagree(?:ment|ments)?', 'complaints?', 'escalat(?:e|ion)', 'advoca(?:te|tes|cy)', 'imca', 'capacity', 'best[- ]interests?', 'safeguarding', 'rights'],
    figures: ['advocate-response', 'disputes-resolved', 'participation-advocate'],
  },
];

/** Near-duplicate figures: at most one per group goes into an answer. */
export const figureGroups: Readonly<Record<string, string>> = {
  participation: 'participation',
  'participation-family': 'participation',
  'participation-advocate': 'participation-advocate',
  cadence: 'cadence',
  'cadence-monthly': 'cadence',
  'summaries-on-time': 'summaries',
  'summaries-within-10': 'summaries',
  'feel-involved': 'feel-involved',
  'feel-involved-agree': 'feel-involved',
};

/** Answer order when the question names no topic (a general involvement question). */
export const defaultTopicOrder: readonly string[] = ['participation', 'timeliness', 'experience', 'accessibility', 'outcomes', 'escalation'];

/**
 * Figures never offered as evidence: NI sampling belongs to the assurance line, and the
 * 10-day summary figure would sit beside a stricter organisation standard.
 */
export const notEvidence: readonly string[] = ['ni-sampling', 'summaries-within-10'];
