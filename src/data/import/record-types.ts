/**
 * The record types Assured imports: one zod row schema per type (the single source of truth
 * for the columns), how files of that type are recognised, which references and date orders
 * are checked across rows, and how a valid row maps onto its table.
 */
import { z } from 'zod';
import { field } from './fields.js';
import * as v from './vocabulary.js';

export const RECORD_TYPE_NAMES = [
  'organisation',
  'services',
  'people',
  'reviews',
  'participants',
  'actions',
  'advocate-referrals',
  'disagreements',
  'feedback',
  'changes',
  'enablement',
  'governance-samples',
] as const;
export type RecordTypeName = (typeof RECORD_TYPE_NAMES)[number];
export const ZRecordTypeNameSchema = z.enum(RECORD_TYPE_NAMES);

const score = () => field.integer(0, 2);

export const ZOrganisationRowSchema = z.object({
  slug: field.text('a short name of lower-case letters, digits and hyphens', 64).regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'is not a valid slug' }),
  name: field.text('the organisation name', 200),
  bidder_name: field.text('the name shown on tender documents', 200).optional(),
  region: field.choice(v.REGIONS).optional(),
  agenda_notice_days: field.integer(0, 30).optional(),
  agenda_notice_max_days: field.integer(0, 30).optional(),
  meeting_max_minutes: field.integer(5, 480).optional(),
  summary_working_days: field.integer(1, 60).optional(),
  advocate_response_hours: field.integer(1, 720).optional(),
  dispute_working_days: field.integer(1, 120).optional(),
  ni_sample_cases: field.integer(0, 100).optional(),
  consent_capacity_score: score().optional(),
  consent_capacity_evidence: field.text('what backs the score').optional(),
  information_governance_score: score().optional(),
  information_governance_evidence: field.text('what backs the score').optional(),
  training_score: score().optional(),
  training_evidence: field.text('what backs the score').optional(),
});

export const ZServiceRowSchema = z.object({
  id: field.ref(),
  name: field.text('the service name', 200),
  locality: field.text('a town or area', 200),
  service_type: field.choice(v.SERVICE_TYPES),
});

export const ZPersonRowSchema = z.object({
  id: field.ref(),
  service_id: field.ref(),
  accessible_format: field.choice(v.ACCESSIBLE_FORMATS),
  started_on: field.date(),
  ended_on: field.date().optional(),
});

export const ZReviewRowSchema = z.object({
  id: field.ref(),
  person_id: field.ref(),
  type: field.choice(v.REVIEW_TYPES),
  held_on: field.date(),
  duration_minutes: field.integer(1, 480).optional(),
  chair_role: field.choice(v.CHAIR_ROLES).optional(),
  agenda_sent_on: field.date().optional(),
  agenda_format: field.choice(v.AGENDA_FORMATS).optional(),
  accessible_format_used: field.yesNo().optional(),
  summary_sent_on: field.date().optional(),
});

export const ZParticipantRowSchema = z.object({
  id: field.ref(),
  review_id: field.ref(),
  role: field.choice(v.PARTICIPANT_ROLES),
  advocate_type: field.choice(v.ADVOCATE_TYPES).optional(),
  mode: field.choice(v.PARTICIPATION_MODES),
});

export const ZActionRowSchema = z.object({
  id: field.ref(),
  person_id: field.ref(),
  review_id: field.ref().optional(),
  owner_role: field.choice(v.ACTION_OWNERS),
  due_on: field.date(),
  closed_on: field.date().optional(),
});

export const ZAdvocateReferralRowSchema = z.object({
  id: field.ref(),
  person_id: field.ref(),
  advocate_type: field.choice(v.ADVOCATE_TYPES),
  trigger: field.choice(v.REFERRAL_TRIGGERS),
  referred_at: field.dateTime(),
  advocate_involved_at: field.dateTime().optional(),
});

