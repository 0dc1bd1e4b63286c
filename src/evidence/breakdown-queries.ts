/**
 * Counts behind the detail figures: what the period's records break down into (referrals by
 * trigger and by advocate type, the time from referral to involvement, disagreements by the
 * furthest level they reached, how supporters took part, which accessible agenda formats were
 * sent, advocates at complex reviews). Period only: details answer "what happened", trends
 * stay with the headline figures. Plain PostgreSQL, identical on PGlite.
 */
import type { Database } from '../data/database.js';
import type { EvidenceScope } from './evidence-scope.js';
import { bindNames, personInServices, toNumber, toStrings, type Row } from './sql-row.js';

export interface KeyedCount {
  key: string;
  count: number;
  batches: string[];
}

export interface Breakdowns {
  referrals: { total: number; medianHours: number | null; involved: number; byTrigger: KeyedCount[]; byType: KeyedCount[]; batches: string[] };
  disagreements: { total: number; byLevel: KeyedCount[]; batches: string[] };
  supporterModes: { reviews: number; byMode: KeyedCount[]; batches: string[] };
  agendaFormats: KeyedCount[];
  complexReviews: { reviews: number; withAdvocate: number; batches: string[] };
}

function params(scope: EvidenceScope): unknown[] {
  return [scope.organisation.id, scope.services.map((service) => service.id), scope.period.start, scope.period.end];
}

