/**
 * The review pass read from roll-ups: what the figures count from reviews, kept per service and
 * month in `review_rollup`, so a quarter's figures read a few hundred rows instead of every
 * review (bench/figures.bench.ts). Triggers on review and person mark the months a write changes
 * (`review_rollup_stale`, see the review_rollups migration); the next reader of a marked month
 * rebuilds it from the reviews before reading. Summary and agenda timeliness are kept as
 * cumulative counts per number of days (0 to 30), so a changed standard needs no rebuild; a
 * changed region or bank-holiday data rebuilds the organisation's roll-ups.
 *
 * The result is the same, field for field, as queryReviewPass (test/evidence/review-rollup.test.ts),
 * which still serves periods that do not start and end on month boundaries and standards past 30
 * days. Cadence needs each person's months: `review_person_month` keeps them (rebuilt with the
 * same marks), and who was supported for the whole period is read from person as it is now.
 */
import type { Database } from '../data/database.js';
import type { Prisma } from '../generated/prisma/client.js';
import { calendarVersion, regionEnum } from './ensure-working-day-calendar.js';
import type { EvidenceScope } from './evidence-scope.js';
import { emptyReviewPractice, readReviewPractice } from './practice-queries.js';
import type { ReviewCounts } from './figure-queries.js';
import { monthsInPeriod, quartersWithin, type Period } from './period.js';
import { queryReviewPass, readCadence, rowsOf, type ReviewPass } from './review-pass-queries.js';
import { toNumber, toStrings, type Row } from './sql-row.js';
import { addDays } from './calendar/iso-date.js';

/** Timeliness is kept for 0 to this many days; a standard beyond it reads the reviews. */
export const ROLLUP_MAX_DAYS = 30;

const DAYS = Array.from({ length: ROLLUP_MAX_DAYS + 1 }, (_, day) => day);

/** Both periods start on the first of a month and end on the last day of one. */
function monthAligned(period: Period): boolean {
  return period.start.endsWith('-01') && addDays(period.end, 1).endsWith('-01');
}

/** Whether the roll-ups can answer for this scope; otherwise the reviews are read. */
export function rollupCovers(scope: EvidenceScope): boolean {
  const within = (days: number) => Number.isInteger(days) && days >= 0 && days <= ROLLUP_MAX_DAYS;
  return monthAligned(scope.period) && monthAligned(scope.previous) && within(scope.standards.summaryWorkingDays) && within(scope.standards.agendaNoticeDays);
}

