/**
 * Aggregate queries behind the figures. Each query covers the period and the previous period
 * of equal length in one pass (they are adjacent), grouped by a `current` flag, so trends cost
 * no second scan. Working days are differences of `working_day.ordinal`; nothing loads rows
 * into JavaScript. The SQL is plain PostgreSQL and runs unchanged on PGlite.
 */
import type { Database } from '../data/database.js';
import { regionEnum } from './ensure-working-day-calendar.js';
import type { EvidenceScope } from './evidence-scope.js';
import { bindNames, personInServices, toNumber, toStrings, workingDayOrdinal, type Row } from './sql-row.js';

export interface Bucketed<T> {
  current: T;
  previous: T;
}


/** Split rows keyed by `current` into the two buckets, with zeros for a bucket with no rows. */
export function bucket<T extends Record<string, number | string[]>>(rows: Row[], shape: T): Bucketed<T> {
  const pick = (current: boolean): T => {
    const row = rows.find((candidate) => candidate.current === current || candidate.current === (current ? 't' : 'f'));
    const result = {} as Record<string, number | string[]>;
    for (const [key, empty] of Object.entries(shape)) result[key] = Array.isArray(empty) ? toStrings(row?.[key]) : toNumber(row?.[key]);
    return result as T;
  };
  return { current: pick(true), previous: pick(false) };
}

function baseParams(scope: EvidenceScope): unknown[] {
  return [scope.organisation.id, scope.services.map((service) => service.id), scope.period.start, scope.previous.start, scope.period.end];
}

const REVIEW_SHAPE = {
  reviews: 0,
  involved: 0,
  family: 0,
  advocate: 0,
  summariesOnTime: 0,
  summariesWithin10: 0,
  outsideCalendar: 0,
  planned: 0,
  agendaOnTime: 0,
  formatNeeded: 0,
  formatUsed: 0,
  batches: [] as string[],
  participantBatches: [] as string[],
};
export type ReviewCounts = typeof REVIEW_SHAPE;

export async function queryReviewCounts(db: Database, scope: EvidenceScope): Promise<Bucketed<ReviewCounts>> {
  // Who took part is read from the facts each review keeps (family_involved, advocate_involved,
  // involvement_batch_ids: triggers on participant keep them in step), so the participant
  // table is not joined; that join was most of this query's cost (bench/figures.bench.ts).
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    `WITH scope AS (
       SELECT r.type, r.held_on, r.summary_sent_on, r.agenda_sent_on, r.accessible_format_used, r.batch_id,
              r.family_involved, r.advocate_involved, r.involvement_batch_ids,
              p.accessible_format, (r.held_on >= $3::date) AS current
       FROM review r JOIN person p ON p.id = r.person_id
       WHERE r.organisation_id = $1::uuid AND p.service_id = ANY($2::uuid[]) AND r.held_on BETWEEN $4::date AND $5::date
     ), review_batches AS (
       SELECT current, array_agg(batch_id::text) AS batches FROM (SELECT DISTINCT current, batch_id FROM scope) b GROUP BY current
     ), participant_batches AS (
       -- Reviews share a handful of distinct batch lists: unnest those, not every review's.
       SELECT current, array_agg(DISTINCT batch_id::text) AS batches
       FROM (SELECT DISTINCT current, involvement_batch_ids FROM scope) d, unnest(d.involvement_batch_ids) AS b(batch_id)
       GROUP BY current
     ), counts AS (
       SELECT s.current,
         count(*)::int AS "reviews",
         count(*) FILTER (WHERE s.family_involved OR s.advocate_involved)::int AS "involved",
         count(*) FILTER (WHERE s.family_involved)::int AS "family",
         count(*) FILTER (WHERE s.advocate_involved)::int AS "advocate",
         count(*) FILTER (WHERE ws.ordinal - wh.ordinal <= $7)::int AS "summariesOnTime",
         count(*) FILTER (WHERE ws.ordinal - wh.ordinal <= 10)::int AS "summariesWithin10",
         count(*) FILTER (WHERE wh.ordinal IS NULL OR (s.summary_sent_on IS NOT NULL AND ws.ordinal IS NULL))::int AS "outsideCalendar",
         count(*) FILTER (WHERE s.type <> 'debrief')::int AS "planned",
         count(*) FILTER (WHERE s.type <> 'debrief' AND s.agenda_sent_on <= s.held_on - $8::int)::int AS "agendaOnTime",
         count(*) FILTER (WHERE s.accessible_format <> 'none')::int AS "formatNeeded",
         count(*) FILTER (WHERE s.accessible_format <> 'none' AND s.accessible_format_used)::int AS "formatUsed"
       FROM scope s
       LEFT JOIN working_day wh ON wh.region = $6::"BankHolidayRegion" AND wh.date = s.held_on
       LEFT JOIN working_day ws ON ws.region = $6::"BankHolidayRegion" AND ws.date = s.summary_sent_on
       GROUP BY s.current
     )
     SELECT c.*, rb.batches AS "batches", pb.batches AS "participantBatches"
     FROM counts c
     LEFT JOIN review_batches rb ON rb.current = c.current
     LEFT JOIN participant_batches pb ON pb.current = c.current`,
    ...baseParams(scope),
    regionEnum(scope.organisation.region),
    scope.standards.summaryWorkingDays,
    scope.standards.agendaNoticeDays,
  );
  return bucket(rows, REVIEW_SHAPE);
}

