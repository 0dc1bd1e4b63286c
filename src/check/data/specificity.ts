/**
 * What makes a sentence specific. A sentence that uses a vague or tokenistic trigger is
 * still concrete when it names one of these: a role, a cadence or time standard,
 * an accessible format or channel, a dated figure (a figure and a period in the same
 * sentence), what changed, a measure, or a named trigger ("for example a serious medical
 * decision"). A signal that overlaps the trigger itself does not count, so "advocates are
 * involved" is not made specific by the word "advocates".
 *
 * To extend: add a regular-expression source (lower case) to the right list. `{num}` and the
 * other shorthands come from vocabulary.ts.
 */
export type SpecificityKind =
  | 'role'
  | 'cadence'
  | 'format'
  | 'dated-figure'
  | 'what-changed'
  | 'measure'
  | 'named-trigger';

export const specificityPatterns: Readonly<Record<Exclude<SpecificityKind, 'dated-figure'>, readonly string[]>> = {
  role: [
    'key ?workers?',
    'registered managers?',
    'rm',
    'ni',
    'nominated individuals?',
    "(?:the|an|their|his|her|each|independent|care act|\\w+'s)\\s+advocate",
    'imcas?',
    'imhas?',
    'rprs?',
    'team leaders?',
    'deputy managers?',
    'service managers?',
    'shift leads?(?:ers?)?',
    'pbs (?:lead|practitioner|specialist)s?',
    'social workers?',
    'community nurses?',
    'named nurses?',
    'gps?',
    'psychologists?',
    'speech and language therapists?',
    'occupational therapists?',
    'family liaison (?:officer|lead|worker)s?',
    'involvement leads?',
    'quality leads?',
    'training leads?',
    'safeguarding leads?',
    'interpreters?',
    "(?:his|her|their|\\w+'s)\\s+(?:mum|dad|mother|father|sister|brother|daughter|son|aunt|uncle|grandmother|grandfather|gran|grandad|partner|wife|husband|friend|cousin)",
    'the chair',
    // The person themselves acting is a "who": "the person chooses who comes".
    'the person (?:chooses|decides|leads|sets|agrees|wants)',
    'people choose',
    'who (?:the person|they) wants?',
  ],
  cadence: [
    'daily',
    'weekly',
    'fortnightly',
    'monthly',
    'quarterly',
    'bi-?monthly',
    'every (?:day|week|fortnight|month|quarter|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|other week|{num} (?:days|weeks|months))',
    'each (?:day|week|fortnight|month|quarter|shift|visit|review|meeting|mini-review|deep-dive)',
    'every (?:review|meeting|visit|mini-review|deep-dive|shift|call|best-interests (?:meeting|decision)|complex review)',
    '(?:once|twice|three times|{num} times) (?:a|per|each) (?:day|week|fortnight|month|quarter|year)',
    'annually',
    'yearly',
    '(?:every|each) year',
    'at induction',
    '(?:{num}|a|one) (?:\\w+ )?(?:journeys?|visits?|calls?|sessions?) (?:a|per) (?:week|month)',
    'per (?:week|month|quarter)',
    'within {num}(?: working)? (?:hours|days|weeks|months)',
    'within (?:a|one) (?:day|week|month)',
    '{num}-(?:hour|day|week|working-day)',
    '(?:{num}|a) (?:working )?(?:days?|weeks?) before',
    'same[- ]day',
    'on the (?:first|second|third|last) \\w+ of (?:the|each|every) month',
    'at each (?:review|meeting|mini-review|deep-dive|visit)',
    'before each (?:review|meeting|visit)',
    'every {num} (?:days|weeks|months)',
    // Events that set the rhythm of a practice outside reviews: recruitment, assessments, admissions, supervision.
    '(?:every|each|at each|for each|before each|after each) (?:[a-z-]+ )?(?:interview(?: panel)?|panel|vacancy|appointment|assessment|admission|discharge|referral|handover|supervision|appraisal|audit|induction|new starter|placement)s?',
  ],
  format: [
    'easy[- ]read',
    'bsl',
    'british sign language',
    'makaton',
    'audio',
    'large print',
    'braille',
    'translat(?:ed|ion|ions)',
    'interpreters?',
    'pictures?',
    'symbols',
    'visuals?',
    'video(?: calls?| messages?)?',
    'by (?:phone|text|email|letter|post)',
    'voice notes?',
    'plain[- ]english',
    'one-page',
    'written (?:view|summary|summaries)',
    'newsletters?',
    'in person',
  ],
  'what-changed': [
    'as a result',
    'you said,? we did',
    '(?:which|this|that|it) led to',
    'led to',
    'resulted in',
    'in response,? we',
    '(?:we|they|this|that|it) changed',
    'changed (?:the|our|how|what|their|his|her)',
    'what (?:we )?changed',
    'following (?:their|this|that|the|her|his) (?:feedback|request|suggestion)s?',
    'came (?:directly )?from (?:\\w+ )?(?:suggestions|feedback|ideas|requests)',
    '(?:rose|fell|dropped|reduced|increased|improved|moved|moving|went|progressed) from',
    "(?:told us|said|asked for|asked us|suggested)[^.;]{0,80}?,? so",
    'we (?:now )?(?:moved|introduced|added|replaced|stopped|started|switched|shortened|extended|adapted|amended|rewrote|redesigned)',
    'now (?:run|runs|joins|join|books|plans|initiates|chooses|leads|manages|travels|does|sends|send)',
  ],
  measure: [
    '{num} ?(?:%|per ?cent)',
    '\\d+ (?:of|out of) \\d+',
    '\\d+ ?(?:-|to|–) ?\\d+ (?:minutes|mins|hours|days)',
    '{num}[- ](?:minutes?|mins?|hours?)',
    '\\d+:\\d+',
  ],
  'named-trigger': [
    'for example',
    'such as',
    'e\\.g\\.',
    'triggers? (?:listed|set out|named|recorded|in)',
    'when (?:a|an) [\\w-]+ (?:medical )?(?:decision|assessment|concern|incident)',
  ],
};

/** A figure: the first half of a dated figure. */
export const figurePatterns: readonly string[] = [
  '{num} ?(?:%|per ?cent)',
  '\\d+ (?:of|out of) \\d+',
  '\\d+/\\d+',
  '\\d+:\\d+',
  '{num} (?:changes?|people|persons?|cases?|famil(?:y|ies)|reviews?|complaints?|compliments?|concerns?|actions?|summar(?:y|ies)|referrals?|outcomes?|disagreements?|carers?|staff)',
  // "Compliments rose from 6 the quarter before to 7": a count told by how it changed.
  '(?:rose|fell|increased|decreased|went (?:up|down)|grew|dropped|improved|moved) from {num}\\b[^.;]{0,40}? to {num}',
  // "The number of advocacy referrals was 12": a count with its subject before it.
  "number of [a-z\u2019' ,-]{3,80}? (?:was|were|stood at|reached) {num}",
];

/** A period: the second half of a dated figure. */
export const periodPatterns: readonly string[] = [
  'q[1-4]',
  '20\\d\\d(?:[-–/]\\d\\d)?',
  '(?:january|february|march|april|june|july|august|september|october|november|december)',
  '(?:in|since|by) may|may 20\\d\\d',
  '(?:this|last|the|that) (?:quarter|year|month|financial year)',
];