const REBUILD_SQL = `INSERT INTO review_rollup (organisation_id, service_id, month, reviews, involved, family, advocate, summaries_within, outside_calendar, planned, agenda_notice_at_least,
     format_needed, format_used, complex, complex_chaired, chair_rm, chair_ni, chair_key_worker, complex_advocate, remote, written,
     batch_ids, involvement_batch_ids, participant_batch_ids, complex_batch_ids, formats, agenda_formats, supporter_modes)
   WITH s AS (
     SELECT p.service_id, date_trunc('month', r.held_on)::date AS month, r.id, r.type, r.held_on, r.summary_sent_on, r.agenda_sent_on, r.agenda_format,
            r.accessible_format_used, r.chair_role, r.batch_id, r.family_involved, r.advocate_involved, r.involvement_batch_ids, r.remote_input, r.written_input,
            r.participant_batch_ids, r.supporter_mode_batches, p.accessible_format, wh.ordinal AS held_ordinal, ws.ordinal AS sent_ordinal,
            ws.ordinal - wh.ordinal AS gap, CASE WHEN r.type <> 'debrief' THEN r.held_on - r.agenda_sent_on END AS notice
     FROM review r JOIN person p ON p.id = r.person_id
     LEFT JOIN working_day wh ON wh.region = $2::"BankHolidayRegion" AND wh.date = r.held_on
     LEFT JOIN working_day ws ON ws.region = $2::"BankHolidayRegion" AND ws.date = r.summary_sent_on
     WHERE r.organisation_id = $1::uuid AND r.held_on BETWEEN $3::date AND $4::date AND date_trunc('month', r.held_on)::date = ANY($5::date[])
   ), counts AS (
     SELECT service_id, month,
       count(*)::int AS reviews,
       count(*) FILTER (WHERE family_involved OR advocate_involved)::int AS involved,
       count(*) FILTER (WHERE family_involved)::int AS family,
       count(*) FILTER (WHERE advocate_involved)::int AS advocate,
       ARRAY[${DAYS.map((day) => `count(*) FILTER (WHERE gap <= ${day})::int`).join(', ')}] AS summaries_within,
       count(*) FILTER (WHERE held_ordinal IS NULL OR (summary_sent_on IS NOT NULL AND sent_ordinal IS NULL))::int AS outside_calendar,
       count(*) FILTER (WHERE type <> 'debrief')::int AS planned,
       ARRAY[${DAYS.map((day) => `count(*) FILTER (WHERE notice >= ${day})::int`).join(', ')}] AS agenda_notice_at_least,
       count(*) FILTER (WHERE accessible_format <> 'none')::int AS format_needed,
       count(*) FILTER (WHERE accessible_format <> 'none' AND accessible_format_used)::int AS format_used,
       count(*) FILTER (WHERE type = 'complex')::int AS complex,
       count(*) FILTER (WHERE type = 'complex' AND chair_role IS NOT NULL)::int AS complex_chaired,
       count(*) FILTER (WHERE type = 'complex' AND chair_role = 'rm')::int AS chair_rm,
       count(*) FILTER (WHERE type = 'complex' AND chair_role = 'ni')::int AS chair_ni,
       count(*) FILTER (WHERE type = 'complex' AND chair_role = 'key-worker')::int AS chair_key_worker,
       count(*) FILTER (WHERE type = 'complex' AND advocate_involved)::int AS complex_advocate,
       count(*) FILTER (WHERE remote_input)::int AS remote,
       count(*) FILTER (WHERE written_input)::int AS written
     FROM s GROUP BY 1, 2
   ), sets AS (
     -- Reviews share a handful of distinct batch lists: the lists below come from these few rows.
     SELECT service_id, month, batch_id, involvement_batch_ids, participant_batch_ids, (type = 'complex') AS complex FROM s GROUP BY 1, 2, 3, 4, 5, 6
   ), lists AS (
     SELECT service_id, month, array_agg(DISTINCT batch_id) AS batch_ids, array_agg(DISTINCT batch_id) FILTER (WHERE complex) AS complex_batch_ids FROM sets GROUP BY 1, 2
   ), involvement AS (
     SELECT service_id, month, array_agg(DISTINCT i) AS ids FROM sets, unnest(involvement_batch_ids) AS i GROUP BY 1, 2
   ), participation AS (
     SELECT service_id, month, array_agg(DISTINCT i) AS ids FROM sets, unnest(participant_batch_ids) AS i GROUP BY 1, 2
   ), formats AS (
     SELECT service_id, month, jsonb_object_agg(accessible_format, jsonb_build_array(needed, used)) AS map FROM (
       SELECT service_id, month, accessible_format, count(*)::int AS needed, count(*) FILTER (WHERE accessible_format_used)::int AS used
       FROM s WHERE accessible_format <> 'none' GROUP BY 1, 2, 3) f GROUP BY 1, 2
   ), agenda AS (
     SELECT service_id, month, jsonb_object_agg(key, jsonb_build_array(count, batches)) AS map FROM (
       SELECT service_id, month, agenda_format AS key, count(*)::int AS count, array_agg(DISTINCT batch_id::text) AS batches
       FROM s WHERE type <> 'debrief' AND agenda_format IS NOT NULL AND agenda_format NOT IN ('standard', 'none') GROUP BY 1, 2, 3) a GROUP BY 1, 2
   ), modes AS (
     SELECT service_id, month, jsonb_object_agg(key, jsonb_build_array(count, batches)) AS map FROM (
       SELECT service_id, month, split_part(e, ' ', 1) AS key, count(DISTINCT id)::int AS count, array_agg(DISTINCT split_part(e, ' ', 2)) AS batches
       FROM s, unnest(supporter_mode_batches) AS e GROUP BY 1, 2, 3) m GROUP BY 1, 2
   )
   SELECT $1::uuid, c.service_id, c.month, c.reviews, c.involved, c.family, c.advocate, c.summaries_within, c.outside_calendar, c.planned, c.agenda_notice_at_least,
     c.format_needed, c.format_used, c.complex, c.complex_chaired, c.chair_rm, c.chair_ni, c.chair_key_worker, c.complex_advocate, c.remote, c.written,
     l.batch_ids, coalesce(i.ids, '{}'), coalesce(p.ids, '{}'), coalesce(l.complex_batch_ids, '{}'),
     coalesce(f.map, '{}'::jsonb), coalesce(a.map, '{}'::jsonb), coalesce(m.map, '{}'::jsonb)
   FROM counts c
   JOIN lists l USING (service_id, month)
   LEFT JOIN involvement i USING (service_id, month)
   LEFT JOIN participation p USING (service_id, month)
   LEFT JOIN formats f USING (service_id, month)
   LEFT JOIN agenda a USING (service_id, month)
   LEFT JOIN modes m USING (service_id, month)`;

