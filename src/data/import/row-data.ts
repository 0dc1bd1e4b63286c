/**
 * Maps a validated row onto its table's columns. References are resolved to database ids
 * through `idOf`, which knows rows stored before and rows written earlier in this import.
 */
import type { z } from 'zod';
import type {
  ZActionRowSchema,
  ZAdvocateReferralRowSchema,
  ZChangeRowSchema,
  ZDisagreementRowSchema,
  ZEnablementRowSchema,
  ZFeedbackRowSchema,
  ZGovernanceSampleRowSchema,
  ZParticipantRowSchema,
  ZPersonRowSchema,
  ZReviewRowSchema,
  ZServiceRowSchema,
  RecordTypeName,
} from './record-types.js';

export type IdOf = (type: 'services' | 'people' | 'reviews', ref: string) => string;

type RowOf<S extends z.ZodType> = z.output<S>;
type Data = Record<string, unknown>;
type Mapper = (row: Record<string, unknown>, idOf: IdOf) => Data;

function optionalId(idOf: IdOf, type: 'services' | 'people' | 'reviews', ref: string | undefined): string | null {
  return ref === undefined ? null : idOf(type, ref);
}

const mappers: Record<Exclude<RecordTypeName, 'organisation'>, Mapper> = {
  services: (raw) => {
    const row = raw as RowOf<typeof ZServiceRowSchema>;
    return { name: row.name, locality: row.locality, serviceType: row.service_type };
  },
  people: (raw, idOf) => {
    const row = raw as RowOf<typeof ZPersonRowSchema>;
    return {
      serviceId: idOf('services', row.service_id),
      accessibleFormat: row.accessible_format,
      startedOn: row.started_on,
      endedOn: row.ended_on ?? null,
    };
  },
  reviews: (raw, idOf) => {
    const row = raw as RowOf<typeof ZReviewRowSchema>;
    return {
      personId: idOf('people', row.person_id),
      type: row.type,
      heldOn: row.held_on,
      durationMinutes: row.duration_minutes ?? null,
      chairRole: row.chair_role ?? null,
      agendaSentOn: row.agenda_sent_on ?? null,
      agendaFormat: row.agenda_format ?? null,
      accessibleFormatUsed: row.accessible_format_used ?? null,
      summarySentOn: row.summary_sent_on ?? null,
    };
  },
  participants: (raw, idOf) => {
    const row = raw as RowOf<typeof ZParticipantRowSchema>;
    return { reviewId: idOf('reviews', row.review_id), role: row.role, advocateType: row.advocate_type ?? null, mode: row.mode };
  },
  actions: (raw, idOf) => {
    const row = raw as RowOf<typeof ZActionRowSchema>;
    return {
      personId: idOf('people', row.person_id),
      reviewId: optionalId(idOf, 'reviews', row.review_id),
      ownerRole: row.owner_role,
      dueOn: row.due_on,
      closedOn: row.closed_on ?? null,
    };
  },
  'advocate-referrals': (raw, idOf) => {
    const row = raw as RowOf<typeof ZAdvocateReferralRowSchema>;
    return {
      personId: idOf('people', row.person_id),
      advocateType: row.advocate_type,
      trigger: row.trigger,
      referredAt: row.referred_at,
      advocateInvolvedAt: row.advocate_involved_at ?? null,
    };
  },
  disagreements: (raw, idOf) => {
    const row = raw as RowOf<typeof ZDisagreementRowSchema>;
    return {
      personId: idOf('people', row.person_id),
      loggedOn: row.logged_on,
      topic: row.topic,
      escalationLevel: row.escalation_level,
      resolvedOn: row.resolved_on ?? null,
    };
  },
  feedback: (raw, idOf) => {
    const row = raw as RowOf<typeof ZFeedbackRowSchema>;
    return {
      serviceId: idOf('services', row.service_id),
      personId: optionalId(idOf, 'people', row.person_id),
      respondedOn: row.responded_on,
      respondentRole: row.respondent_role,
      feelInvolved: row.feel_involved ?? null,
      kind: row.kind,
      themes: row.themes ?? [],
      comment: row.comment ?? null,
    };
  },
  changes: (raw, idOf) => {
    const row = raw as RowOf<typeof ZChangeRowSchema>;
    return {
      serviceId: idOf('services', row.service_id),
      raisedOn: row.raised_on,
      raisedByRole: row.raised_by_role,
      youSaid: row.you_said,
      weDid: row.we_did,
      changedOn: row.changed_on,
      verifiedOn: row.verified_on ?? null,
      verifiedBy: row.verified_by ?? null,
    };
  },
  enablement: (raw, idOf) => {
    const row = raw as RowOf<typeof ZEnablementRowSchema>;
    return {
      personId: idOf('people', row.person_id),
      domain: row.domain,
      measure: row.measure,
      unit: row.unit,
      beforeValue: row.before_value,
      afterValue: row.after_value,
      startedOn: row.started_on,
      verifiedOn: row.verified_on ?? null,
      verifiedBy: row.verified_by ?? null,
      consentToShare: row.consent_to_share,
    };
  },
  'governance-samples': (raw, idOf) => {
    const row = raw as RowOf<typeof ZGovernanceSampleRowSchema>;
    return {
      serviceId: idOf('services', row.service_id),
      sampledOn: row.sampled_on,
      casesSampled: row.cases_sampled,
      sampledByRole: row.sampled_by_role,
    };
  },
};

export function rowData(type: Exclude<RecordTypeName, 'organisation'>, row: Record<string, unknown>, idOf: IdOf): Data {
  return mappers[type](row, idOf);
}
