/**
 * The figure catalogue: what every figure in an evidence pack means, as data. Computing a figure
 * fills in its numbers; everything a reader or a drafter needs to know about it (what is
 * counted, in which records, which way is better, the scale of a score, the standard it is held
 * to, the question topics it evidences) comes from here and travels on the figure as fields.
 *
 * Enablement outcomes are grouped by measure at run time, so their two entries are templates:
 * `enablement-measure` (the before → after values) and `enablement-people` (how many people).
 */
import type { FigureUnit } from '../evidence-pack-schema.js';

/** The service standards that labels and subjects are written from. */
export interface CatalogueStandards {
  summaryWorkingDays: number;
  agendaNoticeDays: number;
  disputeWorkingDays: number;
  advocateResponseHours: number;
  niSampleCases: number;
}

/** Question topics a figure can evidence; drafting ranks a question's topics and answers with their figures. */
export const FIGURE_TOPICS = ['participation', 'timeliness', 'accessibility', 'experience', 'outcomes', 'escalation', 'governance'] as const;
export type FigureTopic = (typeof FIGURE_TOPICS)[number];

export interface CatalogueEntry {
  id: string;
  /** Readable label, written from the organisation's standards where it names one. */
  label: (standards: CatalogueStandards) => string;
  /** How the figure is named inside a sentence: lower case, no digits of its own. */
  subject: (standards: CatalogueStandards) => string;
  unit: FigureUnit;
  /** The records counted, short ("review records") and, where it helps, what was left out. */
  records: string;
  recordsDetail?: string;
  /** What one counted case is ("review", "reviews"); absent for figures that are not a share of cases. */
  noun?: { one: string; many: string };
  /** Which way is better. */
  better: 'higher' | 'lower';
  /** Range of a score. */
  scale?: { min: number; max: number };
  /** The id of the service standard this figure measures against. */
  standardId?: string;
  topics: readonly FigureTopic[];
  /** A detail figure: a breakdown of the period's records that answers a question's specifics, not a headline. */
  detail?: boolean;
}

const reviews = { one: 'review', many: 'reviews' };

/** Services where the NI met the sampling standard: over every quarter of the period, or its latest quarter alone. */
function niSampling(id: string, when: string): CatalogueEntry {
  return {
    id,
    label: (s) => `Services where the Nominated Individual sampled at least ${s.niSampleCases} cases ${when}`,
    subject: (s) => `services where the Nominated Individual sampled at least ${s.niSampleCases} cases ${when}`,
    unit: 'count',
    records: 'governance sampling records',
    noun: { one: 'service', many: 'services' },
    better: 'higher',
    standardId: 'ni-sampling',
    topics: ['governance'],
  };
}

