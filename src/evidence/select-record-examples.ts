/**
 * Logged advocate referrals and disagreements as examples: a buyer asking for "two examples of
 * when you involved an advocate" wants what happened for one person, when and how quickly, not
 * the period's totals again. Only what the record holds is read: the service, the month, the
 * coded type, trigger, topic and level, and the clock. Never the person's reference.
 * The period's own records come first, newest first and varied by type (or topic); then the
 * rest of the twelve months to its end.
 */
import type { Database } from '../data/database.js';
import type { EvidenceScope } from './evidence-scope.js';
import { regionEnum } from './ensure-working-day-calendar.js';
import { twelveMonthsStart } from './period.js';
import { bindNames, toNumber, type Row } from './sql-row.js';

/** How far after a referral a review with an advocate taking part still counts as the advocate's. */
const REVIEW_WITHIN_DAYS = 90;

export interface ReferralRecord {
  kind: 'advocate-referral';
  ref: string;
  service: string;
  advocateType: string;
  trigger: string;
  referredOn: string;
  /** Hours from referral to involvement, unrounded; null while the advocate is not involved. */
  hours: number | null;
  advocateAtReview?: { heldOn: string; type: string };
  /** What the advocate's involvement led to, as coded in the log. */
  outcome?: string;
  batchId: string;
  sourceRow: number;
}

export interface DisagreementRecord {
  kind: 'disagreement';
  ref: string;
  service: string;
  topic: string;
  level: string;
  loggedOn: string;
  resolvedOn?: string;
  /** Working days from logging to settling; null while open or when either day is outside the calendar. */
  workingDays: number | null;
  /** How it ended, as coded in the log. */
  outcome?: string;
  batchId: string;
  sourceRow: number;
}

export type LoggedRecord = ReferralRecord | DisagreementRecord;

const REFERRALS_SQL = `SELECT ar.ref, s.name AS service, ar.advocate_type AS "advocateType", ar.trigger,
       to_char((ar.referred_at AT TIME ZONE 'Europe/London')::date, 'YYYY-MM-DD') AS "referredOn",
       (extract(epoch FROM ar.advocate_involved_at - ar.referred_at) / 3600.0)::float8 AS hours, ar.outcome,
       ar.batch_id::text AS "batchId", ar.source_row AS "sourceRow",
       (SELECT to_char(r.held_on, 'YYYY-MM-DD') || ' ' || r.type
          FROM review r
         WHERE r.person_id = ar.person_id AND r.advocate_involved
           AND r.held_on BETWEEN (ar.referred_at AT TIME ZONE 'Europe/London')::date AND (ar.referred_at AT TIME ZONE 'Europe/London')::date + {reviewDays}::int
         ORDER BY r.held_on, r.ref LIMIT 1) AS review
     FROM advocate_referral ar JOIN person p ON p.id = ar.person_id JOIN service s ON s.id = p.service_id
     WHERE ar.organisation_id = {org}::uuid AND p.service_id = ANY({services}::uuid[])
       AND (ar.referred_at AT TIME ZONE 'Europe/London')::date BETWEEN {start}::date AND {end}::date
     ORDER BY ar.referred_at DESC, ar.ref
     LIMIT 200`;

const DISAGREEMENTS_SQL = `SELECT d.ref, s.name AS service, d.topic, d.escalation_level AS level,
       to_char(d.logged_on, 'YYYY-MM-DD') AS "loggedOn", to_char(d.resolved_on, 'YYYY-MM-DD') AS "resolvedOn",
       (wr.ordinal - wl.ordinal)::int AS "workingDays", d.outcome,
       d.batch_id::text AS "batchId", d.source_row AS "sourceRow"
     FROM disagreement d JOIN person p ON p.id = d.person_id JOIN service s ON s.id = p.service_id
     LEFT JOIN working_day wl ON wl.region = {region}::"BankHolidayRegion" AND wl.date = d.logged_on
     LEFT JOIN working_day wr ON wr.region = {region}::"BankHolidayRegion" AND wr.date = d.resolved_on
     WHERE d.organisation_id = {org}::uuid AND p.service_id = ANY({services}::uuid[])
       AND d.logged_on BETWEEN {start}::date AND {end}::date
     ORDER BY d.logged_on DESC, d.ref
     LIMIT 200`;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const optionalOutcome = (row: Row): { outcome?: string } => {
  const outcome = text(row.outcome);
  return outcome ? { outcome } : {};
};
const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : toNumber(value));

