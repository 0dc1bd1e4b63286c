/**
 * Word lists that decide what is and is not a numeric claim, and how a claim's
 * sentence is tied to a figure. Data only: the engine in extract-claims.ts and
 * match-claim.ts reads these tables and never hard-codes a word.
 */
import type { FigureUnit } from '../../evidence/evidence-pack-schema.js';

/** Units a claim can carry: every evidence-pack unit, plus months for durations. */
export type ClaimUnit = FigureUnit | 'months';

/** Duration unit spellings (longest first matters only for readability; the engine sorts by length). */
export const DURATION_UNIT_WORDS: Readonly<Record<string, ClaimUnit>> = {
  'working days': 'working days',
  'working day': 'working days',
  'working-day': 'working days',
  'business days': 'working days',
  'business day': 'working days',
  'calendar days': 'days',
  days: 'days',
  day: 'days',
  hours: 'hours',
  hour: 'hours',
  hrs: 'hours',
  hr: 'hours',
  minutes: 'minutes',
  minute: 'minutes',
  mins: 'minutes',
  min: 'minutes',
  weeks: 'weeks',
  week: 'weeks',
  wks: 'weeks',
  months: 'months',
  month: 'months',
};

/** Suffixes glued to digits that still read as a duration: "48h", "30mins". */
export const ATTACHED_DURATION_SUFFIXES: Readonly<Record<string, ClaimUnit>> = {
  h: 'hours',
  hrs: 'hours',
  mins: 'minutes',
  min: 'minutes',
  d: 'days',
  wks: 'weeks',
};

export const PERCENTAGE_POINT_MARKERS: readonly string[] = ['percentage points', 'percentage point', 'pp'];

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/**
 * Words that, placed right before a number, make it a reference into a document,
 * law or guidance ("section 10.14", "Regulation 9", "recommendation 1.1.2").
 */
export const REFERENCE_KEYWORDS: readonly string[] = [
  'section', 'sections', 's.', 'ss.', 'subsection', 'regulation', 'regulations', 'reg', 'reg.', 'schedule', 'article', 'art.',
  'paragraph', 'paragraphs', 'para', 'para.', 'paras', 'clause', 'clauses', 'recommendation', 'recommendations', 'rec.',
  'principle', 'quality statement', 'criterion', 'chapter', 'annex', 'appendix', 'ISO', 'BS', 'NG', 'CG', 'QS',
];

/** Words ending the name of a law, before its year ("Care Act 2014", "Health and Social Care Act 2008 (Regulated Activities) Regulations 2014"). */
export const LEGISLATION_WORDS: readonly string[] = ['Act', 'Acts', 'Regulations', 'Regulation', 'Order', 'Rules', 'Bill', 'Code', 'Directive'];

/**
 * Labels that number a part of the document or a thing rather than count it
 * ("Line 1:", "Step 2", "Lot 3", "Day 28 review", "Level 3 diploma").
 */
export const LABEL_KEYWORDS: readonly string[] = [
  'line', 'step', 'stage', 'phase', 'part', 'lot', 'question', 'table', 'figure', 'fig.', 'page', 'box', 'round', 'item',
  'option', 'priority', 'theme', 'tier', 'level', 'version', 'v', 'wave', 'cohort', 'week', 'year', 'month', 'day', 'quarter',
  'room', 'floor', 'unit', 'ward', 'house', 'flat', 'bed', 'no.', 'number', 'house no.', 'block', 'route', 'bus', 'channel', 'key line of enquiry',
];

/**
 * Nouns that, hyphenated to a number, describe the form of a thing rather than a quantity
 * ("a two-page summary", "the four-line paragraph", "a two-way conversation").
 */
export const FORM_NOUNS: readonly string[] = [
  'way', 'page', 'pages', 'line', 'lines', 'step', 'steps', 'point', 'part', 'stage', 'word', 'letter', 'sided', 'off',
  'tier', 'level', 'star', 'fold', 'block', 'column', 'row', 'item', 'question', 'box', 'bed', 'bedroom', 'storey', 'seater',
];

