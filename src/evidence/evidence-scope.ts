/**
 * Which organisation, services and period a set of figures is about.
 */
import type { Database } from '../data/database.js';
import { pickOrganisation } from '../data/pick-organisation.js';
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

export async function resolveScope(options: ResolveScopeOptions): Promise<EvidenceScope> {
  const { db } = options;
  const period = typeof options.period === 'string' ? parseReportingPeriod(options.period) : assertPeriodInCalendar(options.period);
  const { id } = await pickOrganisation({
    db,
    ...(options.organisation !== undefined ? { slug: options.organisation } : {}),
    remedy: 'import your records first (assured import)',
  });
  const [organisation, allServices] = await Promise.all([
    db.prisma.organisation.findUniqueOrThrow({ where: { id } }),
    db.prisma.service.findMany({
      where: { organisationId: id },
      select: { id: true, ref: true, name: true, locality: true, serviceType: true },
      orderBy: { name: 'asc' },
    }),
  ]);
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
      bidderName: organisation.bidderName ?? organisation.name,
      region: regionFromEnum(organisation.region),
      selfAssessment: organisation.selfAssessment,
    },
    standards: {
      agendaNoticeDays: organisation.agendaNoticeDays,
      agendaNoticeMaxDays: organisation.agendaNoticeMaxDays,
      meetingMaxMinutes: organisation.meetingMaxMinutes,
      summaryWorkingDays: organisation.summaryWorkingDays,
      advocateResponseHours: organisation.advocateResponseHours,
      disputeWorkingDays: organisation.disputeWorkingDays,
      niSampleCases: organisation.niSampleCases,
    },
    services,
    allServices: services.length === allServices.length,
    period,
    previous: previousPeriod(period),
    place: placeAnchor(services.map((service) => service.name)),
    organisationPlace: placeAnchor(allServices.map((service) => service.name)),
  };
}
