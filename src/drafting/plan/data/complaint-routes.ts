/**
 * Where a complaint can go when the provider's own route is exhausted, by where the organisation
 * is: the Council that arranges the care, then the ombudsman for that part of the UK. Keyed by
 * the organisation's region (import vocabulary REGIONS).
 */
import type { REGIONS } from '../../../data/import/vocabulary.js';

export const OMBUDSMAN_BY_REGION: Readonly<Record<(typeof REGIONS)[number], string>> = {
  'england-and-wales': 'the Local Government and Social Care Ombudsman',
  scotland: 'the Scottish Public Services Ombudsman',
  'northern-ireland': 'the Northern Ireland Public Services Ombudsman',
};

/**
 * What the writer is told beside the route, where the region covers more than one ombudsman: the
 * records say England and Wales, not which, and a Welsh parenthesis in an English tender reads as
 * template text.
 */
export const OMBUDSMAN_NOTE_BY_REGION: Readonly<Partial<Record<(typeof REGIONS)[number], string>>> = {
  'england-and-wales': 'The answer names the Local Government and Social Care Ombudsman, which covers England. For a service in Wales, name the Public Services Ombudsman for Wales instead.',
};

/** Words of a question asking where a complaint goes when the provider's own route has not settled it. */
export const COMPLAINT_ASK = /\b(?:complain\w*|ombudsman|lgsco)\b|\b(?:still|remains?) (?:unhappy|dissatisfied|not satisfied)\b|\btake (?:it|this|their (?:complaint|concern)) further\b/i;