/**
 * Stock phrases with numbers that describe a service pattern, not a measured claim.
 * Matched case-insensitively as whole phrases.
 */
export const NON_CLAIM_PHRASES: readonly string[] = [
  '24/7', '24-hour', '24 hour', '24 hours a day', '7 days a week', 'seven days a week', '365 days a year', 'one-to-one', 'one to one',
  'one-off', 'no one', 'one another', 'one or two', 'one or more', 'one way or another',
];

/** Verbs and adverbs that make "from A to B" a change over time rather than a range. */
export const CHANGE_WORDS: readonly string[] = [
  'rose', 'risen', 'rise', 'rising', 'increased', 'increase', 'increasing', 'grew', 'grown', 'climbed', 'improved', 'improving',
  'went', 'gone', 'moved', 'progressed', 'stepped', 'fell', 'fallen', 'dropped', 'decreased', 'declined', 'reduced', 'reducing',
  'cut', 'down', 'up', 'changed', 'shifted', 'shortened', 'lengthened', 'halved', 'doubled', 'jumped', 'lifted', 'raised',
];

/** Words that make "x out of y" or "x/y" a score ("rated 4.2 out of 5", "'I feel involved' score"). */
export const SCORE_WORDS: readonly string[] = ['score', 'scores', 'scored', 'rated', 'rating', 'ratings', 'rate us', 'average', 'mean', 'self-score'];

/** Scales that make an integer "x/y" a score when the sentence speaks of scoring. */
export const SCORE_SCALES: readonly number[] = [5, 10];

/** Denominators that make "x in y" or "x/y" a proportion that percentages can back ("nine in ten", "9/10"). */
export const PROPORTION_DENOMINATORS: readonly number[] = [2, 3, 4, 5, 10, 20, 100];

/**
 * Words ignored when comparing a sentence with a figure's label: grammar words and
 * the units themselves (a shared "days" says nothing about which measure is meant).
 */
export const TOPIC_STOPWORDS: readonly string[] = [
  'the', 'and', 'with', 'within', 'from', 'for', 'that', 'this', 'these', 'those', 'were', 'was', 'are', 'is', 'been', 'being',
  'have', 'has', 'had', 'our', 'their', 'they', 'them', 'who', 'whom', 'which', 'what', 'when', 'where', 'into', 'onto', 'over',
  'under', 'than', 'more', 'less', 'fewer', 'time', 'times', 'number', 'numbers', 'total', 'per', 'cent', 'percent', 'rate',
  'rates', 'figure', 'figures', 'all', 'each', 'every', 'any', 'some', 'out', 'its', 'it', 'his', 'her', 'we', 'us', 'you',
  'your', 'not', 'but', 'also', 'only', 'just', 'about', 'after', 'before', 'during', 'across', 'between', 'by', 'of', 'in',
  'on', 'at', 'to', 'as', 'an', 'or', 'so', 'if', 'via', 'up', 'down', 'did', 'does', 'do', 'will', 'would', 'can', 'could',
  'may', 'might', 'should', 'shall', 'year', 'years', 'quarter', 'quarters', 'month', 'months', 'week', 'weeks', 'day', 'days',
  'working', 'hour', 'hours', 'minute', 'minutes', 'rose', 'fell', 'increased', 'decreased', 'reached', 'now', 'then', 'there',
  'here', 'both', 'such', 'other', 'same', 'new', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
];

/**
 * Sentence openers that point back to the sentence before ("It reached 83%", "They came to 85%").
 * Only such a sentence borrows the previous sentence's topic; any other sentence stands on its own.
 */
export const ANAPHORIC_OPENERS: readonly string[] = [
  'it', 'this', 'that', 'they', 'these', 'those', 'which', 'the figure', 'this figure', 'that figure', 'the rate', 'the share',
  'the proportion', 'the total', 'the result', 'the same', 'by the end', 'in turn', 'overall',
];

/** Plurals that suffix stripping cannot reduce, so "one person" and "People whose…" share a topic. */
export const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = {
  people: 'person',
  children: 'child',
  women: 'woman',
  men: 'man',
  staff: 'staff',
};
