import { textAnalysisOf } from '../analyse-text.js';
import { VAGUE_RULE_ID } from '../flag-sentence.js';
import type { EvidencePack } from '../../evidence/evidence-pack-schema.js';
import { ruleUrl, type CheckRule } from '../rule.js';

const examplePack: EvidencePack = {
  figures: [
    {
      id: 'summaries-on-time',
      label: 'Meeting summaries sent within 5 working days',
      value: 96,
      unit: 'percent',
      numerator: 48,
      denominator: 50,
      period: '2026-Q2',
      place: 'Northgate',
      source: 'review records: 50 reviews',
    },
  ],
  standards: [],
};
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
        message: 'Unexpected `involve families`, say who takes part, how often, in what format and what changed — e.g. “The key worker invites the people the person chooses to a 30-minute monthly mini-review, with an easy-read agenda sent five days before.”',
      },
      {
        text: 'An advocate can be arranged.',
        message: 'Unexpected `advocate can be arranged`, list the advocacy triggers and the referral standard — e.g. “Advocate triggers are listed in each plan; the key worker refers within 48 hours and the advocate attends or sends a written view.”',
      },
      {
        text: 'We hold regular meetings with relatives.',
        message: 'Unexpected `regular`, give the cadence (monthly, every two weeks, within five working days) — e.g. “Monthly 15–30 minute mini-reviews plus a quarterly deep-dive.”',
      },
      {
        text: 'Involvement documents are available to families.',
        message:
          'Unexpected `documents are available`, describe the cycle the document sits in: who prepares it, in what format and when it is sent — e.g. “The key worker prepares an easy-read agenda, sends it five days before the meeting and posts the summary within five working days.”',
      },
      {
        // With an evidence pack, the suggestion uses the organisation's own figure, not "[x of y]".
        text: 'Our approach to reviews is robust.',
        options: { pack: examplePack },
        message:
          'Unexpected `robust`, replace it with something measurable: a standard, a cadence or a dated figure — e.g. “In 2026-Q2 at Northgate, 48 of 50 (96%): meeting summaries sent within 5 working days.”',
      },
    ],
  },
  transform(tree, file) {
    reportSentenceFlags(file, noVagueInvolvement, textAnalysisOf(tree, file).sentences, 'vague');
  },
};
