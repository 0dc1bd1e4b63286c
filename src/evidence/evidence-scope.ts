/**
 * Which organisation, services and period a set of figures is about.
 */
import type { Database } from '../data/database.js';
import { chooseOrganisation } from '../data/pick-organisation.js';
import { AppError } from '../shared/app-error.js';
import type { BankHolidayRegion } from './calendar/bank-holidays.js';
import { regionFromEnum } from './ensure-working-day-calendar.js';
import { assertPeriodInCalendar, parseReportingPeriod, previousPeriod, type Period } from './period.js';
import { placeAnchor } from './place-anchor.js';

export interface OrganisationStandards {
  agendaNoticeDays: number;
  agendaNoticeMaxDays: number;
  meetingMaxMinutes: number;
  summaryWorkingDays: number;
  advocateResponseHours: number;
  disputeWorkingDays: number;
  niSampleCases: number;
}

export interface EvidenceScope {
  organisation: { id: string; slug: string; name: string; bidderName: string; region: BankHolidayRegion; selfAssessment: unknown };
  standards: OrganisationStandards;
  services: { id: string; ref: string; name: string; locality: string; serviceType: string }[];
  /** True when every service of the organisation is in scope. */
  allServices: boolean;
  period: Period;
  previous: Period;
  place: string;
  /** Where the whole organisation works, every service named as figures name them (read with the services, so nothing asks again). */
  organisationPlace?: string;
}

export interface ResolveScopeOptions {
  db: Database;
  period: string | Period;
  /** Organisation slug; may be left out when the database holds one organisation. */
  organisation?: string;
  /** Service names or ids (case-insensitive); default all. */
  services?: string[];
}

/**
 * The organisation (by slug, or the only one) with its services, in one statement: the scope is
 * read before every set of figures, and three round trips here were a tenth of their time.
 */
const SCOPE_SQL = `
SELECT o.id, o.slug, o.name, o.bidder_name, o.region::text AS region, o.self_assessment,
       o.agenda_notice_days, o.agenda_notice_max_days, o.meeting_max_minutes, o.summary_working_days,
       o.advocate_response_hours, o.dispute_working_days, o.ni_sample_cases,
       COALESCE((SELECT json_agg(json_build_object('id', s.id, 'ref', s.ref, 'name', s.name, 'locality', s.locality, 'serviceType', s.service_type) ORDER BY s.name)
                 FROM service s WHERE s.organisation_id = o.id), '[]'::json)::text AS services
FROM organisation o
WHERE $1::text IS NULL OR o.slug = $1::text
ORDER BY o.slug
LIMIT 2`;

interface ScopeRow {
  id: string;
  slug: string;
  name: string;
  bidder_name: string | null;
  region: string;
  self_assessment: unknown;
  agenda_notice_days: number;
  agenda_notice_max_days: number;
  meeting_max_minutes: number;
  summary_working_days: number;
  advocate_response_hours: number;
  dispute_working_days: number;
  ni_sample_cases: number;
  services: string;
}

export async function resolveScope(options: ResolveScopeOptions): Promise<EvidenceScope> {
  const { db } = options;
  const period = typeof options.period === 'string' ? parseReportingPeriod(options.period) : assertPeriodInCalendar(options.period);
  const candidates = await db.prisma.$queryRawUnsafe<ScopeRow[]>(SCOPE_SQL, options.organisation ?? null);
  const organisation = chooseOrganisation(candidates, { slug: options.organisation, remedy: 'import your records first (assured import)' });
  const { id } = organisation;
  const allServices = JSON.parse(organisation.services) as EvidenceScope['services'];
  let services = allServices;
  if (options.services && options.services.length > 0) {
    services = options.services.map((wanted) => {
      const key = wanted.trim().toLowerCase();
      const match = allServices.find((service) => service.name.toLowerCase() === key || service.ref.toLowerCase() === key);
      if (!match) {
        throw new AppError(
          'INVALID_INPUT',
          `Unknown service "${wanted}" for ${organisation.slug}; expected one of: ${allServices.map((service) => `${service.name} (${service.ref})`).join(', ') || 'none imported yet'}`,
        );
      }
      return match;
    });
    services = [...new Map(services.map((service) => [service.id, service])).values()];
  }
  if (services.length === 0) throw new AppError('NOT_FOUND', `${organisation.slug} has no services yet: import services.csv first.`);
  return {
    organisation: {
      id,
      slug: organisation.slug,
      name: organisation.name,
      bidderName: organisation.bidder_name ?? organisation.name,
      region: regionFromEnum(organisation.region),
      selfAssessment: organisation.self_assessment,
    },
    standards: {
      agendaNoticeDays: organisation.agenda_notice_days,
      agendaNoticeMaxDays: organisation.agenda_notice_max_days,
      meetingMaxMinutes: organisation.meeting_max_minutes,
      summaryWorkingDays: organisation.summary_working_days,
      advocateResponseHours: organisation.advocate_response_hours,
      disputeWorkingDays: organisation.dispute_working_days,
      niSampleCases: organisation.ni_sample_cases,
    },
    services,
    allServices: services.length === allServices.length,
    period,
    previous: previousPeriod(period),
    place: placeAnchor(services.map((service) => service.name)),
    organisationPlace: placeAnchor(allServices.map((service) => service.name)),
  };
}