/**
 * The SQL of each count below names its parameters ({org}, {start} …) instead of numbering them,
 * so the same text serves the query on its own and the one statement that reads every record
 * table for the figures at once (records-pass.ts).
 */
export const BASE_PARAMS = { org: 1, services: 2, start: 3, previousStart: 4, end: 5 } as const;

// Grouped by batch first (a hash over a few groups), so the period's actions are not sorted to
// list their distinct batches; the list keeps the order array_agg(DISTINCT …) gave.
export const ACTION_COUNTS_SQL = `SELECT current, sum(due)::int AS "due", sum(closed_on_time)::int AS "closedOnTime",
       array_agg(batch_id::text ORDER BY batch_id::text) AS "batches"
     FROM (
       SELECT (a.due_on >= {start}::date) AS current, a.batch_id,
         count(*) AS due,
         count(*) FILTER (WHERE a.closed_on IS NOT NULL AND a.closed_on <= a.due_on) AS closed_on_time
       FROM action a JOIN person p ON p.id = a.person_id
       WHERE a.organisation_id = {org}::uuid AND p.service_id = ANY({services}::uuid[]) AND a.due_on BETWEEN {previousStart}::date AND {end}::date
       GROUP BY 1, 2
     ) b
     GROUP BY current`;

export const ACTION_SHAPE = { due: 0, closedOnTime: 0, batches: [] as string[] };
export async function queryActionCounts(db: Database, scope: EvidenceScope): Promise<Bucketed<typeof ACTION_SHAPE>> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(bindNames(ACTION_COUNTS_SQL, BASE_PARAMS), ...baseParams(scope));
  return bucket(rows, ACTION_SHAPE);
}

export const FEEDBACK_COUNTS_SQL = `SELECT (f.responded_on >= {start}::date) AS current,
       count(f.feel_involved)::int AS "scored",
       coalesce(sum(f.feel_involved), 0)::int AS "scoreSum",
       count(*) FILTER (WHERE f.feel_involved >= 4)::int AS "agree",
       count(*) FILTER (WHERE f.kind = 'compliment' AND 'feeling-included' = ANY(f.themes))::int AS "inclusionCompliments",
       array_agg(DISTINCT f.batch_id::text) AS "batches"
     FROM feedback_response f
     WHERE f.organisation_id = {org}::uuid AND f.service_id = ANY({services}::uuid[]) AND f.responded_on BETWEEN {previousStart}::date AND {end}::date
     GROUP BY 1`;

export const FEEDBACK_SHAPE = { scored: 0, scoreSum: 0, agree: 0, inclusionCompliments: 0, batches: [] as string[] };
export async function queryFeedbackCounts(db: Database, scope: EvidenceScope): Promise<Bucketed<typeof FEEDBACK_SHAPE>> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(bindNames(FEEDBACK_COUNTS_SQL, BASE_PARAMS), ...baseParams(scope));
  return bucket(rows, FEEDBACK_SHAPE);
}

export const CHANGE_COUNTS_SQL = `SELECT (c.changed_on >= {start}::date) AS current,
       count(*)::int AS "made",
       count(*) FILTER (WHERE c.verified_on IS NOT NULL AND c.verified_on <= CASE WHEN c.changed_on >= {start}::date THEN {end}::date ELSE {start}::date - 1 END)::int AS "verified",
       array_agg(DISTINCT c.batch_id::text) AS "batches"
     FROM feedback_change c
     WHERE c.organisation_id = {org}::uuid AND c.service_id = ANY({services}::uuid[]) AND c.changed_on BETWEEN {previousStart}::date AND {end}::date
     GROUP BY 1`;

