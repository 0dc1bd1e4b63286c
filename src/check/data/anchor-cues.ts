/**
 * Anchors a quoted figure needs (rule `require-figure-anchor`: evidence is small, dated,
 * sourced numbers with a place): a period, a place and, for a percentage, a
 * denominator or a named source. Cues are searched in the claim's sentence.
 *
 * To extend: add a regular-expression source. `periodPatterns` (specificity.ts) already
 * covers quarters, years and months.
 */
export const extraPeriodCues: readonly string[] = [
  'in the quarter',
  'over (?:the )?(?:last |past )?(?:{num} )?(?:weeks?|months?|quarters?|years?)',
  'since (?:january|february|march|april|may|june|july|august|september|october|november|december|20\\d\\d|q[1-4])',
  '(?:the )?(?:next|following|previous|same|first|second|third|final) (?:quarter|month|year|week|six months)',
  'year to date',
  'financial year',
  'fy\\s?\\d\\d',
];

/** Places written in lower case ("across two services", "in our supported living"). */
export const placeCues: readonly string[] = [
  'across (?:our |the |all |both |{num} )?(?:\\w+ )?(?:services|sites|homes|schemes|teams|settings|locations)',
  '(?:in|at|across) (?:our |the |each |this )?(?:supported living|residential|domiciliary|home care|extra care|nursing|community)(?: (?:service|services|scheme|schemes|homes?|settings?))?',
  'per (?:service|site|home|scheme)',
  '(?:at|in) (?:this|each|every|the) (?:service|site|home|scheme)',
];

/** A place named with a capital letter after at/across/in ("at Northgate"), months excluded. */
export const properPlacePattern =
  "\\b(?:[Aa]t|[Aa]cross|[Ii]n|[Ff]or)\\s+(?:the\\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])\\b)[A-Z][a-z]+";

/** A denominator or a named source for a percentage. */
export const sourceCues: readonly string[] = [
  '\\d+ (?:of|out of) \\d+',
  '\\d+/\\d+',
  'n ?= ?\\d+',
  'of {num} (?:reviews|people|files|cases|families|summaries|meetings|records|responses|respondents|staff)',
  '(?:re-?)?audits?',
  'surveys?',
  'review records',
  'records',
  'qa',
  'quality assurance',
  'dashboard',
  'case files?',
  'file reviews?',
  'sampl(?:e|ed|ing)',
  'logs?',
  'according to',
  'source',
  'data from',
  'snapshot',
  'observation',
];

/** A count that states a rate ("two cases per service") is a standard, not a figure to anchor. */
export const rateAfterCount =
  '^\\s*(?:[\\w-]+\\s+){0,2}?(?:per|a|each|every)\\s+(?:day|week|fortnight|month|quarter|year|service|site|person|review|meeting|home)\\b';
