/**
 * Actions and feedback read from monthly roll-ups: what their figures count, kept per service,
 * month and batch in `action_rollup` and `feedback_rollup`, so a quarter reads a few hundred rows
 * instead of every action and response (bench/figures.bench.ts). Triggers on action,
 * feedback_response and person mark the months a write changes (`record_rollup_stale`, see the
 * record_rollups migration); the figures reader rebuilds the marked months of the two periods it
 * reads before reading, as for the review roll-ups (review-rollup.ts).
 *
 * The parts below give the same rows as ACTION_COUNTS_SQL and FEEDBACK_COUNTS_SQL over the rows
 * (test/evidence/records-pass.test.ts, test/evidence/record-rollup.test.ts); periods that do not
 * start and end on month boundaries still read the rows.
 */
import type { Database } from '../data/database.js';
import type { Prisma } from '../generated/prisma/client.js';
import { addDays } from './calendar/iso-date.js';
import type { EvidenceScope } from './evidence-scope.js';
import type { Period } from './period.js';
import { toNumber } from './sql-row.js';

/** A period the roll-ups can answer: it starts on the first of a month and ends on the last day of one. */
export function monthAligned(period: Period): boolean {
  return period.start.endsWith('-01') && addDays(period.end, 1).endsWith('-01');
}

/** Whether both periods of the scope can be read from the roll-ups. */
export function recordRollupCovers(scope: EvidenceScope): boolean {
  return monthAligned(scope.period) && monthAligned(scope.previous);
}

// Both read the months from the previous period's first to the period's last; named parameters
// as in figure-queries.ts. Grouped by batch first, then listed in the order the row queries give.
export const ACTION_ROLLUP_SQL = `SELECT current, sum(due)::int AS "due", sum(closed_on_time)::int AS "closedOnTime",
       array_agg(batch_id::text ORDER BY batch_id::text) AS "batches"
     FROM (
       SELECT (r.month >= {start}::date) AS current, r.batch_id, sum(r.due) AS due, sum(r.closed_on_time) AS closed_on_time
       FROM action_rollup r
       WHERE r.organisation_id = {org}::uuid AND r.service_id = ANY({services}::uuid[]) AND r.month BETWEEN {previousStart}::date AND {end}::date
       GROUP BY 1, 2
     ) b
     GROUP BY current`;

export const FEEDBACK_ROLLUP_SQL = `SELECT (r.month >= {start}::date) AS current,
       sum(r.scored)::int AS "scored",
       coalesce(sum(r.score_sum), 0)::int AS "scoreSum",
       sum(r.agree)::int AS "agree",
       sum(r.inclusion_compliments)::int AS "inclusionCompliments",
       array_agg(DISTINCT r.batch_id::text) AS "batches"
     FROM feedback_rollup r
     WHERE r.organisation_id = {org}::uuid AND r.service_id = ANY({services}::uuid[]) AND r.month BETWEEN {previousStart}::date AND {end}::date
     GROUP BY 1`;

/** True when no month from the previous period's first to the period's last is marked. */
export const RECORD_ROLLUP_FRESH_SQL = `NOT EXISTS (SELECT 1 FROM record_rollup_stale st WHERE st.organisation_id = {org}::uuid AND st.month BETWEEN {previousStart}::date AND {end}::date)`;

// $1 organisation, $2 and $3 the first and last day of the marked months, $4 the marked months.
const REBUILD_ACTIONS_SQL = `INSERT INTO action_rollup (organisation_id, service_id, month, batch_id, due, closed_on_time)
   SELECT $1::uuid, p.service_id, date_trunc('month', a.due_on)::date, a.batch_id,
     count(*)::int, count(*) FILTER (WHERE a.closed_on IS NOT NULL AND a.closed_on <= a.due_on)::int
   FROM action a JOIN person p ON p.id = a.person_id
   WHERE a.organisation_id = $1::uuid AND a.due_on BETWEEN $2::date AND $3::date AND date_trunc('month', a.due_on)::date = ANY($4::date[])
   GROUP BY 2, 3, 4`;

const REBUILD_FEEDBACK_SQL = `INSERT INTO feedback_rollup (organisation_id, service_id, month, batch_id, responses, scored, score_sum, agree, inclusion_compliments)
   SELECT $1::uuid, f.service_id, date_trunc('month', f.responded_on)::date, f.batch_id,
     count(*)::int, count(f.feel_involved)::int, coalesce(sum(f.feel_involved), 0)::int,
     count(*) FILTER (WHERE f.feel_involved >= 4)::int,
     count(*) FILTER (WHERE f.kind = 'compliment' AND 'feeling-included' = ANY(f.themes))::int
   FROM feedback_response f
   WHERE f.organisation_id = $1::uuid AND f.responded_on BETWEEN $2::date AND $3::date AND date_trunc('month', f.responded_on)::date = ANY($4::date[])
   GROUP BY 2, 3, 4`;

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/**
 * Rebuilds the organisation's action and feedback roll-ups for the marked months between `from`
 * and `to`. One reader at a time per organisation; a mark raised by a write after the rebuild
 * read the rows stays, because its version moved on.
 */
export async function refreshRecordRollups(db: Database, organisationId: string, from: string, to: string): Promise<number> {
  return db.prisma.$transaction((tx) => refreshRecordRollupsWithin(tx, organisationId, from, to), { timeout: 300_000, maxWait: 60_000 });
}

export async function refreshRecordRollupsWithin(tx: Prisma.TransactionClient, organisationId: string, from: string, to: string): Promise<number> {
  await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0)) IS NULL AS "locked"`, `record_rollup:${organisationId}`);
  const marks = await tx.$queryRawUnsafe<{ month: string; version: number }[]>(
    `SELECT to_char(month, 'YYYY-MM-DD') AS month, version FROM record_rollup_stale WHERE organisation_id = $1::uuid AND month BETWEEN $2::date AND $3::date`,
    organisationId,
    monthStart(from),
    monthStart(to),
  );
  if (marks.length === 0) return 0;
  const months = marks.map((mark) => mark.month).sort();
  const last = addDays(`${addDays(`${months.at(-1)!.slice(0, 7)}-28`, 4).slice(0, 7)}-01`, -1);
  await tx.$executeRawUnsafe(`DELETE FROM action_rollup WHERE organisation_id = $1::uuid AND month = ANY($2::date[])`, organisationId, months);
  await tx.$executeRawUnsafe(`DELETE FROM feedback_rollup WHERE organisation_id = $1::uuid AND month = ANY($2::date[])`, organisationId, months);
  await tx.$executeRawUnsafe(REBUILD_ACTIONS_SQL, organisationId, months[0], last, months);
  await tx.$executeRawUnsafe(REBUILD_FEEDBACK_SQL, organisationId, months[0], last, months);
  await tx.$executeRawUnsafe(
    `DELETE FROM record_rollup_stale s USING unnest($2::date[], $3::int[]) AS m(month, version)
     WHERE s.organisation_id = $1::uuid AND s.month = m.month AND s.version = m.version`,
    organisationId,
    marks.map((mark) => mark.month),
    marks.map((mark) => toNumber(mark.version)),
  );
  return marks.length;
}
