/** How figures, categories and statuses read on the page (text first; colour only repeats it). */
import type { CheckReport, FiguresResult } from '../api-fetch.js';

export type Figure = FiguresResult['figures'][number];
export type CheckCategory = CheckReport['messages'][number]['category'];

const UNIT_SUFFIX: Record<string, string> = {
  percent: '%',
  count: '',
  score: '',
  ratio: '',
  days: ' days',
  'working days': ' working days',
  hours: ' hours',
  minutes: ' minutes',
  weeks: ' weeks',
};

export function formatValue(value: number | string | null | undefined, unit: string): string {
  if (value === null || value === undefined) return 'Not available';
  if (typeof value === 'string') return value;
  const number = Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return `${number}${UNIT_SUFFIX[unit] ?? ` ${unit}`}`;
}

export const CATEGORY_LABELS: Record<CheckCategory, string> = {
  vague: 'Vague',
  tokenism: 'Tokenism',
  'unsupported-claim': 'Unsupported number',
  'missing-anchor': 'Missing anchor',
  structure: 'Structure',
  jargon: 'Jargon',
  readability: 'Readability',
  length: 'Length',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as CheckCategory[];

export const STRUCTURE_LABELS = {
  behaviour: 'Behaviour: what we do with the person and their chosen supporters',
  ownersCadence: 'Owners and cadence: who does it and how often',
  evidence: 'Evidence: small, dated, sourced figures with a place',
  assurance: 'Assurance: how it is checked',
} as const;

export type ClaimStatus = 'supported' | 'standard' | 'mismatch' | 'unsupported' | 'overstated' | 'practised' | 'partly' | 'not-recorded' | 'contradicted' | 'declared' | 'stale-declared';

/** Backed by the records, or (for a practice) not contradicted by them. */
export function isBacked(status: ClaimStatus): boolean {
  return status === 'supported' || status === 'standard' || status === 'practised' || status === 'not-recorded' || status === 'declared';
}

/** A claim's mark in the answer: red only where the records do not back it (a practice the records show is backed without a figure). */
export function claimNumberClass(status: ClaimStatus): string {
  return isBacked(status) ? 'claim-number' : 'claim-number claim-unbacked';
}

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  supported: 'Supported',
  standard: 'Matches a standard',
  mismatch: 'Not supported: wrong number',
  unsupported: 'Not supported: no figure',
  overstated: 'Overstated: the records fall short of this standard',
  practised: 'Shown in the records',
  partly: 'Only partly shown in the records',
  'not-recorded': 'The records say nothing either way',
  contradicted: 'The records show otherwise',
  declared: 'In your practice library',
  'stale-declared': 'In your practice library, but last checked too long ago',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
