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
 * same marks), `review_person_cadence` keeps them as one row of bit strings per person (rebuilt
 * for the people whose months are rebuilt), and who was supported for the whole period is read
 * from person as it is now.
 */
import type { Database } from '../data/database.js';
import type { Prisma } from '../generated/prisma/client.js';
import { calendarVersion, regionEnum } from './ensure-working-day-calendar.js';
import type { EvidenceScope } from './evidence-scope.js';
import { monthsInPeriod, quartersWithin, type Period } from './period.js';
import { queryReviewPass, readReviewPass, REVIEW_COLUMNS, REVIEW_COUNTS, reviewCountsSql, reviewWorkingDays, type ReviewPass } from './review-pass-queries.js';
import { monthAligned } from './record-rollup.js';
import { queryPrepared } from './prepared-query.js';
import { numberNames, toNumber, valuesInOrder, type Row } from './sql-row.js';
import { addDays } from './calendar/iso-date.js';

/** Timeliness is kept for 0 to this many days; a standard beyond it reads the reviews. */
export const ROLLUP_MAX_DAYS = 30;

const DAYS = Array.from({ length: ROLLUP_MAX_DAYS + 1 }, (_, day) => day);

/** Whether the roll-ups can answer for this scope; otherwise the reviews are read. */
export function rollupCovers(scope: EvidenceScope): boolean {
  const within = (days: number) => Number.isInteger(days) && days >= 0 && days <= ROLLUP_MAX_DAYS;
  return monthAligned(scope.period) && monthAligned(scope.previous) && within(scope.standards.summaryWorkingDays) && within(scope.standards.agendaNoticeDays);
}

