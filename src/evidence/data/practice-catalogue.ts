/**
 * The practice catalogue: what each entry of a practice profile means, as data. A practice is
 * something a provider says it does ("the Registered Manager chairs complex reviews"); the
 * profile counts how often the period's records show it. Computing fills in the counts; the
 * words a message needs come from here.
 *
 * `basis: 'share'` practices are claimed as routine, so they are held to the threshold and a
 * share of zero contradicts them. `basis: 'occurrence'` practices are offers or logs ("families
 * can join remotely", "every disagreement is logged"): one recorded case shows them, and none
 * leaves the records silent rather than contradicting.
 */
import { ACCESSIBLE_FORMATS } from '../../data/import/vocabulary.js';

export type PracticeBasis = 'share' | 'occurrence';

export interface PracticeStandards {
  agendaNoticeDays: number;
  summaryWorkingDays: number;
  niSampleCases: number;
}

export interface PracticeEntry {
  id: string;
  label: (standards: PracticeStandards) => string;
  basis: PracticeBasis;
  /** What the denominator counts, plural ("complex reviews"). */
  noun: string;
  /** What the numerator's cases did, completing "3 of 4 complex reviews …" ("were chaired by the Registered Manager"). */
  shown: (standards: PracticeStandards) => string;
  records: string;
  recordsDetail?: string;
}

const FORMAT_NAMES: Record<Exclude<(typeof ACCESSIBLE_FORMATS)[number], 'none'>, string> = {
  'easy-read': 'easy-read',
  audio: 'audio',
  bsl: 'BSL',
  'large-print': 'large-print',
  translation: 'translated',
  pictorial: 'pictorial',
};

/** Accessible formats with a practice each, in vocabulary order. */
export const PRACTICE_FORMATS = ACCESSIBLE_FORMATS.filter((format) => format !== 'none');
export type PracticeFormat = (typeof PRACTICE_FORMATS)[number];

/** Roles whose chairing of complex reviews is profiled. */
export const COMPLEX_CHAIR_ROLES = [
  { role: 'rm', name: 'the Registered Manager' },
  { role: 'ni', name: 'the Nominated Individual' },
  { role: 'key-worker', name: 'the key worker' },
] as const;

