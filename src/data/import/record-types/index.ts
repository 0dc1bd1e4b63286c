/**
 * Every record type Assured imports, one entry each (see record-type.ts for what an entry
 * holds), in the order they are imported: a type only refers to types before it.
 */
import { z } from 'zod';
import { actions } from './actions.js';
import { advocateReferrals } from './advocate-referrals.js';
import { changes } from './changes.js';
import { disagreements } from './disagreements.js';
import { enablement } from './enablement.js';
import { feedback } from './feedback.js';
import { governanceSamples } from './governance-samples.js';
import { organisation, type OrganisationType } from './organisation.js';
import { participants } from './participants.js';
import { people } from './people.js';
import { practices } from './practices.js';
import { RECORD_TYPE_NAMES, type RecordType, type RecordTypeName } from './record-type.js';
import { reviews } from './reviews.js';
import { services } from './services.js';

export { RECORD_TYPE_NAMES, REFERENCED_TYPE_NAMES, isReferencedType, type RecordType, type RecordTypeName, type ReferencedTypeName, type IdOf } from './record-type.js';
export type { OrganisationType, OrganisationRow } from './organisation.js';
export type { ImportField, FieldKind } from '../fields.js';

export const ZRecordTypeNameSchema = z.enum(RECORD_TYPE_NAMES);

export type AnyRecordType = RecordType | OrganisationType;

export const ORGANISATION_TYPE: OrganisationType = organisation;

/** The types keyed by the provider's `id`. */
export const ID_RECORD_TYPES: Readonly<Record<Exclude<RecordTypeName, 'organisation'>, RecordType>> = {
  services,
  people,
  reviews,
  participants,
  actions,
  'advocate-referrals': advocateReferrals,
  disagreements,
  feedback,
  changes,
  enablement,
  'governance-samples': governanceSamples,
  practices,
};

/** Every type by name. */
export const RECORD_TYPES: Readonly<Record<RecordTypeName, AnyRecordType>> = { organisation, ...ID_RECORD_TYPES };

/** Import order: a type only refers to types before it. */
export const IMPORT_ORDER: readonly RecordTypeName[] = RECORD_TYPE_NAMES;

/** When names do not say, the more specific types are tried first. */
export const DETECTION_ORDER: readonly RecordTypeName[] = [
  'practices',
  'advocate-referrals',
  'governance-samples',
  'participants',
  'enablement',
  'disagreements',
  'feedback',
  'changes',
  'actions',
  'reviews',
  'people',
  'services',
  'organisation',
];

/** Column names of a type, in schema order. */
export function columnsOf(type: RecordTypeName): string[] {
  return RECORD_TYPES[type].fields.map((field) => field.name);
}

/** Columns that must have a value in every row. */
export function requiredColumnsOf(type: RecordTypeName): string[] {
  return RECORD_TYPES[type].fields.filter((field) => field.required).map((field) => field.name);
}
