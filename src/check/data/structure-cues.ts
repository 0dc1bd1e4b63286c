/**
 * Cues for the four lines of the Assured Involvement Paragraph:
 * behaviour; owners & cadence; evidence; assurance. A section that answers an involvement
 * question (see `involvementTopicPatterns`) should carry all four.
 *
 * Owners & cadence is present when the section names a role and a cadence (the `role` and
 * `cadence` lists of specificity.ts) or carries an explicit label. Evidence is present when
 * it has a dated figure (`figurePatterns` + `periodPatterns`) or a label.
 *
 * To extend: add a regular-expression source (lower case, whole words).
 */
export const structureLabelPatterns = {
  behaviour: ['(?:line 1|behaviour)\\s*[:—–-]'],
  ownersCadence: ['(?:line 2|owners?\\s*(?:&|and)\\s*cadence)\\s*[:—–-]'],
  evidence: ['(?:line 3|evidence)\\s*[:—–-]'],
  assurance: ['(?:line 4|assurance)\\s*[:—–-]'],
} as const;

export const behaviourCues: readonly string[] = [
  'with the person',
  'the person (?:chooses|decides|leads|sets|agrees)',
  'people choose',
  'chosen supporters',
  'who (?:the person|they) (?:want|wants|chooses?)',
  'co-?produc(?:e|es|ed|ing)',
  'co-?writ(?:e|es|ing|ten)',
  'goals? in (?:the person\'s|their|his|her) (?:own )?words',
  '(?:agenda|agendas|summary|summaries|materials)',
  'easy[- ]read|bsl|audio|large print|translat(?:ed|ion)|visuals?|pictures',
  'invite[sd]?',
  '(?:short|30-minute|45-minute) meetings?',
  'best time of day',
  // Done with the person on their terms outside reviews too: complaints, safeguarding, concerns.
  "(?:the person's|their) (?:own |agreed )?(?:format|words)",
  'through (?:an|their) advocate',
  'asks? (?:the person|them) what (?:they want|matters)',
];

export const assuranceCues: readonly string[] = [
  'sampl(?:e|es|ed|ing)',
  're-?audit(?:s|ed|ing)?',
  'audit(?:s|ed|ing)?',
  'disagreement log',
  'governance',
  'spot[- ]checks?',
  'verif(?:y|ies|ied|ication)',
  'observation',
  'dashboard',
  'oversight',
  'checks? (?:that|the|each|every)',
  'quality assurance',
  'confirm(?:s|ed)? (?:the )?changes? stuck',
];

export type StructureLine = keyof typeof structureLabelPatterns;

/** How each line is named in messages, what to add, and an example of the line. */
export const structureLineAdvice: Readonly<Record<StructureLine, { name: string; advice: string; example: string }>> = {
  behaviour: {
    name: 'behaviour',
    advice: 'add what you do with the person and their chosen supporters',
    example: 'We co-produce plans with the person, invite the supporters they choose and send an easy-read agenda before each meeting.',
  },
  ownersCadence: {
    name: 'owners & cadence',
    advice: 'add who does it and how often',
    example: 'Key workers coordinate; the RM chairs complex reviews; monthly mini-reviews plus a quarterly deep-dive.',
  },
  evidence: {
    name: 'evidence',
    advice: 'add a small, dated, sourced figure with its place',
    example: '[Quarter], [service]: summaries sent within [your standard] in [x of y] reviews ([records]).',
  },
  assurance: {
    name: 'assurance',
    advice: 'add how it is checked',
    example: 'The NI samples two cases per service each quarter; disagreements are logged and re-audited.',
  },
};
