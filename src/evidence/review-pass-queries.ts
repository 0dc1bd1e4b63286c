/**
 * Everything the figures count from reviews, in one pass over the period's and the previous
 * period's reviews: the headline review counts (both periods), the practice profile's review
 * counts, the breakdowns of agenda formats, complex reviews and how supporters took part (the
 * period), and cadence for both periods. Each of these used to read the same reviews again in
 * a query of its own (bench/figures.bench.ts); the results are the same, field for field, as
 * queryReviewCounts, queryReviewPractice, queryCadence and the review parts of queryBreakdowns.
 * Plain PostgreSQL that runs unchanged on PGlite.
 */
import type { Database } from '../data/database.js';
import { regionEnum } from './ensure-working-day-calendar.js';
import type { EvidenceScope } from './evidence-scope.js';
import { emptyReviewPractice, readReviewPractice, type ReviewPractice } from './practice-queries.js';
import type { Bucketed, CadenceCounts, ReviewCounts } from './figure-queries.js';
import type { ReviewBreakdownRows } from './breakdown-queries.js';
import { monthsInPeriod, quartersWithin, type Period } from './period.js';
import { toNumber, toStrings, type Row } from './sql-row.js';

export interface ReviewPass {
  counts: Bucketed<ReviewCounts>;
  practice: ReviewPractice;
  cadence: CadenceCounts;
  previousCadence: CadenceCounts;
  breakdowns: ReviewBreakdownRows;
}

const COUNT_FIELDS = ['reviews', 'involved', 'family', 'advocate', 'summariesOnTime', 'summariesWithin10', 'outsideCalendar', 'planned', 'agendaOnTime', 'formatNeeded', 'formatUsed'] as const;

/**
 * What every count reads of a review, as `review r` joined to `person p` and the working days of
 * the day it was held (`wh`) and of the day its summary was sent (`ws`): the pass below and the
 * roll-ups (review-rollup.ts) both count these columns, so they count the same way. `gap` is the
 * summary's working days, `notice` the agenda's days before a planned review.
 */
export const REVIEW_COLUMNS = `r.id, r.person_id, r.type, r.held_on, r.summary_sent_on, r.agenda_sent_on, r.agenda_format, r.accessible_format_used, r.chair_role, r.batch_id,
              r.family_involved, r.advocate_involved, r.involvement_batch_ids, r.remote_input, r.written_input, r.participant_batch_ids, r.supporter_mode_batches,
              p.accessible_format, wh.ordinal AS held_ordinal, ws.ordinal AS sent_ordinal, ws.ordinal - wh.ordinal AS gap,
              CASE WHEN r.type <> 'debrief' THEN r.held_on - r.agenda_sent_on END AS notice`;

/** The working days joined for REVIEW_COLUMNS; `region` is the parameter that holds the region. */
export const reviewWorkingDays = (region: string) => `LEFT JOIN working_day wh ON wh.region = ${region}::"BankHolidayRegion" AND wh.date = r.held_on
       LEFT JOIN working_day ws ON ws.region = ${region}::"BankHolidayRegion" AND ws.date = r.summary_sent_on`;

/**
 * The plain counts over REVIEW_COLUMNS: the name the results use, the roll-up column that keeps
 * it per month, and which reviews it counts. Summary and agenda timeliness depend on the standard
 * and are counted apart (by `gap` and `notice`).
 */
