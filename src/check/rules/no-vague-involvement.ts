import { textAnalysisOf } from '../analyse-text.js';
import { VAGUE_RULE_ID } from '../flag-sentence.js';
import { ruleUrl, type CheckRule } from '../rule.js';
import { reportSentenceFlags } from './sentence-flag-report.js';

/**
 * Involvement asserted without who, how often, how or what changed ("we involve families",
 * "advocacy is arranged if required", "robust", "we are committed to"). Phrases live in
 * data/vague-phrases.ts; a sentence that names a role, cadence, format, dated figure or
 * what changed is not flagged (data/specificity.ts).
 */
export const noVagueInvolvement: CheckRule = {
  ruleId: VAGUE_RULE_ID,
  category: 'vague',
  url: ruleUrl(VAGUE_RULE_ID),
  description: 'Involvement asserted without who, how often, how or what changed.',
  stage: 'retext',
  examples: {
    ok: [
      { text: 'The key worker invites the people the person chooses to a 30-minute monthly mini-review.' },
      {
        text: 'Where appropriate, for example a serious medical decision with no family able to speak up, the key worker refers to an IMCA within 48 hours.',
      },
      { text: 'We are committed to fast summaries: the key worker sends an easy-read version within five working days.' },
    ],
    notOk: [
      {
        text: 'We involve families in care planning.',
        message: 'Unexpected `involve families`, say who takes part, how often, in what format and what changed',
      },
      {
        text: 'An advocate can be arranged.',
        message: 'Unexpected `advocate can be arranged`, list the advocacy triggers and the referral standard',
      },
      {
        text: 'We hold regular meetings with relatives.',
        message: 'Unexpected `regular`, give the cadence (monthly, every two weeks, within five working days)',
      },
      {
        text: 'Involvement documents are available to families.',
        message:
          'Unexpected `documents are available`, describe the cycle the document sits in: who prepares it, in what format and when it is sent',
      },
    ],
  },
  transform(tree, file) {
    reportSentenceFlags(file, noVagueInvolvement, textAnalysisOf(tree, file).sentences, 'vague');
  },
};