export const ZDisagreementRowSchema = z.object({
  id: field.ref(),
  person_id: field.ref(),
  logged_on: field.date(),
  topic: field.choice(v.DISAGREEMENT_TOPICS),
  escalation_level: field.choice(v.ESCALATION_LEVELS),
  resolved_on: field.date().optional(),
});

export const ZFeedbackRowSchema = z.object({
  id: field.ref(),
  service_id: field.ref(),
  person_id: field.ref().optional(),
  responded_on: field.date(),
  respondent_role: field.choice(v.RESPONDENT_ROLES),
  feel_involved: field.integer(1, 5).optional(),
  kind: field.choice(v.FEEDBACK_KINDS),
  themes: field.list().optional(),
  comment: field.text('free text', 2000).optional(),
});

export const ZChangeRowSchema = z.object({
  id: field.ref(),
  service_id: field.ref(),
  raised_on: field.date(),
  raised_by_role: field.choice(v.RAISED_BY_ROLES),
  you_said: field.text('the feedback in a short line', 500),
  we_did: field.text('what changed, in a short line', 500),
  changed_on: field.date(),
  verified_on: field.date().optional(),
  verified_by: field.choice(v.VERIFIER_ROLES).optional(),
});

export const ZEnablementRowSchema = z.object({
  id: field.ref(),
  person_id: field.ref(),
  domain: field.choice(v.ENABLEMENT_DOMAINS),
  measure: field.text('what was measured', 200),
  unit: field.choice(v.ENABLEMENT_UNITS),
  before_value: field.text('the value before', 40),
  after_value: field.text('the value after', 40),
  started_on: field.date(),
  verified_on: field.date().optional(),
  verified_by: field.text('how the outcome was verified', 200).optional(),
  consent_to_share: field.yesNo(),
});

export const ZGovernanceSampleRowSchema = z.object({
  id: field.ref(),
  service_id: field.ref(),
  sampled_on: field.date(),
  cases_sampled: field.integer(0, 100),
  sampled_by_role: field.choice(v.SAMPLER_ROLES),
});

export type OrganisationRow = z.infer<typeof ZOrganisationRowSchema>;

/** A reference that must name a row of another type (in this import or already stored). */
export interface ReferenceCheck {
  column: string;
  type: 'services' | 'people' | 'reviews';
}

/**
 * `later` must not be before `earlier` when both are present. The error is reported on the
 * column a person would correct (`blame`, default the later one), with `problem` saying why.
 */
export interface DateOrderCheck {
  earlier: string;
  later: string;
  blame?: 'earlier' | 'later';
  problem: string;
}

export interface RecordTypeDefinition {
  name: RecordTypeName;
  /** Matches the file name (without folders), e.g. "2026-q2-reviews.csv". */
  fileName: RegExp;
  schema: z.ZodObject;
  references: ReferenceCheck[];
  dateOrder: DateOrderCheck[];
  /** Extra row rules that need more than one column. */
  rowRules?: (row: Record<string, unknown>) => { column: string; problem: string; expected: string } | undefined;
  /** Prisma model delegate name. */
  model: string;
}