export const REVIEW_COUNTS: readonly { name: string; column: string; where: string }[] = [
  { name: 'reviews', column: 'reviews', where: 'true' },
  { name: 'involved', column: 'involved', where: 'family_involved OR advocate_involved' },
  { name: 'family', column: 'family', where: 'family_involved' },
  { name: 'advocate', column: 'advocate', where: 'advocate_involved' },
  { name: 'outsideCalendar', column: 'outside_calendar', where: 'held_ordinal IS NULL OR (summary_sent_on IS NOT NULL AND sent_ordinal IS NULL)' },
  { name: 'planned', column: 'planned', where: "type <> 'debrief'" },
  { name: 'formatNeeded', column: 'format_needed', where: "accessible_format <> 'none'" },
  { name: 'formatUsed', column: 'format_used', where: "accessible_format <> 'none' AND accessible_format_used" },
  { name: 'complex', column: 'complex', where: "type = 'complex'" },
  { name: 'complexChaired', column: 'complex_chaired', where: "type = 'complex' AND chair_role IS NOT NULL" },
  { name: 'chairRm', column: 'chair_rm', where: "type = 'complex' AND chair_role = 'rm'" },
  { name: 'chairNi', column: 'chair_ni', where: "type = 'complex' AND chair_role = 'ni'" },
  { name: 'chairKeyWorker', column: 'chair_key_worker', where: "type = 'complex' AND chair_role = 'key-worker'" },
  { name: 'complexAdvocate', column: 'complex_advocate', where: "type = 'complex' AND advocate_involved" },
  { name: 'remote', column: 'remote', where: 'remote_input' },
  { name: 'written', column: 'written', where: 'written_input' },
];

/** `count(*) FILTER (WHERE …)` of each plain count, named `as(count)`. */
export const reviewCountsSql = (as: (count: (typeof REVIEW_COUNTS)[number]) => string) =>
  REVIEW_COUNTS.map((count) => `count(*) FILTER (WHERE ${count.where})::int AS ${as(count)}`).join(',\n         ');

function cadenceSql(alias: string, first: number): string {
  // $first: period start, +1: period end, +2: months, +3: first days of the quarters wholly inside (date[]), +4: their number; the current flag picks the period's rows.
  const [start, end, months, quarters, quarterCount] = [first, first + 1, first + 2, first + 3, first + 4].map((n) => `$${n}`);
  const current = alias === 'current' ? 's.current' : 'NOT s.current';
  return `${alias}_people AS (
       SELECT p.id FROM person p
       WHERE p.organisation_id = $1::uuid AND p.service_id = ANY($2::uuid[])
         AND p.started_on <= ${start}::date AND (p.ended_on IS NULL OR p.ended_on >= ${end}::date)
     ), ${alias}_reviews AS (
       SELECT s.person_id, s.batch_id, date_trunc('month', s.held_on::timestamp) AS month, date_trunc('quarter', s.held_on::timestamp)::date AS quarter, s.type
       FROM scope s
       WHERE ${current} AND s.type IN ('mini-review', 'deep-dive')
         AND s.started_on <= ${start}::date AND (s.ended_on IS NULL OR s.ended_on >= ${end}::date)
     ), ${alias}_months AS (
       SELECT person_id, month, quarter, bool_or(type = 'deep-dive') AS deep_dive FROM ${alias}_reviews GROUP BY 1, 2, 3
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
         (SELECT array_agg(batch_id::text) FROM (SELECT DISTINCT batch_id FROM ${alias}_reviews) b) AS "batches"
       FROM ${alias}_per_person
     )`;
}

export function readCadence(value: unknown): CadenceCounts {
  const row = (Array.isArray(value) ? value[0] : value) as Row | undefined;
  return {
    people: toNumber(row?.people),
    monthly: toNumber(row?.monthly),
    quarterly: toNumber(row?.quarterly),
    monthlyAndDeepDive: toNumber(row?.monthlyAndDeepDive),
    batches: toStrings(row?.batches),
  };
}

const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
export const rowsOf = (value: unknown): Row[] => (Array.isArray(parsed(value)) ? (parsed(value) as Row[]) : []);