/**
 * The period's records first, then the rest of the year to its end; within each, newest first,
 * one of each kind (`varietyOf`) before a second of any.
 */
function ordered<T extends { ref: string }>(records: readonly T[], inPeriod: (record: T) => boolean, varietyOf: (record: T) => string, limit: number): T[] {
  const chosen: T[] = [];
  for (const pool of [records.filter(inPeriod), records.filter((record) => !inPeriod(record))]) {
    const kinds = new Set<string>();
    for (const record of pool) {
      if (chosen.length >= limit) break;
      if (!kinds.has(varietyOf(record))) {
        chosen.push(record);
        kinds.add(varietyOf(record));
      }
    }
    for (const record of pool) {
      if (chosen.length >= limit) break;
      if (!chosen.includes(record)) chosen.push(record);
    }
  }
  return chosen;
}

export async function selectLoggedRecords(db: Database, scope: EvidenceScope, limit: number): Promise<LoggedRecord[]> {
  const start = twelveMonthsStart(scope.period.end);
  const base = [scope.organisation.id, scope.services.map((service) => service.id), start, scope.period.end] as const;
  const [referralRows, disagreementRows] = await Promise.all([
    db.prisma.$queryRawUnsafe<Row[]>(bindNames(REFERRALS_SQL, { org: 1, services: 2, start: 3, end: 4, reviewDays: 5 }), ...base, REVIEW_WITHIN_DAYS),
    db.prisma.$queryRawUnsafe<Row[]>(bindNames(DISAGREEMENTS_SQL, { org: 1, services: 2, start: 3, end: 4, region: 5 }), ...base, regionEnum(scope.organisation.region)),
  ]);
  const referrals: ReferralRecord[] = referralRows.map((row) => {
    const review = text(row.review)?.split(' ');
    return {
      kind: 'advocate-referral',
      ref: String(row.ref),
      service: String(row.service),
      advocateType: String(row.advocateType),
      trigger: String(row.trigger),
      referredOn: String(row.referredOn),
      hours: numberOrNull(row.hours),
      ...(review && review.length === 2 ? { advocateAtReview: { heldOn: review[0]!, type: review[1]! } } : {}),
      ...optionalOutcome(row),
      batchId: String(row.batchId),
      sourceRow: toNumber(row.sourceRow),
    };
  });
  const disagreements: DisagreementRecord[] = disagreementRows.map((row) => {
    const resolvedOn = text(row.resolvedOn);
    return {
      kind: 'disagreement',
      ref: String(row.ref),
      service: String(row.service),
      topic: String(row.topic),
      level: String(row.level),
      loggedOn: String(row.loggedOn),
      ...(resolvedOn ? { resolvedOn } : {}),
      workingDays: resolvedOn ? numberOrNull(row.workingDays) : null,
      ...optionalOutcome(row),
      batchId: String(row.batchId),
      sourceRow: toNumber(row.sourceRow),
    };
  });
  const inPeriod = (day: string) => day >= scope.period.start;
  // An example shows the route working: an involved advocate, a settled disagreement. Open ones
  // are left for the totals, which count them.
  return [
    ...ordered(
      referrals.filter((record) => record.hours !== null),
      (record) => inPeriod(record.referredOn),
      (record) => record.advocateType,
      limit,
    ),
    ...ordered(
      disagreements.filter((record) => record.workingDays !== null),
      (record) => inPeriod(record.loggedOn),
      (record) => record.level,
      limit,
    ),
  ];
}
