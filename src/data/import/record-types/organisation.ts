/** The provider itself: one row, keyed by its slug, holding its service standards and self-assessed scores. */
import { z } from 'zod';
import type { Prisma } from '../../../generated/prisma/client.js';
import { describeFields, field } from '../fields.js';
import * as v from '../vocabulary.js';
import type { RecordTypeShape } from './record-type.js';

const score = (meaning: string) => field.integer(0, 2, meaning);

export const ZOrganisationRowSchema = z.object({
  slug: field.text('a short name of lower-case letters, digits and hyphens', 64).regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'is not a valid slug' }),
  name: field.text('the organisation name', 200),
  bidder_name: field.text('the name shown on tender documents', 200).optional(),
  region: field.choice(v.REGIONS, 'bank-holiday region').optional(),
  agenda_notice_days: field.integer(0, 30, 'agenda sent at least this many days before a review').optional(),
  agenda_notice_max_days: field.integer(0, 30, 'agenda sent at most this many days before a review').optional(),
  meeting_max_minutes: field.integer(5, 480, 'longest planned review meeting in minutes').optional(),
  summary_working_days: field.integer(1, 60, 'summary sent within this many working days of a review').optional(),
  advocate_response_hours: field.integer(1, 720, 'advocate involved within this many hours of a referral').optional(),
  dispute_working_days: field.integer(1, 120, 'disagreement resolved within this many working days').optional(),
  ni_sample_cases: field.integer(0, 100, 'cases the nominated individual samples per service per quarter').optional(),
  consent_capacity_score: score('self-assessed consent and capacity score').optional(),
  consent_capacity_evidence: field.text('what backs the score').optional(),
  information_governance_score: score('self-assessed information governance score').optional(),
  information_governance_evidence: field.text('what backs the score').optional(),
  training_score: score('self-assessed training score').optional(),
  training_evidence: field.text('what backs the score').optional(),
});
export type OrganisationRow = z.output<typeof ZOrganisationRowSchema>;

const SELF_ASSESSED_DIMENSIONS = ['consent_capacity', 'information_governance', 'training'] as const;

function organisationToStored(row: OrganisationRow): Prisma.OrganisationUncheckedCreateInput {
  const selfAssessment: Record<string, { score: number; evidence: string | null }> = {};
  for (const dimension of SELF_ASSESSED_DIMENSIONS) {
    const score = row[`${dimension}_score`];
    if (score !== undefined) selfAssessment[dimension] = { score, evidence: row[`${dimension}_evidence`] ?? null };
  }
  return {
    slug: row.slug,
    name: row.name,
    bidderName: row.bidder_name ?? null,
    ...(row.region ? { region: row.region.replace(/-/g, '_') as 'england_and_wales' } : {}),
    ...(row.agenda_notice_days !== undefined ? { agendaNoticeDays: row.agenda_notice_days } : {}),
    ...(row.agenda_notice_max_days !== undefined ? { agendaNoticeMaxDays: row.agenda_notice_max_days } : {}),
    ...(row.meeting_max_minutes !== undefined ? { meetingMaxMinutes: row.meeting_max_minutes } : {}),
    ...(row.summary_working_days !== undefined ? { summaryWorkingDays: row.summary_working_days } : {}),
    ...(row.advocate_response_hours !== undefined ? { advocateResponseHours: row.advocate_response_hours } : {}),
    ...(row.dispute_working_days !== undefined ? { disputeWorkingDays: row.dispute_working_days } : {}),
    ...(row.ni_sample_cases !== undefined ? { niSampleCases: row.ni_sample_cases } : {}),
    ...(Object.keys(selfAssessment).length > 0 ? { selfAssessment } : {}),
  };
}

/** The organisation entry: like the others to read and validate, written by slug rather than by id. */
export interface OrganisationType extends RecordTypeShape {
  name: 'organisation';
  /** Parses the file's one row when it is valid, for choosing the organisation before rows are validated. */
  parseRow: (cells: Record<string, string>) => OrganisationRow | undefined;
  toStored: (row: OrganisationRow) => Prisma.OrganisationUncheckedCreateInput;
}

export const organisation: OrganisationType = {
  name: 'organisation',
  description: 'the provider: its slug, name, region, service standards and self-assessed scores',
  fileName: /organi[sz]ation/,
  schema: ZOrganisationRowSchema,
  fields: describeFields(ZOrganisationRowSchema),
  references: [],
  dateOrder: [],
  rowRule: () => undefined,
  refColumn: 'slug',
  parseRow: (cells) => {
    const parsed = ZOrganisationRowSchema.safeParse(cells);
    return parsed.success ? parsed.data : undefined;
  },
  toStored: organisationToStored,
};