export async function queryReviewPass(db: Database, scope: EvidenceScope): Promise<ReviewPass> {
  const period: Period = scope.period;
  const previous: Period = scope.previous;
  const fullQuarters = (of: Period) => quartersWithin(of).map((quarter) => quarter.start);
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    `WITH scope AS (
       SELECT ${REVIEW_COLUMNS}, p.started_on, p.ended_on, (r.held_on >= $3::date) AS current
       FROM review r JOIN person p ON p.id = r.person_id
       ${reviewWorkingDays('$6')}
       WHERE r.organisation_id = $1::uuid AND p.service_id = ANY($2::uuid[]) AND r.held_on BETWEEN $4::date AND $5::date
     ), counts AS (
       SELECT s.current,
         ${reviewCountsSql((count) => `"${count.name}"`)},
         count(*) FILTER (WHERE gap <= $7)::int AS "summariesOnTime",
         count(*) FILTER (WHERE gap <= 10)::int AS "summariesWithin10",
         count(*) FILTER (WHERE notice >= $8::int)::int AS "agendaOnTime"
       FROM scope s
       GROUP BY s.current
     ), batch_sets AS (
       -- Reviews share a handful of distinct batch lists: every list below comes from these few rows.
       SELECT current, batch_id, involvement_batch_ids, participant_batch_ids, (type = 'complex') AS complex
       FROM scope GROUP BY 1, 2, 3, 4, 5
     ), batch_lists AS (
       SELECT c.current,
         (SELECT array_agg(DISTINCT b.batch_id::text) FROM batch_sets b WHERE b.current = c.current) AS "batches",
         (SELECT array_agg(DISTINCT i::text) FROM batch_sets b, unnest(b.involvement_batch_ids) AS i WHERE b.current = c.current) AS "participantBatches",
         (SELECT array_agg(DISTINCT i::text) FROM batch_sets b, unnest(b.participant_batch_ids) AS i WHERE b.current = c.current) AS "allParticipantBatches",
         (SELECT array_agg(DISTINCT b.batch_id::text) FROM batch_sets b WHERE b.current = c.current AND b.complex) AS "complexBatches"
       FROM counts c
     ), formats AS (
       SELECT accessible_format, count(*)::int AS needed, count(*) FILTER (WHERE accessible_format_used)::int AS used
       FROM scope WHERE current AND accessible_format <> 'none' GROUP BY accessible_format
     ), agenda_formats AS (
       SELECT agenda_format AS key, count(*)::int AS count, array_agg(DISTINCT batch_id::text) AS batches
       FROM scope WHERE current AND type <> 'debrief' AND agenda_format IS NOT NULL AND agenda_format NOT IN ('standard', 'none')
       GROUP BY 1
     ), supporter_modes AS (
       -- A review counts once per way supporters took part, however many supporters used it.
       -- Each review keeps "mode batch-id" for its supporter rows (kept by the participant
       -- triggers), so participants are not read here.
       SELECT split_part(e, ' ', 1) AS key, count(DISTINCT s.id)::int AS count, array_agg(DISTINCT split_part(e, ' ', 2)) AS batches
       FROM scope s, unnest(s.supporter_mode_batches) AS e
       WHERE s.current
       GROUP BY 1
     ), ${cadenceSql('current', 9)}, ${cadenceSql('previous', 14)}
     SELECT
       (SELECT json_agg(c) FROM (SELECT * FROM counts JOIN batch_lists USING (current)) c)::text AS "counts",
       (SELECT json_agg(json_build_array(accessible_format, needed, used)) FROM formats)::text AS "formats",
       (SELECT json_agg(a) FROM agenda_formats a)::text AS "agendaFormats",
       (SELECT json_agg(m) FROM supporter_modes m)::text AS "supporterModes",
       (SELECT json_agg(c) FROM current_cadence c)::text AS "cadence",
       (SELECT json_agg(c) FROM previous_cadence c)::text AS "previousCadence"`,
    scope.organisation.id,
    scope.services.map((service) => service.id),
    period.start,
    previous.start,
    period.end,
    regionEnum(scope.organisation.region),
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
  return readReviewPass(rows[0] ?? {});
}

/**
 * The pass from its one row: `counts` (JSON rows per `current` with every count and batch list),
 * `formats`, `agendaFormats`, `supporterModes`, `cadence` and `previousCadence` (JSON).
 */
export function readReviewPass(row: Row): ReviewPass {
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