const PERSON_MONTHS_SQL = `INSERT INTO review_person_month (organisation_id, person_id, month, deep_dive, batch_ids)
   SELECT $1::uuid, r.person_id, date_trunc('month', r.held_on)::date, bool_or(r.type = 'deep-dive'), array_agg(DISTINCT r.batch_id)
   FROM review r
   WHERE r.organisation_id = $1::uuid AND r.held_on BETWEEN $2::date AND $3::date AND date_trunc('month', r.held_on)::date = ANY($4::date[])
     AND r.type IN ('mini-review', 'deep-dive')
   GROUP BY 2, 3`;

/**
 * Cadence from the person months, as cadenceSql counts it from the reviews: people supported for
 * the whole period, their months with a mini-review or deep-dive and the full quarters with a
 * deep-dive. Parameters from $first: period start, end, months, full quarters' first days, their number.
 */
function personMonthCadenceSql(alias: string, first: number): string {
  const [start, end, months, quarters, quarterCount] = [first, first + 1, first + 2, first + 3, first + 4].map((n) => `$${n}`);
  return `${alias}_people AS (
       SELECT p.id FROM person p
       WHERE p.organisation_id = $1::uuid AND p.service_id = ANY($2::uuid[])
         AND p.started_on <= ${start}::date AND (p.ended_on IS NULL OR p.ended_on >= ${end}::date)
     ), ${alias}_months AS (
       SELECT m.person_id, m.month, date_trunc('quarter', m.month::timestamp)::date AS quarter, m.deep_dive, m.batch_ids
       FROM review_person_month m JOIN ${alias}_people pe ON pe.id = m.person_id
       WHERE m.organisation_id = $1::uuid AND m.month BETWEEN ${start}::date AND ${end}::date
     ), ${alias}_per_person AS (
       SELECT pe.id,
         count(m.month) AS months,
         count(DISTINCT m.quarter) FILTER (WHERE m.deep_dive AND m.quarter = ANY(${quarters}::date[])) AS quarters
       FROM ${alias}_people pe LEFT JOIN ${alias}_months m ON m.person_id = pe.id
       GROUP BY pe.id
     ), ${alias}_cadence AS (
       SELECT count(*)::int AS "people",
         count(*) FILTER (WHERE months >= ${months}::int)::int AS "monthly",
         count(*) FILTER (WHERE quarters >= ${quarterCount}::int)::int AS "quarterly",
         count(*) FILTER (WHERE months >= ${months}::int AND quarters >= ${quarterCount}::int)::int AS "monthlyAndDeepDive",
         (SELECT array_agg(DISTINCT b::text) FROM (SELECT DISTINCT batch_ids FROM ${alias}_months) d, unnest(d.batch_ids) AS b) AS "batches"
       FROM ${alias}_per_person
     )`;
}

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/**
 * Rebuilds the organisation's roll-ups for the marked months between `from` and `to` (and all of
 * them when the region or the bank-holiday data changed since they were counted). One reader at a
 * time per organisation; a mark raised by a write after the rebuild read the reviews stays.
 */
export async function refreshReviewRollups(db: Database, organisation: EvidenceScope['organisation'], from: string, to: string): Promise<number> {
  return db.prisma.$transaction((tx) => refreshWithin(tx, organisation, from, to), { timeout: 300_000, maxWait: 60_000 });
}

