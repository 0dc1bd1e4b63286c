import type { TriggerPhrase } from './trigger-phrase.js';

/**
 * Phrases that describe consultation with no reply on what changed, co-production reduced
 * to signatures, or involvement only once a year (rule `no-tokenism`; seeds 000 and 002).
 * A sentence containing one is flagged unless it is specific (see specificity.ts), which for
 * most of these means saying what changed.
 *
 * To extend: add an entry or a pattern; same syntax as vague-phrases.ts.
 */
export const tokenismPhrases: readonly TriggerPhrase[] = [
  {
    id: 'consulted-without-reply',
    patterns: [
      '{we}\\s+(?:have\\s+)?(?:consulted|consults?|surveyed|survey|asked|ask|sought|seek|gathered|gather|collected|collect|canvassed|obtained|invited)\\s+(?:with\\s+)?(?:the\\s+)?(?:views|opinions|feedback|{people})',
      '{people}\\s+{be}\\s+(?:consulted|asked|surveyed|invited)',
      "(?:views|opinions|feedback|comments|input|suggestions)\\s+(?:of\\s+[\\w' ]{1,30}?\\s+)?{be}\\s+(?:sought|gathered|collected|welcomed|valued|encouraged|taken into account|considered|listened to|requested|invited|obtained)",
      'taken into account',
      '(?:we|staff)\\s+(?:have\\s+)?listened\\s+to',
    ],
    gaps: ['what-changed'],
    ladder: 'consultation',
    advice: 'say what changed as a result, or why it could not',
    expected: [
      'We asked relatives about visiting times and, as a result, moved the Sunday slot to the afternoon.',
      'Publish a short "you said, we did" note with one change and how you will check it held.',
    ],
  },
  {
    id: 'feedback-valued',
    patterns: [
      '(?:we|staff)\\s+(?:value|values|welcome|welcomes|appreciate|encourage)\\s+(?:the\\s+)?(?:feedback|views|input|comments|opinions|suggestions|contributions)',
      '(?:have|has|had|given|giving)\\s+(?:the\\s+)?(?:opportunity|chance)\\s+to\\s+(?:comment|give|share|feed back|have)',
      'have (?:their|his|her) say',
      '(?:gave|give|gives|giving|provide|provided)\\s+(?:their\\s+)?feedback',
      '(?:share|shared|give|gave)\\s+(?:their|his|her)\\s+views',
    ],
    gaps: ['what-changed'],
    ladder: 'consultation',
    advice: 'show the reply: what changed because of the feedback',
    expected: ['Relatives asked for shorter meetings, so reviews now run to [the agreed length] with a break.'],
  },
  {
    id: 'survey-only',
    patterns: [
      '(?:satisfaction\\s+)?surveys?',
      'questionnaires?',
      'feedback forms?',
      'suggestion box(?:es)?',
      'comments? box(?:es)?',
      'family forums?',
    ],
    gaps: ['what-changed'],
    ladder: 'consultation',
    advice: 'say what the answers changed and when you reported back',
    expected: ['The quarterly family survey led to summaries sent by text as well as email from April 2026.'],
  },
  {
    id: 'signature-only',
    patterns: [
      '(?:sign|signs|signed|countersign|countersigns|countersigned|signing)\\s+(?:off\\s+)?(?:on\\s+)?(?:the|their|his|her|new|a|each)?\\s*(?:[\\w-]+\\s+){0,2}?(?:plans?|agreements?|forms?)',
      'plans?\\s+{be}\\s+signed',
      'to sign',
      'signatures?',
    ],
    gaps: ['how', 'what-changed'],
    ladder: 'information',
    advice: 'show how the plan was written together, not that it was signed',
    expected: [
      'The person and their chosen supporters write the goals in the person\'s own words with the key worker at a 45-minute goal-setting session.',
    ],
  },
  {
    id: 'annual-only',
    patterns: ['annual(?:ly)?', 'yearly', 'once a year', 'every year', 'each year'],
    gaps: ['how-often', 'what-changed'],
    ladder: 'consultation',
    advice: 'add the contact between annual reviews and what changed',
    expected: ['Monthly mini-reviews (15–30 minutes) and a quarterly deep-dive sit between annual reviews.'],
    needsInvolvementTopic: true,
  },
  {
    id: 'told-after-decision',
    patterns: [
      '(?:told|informed|notified)\\s+(?:of|about)\\s+(?:the\\s+)?(?:decisions?|changes?|outcomes?)',
      'once\\s+(?:the\\s+)?(?:plan|decision)s?\\s+{be}\\s+(?:finalised|agreed|made)',
      'after (?:they|it|decisions?|the plan) (?:is|are|was|were|has been|have been) (?:agreed|made|finalised)',
      'before the (?:plan|decision) (?:was|is|had been) (?:agreed|made|finalised)',
    ],
    gaps: ['how', 'what-changed'],
    ladder: 'information',
    advice: 'involve people before the decision and say what their view changed',
    expected: ['Relatives see the options a week before the review, and the record shows how their view shaped the decision.'],
  },
];
