/**
 * Aggregate queries behind the practice profile: one pass per record type over the period,
 * counting how often the records show each practice. Plain PostgreSQL that runs unchanged on
 * PGlite; nothing loads rows into JavaScript. Figures compare a period with the one before;
 * practices describe the period alone.
 */
import type { Database } from '../data/database.js';
import { PRACTICE_FORMATS } from './data/practice-catalogue.js';
import { regionEnum } from './ensure-working-day-calendar.js';
import type { EvidenceScope } from './evidence-scope.js';
import { bindNames, personInServices, toNumber, toStrings, type Row } from './sql-row.js';


/** Parameter numbers of the practice queries on their own: organisation, services, period start and end. */
const PERIOD_PARAMS = { org: 1, services: 2, start: 3, end: 4 } as const;

function scopeParams(scope: EvidenceScope): unknown[] {
  return [scope.organisation.id, scope.services.map((service) => service.id), scope.period.start, scope.period.end];
}

const REVIEW_FIELDS = [
  'reviews',
  'complex',
  'complexChaired',
  'chairRm',
  'chairNi',
  'chairKeyWorker',
  'complexAdvocate',
  'formatNeeded',
  'formatUsed',
  'planned',
  'agendaOnTime',
  'remote',
  'written',
  'summariesOnTime',
] as const;

export type ReviewPractice = Record<(typeof REVIEW_FIELDS)[number], number> & {
  /** Per agreed accessible format: reviews of people needing it, and reviews that used it. */
  formats: Record<string, { needed: number; used: number }>;
  batches: string[];
  participantBatches: string[];
};

/** Who chaired complex reviews, who took part and how, formats, agenda notice and summaries, for the period's reviews. */
export async function queryReviewPractice(db: Database, scope: EvidenceScope): Promise<ReviewPractice> {
  // Who took part and how comes from the facts each review keeps (kept in step by triggers on
  // participant), so the participant table is not joined.
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    `WITH scope AS (
       SELECT r.type, r.held_on, r.summary_sent_on, r.agenda_sent_on, r.accessible_format_used, r.chair_role, r.batch_id,
              r.advocate_involved, r.remote_input, r.written_input, r.participant_batch_ids, p.accessible_format
       FROM review r JOIN person p ON p.id = r.person_id
       WHERE r.organisation_id = $1::uuid AND p.service_id = ANY($2::uuid[]) AND r.held_on BETWEEN $3::date AND $4::date
     ), formats AS (
       SELECT accessible_format, count(*)::int AS needed, count(*) FILTER (WHERE accessible_format_used)::int AS used
       FROM scope WHERE accessible_format <> 'none' GROUP BY accessible_format
     )
     SELECT
       count(*)::int AS "reviews",
       count(*) FILTER (WHERE s.type = 'complex')::int AS "complex",
       count(*) FILTER (WHERE s.type = 'complex' AND s.chair_role IS NOT NULL)::int AS "complexChaired",
       count(*) FILTER (WHERE s.type = 'complex' AND s.chair_role = 'rm')::int AS "chairRm",
       count(*) FILTER (WHERE s.type = 'complex' AND s.chair_role = 'ni')::int AS "chairNi",
       count(*) FILTER (WHERE s.type = 'complex' AND s.chair_role = 'key-worker')::int AS "chairKeyWorker",
       count(*) FILTER (WHERE s.type = 'complex' AND s.advocate_involved)::int AS "complexAdvocate",
       count(*) FILTER (WHERE s.accessible_format <> 'none')::int AS "formatNeeded",
       count(*) FILTER (WHERE s.accessible_format <> 'none' AND s.accessible_format_used)::int AS "formatUsed",
       count(*) FILTER (WHERE s.type <> 'debrief')::int AS "planned",
       count(*) FILTER (WHERE s.type <> 'debrief' AND s.agenda_sent_on <= s.held_on - $6::int)::int AS "agendaOnTime",
       count(*) FILTER (WHERE s.remote_input)::int AS "remote",
       count(*) FILTER (WHERE s.written_input)::int AS "written",
       count(*) FILTER (WHERE ws.ordinal - wh.ordinal <= $7)::int AS "summariesOnTime",
       (SELECT array_agg(DISTINCT batch_id::text) FROM scope) AS "batches",
       (SELECT array_agg(DISTINCT b::text) FROM (SELECT DISTINCT participant_batch_ids FROM scope) d, unnest(d.participant_batch_ids) AS b) AS "participantBatches",
       (SELECT json_agg(json_build_array(accessible_format, needed, used)) FROM formats)::text AS "formats"
     FROM scope s
     LEFT JOIN working_day wh ON wh.region = $5::"BankHolidayRegion" AND wh.date = s.held_on
     LEFT JOIN working_day ws ON ws.region = $5::"BankHolidayRegion" AND ws.date = s.summary_sent_on`,
    ...scopeParams(scope),
    regionEnum(scope.organisation.region),
    scope.standards.agendaNoticeDays,
    scope.standards.summaryWorkingDays,
  );
  return readReviewPractice(rows[0] ?? {});
}