async function refreshWithin(tx: Prisma.TransactionClient, organisation: EvidenceScope['organisation'], from: string, to: string): Promise<number> {
  const region = regionEnum(organisation.region);
  const version = calendarVersion();
  await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0)) IS NULL AS "locked"`, `review_rollup:${organisation.id}`);
  const state = await tx.reviewRollupState.findUnique({ where: { organisationId: organisation.id } });
  if (!state || state.region !== region || state.calendarVersion !== version) {
    await tx.$executeRawUnsafe(`DELETE FROM review_rollup WHERE organisation_id = $1::uuid`, organisation.id);
    await tx.$executeRawUnsafe(`DELETE FROM review_person_month WHERE organisation_id = $1::uuid`, organisation.id);
    await tx.$executeRawUnsafe(
      `INSERT INTO review_rollup_stale AS s (organisation_id, month)
       SELECT DISTINCT organisation_id, date_trunc('month', held_on)::date FROM review WHERE organisation_id = $1::uuid
       ON CONFLICT (organisation_id, month) DO UPDATE SET version = s.version + 1`,
      organisation.id,
    );
    await tx.reviewRollupState.upsert({
      where: { organisationId: organisation.id },
      create: { organisationId: organisation.id, region, calendarVersion: version },
      update: { region, calendarVersion: version },
    });
  }
  const marks = await tx.$queryRawUnsafe<{ month: string; version: number }[]>(
    `SELECT to_char(month, 'YYYY-MM-DD') AS month, version FROM review_rollup_stale WHERE organisation_id = $1::uuid AND month BETWEEN $2::date AND $3::date`,
    organisation.id,
    monthStart(from),
    monthStart(to),
  );
  if (marks.length === 0) return 0;
  const months = marks.map((mark) => mark.month).sort();
  const last = addDays(`${addDays(`${months.at(-1)!.slice(0, 7)}-28`, 4).slice(0, 7)}-01`, -1);
  await tx.$executeRawUnsafe(`DELETE FROM review_rollup WHERE organisation_id = $1::uuid AND month = ANY($2::date[])`, organisation.id, months);
  await tx.$executeRawUnsafe(REBUILD_SQL, organisation.id, region, months[0], last, months);
  await tx.$executeRawUnsafe(`DELETE FROM review_person_month WHERE organisation_id = $1::uuid AND month = ANY($2::date[])`, organisation.id, months);
  await tx.$executeRawUnsafe(PERSON_MONTHS_SQL, organisation.id, months[0], last, months);
  await tx.$executeRawUnsafe(
    `DELETE FROM review_rollup_stale s USING unnest($2::date[], $3::int[]) AS m(month, version)
     WHERE s.organisation_id = $1::uuid AND s.month = m.month AND s.version = m.version`,
    organisation.id,
    marks.map((mark) => mark.month),
    marks.map((mark) => toNumber(mark.version)),
  );
  return marks.length;
}

const COUNT_FIELDS = ['reviews', 'involved', 'family', 'advocate', 'summariesOnTime', 'summariesWithin10', 'outsideCalendar', 'planned', 'agendaOnTime', 'formatNeeded', 'formatUsed'] as const;

/** The review pass for the scope: from the roll-ups when they cover it, otherwise from the reviews. */
export async function queryReviewRollupPass(db: Database, scope: EvidenceScope): Promise<ReviewPass> {
  if (!rollupCovers(scope)) return queryReviewPass(db, scope);
  const period = scope.period;
  const previous = scope.previous;
  const fullQuarters = (of: Period) => quartersWithin(of).map((quarter) => quarter.start);
  // One transaction: rebuild what is marked, then read. The planner's default guess for the JSON
  // functions' row counts is high enough that PostgreSQL would JIT-compile this small query,
  // which took seconds (bench/figures.bench.ts), so JIT is off for it.
  const rows = await db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('SET LOCAL jit = off');
    await refreshWithin(tx, scope.organisation, previous.start, period.end);
    return tx.$queryRawUnsafe<Row[]>(
      `WITH r AS (
         SELECT *, (month >= $3::date) AS current FROM review_rollup
         WHERE organisation_id = $1::uuid AND service_id = ANY($2::uuid[]) AND month BETWEEN $4::date AND $5::date
       ), counts AS (
         SELECT current,
           sum(reviews)::int AS "reviews", sum(involved)::int AS "involved", sum(family)::int AS "family", sum(advocate)::int AS "advocate",
           sum(summaries_within[$6::int + 1])::int AS "summariesOnTime", sum(summaries_within[11])::int AS "summariesWithin10",
           sum(outside_calendar)::int AS "outsideCalendar", sum(planned)::int AS "planned", sum(agenda_notice_at_least[$7::int + 1])::int AS "agendaOnTime",
           sum(format_needed)::int AS "formatNeeded", sum(format_used)::int AS "formatUsed",
           sum(complex)::int AS "complex", sum(complex_chaired)::int AS "complexChaired", sum(chair_rm)::int AS "chairRm", sum(chair_ni)::int AS "chairNi",
           sum(chair_key_worker)::int AS "chairKeyWorker", sum(complex_advocate)::int AS "complexAdvocate", sum(remote)::int AS "remote", sum(written)::int AS "written",
           (SELECT array_agg(DISTINCT b::text) FROM r x, unnest(x.batch_ids) AS b WHERE x.current = c.current) AS "batches",
           (SELECT array_agg(DISTINCT b::text) FROM r x, unnest(x.involvement_batch_ids) AS b WHERE x.current = c.current) AS "participantBatches",
           (SELECT array_agg(DISTINCT b::text) FROM r x, unnest(x.participant_batch_ids) AS b WHERE x.current = c.current) AS "allParticipantBatches",
           (SELECT array_agg(DISTINCT b::text) FROM r x, unnest(x.complex_batch_ids) AS b WHERE x.current = c.current) AS "complexBatches"
         FROM r c GROUP BY current
       ), formats AS (
         SELECT f.key, sum((f.value->>0)::int)::int AS needed, sum((f.value->>1)::int)::int AS used FROM r, jsonb_each(r.formats) AS f WHERE r.current GROUP BY f.key
       ), keyed AS (
         SELECT 'agenda' AS kind, e.key, e.value FROM r, jsonb_each(r.agenda_formats) AS e WHERE r.current
         UNION ALL SELECT 'modes', e.key, e.value FROM r, jsonb_each(r.supporter_modes) AS e WHERE r.current
       ), keyed_batches AS (
         SELECT kind, key, array_agg(DISTINCT b) AS batches FROM keyed, jsonb_array_elements_text(value->1) AS b GROUP BY kind, key
       ), keyed_counts AS (
         -- Grouped apart from the batches: a correlated subquery here made the planner's estimate
         -- large enough for PostgreSQL to JIT-compile the query, which took seconds.
         SELECT kind, key, sum((value->>0)::int)::int AS count, kb.batches FROM keyed JOIN keyed_batches kb USING (kind, key) GROUP BY kind, key, kb.batches
       ), ${personMonthCadenceSql('current', 8)}, ${personMonthCadenceSql('previous', 13)}
       SELECT
         (SELECT json_agg(c) FROM counts c)::text AS "counts",
         (SELECT json_agg(json_build_array(key, needed, used) ORDER BY key) FROM formats)::text AS "formats",
         (SELECT json_agg(json_build_object('key', key, 'count', count, 'batches', batches) ORDER BY key) FROM keyed_counts WHERE kind = 'agenda')::text AS "agendaFormats",
         (SELECT json_agg(json_build_object('key', key, 'count', count, 'batches', batches) ORDER BY key) FROM keyed_counts WHERE kind = 'modes')::text AS "supporterModes",
         (SELECT json_agg(c) FROM current_cadence c)::text AS "cadence",
         (SELECT json_agg(c) FROM previous_cadence c)::text AS "previousCadence"`,
      scope.organisation.id,
      scope.services.map((service) => service.id),
      period.start,
      previous.start,
      period.end,
      scope.standards.summaryWorkingDays,
      scope.standards.agendaNoticeDays,
      period.start,
      period.end,
      monthsInPeriod(period).length,
      fullQuarters(period),
      fullQuarters(period).length,
      previous.start,
      previous.end,
      monthsInPeriod(previous).length,
      fullQuarters(previous),
      fullQuarters(previous).length,
    );
  }, { timeout: 300_000, maxWait: 60_000 });
  const row = rows[0] ?? {};
  const countRows = rowsOf(row.counts);
  const pick = (current: boolean): Row | undefined => countRows.find((candidate) => candidate.current === current);
  const readCounts = (source: Row | undefined): ReviewCounts => {
    const result = Object.fromEntries(COUNT_FIELDS.map((field) => [field, toNumber(source?.[field])])) as Record<(typeof COUNT_FIELDS)[number], number>;
    return { ...result, batches: toStrings(source?.batches), participantBatches: toStrings(source?.participantBatches) };
  };
  const current = pick(true);
  const practice = current
    ? readReviewPractice({ ...current, batches: current.batches, participantBatches: current.allParticipantBatches, formats: row.formats })
    : emptyReviewPractice(row.formats);
  return {
    counts: { current: readCounts(current), previous: readCounts(pick(false)) },
    practice,
    cadence: readCadence(rowsOf(row.cadence)),
    previousCadence: readCadence(rowsOf(row.previousCadence)),
    breakdowns: {
      supporterModes: { reviews: toNumber(current?.involved), byMode: rowsOf(row.supporterModes) },
      agendaFormats: rowsOf(row.agendaFormats),
      complexReviews: { reviews: toNumber(current?.complex), withAdvocate: toNumber(current?.complexAdvocate), batches: toStrings(current?.complexBatches) },
    },
  };
}