export const CHANGE_SHAPE = { made: 0, verified: 0, batches: [] as string[] };
export async function queryChangeCounts(db: Database, scope: EvidenceScope): Promise<Bucketed<typeof CHANGE_SHAPE>> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(bindNames(CHANGE_COUNTS_SQL, BASE_PARAMS), ...baseParams(scope));
  return bucket(rows, CHANGE_SHAPE);
}

export const DISPUTE_COUNTS_SQL = `SELECT (d.logged_on >= {start}::date) AS current,
       count(*)::int AS "logged",
       count(*) FILTER (WHERE d.resolved_ordinal - d.logged_ordinal <= {disputeDays})::int AS "resolvedInTime",
       count(*) FILTER (WHERE d.escalation_level = 'ni')::int AS "escalatedToNi",
       count(*) FILTER (WHERE d.logged_ordinal IS NULL OR (d.resolved_on IS NOT NULL AND d.resolved_ordinal IS NULL))::int AS "outsideCalendar",
       array_agg(DISTINCT d.batch_id::text) AS "batches"
     FROM (
       SELECT d.*, ${workingDayOrdinal('d.logged_on')} AS logged_ordinal, ${workingDayOrdinal('d.resolved_on')} AS resolved_ordinal
       FROM disagreement d
       WHERE d.organisation_id = {org}::uuid AND ${personInServices('d')} AND d.logged_on BETWEEN {previousStart}::date AND {end}::date
     ) d
     GROUP BY 1`;

export const DISPUTE_SHAPE = { logged: 0, resolvedInTime: 0, escalatedToNi: 0, outsideCalendar: 0, batches: [] as string[] };
export async function queryDisputeCounts(db: Database, scope: EvidenceScope): Promise<Bucketed<typeof DISPUTE_SHAPE>> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    bindNames(DISPUTE_COUNTS_SQL, { ...BASE_PARAMS, region: 6, disputeDays: 7 }),
    ...baseParams(scope),
    regionEnum(scope.organisation.region),
    scope.standards.disputeWorkingDays,
  );
  return bucket(rows, DISPUTE_SHAPE);
}

// Referral clocks are instants; the period boundaries are UK calendar days.
export const REFERRAL_COUNTS_SQL = `SELECT ((ar.referred_at AT TIME ZONE 'Europe/London')::date >= {start}::date) AS current,
       count(*)::int AS "referred",
       count(*) FILTER (WHERE ar.advocate_involved_at IS NOT NULL AND ar.advocate_involved_at - ar.referred_at <= make_interval(hours => {advocateHours}::int))::int AS "involvedInTime",
       array_agg(DISTINCT ar.batch_id::text) AS "batches"
     FROM advocate_referral ar JOIN person p ON p.id = ar.person_id
     WHERE ar.organisation_id = {org}::uuid AND p.service_id = ANY({services}::uuid[])
       AND (ar.referred_at AT TIME ZONE 'Europe/London')::date BETWEEN {previousStart}::date AND {end}::date
     GROUP BY 1`;

export const REFERRAL_SHAPE = { referred: 0, involvedInTime: 0, batches: [] as string[] };
export async function queryReferralCounts(db: Database, scope: EvidenceScope): Promise<Bucketed<typeof REFERRAL_SHAPE>> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    bindNames(REFERRAL_COUNTS_SQL, { ...BASE_PARAMS, advocateHours: 6 }),
    ...baseParams(scope),
    scope.standards.advocateResponseHours,
  );
  return bucket(rows, REFERRAL_SHAPE);
}

export const ENABLEMENT_COUNTS_SQL = `SELECT (e.verified_on >= {start}::date) AS current, count(*)::int AS "verified", array_agg(DISTINCT e.batch_id::text) AS "batches"
     FROM enablement_outcome e
     WHERE e.organisation_id = {org}::uuid AND ${personInServices('e')} AND e.verified_on BETWEEN {previousStart}::date AND {end}::date
     GROUP BY 1`;

export const ENABLEMENT_SHAPE = { verified: 0, batches: [] as string[] };
export async function queryEnablementCounts(db: Database, scope: EvidenceScope): Promise<Bucketed<typeof ENABLEMENT_SHAPE>> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(bindNames(ENABLEMENT_COUNTS_SQL, BASE_PARAMS), ...baseParams(scope));
  return bucket(rows, ENABLEMENT_SHAPE);
}

export interface EnablementGroup {
  domain: string;
  measure: string;
  unit: string;
  before: string;
  after: string;
  people: number;
  batches: string[];
}