const REBUILD_SQL = `INSERT INTO review_rollup (organisation_id, service_id, month, ${REVIEW_COUNTS.map((count) => count.column).join(', ')}, summaries_within, agenda_notice_at_least,
     batch_ids, involvement_batch_ids, participant_batch_ids, complex_batch_ids, formats, agenda_formats, supporter_modes)
   WITH s AS (
     SELECT p.service_id, date_trunc('month', r.held_on)::date AS month, ${REVIEW_COLUMNS}
     FROM review r JOIN person p ON p.id = r.person_id
     ${reviewWorkingDays('$2')}
     WHERE r.organisation_id = $1::uuid AND r.held_on BETWEEN $3::date AND $4::date AND date_trunc('month', r.held_on)::date = ANY($5::date[])
   ), counts AS (
     SELECT service_id, month,
       ${reviewCountsSql((count) => count.column)},
       ARRAY[${DAYS.map((day) => `count(*) FILTER (WHERE gap <= ${day})::int`).join(', ')}] AS summaries_within,
       ARRAY[${DAYS.map((day) => `count(*) FILTER (WHERE notice >= ${day})::int`).join(', ')}] AS agenda_notice_at_least
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
   SELECT $1::uuid, c.service_id, c.month, ${REVIEW_COUNTS.map((count) => `c.${count.column}`).join(', ')}, c.summaries_within, c.agenda_notice_at_least,
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
 * Each given person's cadence row from their person months: a bit per month from their first
 * month to their last, a bit per quarter over the same span, and per batch the months it has
 * reviews in (same span as the months), so a period's cadence is a substring of each.
 */
const PERSON_CADENCE_SQL = `INSERT INTO review_person_cadence (organisation_id, person_id, first_month, months, first_quarter, deep_dive_quarters, batch_ids, batch_months)
   WITH m AS (
     SELECT person_id, n, deep_dive, batch_ids, min(n) OVER person AS first, max(n) OVER person AS last
     FROM (SELECT person_id, extract(year FROM month)::int * 12 + extract(month FROM month)::int AS n, deep_dive, batch_ids
           FROM review_person_month WHERE organisation_id = $1::uuid AND person_id = ANY($2::uuid[])) pm
     WINDOW person AS (PARTITION BY person_id)
   ), bits AS (
     -- Each month as a string of the person's length with its one bit set, OR-ed together below.
     SELECT person_id, first, last, deep_dive, batch_ids,
       (repeat('0', n - first) || '1' || repeat('0', last - n))::varbit AS month_bit,
       (repeat('0', (n - 1) / 3 - (first - 1) / 3) || '1' || repeat('0', (last - 1) / 3 - (n - 1) / 3))::varbit AS quarter_bit
     FROM m
   ), people AS (
     SELECT person_id, min(first) AS first, bit_or(month_bit)::varbit AS months,
       coalesce(bit_or(quarter_bit) FILTER (WHERE deep_dive)::varbit, repeat('0', (min(last) - 1) / 3 - (min(first) - 1) / 3 + 1)::varbit) AS quarters
     FROM bits GROUP BY person_id
   ), batches AS (
     SELECT person_id, b, bit_or(month_bit)::varbit AS months FROM bits, unnest(bits.batch_ids) AS b GROUP BY person_id, b
   ), batch_lists AS (
     SELECT person_id, array_agg(b ORDER BY b) AS ids, array_agg(months ORDER BY b) AS months FROM batches GROUP BY person_id
   )
   SELECT $1::uuid, p.person_id, p.first, p.months, (p.first - 1) / 3, p.quarters, l.ids, l.months
   FROM people p LEFT JOIN batch_lists l USING (person_id)`;

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/**
 * Each service's cadence for each given quarter (its first day), from the people's kept cadence
 * rows, as the read by person counts it for a quarter: people supported for the whole quarter,
 * those with a mini-review or deep-dive in each of its three months and with a deep-dive in it,
 * and the batches behind their reviews in its months. Every service gets a row, with or without
 * people. $1 organisation, $2 the quarters, $3 the people version they are built at.
 */
const CADENCE_QUARTERS_SQL = `INSERT INTO review_cadence_quarter (organisation_id, service_id, quarter, people, monthly, quarterly, monthly_and_deep_dive, batch_ids, people_version)
   WITH q AS (
     SELECT start, (start + interval '3 months' - interval '1 day')::date AS finish,
       extract(year FROM start)::int * 12 + extract(month FROM start)::int AS month_from
     FROM unnest($2::date[]) AS start
   ), flags AS (
     SELECT q.start, p.service_id, k.first_month, k.batch_ids, k.batch_months, q.month_from,
       substring(k.months FROM q.month_from - k.first_month + 1 FOR 3) = B'111' AS monthly,
       substring(k.deep_dive_quarters FROM (q.month_from - 1) / 3 - k.first_quarter + 1 FOR 1) = B'1' AS quarterly
     FROM q JOIN person p ON p.organisation_id = $1::uuid AND p.started_on <= q.start AND (p.ended_on IS NULL OR p.ended_on >= q.finish)
     LEFT JOIN review_person_cadence k ON k.organisation_id = $1::uuid AND k.person_id = p.id
   ), counts AS (
     SELECT start, service_id, count(*)::int AS people, count(*) FILTER (WHERE monthly)::int AS monthly,
       count(*) FILTER (WHERE quarterly)::int AS quarterly, count(*) FILTER (WHERE monthly AND quarterly)::int AS both
     FROM flags GROUP BY 1, 2
   ), batches AS (
     SELECT f.start, f.service_id, array_agg(DISTINCT u.b) AS ids
     FROM flags f, unnest(f.batch_ids, f.batch_months) AS u(b, m)
     WHERE position(B'1' IN substring(u.m FROM f.month_from - f.first_month + 1 FOR 3)) > 0
     GROUP BY 1, 2
   )
   SELECT $1::uuid, s.id, q.start, coalesce(c.people, 0), coalesce(c.monthly, 0), coalesce(c.quarterly, 0), coalesce(c.both, 0), b.ids, $3::int
   FROM q CROSS JOIN service s
   LEFT JOIN counts c ON c.start = q.start AND c.service_id = s.id
   LEFT JOIN batches b ON b.start = q.start AND b.service_id = s.id
   WHERE s.organisation_id = $1::uuid`;

const LISTS = ['batch_ids', 'involvement_batch_ids', 'participant_batch_ids', 'complex_batch_ids'] as const;

/**
 * The given quarters' review roll-ups, each the sum of its months' rows (current when this runs):
 * counts and timeliness summed, batch lists joined, and the maps summed key by key with their
 * batch lists joined. A service has a quarter's row when it has a month's. $1 organisation, $2
 * the quarters (their first days).
 */
const QUARTER_ROLLUP_SQL = `INSERT INTO review_quarter_rollup (organisation_id, service_id, quarter, ${REVIEW_COUNTS.map((count) => count.column).join(', ')},
     summaries_within, agenda_notice_at_least, ${LISTS.join(', ')}, formats, agenda_formats, supporter_modes)
   WITH m AS (
     SELECT r.*, date_trunc('quarter', r.month)::date AS quarter FROM review_rollup r
     WHERE r.organisation_id = $1::uuid AND date_trunc('quarter', r.month)::date = ANY($2::date[])
   ), counts AS (
     SELECT service_id, quarter, ${REVIEW_COUNTS.map((count) => `sum(${count.column})::int AS ${count.column}`).join(', ')} FROM m GROUP BY 1, 2
   ), days AS (
     SELECT service_id, quarter, array_agg(summaries ORDER BY day) AS summaries_within, array_agg(notice ORDER BY day) AS agenda_notice_at_least FROM (
       SELECT service_id, quarter, day, sum(summaries)::int AS summaries, sum(notice)::int AS notice
       FROM m, unnest(m.summaries_within, m.agenda_notice_at_least) WITH ORDINALITY AS d(summaries, notice, day) GROUP BY 1, 2, 3) d GROUP BY 1, 2
   ), ${LISTS.map((list) => `${list} AS (SELECT service_id, quarter, array_agg(DISTINCT b) AS ids FROM m, unnest(m.${list}) AS b GROUP BY 1, 2)`).join(',\n   ')},
   formats AS (
     SELECT service_id, quarter, jsonb_object_agg(key, jsonb_build_array(needed, used)) AS map FROM (
       SELECT service_id, quarter, f.key, sum((f.value->>0)::int)::int AS needed, sum((f.value->>1)::int)::int AS used
       FROM m, jsonb_each(m.formats) AS f GROUP BY 1, 2, 3) f GROUP BY 1, 2
   ), keyed AS (
     SELECT service_id, quarter, 'agenda' AS kind, e.key, e.value FROM m, jsonb_each(m.agenda_formats) AS e
     UNION ALL SELECT service_id, quarter, 'modes', e.key, e.value FROM m, jsonb_each(m.supporter_modes) AS e
   ), keyed_batches AS (
     SELECT service_id, quarter, kind, key, to_jsonb(array_agg(DISTINCT b)) AS batches FROM keyed, jsonb_array_elements_text(keyed.value->1) AS b GROUP BY 1, 2, 3, 4
   ), keyed_rows AS (
     SELECT k.*, coalesce(kb.batches, '[]'::jsonb) AS batches
     FROM (SELECT service_id, quarter, kind, key, sum((value->>0)::int)::int AS count FROM keyed GROUP BY 1, 2, 3, 4) k
     LEFT JOIN keyed_batches kb USING (service_id, quarter, kind, key)
   ), maps AS (
     SELECT service_id, quarter,
       jsonb_object_agg(key, jsonb_build_array(count, batches)) FILTER (WHERE kind = 'agenda') AS agenda,
       jsonb_object_agg(key, jsonb_build_array(count, batches)) FILTER (WHERE kind = 'modes') AS modes
     FROM keyed_rows GROUP BY 1, 2
   )
   SELECT $1::uuid, c.service_id, c.quarter, ${REVIEW_COUNTS.map((count) => `c.${count.column}`).join(', ')}, d.summaries_within, d.agenda_notice_at_least,
     ${LISTS.map((list) => `coalesce(${list}.ids, '{}')`).join(', ')},
     coalesce(f.map, '{}'::jsonb), coalesce(k.agenda, '{}'::jsonb), coalesce(k.modes, '{}'::jsonb)
   FROM counts c
   JOIN days d USING (service_id, quarter)
   ${LISTS.map((list) => `LEFT JOIN ${list} USING (service_id, quarter)`).join('\n   ')}
   LEFT JOIN formats f USING (service_id, quarter)
   LEFT JOIN maps k USING (service_id, quarter)`;

/** The first day of the calendar quarter the period is exactly, if it is one. */
function quarterStart(period: Period): string | undefined {
  const quarters = quartersWithin(period);
  return quarters.length === 1 && quarters[0]!.start === period.start && quarters[0]!.end === period.end ? period.start : undefined;
}

/** The first day of the quarter a month (its first day) is in. */
const quarterOfMonth = (month: string) => `${month.slice(0, 5)}${String(Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;

/**
 * Rebuilds the organisation's roll-ups for the marked months between `from` and `to` (and all of
 * them when the region or the bank-holiday data changed since they were counted). One reader at a
 * time per organisation; a mark raised by a write after the rebuild read the reviews stays.
 */
export async function refreshReviewRollups(db: Database, organisation: EvidenceScope['organisation'], from: string, to: string): Promise<number> {
  return db.prisma.$transaction((tx) => refreshWithin(tx, organisation, from, to), { timeout: 300_000, maxWait: 60_000 });
}

async function refreshWithin(tx: Prisma.TransactionClient, organisation: EvidenceScope['organisation'], from: string, to: string, quarters: readonly string[] = []): Promise<number> {
  const region = regionEnum(organisation.region);
  const version = calendarVersion();
  await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0)) IS NULL AS "locked"`, `review_rollup:${organisation.id}`);
  const state = await tx.reviewRollupState.findUnique({ where: { organisationId: organisation.id } });
  if (!state || state.region !== region || state.calendarVersion !== version) {
    await tx.$executeRawUnsafe(`DELETE FROM review_rollup WHERE organisation_id = $1::uuid`, organisation.id);
    await tx.$executeRawUnsafe(`DELETE FROM review_person_month WHERE organisation_id = $1::uuid`, organisation.id);
    await tx.$executeRawUnsafe(`DELETE FROM review_person_cadence WHERE organisation_id = $1::uuid`, organisation.id);
    await dropKeptQuarters(tx, organisation.id);
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
  // Read before counting: a person written meanwhile moves the version past what is counted.
  const [kept] = await tx.$queryRawUnsafe<{ version: number }[]>(`SELECT people_version AS version FROM review_rollup_state WHERE organisation_id = $1::uuid`, organisation.id);
  if (marks.length > 0) await rebuildMonths(tx, organisation.id, region, marks);
  if (quarters.length > 0) {
    await dropKeptQuarters(tx, organisation.id, quarters);
    await tx.$executeRawUnsafe(CADENCE_QUARTERS_SQL, organisation.id, quarters, toNumber(kept?.version));
    await tx.$executeRawUnsafe(QUARTER_ROLLUP_SQL, organisation.id, quarters);
  }
  return marks.length;
}

/** Forgets the kept cadence and review counts of the given quarters (all of them when none are given); they are kept and dropped together. */
async function dropKeptQuarters(tx: Prisma.TransactionClient, organisationId: string, quarters?: readonly string[]): Promise<void> {
  for (const table of ['review_cadence_quarter', 'review_quarter_rollup']) {
    if (quarters) await tx.$executeRawUnsafe(`DELETE FROM ${table} WHERE organisation_id = $1::uuid AND quarter = ANY($2::date[])`, organisationId, quarters);
    else await tx.$executeRawUnsafe(`DELETE FROM ${table} WHERE organisation_id = $1::uuid`, organisationId);
  }
}

/** Rebuilds the marked months' roll-ups, person months and the cadence rows of their people; clears their marks. */
async function rebuildMonths(tx: Prisma.TransactionClient, organisationId: string, region: string, marks: readonly { month: string; version: number }[]): Promise<void> {
  const months = marks.map((mark) => mark.month).sort();
  const last = addDays(`${addDays(`${months.at(-1)!.slice(0, 7)}-28`, 4).slice(0, 7)}-01`, -1);
  await tx.$executeRawUnsafe(`DELETE FROM review_rollup WHERE organisation_id = $1::uuid AND month = ANY($2::date[])`, organisationId, months);
  await tx.$executeRawUnsafe(REBUILD_SQL, organisationId, region, months[0], last, months);
  // The people whose months these were or now are: their cadence rows are rebuilt from all their months.
  const gone = await tx.$queryRawUnsafe<{ id: string }[]>(
    `WITH d AS (DELETE FROM review_person_month WHERE organisation_id = $1::uuid AND month = ANY($2::date[]) RETURNING person_id) SELECT DISTINCT person_id::text AS id FROM d`,
    organisationId,
    months,
  );
  const added = await tx.$queryRawUnsafe<{ id: string }[]>(`WITH i AS (${PERSON_MONTHS_SQL} RETURNING person_id) SELECT DISTINCT person_id::text AS id FROM i`, organisationId, months[0], last, months);
  const people = [...new Set([...gone, ...added].map((row) => row.id))];
  await tx.$executeRawUnsafe(`DELETE FROM review_person_cadence WHERE organisation_id = $1::uuid AND person_id = ANY($2::uuid[])`, organisationId, people);
  await tx.$executeRawUnsafe(PERSON_CADENCE_SQL, organisationId, people);
  // A quarter's kept rows count its months: those of the marked months are counted again when next read.
  await dropKeptQuarters(tx, organisationId, [...new Set(months.map(quarterOfMonth))]);
  await tx.$executeRawUnsafe(
    `DELETE FROM review_rollup_stale s USING unnest($2::date[], $3::int[]) AS m(month, version)
     WHERE s.organisation_id = $1::uuid AND s.month = m.month AND s.version = m.version`,
    organisationId,
    marks.map((mark) => mark.month),
    marks.map((mark) => toNumber(mark.version)),
  );
}

/** year * 12 + month (1 to 12): a month's number, as first_month in review_person_cadence. */
const monthNumber = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

/** year * 4 + quarter (0 to 3), as first_quarter in review_person_cadence. */
const quarterNumber = (date: string) => Math.floor((monthNumber(date) - 1) / 3);

/** Where the period sits in each person's bit strings: its first month and how many, its first whole quarter and how many. */
function cadenceSpan(period: Period): { monthFrom: number; monthCount: number; quarterFrom: number; quarterCount: number } {
  const quarters = quartersWithin(period);
  return { monthFrom: monthNumber(period.start), monthCount: monthsInPeriod(period).length, quarterFrom: quarters.length > 0 ? quarterNumber(quarters[0]!.start) : 0, quarterCount: quarters.length };
}

const MONTH_ROWS_SQL = `SELECT *, (month >= {start}::date) AS current FROM review_rollup
     WHERE organisation_id = {org}::uuid AND service_id = ANY({services}::uuid[]) AND month BETWEEN {previousStart}::date AND {end}::date`;

const QUARTER_ROWS_SQL = `SELECT *, (quarter = {start}::date) AS current FROM review_quarter_rollup
     WHERE organisation_id = {org}::uuid AND service_id = ANY({services}::uuid[]) AND quarter IN ({start}::date, {previousStart}::date)`;

/** What the review pass reads of the roll-ups (`r`: the two periods' rows, months or quarters): counts, their batches and the kept maps. */
const READ_COUNTS_SQL = `counts AS (
     SELECT current,
       ${REVIEW_COUNTS.map((count) => `sum(${count.column})::int AS "${count.name}"`).join(', ')},
       sum(summaries_within[{summaryDays}::int + 1])::int AS "summariesOnTime", sum(summaries_within[11])::int AS "summariesWithin10",
       sum(agenda_notice_at_least[{agendaDays}::int + 1])::int AS "agendaOnTime",
       (SELECT array_agg(DISTINCT b::text) FROM r x, unnest(x.batch_ids) AS b WHERE x.current = c.current) AS "batches",
       (SELECT array_agg(DISTINCT b::text) FROM r x, unnest(x.involvement_batch_ids) AS b WHERE x.current = c.current) AS "participantBatches",
       (SELECT array_agg(DISTINCT b::text) FROM r x, unnest(x.participant_batch_ids) AS b WHERE x.current = c.current) AS "allParticipantBatches",
       (SELECT array_agg(DISTINCT b::text) FROM r x, unnest(x.complex_batch_ids) AS b WHERE x.current = c.current) AS "complexBatches"
     FROM r c GROUP BY current
   ), maps AS (
     -- The period's maps gathered into one array each and unnested from there: the planner guesses
     -- 100 rows for every JSON function call, so unnesting each month's map made its estimate grow
     -- with the months read, enough for PostgreSQL to JIT-compile this small read (seconds).
     SELECT jsonb_agg(formats) AS formats, jsonb_agg(agenda_formats) AS agenda, jsonb_agg(supporter_modes) AS modes FROM r WHERE current
   ), formats AS (
     SELECT f.key, sum((f.value->>0)::int)::int AS needed, sum((f.value->>1)::int)::int AS used
     FROM maps, jsonb_array_elements(maps.formats) AS m, jsonb_each(m) AS f GROUP BY f.key
   ), keyed AS (
     SELECT 'agenda' AS kind, e.key, e.value FROM maps, jsonb_array_elements(maps.agenda) AS m, jsonb_each(m) AS e
     UNION ALL SELECT 'modes', e.key, e.value FROM maps, jsonb_array_elements(maps.modes) AS m, jsonb_each(m) AS e
   ), keyed_counts AS (
     SELECT kind, key, sum((value->>0)::int)::int AS count FROM keyed GROUP BY kind, key
   ), keyed_batches AS (
     -- Months share a few batch lists: unnest each distinct list once.
     SELECT kind, key, array_agg(DISTINCT b) AS batches FROM (SELECT DISTINCT kind, key, value->1 AS list FROM keyed) k, jsonb_array_elements_text(k.list) AS b GROUP BY kind, key
   ), keyed_rows AS (
     SELECT kind, key, count, kb.batches FROM keyed_counts JOIN keyed_batches kb USING (kind, key)`;

/**
 * Cadence, as cadenceSql counts it from the reviews, from each person's kept cadence row: people
 * supported for the whole period, their months with a mini-review or deep-dive and the full
 * quarters with a deep-dive, both periods in one pass over one row per person.
 */
const CADENCE_BY_PERSON_SQL = `people AS (
     SELECT p.id,
       (p.started_on <= {start}::date AND (p.ended_on IS NULL OR p.ended_on >= {end}::date)) AS in_current,
       (p.started_on <= {previousStart}::date AND (p.ended_on IS NULL OR p.ended_on >= {previousEnd}::date)) AS in_previous
     FROM person p WHERE p.organisation_id = {org}::uuid AND p.service_id = ANY({services}::uuid[])
   ), cadence_people AS (
     -- One kept row per person supported for either whole period: each period's months ({monthFrom} for
     -- {monthCount}; {previousMonthFrom} for {previousMonthCount}) and whole quarters ({quarterFrom} for {quarterCount}; {previousQuarterFrom} for {previousQuarterCount}) are substrings of their
     -- bit strings, shorter (so unequal to the ones, {allMonths} to {previousAllQuarters}) where their months start later.
     SELECT pe.in_current, pe.in_previous, k.first_month, k.batch_ids, k.batch_months,
       substring(k.months FROM {monthFrom}::int - k.first_month + 1 FOR {monthCount}::int) AS current_months,
       substring(k.deep_dive_quarters FROM {quarterFrom}::int - k.first_quarter + 1 FOR {quarterCount}::int) AS current_quarters,
       substring(k.months FROM {previousMonthFrom}::int - k.first_month + 1 FOR {previousMonthCount}::int) AS previous_months,
       substring(k.deep_dive_quarters FROM {previousQuarterFrom}::int - k.first_quarter + 1 FOR {previousQuarterCount}::int) AS previous_quarters
     FROM people pe LEFT JOIN review_person_cadence k ON k.organisation_id = {org}::uuid AND k.person_id = pe.id
     WHERE pe.in_current OR pe.in_previous
   ), cadence_flags AS (
     SELECT in_current, in_previous, batch_ids, batch_months, first_month,
       current_months = {allMonths}::varbit AS current_monthly, ({quarterCount}::int = 0 OR current_quarters = {allQuarters}::varbit) AS current_quarterly,
       previous_months = {previousAllMonths}::varbit AS previous_monthly, ({previousQuarterCount}::int = 0 OR previous_quarters = {previousAllQuarters}::varbit) AS previous_quarterly,
       position(B'1' IN current_months) > 0 AS current_reviewed, position(B'1' IN previous_months) > 0 AS previous_reviewed
     FROM cadence_people
   ), cadence_counts AS (
     -- A review in every month of the period, a deep-dive in every quarter wholly inside it (none
     -- when it has none), both periods in one pass.
     SELECT count(*) FILTER (WHERE in_current)::int AS current_people,
       count(*) FILTER (WHERE in_current AND current_monthly)::int AS current_monthly,
       count(*) FILTER (WHERE in_current AND current_quarterly)::int AS current_quarterly,
       count(*) FILTER (WHERE in_current AND current_monthly AND current_quarterly)::int AS current_both,
       count(*) FILTER (WHERE in_previous)::int AS previous_people,
       count(*) FILTER (WHERE in_previous AND previous_monthly)::int AS previous_monthly,
       count(*) FILTER (WHERE in_previous AND previous_quarterly)::int AS previous_quarterly,
       count(*) FILTER (WHERE in_previous AND previous_monthly AND previous_quarterly)::int AS previous_both
     FROM cadence_flags
   ), cadence_batches AS (
     -- The batches of the people with a review in one of the period's months. Most people's
     -- reviews come from one batch; only the others are looked at month by month.
     SELECT current, array_agg(b::text) AS batches FROM (
       SELECT true AS current, batch_ids[1] AS b FROM cadence_flags WHERE in_current AND current_reviewed AND cardinality(batch_ids) = 1
       UNION SELECT false, batch_ids[1] FROM cadence_flags WHERE in_previous AND previous_reviewed AND cardinality(batch_ids) = 1
       UNION SELECT t.current, u.b
       FROM cadence_flags x, (VALUES (true, {monthFrom}::int, {monthCount}::int), (false, {previousMonthFrom}::int, {previousMonthCount}::int)) AS t(current, month_from, month_count), unnest(x.batch_ids, x.batch_months) AS u(b, m)
       WHERE cardinality(x.batch_ids) > 1 AND CASE WHEN t.current THEN x.in_current AND x.current_reviewed ELSE x.in_previous AND x.previous_reviewed END
         AND position(B'1' IN substring(u.m FROM t.month_from - x.first_month + 1 FOR t.month_count)) > 0
     ) e GROUP BY current
   ), cadence AS (
     SELECT t.current, t.people AS "people", t.monthly AS "monthly", t.quarterly AS "quarterly", t.all_of AS "monthlyAndDeepDive", b.batches AS "batches"
     FROM cadence_counts c, LATERAL (VALUES (true, c.current_people, c.current_monthly, c.current_quarterly, c.current_both),
       (false, c.previous_people, c.previous_monthly, c.previous_quarterly, c.previous_both)) AS t(current, people, monthly, quarterly, all_of)
     LEFT JOIN cadence_batches b ON b.current = t.current
   )`;

/** Cadence of a quarter and its previous quarter: the sums of their kept rows per service. */
const CADENCE_BY_QUARTER_SQL = `cadence AS (
     SELECT (c.quarter = {start}::date) AS current, sum(c.people)::int AS "people", sum(c.monthly)::int AS "monthly",
       sum(c.quarterly)::int AS "quarterly", sum(c.monthly_and_deep_dive)::int AS "monthlyAndDeepDive",
       (SELECT array_agg(DISTINCT b::text) FROM review_cadence_quarter x, unnest(x.batch_ids) AS b
        WHERE x.organisation_id = {org}::uuid AND x.service_id = ANY({services}::uuid[]) AND x.quarter = c.quarter) AS "batches"
     FROM review_cadence_quarter c
     WHERE c.organisation_id = {org}::uuid AND c.service_id = ANY({services}::uuid[]) AND c.quarter IN ({start}::date, {previousStart}::date)
     GROUP BY c.quarter
   )`;

/** Kept quarters are current when every service read has both, built at the organisation's people version. */
const QUARTERS_KEPT_SQL = `(SELECT count(*) FROM review_cadence_quarter c JOIN review_rollup_state st ON st.organisation_id = c.organisation_id AND st.people_version = c.people_version
        WHERE c.organisation_id = {org}::uuid AND c.service_id = ANY({services}::uuid[]) AND c.quarter IN ({start}::date, {previousStart}::date))
       = 2 * (SELECT count(DISTINCT s) FROM unnest({services}::uuid[]) AS s)`;

/**
 * The review pass from the roll-ups, as one statement, with whether the roll-ups were current
 * for it (`fresh`: counted for this region and calendar, no month of the two periods marked, and
 * for quarters their kept cadence built for the people as they are), read in the same snapshot:
 * a fresh result is the reviews' result, with no lock or transaction.
 */
function readSql(byQuarter: boolean): string {
  return `WITH r AS (
     ${byQuarter ? QUARTER_ROWS_SQL : MONTH_ROWS_SQL}
   ), ${READ_COUNTS_SQL}
   ), ${byQuarter ? CADENCE_BY_QUARTER_SQL : CADENCE_BY_PERSON_SQL}
   SELECT
     EXISTS (SELECT 1 FROM review_rollup_state st WHERE st.organisation_id = {org}::uuid AND st.region = {region}::"BankHolidayRegion" AND st.calendar_version = {calendar})
       AND NOT EXISTS (SELECT 1 FROM review_rollup_stale st WHERE st.organisation_id = {org}::uuid AND st.month BETWEEN {previousStart}::date AND {lastMonth}::date)${byQuarter ? ` AND ${QUARTERS_KEPT_SQL}` : ''} AS "fresh",
     (SELECT json_agg(c) FROM counts c)::text AS "counts",
     (SELECT json_agg(json_build_array(key, needed, used) ORDER BY key) FROM formats)::text AS "formats",
     (SELECT json_agg(json_build_object('key', key, 'count', count, 'batches', batches) ORDER BY key) FROM keyed_rows WHERE kind = 'agenda')::text AS "agendaFormats",
     (SELECT json_agg(json_build_object('key', key, 'count', count, 'batches', batches) ORDER BY key) FROM keyed_rows WHERE kind = 'modes')::text AS "supporterModes",
     (SELECT json_agg(c) FROM cadence c WHERE c.current)::text AS "cadence",
     (SELECT json_agg(c) FROM cadence c WHERE NOT c.current)::text AS "previousCadence"`;
}

/** Both forms of the read, numbered once. */
const READ_BY_MONTH = numberNames(readSql(false));
const READ_BY_QUARTER = numberNames(readSql(true));

/** The review pass for the scope: from the roll-ups when they cover it, otherwise from the reviews. */
export async function queryReviewRollupPass(db: Database, scope: EvidenceScope): Promise<ReviewPass> {
  if (!rollupCovers(scope)) return queryReviewPass(db, scope);
  const { period, previous } = scope;
  const current = cadenceSpan(period);
  const before = cadenceSpan(previous);
  const quarters = [quarterStart(period), quarterStart(previous)];
  const byQuarter = quarters.every((quarter) => quarter !== undefined);
  const read = byQuarter ? READ_BY_QUARTER : READ_BY_MONTH;
  const values: Readonly<Record<string, unknown>> = {
    org: scope.organisation.id,
    services: scope.services.map((service) => service.id),
    start: period.start,
    previousStart: previous.start,
    end: period.end,
    summaryDays: scope.standards.summaryWorkingDays,
    agendaDays: scope.standards.agendaNoticeDays,
    previousEnd: previous.end,
    monthFrom: current.monthFrom,
    monthCount: current.monthCount,
    previousMonthFrom: before.monthFrom,
    previousMonthCount: before.monthCount,
    quarterFrom: current.quarterFrom,
    region: regionEnum(scope.organisation.region),
    calendar: calendarVersion(),
    lastMonth: monthStart(period.end),
    quarterCount: current.quarterCount,
    previousQuarterFrom: before.quarterFrom,
    previousQuarterCount: before.quarterCount,
    allMonths: '1'.repeat(current.monthCount),
    allQuarters: '1'.repeat(current.quarterCount),
    previousAllMonths: '1'.repeat(before.monthCount),
    previousAllQuarters: '1'.repeat(before.quarterCount),
  };
  const { sql } = read;
  const params = valuesInOrder(read.names, values);
  // Most reads find the roll-ups current: one statement. Otherwise rebuild what is marked (and
  // the two quarters' cadence when both periods are quarters), then read, in one transaction.
  const [first] = await queryPrepared(db, sql, params);
  if (first && (first.fresh === true || first.fresh === 't')) return readReviewPass(first);
  const [row] = await db.prisma.$transaction(async (tx) => {
    // Rebuilding is large but runs rarely; JIT compiling it costs more than it saves.
    await tx.$executeRawUnsafe('SET LOCAL jit = off');
    await refreshWithin(tx, scope.organisation, previous.start, period.end, byQuarter ? (quarters as string[]) : []);
    return tx.$queryRawUnsafe<Row[]>(sql, ...params);
  }, { timeout: 300_000, maxWait: 60_000 });
  return readReviewPass(row ?? {});
}