/** Rows of (key, count, batches) into counts, largest first, then by key so the order is stable. */
function keyed(rows: Row[]): KeyedCount[] {
  return rows
    .map((row) => ({ key: String(row.key), count: toNumber(row.count), batches: toStrings(row.batches) }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

const unionBatches = (lists: readonly KeyedCount[]) => [...new Set(lists.flatMap((entry) => entry.batches))];

/** The review parts of the breakdowns, when the caller has counted them already (the figures' review pass). */
export interface ReviewBreakdownRows {
  supporterModes: { reviews: number; byMode: Row[] };
  agendaFormats: Row[];
  complexReviews: { reviews: number; withAdvocate: number; batches: string[] };
}

const IN_REFERRALS = `FROM advocate_referral ar JOIN person p ON p.id = ar.person_id
     WHERE ar.organisation_id = {org}::uuid AND p.service_id = ANY({services}::uuid[])
       AND (ar.referred_at AT TIME ZONE 'Europe/London')::date BETWEEN {start}::date AND {end}::date`;

/** The breakdowns of referrals and disagreements: SQL with named parameters (organisation, services, period start and end). */
export const RECORD_BREAKDOWN_SQL = {
  triggers: `SELECT ar.trigger AS key, count(*)::int AS count, array_agg(DISTINCT ar.batch_id::text) AS batches ${IN_REFERRALS} GROUP BY 1`,
  types: `SELECT ar.advocate_type AS key, count(*)::int AS count, array_agg(DISTINCT ar.batch_id::text) AS batches ${IN_REFERRALS} GROUP BY 1`,
  clock: `SELECT count(*)::int AS total, count(ar.advocate_involved_at)::int AS involved,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ar.advocate_involved_at - ar.referred_at) / 3600.0) AS median
       ${IN_REFERRALS}`,
  levels: `SELECT d.escalation_level AS key, count(*)::int AS count, array_agg(DISTINCT d.batch_id::text) AS batches
       FROM disagreement d
       WHERE d.organisation_id = {org}::uuid AND ${personInServices('d')} AND d.logged_on BETWEEN {start}::date AND {end}::date
       GROUP BY 1`,
} as const;

export type RecordBreakdownRows = Record<keyof typeof RECORD_BREAKDOWN_SQL, Row[]>;

const PERIOD_PARAMS = { org: 1, services: 2, start: 3, end: 4 } as const;

export async function queryRecordBreakdowns(db: Database, scope: EvidenceScope): Promise<RecordBreakdownRows> {
  const p = params(scope);
  const [triggers, types, clock, levels] = await Promise.all(
    (['triggers', 'types', 'clock', 'levels'] as const).map((name) => db.prisma.$queryRawUnsafe<Row[]>(bindNames(RECORD_BREAKDOWN_SQL[name], PERIOD_PARAMS), ...p)),
  );
  return { triggers: triggers!, types: types!, clock: clock!, levels: levels! };
}

/**
 * The review parts of the breakdowns counted from the reviews and participants themselves, for a
 * caller without the figures' review pass.
 */
async function queryReviewBreakdowns(db: Database, scope: EvidenceScope): Promise<ReviewBreakdownRows> {
  const p = params(scope);
  const inReviews = `FROM review r JOIN person p ON p.id = r.person_id
     WHERE r.organisation_id = $1::uuid AND p.service_id = ANY($2::uuid[]) AND r.held_on BETWEEN $3::date AND $4::date`;
  const [modes, supported, formats, complex] = await Promise.all([
    // A review counts once per way supporters took part, however many supporters used it.
    db.prisma.$queryRawUnsafe<Row[]>(
      `SELECT pa.mode AS key, count(DISTINCT r.id)::int AS count, array_agg(DISTINCT pa.batch_id::text) AS batches
       ${inReviews.replace('FROM review r', 'FROM review r JOIN participant pa ON pa.review_id = r.id')} AND pa.role IN ('family', 'friend', 'advocate')
       GROUP BY 1`,
      ...p,
    ),
    db.prisma.$queryRawUnsafe<Row[]>(
      `SELECT count(DISTINCT r.id)::int AS count
       ${inReviews.replace('FROM review r', 'FROM review r JOIN participant pa ON pa.review_id = r.id')} AND pa.role IN ('family', 'friend', 'advocate')`,
      ...p,
    ),
    db.prisma.$queryRawUnsafe<Row[]>(
      `SELECT r.agenda_format AS key, count(*)::int AS count, array_agg(DISTINCT r.batch_id::text) AS batches
       ${inReviews} AND r.type <> 'debrief' AND r.agenda_format IS NOT NULL AND r.agenda_format NOT IN ('standard', 'none')
       GROUP BY 1`,
      ...p,
    ),
    db.prisma.$queryRawUnsafe<Row[]>(
      `SELECT count(*)::int AS reviews,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM participant pa WHERE pa.review_id = r.id AND pa.role = 'advocate'))::int AS "withAdvocate",
         array_agg(DISTINCT r.batch_id::text) AS batches
       ${inReviews} AND r.type = 'complex'`,
      ...p,
    ),
  ]);
  return {
    supporterModes: { reviews: toNumber(supported[0]?.count), byMode: modes },
    agendaFormats: formats,
    complexReviews: { reviews: toNumber(complex[0]?.reviews), withAdvocate: toNumber(complex[0]?.withAdvocate), batches: toStrings(complex[0]?.batches) },
  };
}

export async function queryBreakdowns(db: Database, scope: EvidenceScope, reviewRows?: ReviewBreakdownRows): Promise<Breakdowns> {
  const [records, reviews] = await Promise.all([queryRecordBreakdowns(db, scope), reviewRows ?? queryReviewBreakdowns(db, scope)]);
  return breakdownsFrom(records, reviews);
}

/** The breakdowns from the rows counted for them (referrals and disagreements, and the review parts). */
export function breakdownsFrom(records: RecordBreakdownRows, reviews: ReviewBreakdownRows): Breakdowns {
  const { triggers, types, clock, levels } = records;
  const byTrigger = keyed(triggers);
  const byType = keyed(types);
  const byLevel = keyed(levels);
  const byMode = keyed(reviews.supporterModes.byMode);
  const median = clock[0]?.median;
  return {
    referrals: {
      total: toNumber(clock[0]?.total),
      involved: toNumber(clock[0]?.involved),
      medianHours: median === null || median === undefined ? null : Math.round(toNumber(median)),
      byTrigger,
      byType,
      batches: unionBatches(byTrigger),
    },
    disagreements: { total: byLevel.reduce((sum, entry) => sum + entry.count, 0), byLevel, batches: unionBatches(byLevel) },
    supporterModes: { reviews: reviews.supporterModes.reviews, byMode, batches: unionBatches(byMode) },
    agendaFormats: keyed(reviews.agendaFormats),
    complexReviews: reviews.complexReviews,
  };
}