/** Roles whose verification of changes is profiled. */
export const CHANGE_VERIFIER_ROLES = [
  { role: 'rm', name: 'the Registered Manager' },
  { role: 'ni', name: 'the Nominated Individual' },
] as const;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const PRACTICE_CATALOGUE: readonly PracticeEntry[] = [
  {
    id: 'review-monthly',
    label: () => 'People with a mini-review (or deep-dive) in every month',
    basis: 'share',
    noun: 'people supported throughout the period',
    shown: () => 'had a review every month',
    records: 'review records',
    recordsDetail: 'mini-reviews and deep-dives; people supported for the whole period',
  },
  {
    id: 'deep-dive-quarterly',
    label: () => 'People with a deep-dive in every quarter',
    basis: 'share',
    noun: 'people supported throughout the period',
    shown: () => 'had a deep-dive every quarter',
    records: 'review records',
    recordsDetail: 'deep-dives in quarters wholly inside the period; people supported for the whole period',
  },
  ...COMPLEX_CHAIR_ROLES.map(
    ({ role, name }): PracticeEntry => ({
      id: `complex-chair-${role}`,
      label: () => `Complex and best-interests reviews chaired by ${name}`,
      basis: 'share',
      noun: 'complex reviews with a recorded chair',
      shown: () => `were chaired by ${name}`,
      records: 'review records',
      recordsDetail: 'complex and best-interests reviews',
    }),
  ),
  {
    id: 'advocate-at-complex',
    label: () => 'Complex and best-interests reviews an advocate took part in',
    basis: 'share',
    noun: 'complex reviews',
    shown: () => 'had an advocate taking part',
    records: 'review and attendance records',
    recordsDetail: 'complex and best-interests reviews',
  },
  {
    id: 'accessible-format',
    label: () => "Reviews in the person's agreed accessible format",
    basis: 'share',
    noun: 'reviews of people with an agreed format',
    shown: () => 'used the agreed format',
    records: 'review records',
    recordsDetail: 'people with an agreed accessible format',
  },
  ...PRACTICE_FORMATS.map(
    (format): PracticeEntry => ({
      id: `format-${format}`,
      label: () => `Reviews with ${FORMAT_NAMES[format]} materials for people who need them`,
      basis: 'share',
      noun: `reviews of people whose agreed format is ${FORMAT_NAMES[format]}`,
      shown: () => `used ${FORMAT_NAMES[format]} materials`,
      records: 'review records',
      recordsDetail: `people whose agreed format is ${FORMAT_NAMES[format]}`,
    }),
  ),
  {
    id: 'agenda-notice',
    label: (s) => `Planned meetings with the agenda sent at least ${plural(s.agendaNoticeDays, 'day', 'days')} before`,
    basis: 'share',
    noun: 'planned meetings',
    shown: (s) => `had the agenda at least ${plural(s.agendaNoticeDays, 'day', 'days')} before`,
    records: 'review records',
    recordsDetail: 'planned meetings, debriefs excluded',
  },
  {
    id: 'remote-participation',
    label: () => 'Reviews a supporter joined remotely',
    basis: 'occurrence',
    noun: 'reviews',
    shown: () => 'had a family member, friend, advocate or professional joining remotely',
    records: 'review and attendance records',
  },
  {
    id: 'written-participation',
    label: () => 'Reviews with a written view or voice note from a supporter',
    basis: 'occurrence',
    noun: 'reviews',
    shown: () => 'had a written view or voice note from a family member, friend, advocate or professional',
    records: 'review and attendance records',
  },
  {
    id: 'disagreements-logged',
    label: () => 'Disagreements logged',
    basis: 'occurrence',
    noun: 'disagreements logged',
    shown: () => 'are in the disagreement log',
    records: 'disagreement records',
  },
  {
    id: 'escalation-rm',
    label: () => 'Disagreements that reached the Registered Manager',
    basis: 'occurrence',
    noun: 'disagreements logged',
    shown: () => 'reached the Registered Manager or the Nominated Individual',
    records: 'disagreement records',
  },
  {
    id: 'escalation-ni',
    label: () => 'Disagreements that reached the Nominated Individual',
    basis: 'occurrence',
    noun: 'disagreements logged',
    shown: () => 'reached the Nominated Individual',
    records: 'disagreement records',
  },
  {
    id: 'ni-sampling',
    label: (s) => `Service quarters in which the Nominated Individual sampled at least ${plural(s.niSampleCases, 'case', 'cases')}`,
    basis: 'share',
    noun: 'service quarters',
    shown: (s) => `had at least ${plural(s.niSampleCases, 'case', 'cases')} sampled by the Nominated Individual`,
    records: 'governance sampling records',
    recordsDetail: 'quarters wholly inside the period, or the quarter it ends in',
  },
  {
    id: 'changes-verified',
    label: () => 'Changes made from feedback that were re-audited',
    basis: 'share',
    noun: 'changes made from feedback',
    shown: () => 'were re-audited by the end of the period',
    records: 'change records',
  },
  ...CHANGE_VERIFIER_ROLES.map(
    ({ role, name }): PracticeEntry => ({
      id: `changes-verified-by-${role}`,
      label: () => `Changes made from feedback re-audited by ${name}`,
      basis: 'share',
      noun: 'changes made from feedback',
      shown: () => `were re-audited by ${name}`,
      records: 'change records',
    }),
  ),
  {
    id: 'summaries-on-time',
    label: (s) => `Meeting summaries sent within ${plural(s.summaryWorkingDays, 'working day', 'working days')}`,
    basis: 'share',
    noun: 'reviews',
    shown: (s) => `had a summary sent within ${plural(s.summaryWorkingDays, 'working day', 'working days')}`,
    records: 'review records',
  },
];

const BY_ID = new Map(PRACTICE_CATALOGUE.map((entry) => [entry.id, entry]));

export function practiceEntry(id: string): PracticeEntry {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`No practice "${id}" in the practice catalogue`);
  return entry;
}