export const ENABLEMENT_GROUPS_SQL = `SELECT e.domain, e.measure, e.unit, e.before_value AS "before", e.after_value AS "after",
       count(DISTINCT e.person_id)::int AS "people", array_agg(DISTINCT e.batch_id::text) AS "batches"
     FROM enablement_outcome e
     WHERE e.organisation_id = {org}::uuid AND ${personInServices('e')} AND e.verified_on BETWEEN {start}::date AND {end}::date
       AND e.consent_to_share
     GROUP BY 1, 2, 3, 4, 5
     ORDER BY count(DISTINCT e.person_id) DESC, 1, 2, 4, 5`;

/**
 * Verified outcomes in the period grouped by what changed, e.g. "community access 2:1 → 1:1: 2 people".
 * Only outcomes the person consented to share: a group can be one person's story, so an
 * outcome without consent counts in the verified total and nowhere else.
 */
export async function queryEnablementGroups(db: Database, scope: EvidenceScope): Promise<EnablementGroup[]> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    bindNames(ENABLEMENT_GROUPS_SQL, { org: 1, services: 2, start: 3, end: 4 }),
    scope.organisation.id,
    scope.services.map((service) => service.id),
    scope.period.start,
    scope.period.end,
  );
  return readEnablementGroups(rows);
}

export function readEnablementGroups(rows: Row[]): EnablementGroup[] {
  return rows.map((row) => ({
    domain: String(row.domain),
    measure: String(row.measure),
    unit: String(row.unit),
    before: String(row.before),
    after: String(row.after),
    people: toNumber(row.people),
    batches: toStrings(row.batches),
  }));
}

export interface CadenceCounts {
  people: number;
  monthly: number;
  /** People with a deep-dive in every given quarter. */
  quarterly: number;
  monthlyAndDeepDive: number;
  batches: string[];
}

/**
 * People supported for the whole period; how many had a mini-review or deep-dive in every month
 * of it, and how many also had a deep-dive in every quarter that lies wholly inside it.
 */
export async function queryCadence(db: Database, scope: EvidenceScope, period: { start: string; end: string }, months: string[], quarters: string[]): Promise<CadenceCounts> {
  // Reviews are reduced to one row per person and month before counting, so the distinct
  // counts run over a few rows per person instead of every review (bench/figures.bench.ts).
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    `WITH people AS (
       SELECT p.id FROM person p
       WHERE p.organisation_id = $1::uuid AND p.service_id = ANY($2::uuid[])
         AND p.started_on <= $3::date AND (p.ended_on IS NULL OR p.ended_on >= $4::date)
     ), cadence_reviews AS (
       SELECT r.person_id, r.batch_id, to_char(r.held_on, 'YYYY-MM') AS month, to_char(r.held_on, 'YYYY-"Q"Q') AS quarter, r.type
       FROM review r JOIN people pe ON pe.id = r.person_id
       -- The organisation condition is implied by people's, but naming it lets the
       -- (organisation_id, held_on) index read the period alone instead of every review.
       WHERE r.organisation_id = $1::uuid AND r.held_on BETWEEN $3::date AND $4::date AND r.type IN ('mini-review', 'deep-dive')
     ), person_months AS (
       SELECT person_id, month, quarter, bool_or(type = 'deep-dive') AS deep_dive FROM cadence_reviews GROUP BY 1, 2, 3
     ), per_person AS (
       SELECT pe.id,
         count(m.month) AS months,
         count(DISTINCT m.quarter) FILTER (WHERE m.deep_dive AND m.quarter = ANY($6::text[])) AS quarters
       FROM people pe LEFT JOIN person_months m ON m.person_id = pe.id
       GROUP BY pe.id
     )
     SELECT count(*)::int AS "people",
       count(*) FILTER (WHERE months >= $5)::int AS "monthly",
       count(*) FILTER (WHERE quarters >= $7)::int AS "quarterly",
       count(*) FILTER (WHERE months >= $5 AND quarters >= $7)::int AS "monthlyAndDeepDive",
       (SELECT array_agg(batch_id::text) FROM (SELECT DISTINCT batch_id FROM cadence_reviews) b) AS "batches"
     FROM per_person`,
    scope.organisation.id,
    scope.services.map((service) => service.id),
    period.start,
    period.end,
    months.length,
    quarters,
    quarters.length,
  );
  const row = rows[0] ?? {};
  return { people: toNumber(row.people), monthly: toNumber(row.monthly), quarterly: toNumber(row.quarterly), monthlyAndDeepDive: toNumber(row.monthlyAndDeepDive), batches: toStrings(row.batches) };
}