/** The review practice counts from a row holding REVIEW_FIELDS, batches, participantBatches and formats (JSON of [format, needed, used]). */
export function readReviewPractice(row: Row): ReviewPractice {
  const formats: ReviewPractice['formats'] = Object.fromEntries(PRACTICE_FORMATS.map((format) => [format, { needed: 0, used: 0 }]));
  const parsed: unknown = typeof row.formats === 'string' ? JSON.parse(row.formats) : null;
  if (Array.isArray(parsed)) {
    for (const entry of parsed) {
      if (Array.isArray(entry) && typeof entry[0] === 'string') formats[entry[0]] = { needed: toNumber(entry[1]), used: toNumber(entry[2]) };
    }
  }
  const counts = Object.fromEntries(REVIEW_FIELDS.map((field) => [field, toNumber(row[field])])) as Record<(typeof REVIEW_FIELDS)[number], number>;
  return { ...counts, formats, batches: toStrings(row.batches), participantBatches: toStrings(row.participantBatches) };
}

/** A period without reviews. */
export function emptyReviewPractice(formats: unknown = null): ReviewPractice {
  return readReviewPractice({ formats });
}

export interface DisagreementPractice {
  logged: number;
  reachedRm: number;
  reachedNi: number;
  batches: string[];
}

export const DISAGREEMENT_PRACTICE_SQL = `SELECT count(*)::int AS "logged",
       count(*) FILTER (WHERE d.escalation_level IN ('rm', 'ni'))::int AS "reachedRm",
       count(*) FILTER (WHERE d.escalation_level = 'ni')::int AS "reachedNi",
       array_agg(DISTINCT d.batch_id::text) AS "batches"
     FROM disagreement d
     WHERE d.organisation_id = {org}::uuid AND ${personInServices('d')} AND d.logged_on BETWEEN {start}::date AND {end}::date`;

/** Disagreements logged in the period and the highest level each reached. */
export async function queryDisagreementPractice(db: Database, scope: EvidenceScope): Promise<DisagreementPractice> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    bindNames(DISAGREEMENT_PRACTICE_SQL, PERIOD_PARAMS),
    ...scopeParams(scope),
  );
  return readDisagreementPractice(rows[0] ?? {});
}

export function readDisagreementPractice(row: Row): DisagreementPractice {
  return { logged: toNumber(row.logged), reachedRm: toNumber(row.reachedRm), reachedNi: toNumber(row.reachedNi), batches: toStrings(row.batches) };
}

export interface ChangePractice {
  made: number;
  verified: number;
  verifiedByRm: number;
  verifiedByNi: number;
  batches: string[];
}

export const CHANGE_PRACTICE_SQL = `SELECT count(*)::int AS "made",
       count(*) FILTER (WHERE c.verified_on <= {end}::date)::int AS "verified",
       count(*) FILTER (WHERE c.verified_on <= {end}::date AND c.verified_by = 'rm')::int AS "verifiedByRm",
       count(*) FILTER (WHERE c.verified_on <= {end}::date AND c.verified_by = 'ni')::int AS "verifiedByNi",
       array_agg(DISTINCT c.batch_id::text) AS "batches"
     FROM feedback_change c
     WHERE c.organisation_id = {org}::uuid AND c.service_id = ANY({services}::uuid[]) AND c.changed_on BETWEEN {start}::date AND {end}::date`;

/** Changes made from feedback in the period, and how many were re-audited (and by whom) by its end. */
export async function queryChangePractice(db: Database, scope: EvidenceScope): Promise<ChangePractice> {
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(
    bindNames(CHANGE_PRACTICE_SQL, PERIOD_PARAMS),
    ...scopeParams(scope),
  );
  return readChangePractice(rows[0] ?? {});
}

export function readChangePractice(row: Row): ChangePractice {
  return {
    made: toNumber(row.made),
    verified: toNumber(row.verified),
    verifiedByRm: toNumber(row.verifiedByRm),
    verifiedByNi: toNumber(row.verifiedByNi),
    batches: toStrings(row.batches),
  };
}
