import { textAnalysisOf } from '../analyse-text.js';
import { TOKENISM_RULE_ID } from '../flag-sentence.js';
import { ruleUrl, type CheckRule } from '../rule.js';
import { reportSentenceFlags } from './sentence-flag-report.js';

/**
 * Consultation with no reply on what changed, co-production reduced to signatures, or
 * involvement only at an annual review (seeds 000 and 002). Phrases live in
 * data/tokenism-phrases.ts.
 */
export const noTokenism: CheckRule = {
  ruleId: TOKENISM_RULE_ID,
  category: 'tokenism',
  url: ruleUrl(TOKENISM_RULE_ID),
  description: 'Consultation with no reply on what changed, signatures in place of co-production, annual-only involvement.',
  stage: 'retext',
  examples: {
    ok: [
      { text: 'We consulted families on visiting times, and as a result we moved the Sunday slot to the afternoon.' },
      { text: 'You said, we did: relatives wanted shorter meetings, so reviews now run for 30 minutes with a break.' },
    ],
    notOk: [
      {
        text: 'We consulted families on the new visiting arrangements.',
        message: 'Unexpected `We consulted families`, say what changed as a result, or why it could not — e.g. “We asked relatives about visiting times and, as a result, moved the Sunday slot to the afternoon.”',
      },
      {
        text: 'Families sign the support plan to show their agreement.',
        message: 'Unexpected `sign the support plan`, show how the plan was written together, not that it was signed — e.g. “The person and their chosen supporters write the goals in the person\'s own words with the key worker at a 45-minute goal-setting session.”',
      },
      {
        text: 'Families complete a questionnaire about our service.',
        message: 'Unexpected `questionnaire`, say what the answers changed and when you reported back — e.g. “The quarterly family survey led to summaries sent by text as well as email from April 2026.”',
      },
    ],
  },
  transform(tree, file) {
    reportSentenceFlags(file, noTokenism, textAnalysisOf(tree, file).sentences, 'tokenism');
  },
};