export const RECORD_TYPES: Record<RecordTypeName, RecordTypeDefinition> = {
  organisation: { name: 'organisation', fileName: /organi[sz]ation/, schema: ZOrganisationRowSchema, references: [], dateOrder: [], model: 'organisation' },
  services: { name: 'services', fileName: /services?\b|services?[-_. ]/, schema: ZServiceRowSchema, references: [], dateOrder: [], model: 'service' },
  people: {
    name: 'people',
    fileName: /people|persons?\b/,
    schema: ZPersonRowSchema,
    references: [{ column: 'service_id', type: 'services' }],
    dateOrder: [{ earlier: 'started_on', later: 'ended_on', problem: 'is before started_on' }],
    model: 'person',
  },
  reviews: {
    name: 'reviews',
    fileName: /reviews?|meetings?/,
    schema: ZReviewRowSchema,
    references: [{ column: 'person_id', type: 'people' }],
    dateOrder: [
      { earlier: 'agenda_sent_on', later: 'held_on', blame: 'earlier', problem: 'is after the meeting (held_on)' },
      { earlier: 'held_on', later: 'summary_sent_on', problem: 'is before the meeting (held_on)' },
    ],
    model: 'review',
  },
  participants: {
    name: 'participants',
    fileName: /participants?|attendance|attendees/,
    schema: ZParticipantRowSchema,
    references: [{ column: 'review_id', type: 'reviews' }],
    dateOrder: [],
    rowRules: (row) =>
      row.role === 'advocate' && row.advocate_type === undefined
        ? { column: 'advocate_type', problem: 'is missing for an advocate', expected: 'imca, care-act, rpr or other' }
        : undefined,
    model: 'participant',
  },
  actions: {
    name: 'actions',
    fileName: /actions?/,
    schema: ZActionRowSchema,
    references: [
      { column: 'person_id', type: 'people' },
      { column: 'review_id', type: 'reviews' },
    ],
    dateOrder: [],
    model: 'action',
  },
  'advocate-referrals': {
    name: 'advocate-referrals',
    fileName: /referrals?|advoca/,
    schema: ZAdvocateReferralRowSchema,
    references: [{ column: 'person_id', type: 'people' }],
    dateOrder: [{ earlier: 'referred_at', later: 'advocate_involved_at', problem: 'is before the referral (referred_at)' }],
    model: 'advocateReferral',
  },
  disagreements: {
    name: 'disagreements',
    fileName: /disagreements?|disputes?/,
    schema: ZDisagreementRowSchema,
    references: [{ column: 'person_id', type: 'people' }],
    dateOrder: [{ earlier: 'logged_on', later: 'resolved_on', problem: 'is before the disagreement was logged (logged_on)' }],
    model: 'disagreement',
  },
  feedback: {
    name: 'feedback',
    fileName: /feedback|survey/,
    schema: ZFeedbackRowSchema,
    references: [
      { column: 'service_id', type: 'services' },
      { column: 'person_id', type: 'people' },
    ],
    dateOrder: [],
    model: 'feedbackResponse',
  },
  changes: {
    name: 'changes',
    fileName: /changes?|you[-_ ]?said/,
    schema: ZChangeRowSchema,
    references: [{ column: 'service_id', type: 'services' }],
    dateOrder: [
      { earlier: 'raised_on', later: 'changed_on', problem: 'is before the feedback was given (raised_on)' },
      { earlier: 'changed_on', later: 'verified_on', problem: 'is before the change was made (changed_on)' },
    ],
    model: 'feedbackChange',
  },
  enablement: {
    name: 'enablement',
    fileName: /enablement|outcomes?/,
    schema: ZEnablementRowSchema,
    references: [{ column: 'person_id', type: 'people' }],
    dateOrder: [{ earlier: 'started_on', later: 'verified_on', problem: 'is before the work started (started_on)' }],
    rowRules: (row) =>
      row.unit === 'ratio' && !(/^\d+:\d+$/.test(String(row.before_value)) && /^\d+:\d+$/.test(String(row.after_value)))
        ? { column: 'before_value', problem: 'is not a staff-to-person ratio', expected: 'ratios such as 2:1 in before_value and after_value' }
        : undefined,
    model: 'enablementOutcome',
  },
  'governance-samples': {
    name: 'governance-samples',
    fileName: /governance|sampl/,
    schema: ZGovernanceSampleRowSchema,
    references: [{ column: 'service_id', type: 'services' }],
    dateOrder: [],
    model: 'governanceSample',
  },
};

/** Import order: a type only refers to types before it. */
export const IMPORT_ORDER: readonly RecordTypeName[] = RECORD_TYPE_NAMES;

/** Column names of a type, in schema order. */
export function columnsOf(type: RecordTypeName): string[] {
  return Object.keys(RECORD_TYPES[type].schema.shape);
}

/** Columns that must have a value in every row. */
export function requiredColumnsOf(type: RecordTypeName): string[] {
  const shape = RECORD_TYPES[type].schema.shape as Record<string, z.ZodType>;
  return Object.entries(shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([column]) => column);
}