export interface SamplingCounts {
  services: number;
  servicesMeeting: number;
  /** Every service in every given quarter, and those in which the NI sampled the standard number. */
  serviceQuarters: number;
  serviceQuartersMeeting: number;
  servicesWithAnySample: number;
  casesSampled: number;
  batches: string[];
}

/**
 * NI sampling for named sets of quarters in one pass: each quarter of any set is counted once per
 * service, and each set ({sampleSets}, parallel to the quarters: a quarter in two sets is listed
 * twice, once in each) gets one row, named "set". A set with no quarters gets none.
 */
export const SAMPLING_SQL = `WITH entries AS (
       SELECT * FROM unnest({sampleSets}::text[], {quarterLabels}::text[], {quarterStarts}::date[], {quarterEnds}::date[]) AS e(set_name, label, start_on, end_on)
     ), quarters AS (
       SELECT DISTINCT label, start_on, end_on FROM entries
     ), per_quarter AS (
       SELECT s.id AS service_id, q.label,
         coalesce(sum(g.cases_sampled) FILTER (WHERE g.sampled_by_role = 'ni'), 0) AS ni_cases,
         count(g.id) AS samples,
         array_agg(DISTINCT g.batch_id::text) FILTER (WHERE g.batch_id IS NOT NULL) AS batches
       FROM service s CROSS JOIN quarters q
       LEFT JOIN governance_sample g ON g.service_id = s.id AND g.sampled_on BETWEEN q.start_on AND q.end_on
       WHERE s.organisation_id = {org}::uuid AND s.id = ANY({services}::uuid[])
       GROUP BY s.id, q.label
     ), in_set AS (
       SELECT e.set_name, pq.* FROM entries e JOIN per_quarter pq ON pq.label = e.label
     ), per_service AS (
       SELECT set_name, service_id, bool_and(ni_cases >= {niCases}) AS meets, sum(samples) AS samples, sum(ni_cases) AS cases,
         count(*) AS quarters, count(*) FILTER (WHERE ni_cases >= {niCases}) AS quarters_meeting
       FROM in_set GROUP BY 1, 2
     ), set_batches AS (
       SELECT set_name, array_agg(DISTINCT b) AS batches FROM in_set, unnest(in_set.batches) AS b GROUP BY 1
     )
     SELECT ps.set_name AS "set", count(*)::int AS "services",
       count(*) FILTER (WHERE meets)::int AS "servicesMeeting",
       count(*) FILTER (WHERE samples > 0)::int AS "servicesWithAnySample",
       coalesce(sum(cases), 0)::int AS "casesSampled",
       sum(quarters)::int AS "serviceQuarters",
       sum(quarters_meeting)::int AS "serviceQuartersMeeting",
       sb.batches AS "batches"
     FROM per_service ps LEFT JOIN set_batches sb USING (set_name) GROUP BY ps.set_name, sb.batches`;

/** Services whose NI sampled at least the standard number of cases in every given quarter. */
export async function querySampling(db: Database, scope: EvidenceScope, quarters: { label: string; start: string; end: string }[]): Promise<SamplingCounts> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    bindNames(SAMPLING_SQL, { org: 1, services: 2, sampleSets: 3, quarterLabels: 4, quarterStarts: 5, quarterEnds: 6, niCases: 7 }),
    scope.organisation.id,
    scope.services.map((service) => service.id),
    quarters.map(() => 'quarters'),
    quarters.map((quarter) => quarter.label),
    quarters.map((quarter) => quarter.start),
    quarters.map((quarter) => quarter.end),
    scope.standards.niSampleCases,
  );
  return readSampling(rows[0] ?? {});
}

export function readSampling(row: Row): SamplingCounts {
  return {
    services: toNumber(row.services),
    servicesMeeting: toNumber(row.servicesMeeting),
    servicesWithAnySample: toNumber(row.servicesWithAnySample),
    casesSampled: toNumber(row.casesSampled),
    serviceQuarters: toNumber(row.serviceQuarters),
    serviceQuartersMeeting: toNumber(row.serviceQuartersMeeting),
    batches: toStrings(row.batches),
  };
}

export interface BatchInfo {
  id: string;
  fileName: string;
  sha256: string;
  importedAt: Date;
}

export async function queryBatches(db: Database, ids: string[]): Promise<Map<string, BatchInfo>> {
  if (ids.length === 0) return new Map();
  const batches = await db.prisma.importBatch.findMany({ where: { id: { in: ids } }, select: { id: true, fileName: true, sha256: true, importedAt: true } });
  return new Map(batches.map((batch) => [batch.id, batch]));
}
