/**
 * What a flagged sentence is about decides how its "after" is built: which template folder
 * (templates/rewrites/<id>) and which figures may back it, best first. First match wins;
 * `meetings` is the default.
 *
 * To extend: add a pattern (regular-expression source, lower case) or a topic with its templates.
 */
export interface RewriteTopic {
  id: string;
  patterns: readonly string[];
  figures: readonly string[];
}

export const rewriteTopics: readonly RewriteTopic[] = [
  { id: 'advocacy', patterns: ['advoca(?:te|tes|cy)', 'imcas?', 'best[- ]interests?', 'capacity'], figures: ['advocate-response', 'participation-advocate'] },
  {
    id: 'feedback',
    patterns: ['feedback', 'surveys?', 'questionnaires?', 'consult(?:s|ed|ing|ation)?', 'views', 'opinions', 'listen(?:s|ed|ing)?', 'suggestions?', 'comments?', 'have (?:their|a|his|her) say'],
    figures: ['feel-involved-agree', 'involvement-compliments', 'feel-involved'],
  },
  {
    id: 'communication',
    patterns: ['inform(?:s|ed|ing)?', 'updat(?:e|es|ed|ing)', 'up to date', 'in the loop', 'communicat(?:e|es|ion|ing)', 'summar(?:y|ies)', 'newsletters?', 'told', 'contact'],
    figures: ['summaries-on-time', 'actions-on-time'],
  },
  { id: 'planning', patterns: ['plans?', 'planning', 'sign(?:s|ed|ing)?', 'signatures?', 'goals?', 'co-?produc(?:e|es|ed|ing|tion)'], figures: [] },
  { id: 'meetings', patterns: [], figures: ['participation', 'participation-family', 'agenda-notice'] },
];