export const FIGURE_CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'participation',
    label: () => 'Reviews with family, friend or advocate input (present or written)',
    subject: () => 'reviews with family, friend or advocate input',
    unit: 'percent',
    records: 'review and attendance records',
    noun: reviews,
    better: 'higher',
    topics: ['participation'],
  },
  {
    id: 'participation-family',
    // Said beside the figure with advocates counted, a reader takes two shares of one measure for a contradiction.
    label: () => 'Reviews with family or friend input (advocates not counted)',
    subject: () => 'reviews with input from family or friends (advocates not counted)',
    unit: 'percent',
    records: 'review and attendance records',
    noun: reviews,
    better: 'higher',
    topics: ['participation'],
  },
  {
    id: 'participation-advocate',
    label: () => 'Reviews with independent advocate input',
    subject: () => 'reviews with an independent advocate contributing',
    unit: 'percent',
    records: 'review and attendance records',
    noun: reviews,
    better: 'higher',
    topics: ['participation', 'escalation'],
  },
  {
    id: 'summaries-on-time',
    label: (s) => `Meeting summaries sent within ${s.summaryWorkingDays} working days`,
    subject: (s) => `meeting summaries sent within ${s.summaryWorkingDays} working days`,
    unit: 'percent',
    records: 'review records',
    noun: reviews,
    better: 'higher',
    standardId: 'summary-deadline',
    topics: ['timeliness'],
  },
  {
    id: 'summaries-within-10',
    label: () => 'Meeting summaries sent within 10 working days',
    subject: () => 'meeting summaries sent within 10 working days',
    unit: 'percent',
    records: 'review records',
    noun: reviews,
    better: 'higher',
    topics: [],
  },
  {
    id: 'actions-on-time',
    label: () => 'Review actions closed by their due date',
    subject: () => 'review actions closed by their due date',
    unit: 'percent',
    records: 'action records',
    noun: { one: 'action due', many: 'actions due' },
    better: 'higher',
    topics: ['timeliness'],
  },
  {
    id: 'agenda-notice',
    label: (s) => `Agendas sent at least ${s.agendaNoticeDays} days before the meeting`,
    subject: (s) => `agendas sent at least ${s.agendaNoticeDays} days before the meeting`,
    unit: 'percent',
    records: 'review records',
    recordsDetail: 'planned meetings, debriefs excluded',
    noun: { one: 'planned review', many: 'planned reviews' },
    better: 'higher',
    standardId: 'agenda-notice',
    topics: ['timeliness', 'accessibility'],
  },
  {
    id: 'accessible-formats',
    label: () => "Reviews using the person's agreed accessible format",
    subject: () => "reviews using the person's agreed accessible format",
    unit: 'percent',
    records: 'review records',
    recordsDetail: 'for people with an agreed accessible format',
    // Fewer than all reviews: a reader comparing "113 of 122" with "133 of 183" elsewhere needs to see why.
    noun: { one: 'review of a person with an agreed format', many: 'reviews of people with an agreed format' },
    better: 'higher',
    topics: ['accessibility'],
  },
  {
    id: 'feel-involved',
    label: () => 'Mean "I feel involved" score (1 to 5)',
    subject: () => 'the average "I feel involved" rating',
    unit: 'score',
    records: 'feedback records',
    noun: { one: 'scored response', many: 'scored responses' },
    better: 'higher',
    scale: { min: 1, max: 5 },
    topics: ['experience'],
  },
  {
    id: 'feel-involved-agree',
    label: () => '"I feel involved" responses scoring 4 or 5',
    subject: () => 'feedback responses agreeing "I feel involved"',
    unit: 'percent',
    records: 'feedback records',
    noun: { one: 'scored response', many: 'scored responses' },
    better: 'higher',
    topics: ['experience'],
  },
  {
    id: 'involvement-compliments',
    label: () => 'Compliments about feeling included',
    subject: () => 'compliments about feeling included',
    unit: 'count',
    records: 'feedback records',
    recordsDetail: 'tagged feeling-included',
    better: 'higher',
    topics: ['experience'],
  },
  {
    id: 'changes-from-feedback',
    label: () => '"You said, we did" changes made and verified',
    subject: () => '"you said, we did" changes verified',
    unit: 'count',
    records: 'change records',
    noun: { one: 'change made', many: 'changes made' },
    better: 'higher',
    topics: ['experience'],
  },
  {
    id: 'enablement-verified',
    label: () => 'Enablement outcomes verified',
    subject: () => 'enablement outcomes verified',
    unit: 'count',
    records: 'enablement records',
    recordsDetail: 'all outcomes, shared as examples only with consent',
    better: 'higher',
    topics: ['outcomes'],
  },
  {
    id: 'enablement-measure',
    // Written per outcome group by the figure computation.
    label: () => 'Enablement outcome: before and after, verified',
    subject: () => 'enablement outcome',
    unit: 'count',
    records: 'enablement records',
    recordsDetail: 'outcomes shared with consent',
    better: 'higher',
    topics: ['outcomes'],
  },
  {
    id: 'enablement-people',
    label: () => 'People with a verified enablement outcome',
    subject: () => 'people with a verified enablement outcome',
    unit: 'count',
    records: 'enablement records',
    recordsDetail: 'outcomes shared with consent',
    better: 'higher',
    topics: [],
  },
  {
    id: 'disputes-resolved',
    label: (s) => `Disagreements resolved within ${s.disputeWorkingDays} working days`,
    subject: (s) => `disagreements resolved within ${s.disputeWorkingDays} working days`,
    unit: 'percent',
    records: 'disagreement log',
    noun: { one: 'disagreement logged', many: 'disagreements logged' },
    better: 'higher',
    standardId: 'dispute-resolution',
    topics: ['escalation'],
  },
  {
    id: 'advocate-response',
    label: (s) => `Advocate referrals with the advocate involved within ${s.advocateResponseHours} hours`,
    subject: (s) => `advocate referrals with the advocate involved within ${s.advocateResponseHours} hours`,
    unit: 'percent',
    records: 'advocate referral records',
    noun: { one: 'referral', many: 'referrals' },
    better: 'higher',
    standardId: 'advocate-response',
    topics: ['escalation'],
  },
  {
    id: 'cadence',
    label: () => 'People with a review every month and a deep-dive every quarter',
    subject: () => 'people with a review every month and a deep-dive every quarter',
    unit: 'percent',
    records: 'review records',
    recordsDetail: 'for people supported throughout the period',
    noun: { one: 'person', many: 'people' },
    better: 'higher',
    topics: ['participation'],
  },
  {
    id: 'cadence-monthly',
    label: () => 'People with a mini-review or deep-dive every month',
    subject: () => 'people with a review every month',
    unit: 'percent',
    records: 'review records',
    recordsDetail: 'for people supported throughout the period',
    noun: { one: 'person', many: 'people' },
    better: 'higher',
    topics: ['participation'],
  },
  niSampling('ni-sampling', 'in each quarter'),
  niSampling('ni-sampling-latest', 'in the latest quarter'),
  niSampling('ni-sampling-year', 'in each of the four quarters to the period'),
  // Detail figures: what the period's records break down into. Grouped entries (trigger, type,
  // level, mode, format) are templates whose label and subject are written per value.
  {
    id: 'enablement-case',
    label: () => 'A consented case example: before and after, verified',
    subject: () => 'case example outcome',
    unit: 'count',
    records: 'enablement records',
    recordsDetail: 'one outcome shared with consent',
    better: 'higher',
    topics: ['outcomes'],
    detail: true,
  },
  // One logged referral or disagreement told as an example: its label is written per record.
  {
    id: 'advocate-referral-case',
    label: () => 'One advocate referral: time from referral to the advocate being involved',
    subject: () => 'time from this referral to the advocate being involved',
    unit: 'hours',
    records: 'advocate referral records',
    recordsDetail: 'one referral',
    better: 'lower',
    standardId: 'advocate-response',
    topics: ['escalation'],
    detail: true,
  },
  {
    id: 'disagreement-case',
    label: () => 'One disagreement: working days from logging to settling it',
    subject: () => 'working days this disagreement took to settle',
    unit: 'working days',
    records: 'disagreement log',
    recordsDetail: 'one disagreement',
    better: 'lower',
    standardId: 'dispute-resolution',
    topics: ['escalation'],
    detail: true,
  },
  {
    id: 'advocate-referrals',
    label: () => 'Referrals made for independent advocacy',
    subject: () => 'referrals made for independent advocacy',
    unit: 'count',
    records: 'advocate referral records',
    better: 'higher',
    topics: ['escalation'],
    detail: true,
  },
  {
    id: 'advocate-referrals-trigger',
    label: () => 'Advocate referrals by what prompted them',
    subject: () => 'advocate referrals prompted by',
    unit: 'count',
    records: 'advocate referral records',
    better: 'higher',
    topics: ['escalation'],
    detail: true,
  },
  {
    id: 'advocate-referrals-type',
    label: () => 'Advocate referrals by type of advocate',
    subject: () => 'referrals to',
    unit: 'count',
    records: 'advocate referral records',
    better: 'higher',
    topics: ['escalation'],
    detail: true,
  },
  {
    id: 'advocate-response-median',
    label: () => 'Median time from advocate referral to the advocate being involved',
    subject: () => 'median time from referral to the advocate being involved',
    unit: 'hours',
    records: 'advocate referral records',
    recordsDetail: 'referrals where the advocate was involved',
    better: 'lower',
    standardId: 'advocate-response',
    topics: ['escalation'],
    detail: true,
  },
  {
    id: 'advocate-at-complex',
    label: () => 'Complex and best-interests reviews with an independent advocate taking part',
    subject: () => 'complex and best-interests reviews with an independent advocate taking part',
    unit: 'percent',
    records: 'review records',
    noun: { one: 'complex review', many: 'complex reviews' },
    better: 'higher',
    topics: ['escalation'],
    detail: true,
  },
  {
    id: 'disputes-logged',
    label: () => 'Disagreements logged',
    subject: () => 'disagreements logged',
    unit: 'count',
    records: 'disagreement log',
    better: 'higher',
    topics: ['escalation'],
    detail: true,
  },
  {
    id: 'disputes-level',
    label: () => 'Disagreements by the furthest level they reached',
    subject: () => 'disagreements',
    unit: 'count',
    records: 'disagreement log',
    better: 'higher',
    topics: ['escalation'],
    detail: true,
  },
  {
    id: 'supporter-mode',
    label: () => 'Reviews where a family member, friend or advocate took part, by how they took part',
    subject: () => 'reviews where a family member, friend or advocate took part',
    unit: 'count',
    records: 'review participant records',
    better: 'higher',
    topics: ['participation', 'accessibility'],
    detail: true,
  },
  {
    id: 'agenda-format',
    label: () => 'Review agendas sent in an accessible format, by format',
    subject: () => 'review agendas sent in',
    unit: 'count',
    records: 'review records',
    better: 'higher',
    topics: ['accessibility'],
    detail: true,
  },
];

const BY_ID = new Map(FIGURE_CATALOGUE.map((entry) => [entry.id, entry]));

/** The catalogue entry with this id; throws for an id the catalogue does not hold (a programming error). */
export function catalogueEntry(id: string): CatalogueEntry {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`No figure catalogue entry "${id}"`);
  return entry;
}

/**
 * Enablement measures where a lower value is the better outcome (fewer prompts, less staff
 * time, a smaller staffing ratio). Matched as whole words in the measure the provider recorded.
 */
export const LOWER_IS_BETTER_MEASURE_WORDS: readonly string[] = ['staff', 'staffing', 'prompt', 'prompts', 'time needed', 'support for', 'missed', 'incident', 'incidents'];
