/**
 * Building blocks for practice statement patterns: the ways drafts name roles, meetings,
 * formats and frequencies. Regular-expression sources, case-insensitive.
 */
export const REGISTERED_MANAGER = String.raw`(?:the\s+|our\s+)?(?:registered\s+manager|RM)`;
export const NOMINATED_INDIVIDUAL = String.raw`(?:the\s+|our\s+)?(?:nominated\s+individual|NI)`;
export const KEY_WORKER = String.raw`(?:the\s+(?:person's\s+)?|their\s+)?key[- ]?workers?`;

/** Complex and best-interests reviews (one review type in the records). */
export const COMPLEX_REVIEWS = String.raw`(?:complex(?:\s+(?:and|or|\/)\s+best[- ]interests?)?|best[- ]interests?)(?:\s+(?:review|meeting|decision[- ]making\s+meeting|decision\s+meeting)s?)`;

export const ADVOCATE = String.raw`(?:an?\s+|the\s+|their\s+)?(?:independent\s+)?(?:advocate|IMCA|RPR|Care\s+Act\s+advocate)s?`;

export const MINI_REVIEWS = String.raw`mini[- ]?reviews?`;
export const DEEP_DIVES = String.raw`(?:quarterly\s+)?deep[- ]?dives?`;
export const MONTHLY = String.raw`(?:monthly|every\s+month|each\s+month|once\s+a\s+month)`;
export const QUARTERLY = String.raw`(?:quarterly|every\s+quarter|each\s+quarter|once\s+a\s+quarter|every\s+three\s+months)`;

export const DISAGREEMENTS = String.raw`(?:disagreements?|disputes?)`;
export const EVERY = String.raw`(?:every|each|all)`;

/** Accessible formats as drafts write them; the named group `format` is read by the statement. */
export const FORMAT = String.raw`(?<format>easy[- ]read|audio|BSL|British\s+Sign\s+Language|large[- ]print|pictorial|pictures|symbols|translat(?:ed|ion)|(?:the\s+)?person's\s+(?:own\s+|chosen\s+|agreed\s+|preferred\s+)+(?:accessible\s+)?format)`;

/** The profile entry for each format word, lower case with single spaces. */
export const FORMAT_PRACTICES: Readonly<Record<string, string>> = {
  'easy-read': 'format-easy-read',
  'easy read': 'format-easy-read',
  audio: 'format-audio',
  bsl: 'format-bsl',
  'british sign language': 'format-bsl',
  'large-print': 'format-large-print',
  'large print': 'format-large-print',
  pictorial: 'format-pictorial',
  pictures: 'format-pictorial',
  symbols: 'format-pictorial',
  translated: 'format-translation',
  translation: 'format-translation',
};
