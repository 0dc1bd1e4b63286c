import type { TriggerPhrase } from './trigger-phrase.js';

/**
 * Phrases that assert involvement without saying who, how often, how or what changed
 * (rule `no-vague-involvement`). A sentence containing one is flagged unless it is specific
 * (see specificity.ts).
 *
 * To extend: add an entry (or a pattern to an existing entry). Patterns are regular-expression
 * sources in lower case, matched as whole words; `{people}`, `{be}`, `{we}`, `{adv}`, `{num}`
 * are shorthands from vocabulary.ts. Keep `advice` short: it completes "Unexpected `…`, ".
 */
export const vaguePhrases: readonly TriggerPhrase[] = [
  {
    id: 'involve-people',
    patterns: [
      '(?:involv(?:e|es|ed|ing)|includ(?:e|es|ed|ing)|engag(?:e|es|ed|ing) with)\\s+{people}',
      '{people}\\s+{be}\\s+{adv}(?:involved|included|engaged)',
      '(?:family|carer|parent|relative|advocate)\\s+(?:involvement|engagement)',
    ],
    gaps: ['who', 'how-often', 'how', 'what-changed'],
    ladder: 'participation',
    advice: 'say who takes part, how often, in what format and what changed',
    expected: [
      'The key worker invites the people the person chooses to a 30-minute monthly mini-review, with an easy-read agenda sent five days before.',
      'Add what changed as a result, e.g. "which led to evening reviews for working parents".',
    ],
  },
  {
    id: 'kept-informed',
    patterns: [
      '{people}\\s+{be}\\s+{adv}(?:kept\\s+)?(?:informed|updated|up to date|in the loop|notified)',
      '(?:keep|keeps|keeping|update|updates|updating)\\s+{people}(?:\\s+(?:informed|updated|up to date))?',
    ],
    gaps: ['who', 'how-often', 'how'],
    ladder: 'information',
    advice: 'say who updates whom, how often and in what format',
    expected: [
      'The key worker sends a plain-English summary to the people the person chooses within five working days of each review.',
    ],
  },
  {
    id: 'conditional',
    patterns: [
      '(?:where|when|as|if) appropriate',
      'where (?:required|needed|necessary|possible|practicable|relevant)',
      'wherever possible',
      'if (?:required|needed|necessary|possible|they wish)',
      'when (?:required|needed|necessary)',
      'as and when(?: (?:required|needed|necessary))?',
      'as (?:required|needed|necessary)',
      'as far as possible',
    ],
    gaps: ['how', 'who'],
    advice: 'name the trigger, who acts and how quickly',
    expected: [
      'Advocate triggers are listed in each plan (a serious medical decision, no family able to speak up, a move of home); the key worker refers within 48 hours.',
    ],
  },
  {
    id: 'open-ended',
    patterns: ['at any time', 'on an ongoing basis', 'throughout the process', 'ongoing'],
    gaps: ['how-often', 'how'],
    advice: 'give the cadence and the channel',
    expected: ['Family members can call the key worker, who logs each call with the date, a summary and the next step.'],
  },
  {
    id: 'no-cadence',
    patterns: [
      'regular(?:ly)?',
      'on a regular basis',
      'at regular intervals',
      'frequent(?:ly)?',
      'periodic(?:ally)?',
      'from time to time',
      'routinely',
    ],
    gaps: ['how-often'],
    advice: 'give the cadence (monthly, every two weeks, within five working days)',
    expected: ['Monthly 15–30 minute mini-reviews plus a quarterly deep-dive.'],
  },
  {
    id: 'unmeasured-quality',
    patterns: [
      'robust(?:ly)?',
      'holistic(?:ally)?',
      'high[- ]quality',
      'excellent',
      'outstanding',
      'first[- ]class',
      'gold[- ]standard',
      'best practice',
      'seamless(?:ly)?',
      'meaningful(?:ly)?',
      'tailored',
      'bespoke',
      'family-centred',
      'effective(?:ly)?',
      'comprehensive',
      'collaborative(?:ly)?',
      'transparent',
      'inclusive',
      'empowering',
    ],
    gaps: ['how'],
    advice: 'replace it with something measurable: a standard, a cadence or a dated figure',
    expected: ['Summaries sent within [your standard] in [x of y] reviews ([quarter], [service]; [records]).'],
  },
  {
    id: 'commitment',
    patterns: [
      '{we}\\s+{be}\\s+(?:fully\\s+|deeply\\s+|wholly\\s+|firmly\\s+)?(?:committed|dedicated) to',
      '(?:we|staff|the team)\\s+(?:strive|aim|endeavour|seek|try|aspire)s?\\s+(?:to|for)',
      'we pride ourselves',
      'we believe',
      'we recognise the importance',
      'we are passionate',
    ],
    gaps: ['who', 'how'],
    advice: 'say what is done, by whom and when, instead of the intention',
    expected: ['The key worker sends an easy-read agenda three to five days before each review.'],
  },
  {
    id: 'always-listen',
    patterns: ['(?:we|staff)\\s+(?:always\\s+)?listen\\s+to', '(?:we|staff)\\s+always\\s+listen'],
    gaps: ['how', 'what-changed'],
    ladder: 'consultation',
    advice: 'say how views are recorded and what changed because of them',
    expected: ['Concerns go in the disagreement log; the "what we changed" note lists one change each quarter.'],
  },
  {
    id: 'documents-available',
    patterns: [
      '(?:documents?|polic(?:y|ies)|records?|minutes|information|plans?|reports?|leaflets?|copies|guides?|procedures?)\\b[^.;:]{0,40}?\\b{be}\\s+(?:made\\s+)?available',
      'available (?:on|upon) request',
    ],
    gaps: ['how', 'how-often'],
    ladder: 'information',
    advice: 'describe the cycle the document sits in: who prepares it, in what format and when it is sent',
    expected: [
      'The key worker prepares an easy-read agenda, sends it five days before the meeting and posts the summary within five working days.',
    ],
  },
  {
    id: 'advocacy-on-demand',
    patterns: [
      'advoca(?:cy|tes?)\\s+{be}\\s+(?:arranged|sought|used|made available|available|provided|offered|contacted|requested|accessed|considered)',
    ],
    gaps: ['how', 'who'],
    ladder: 'participation',
    advice: 'list the advocacy triggers and the referral standard',
    expected: [
      'Advocate triggers are listed in each plan; the key worker refers within 48 hours and the advocate attends or sends a written view.',
    ],
  },
  {
    id: 'partnership-claim',
    patterns: [
      '(?:work|works|working)\\s+(?:closely|in partnership|together|collaboratively|hand in hand)\\s+with',
      'in partnership with',
      'partners in (?:care|planning)',
      'at the (?:heart|centre) of',
      'an open[- ]door policy',
      'our door is always open',
    ],
    gaps: ['who', 'how', 'how-often'],
    ladder: 'participation',
    advice: 'say who does what with the family and how often',
    expected: ['The key worker and the person agree goals with their chosen supporters at a 45-minute goal-setting session, reviewed monthly.'],
  },
  {
    id: 'invited-to-take-part',
    patterns: [
      '{people}\\s+{be}\\s+(?:encouraged|welcome|welcomed|supported|able|free|invited)\\s+to\\s+(?:attend|take part|participate|contribute|join|be involved|contact|have their say)',
      '{people}\\s+(?:can|may|are able to)\\s+(?:attend|take part|participate|contribute|join|be involved)',
    ],
    gaps: ['how-often', 'how'],
    ladder: 'participation',
    advice: 'say which meetings, how often and how people join',
    expected: ['Family members join the monthly mini-review by phone, video or in person, whichever they choose.'],
  },
  {
    id: 'unspecified-communication',
    patterns: [
      'communicat(?:e|es|ing)\\s+(?:openly|effectively|regularly|well|clearly|honestly)',
      '(?:good|effective|open|excellent|clear|honest)\\s+communication',
      'maintain (?:effective |good |close )?(?:contact|links|relationships)',
    ],
    gaps: ['who', 'how', 'how-often'],
    ladder: 'information',
    advice: 'name the channel, who is responsible and how often',
    expected: ['The key worker is the single point of contact and logs every call with the date, a summary and the next step.'],
  },
  {
    id: 'unexplained-involvement',
    patterns: [
      'famil(?:y|ies)',
      "families'",
      'relatives?',
      "relatives'",
      'parents?',
      'carers?',
      'next of kin',
      'loved ones?',
      'advoca(?:te|tes|cy)',
      'involv(?:e|es|ed|ing|ement)',
      'co-?produc(?:e|es|ed|ing|tion)',
      'circle of support',
    ],
    gaps: ['who', 'how-often', 'how', 'what-changed'],
    advice: 'say who does what with them, how often, in what format, or what changed',
    expected: [
      'Name the role and the cadence, e.g. "The key worker phones each family every fortnight and logs the date, summary and next step."',
      'Or say what changed, e.g. "Relatives asked for evening reviews, so mini-reviews now start at 6pm."',
    ],
    fallback: true,
  },
];
