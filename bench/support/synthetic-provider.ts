/**
 * A large synthetic provider for the evidence-engine benchmark, generated inside the database
 * with `INSERT … SELECT … FROM generate_series(…)`: nothing is built row by row in JavaScript,
 * so half a million reviews take seconds to minutes rather than hours.
 *
 * Randomness comes from `hashint8` of the row number and a per-column salt, not `random()`, so
 * the same sizes give the same data on PGlite and PostgreSQL and between runs (only the ids of
 * leaf rows come from `gen_random_uuid()`).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/data/database.js';

export interface SyntheticProviderOptions {
  services: number;
  people: number;
  reviews: number;
  /** Inclusive ISO dates of the window the reviews are spread over. */
  start: string;
  end: string;
  slug: string;
}

export const DEFAULT_PROVIDER: SyntheticProviderOptions = {
  services: 100,
  people: 5_000,
  reviews: 500_000,
  start: '2023-07-01',
  end: '2026-06-30',
  slug: 'bench-provider',
};

export interface TableReport {
  table: string;
  rows: number;
  ms: number;
}

export interface SyntheticProviderReport {
  organisationId: string;
  tables: TableReport[];
  analyzeMs: number;
  totalMs: number;
}

/** A deterministic uniform number in [0, 1) for row `row` and column `salt` (0–63). */
function uniform(row: string, salt: number): string {
  return `((hashint8((${row})::bigint * 64 + ${salt}) & 2147483647)::float8 / 2147483648.0)`;
}

/** Picks one of `choices` with the given cumulative weights (each weight a share of 1). */
function weighted(row: string, salt: number, choices: [string, number][]): string {
  const draw = uniform(row, salt);
  let cumulative = 0;
  const branches = choices.slice(0, -1).map(([value, weight]) => {
    cumulative += weight;
    return `WHEN ${draw} < ${cumulative.toFixed(4)} THEN ${value}`;
  });
  return `CASE ${branches.join(' ')} ELSE ${choices[choices.length - 1]![0]} END`;
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

const LOCALITIES = ['Ashbridge', 'Millbeck', 'Harewood', 'Southmoor', 'Northgate', 'Riverside', 'Kingsley', 'Fernhill', 'Oakham', 'Westcliff'];
const SERVICE_KINDS: [string, string][] = [
  ['supported living', 'supported-living'],
  ['home care', 'domiciliary-care'],
  ['learning disability service', 'learning-disability'],
  ['mental health service', 'mental-health'],
  ['residential home', 'residential'],
];
const ENABLEMENT_CHANGES = [
  ['community-access', 'staff support for community access', 'ratio', '2:1', '1:1'],
  ['daily-living', 'staff prompts needed to make breakfast', 'count', '3', '1'],
  ['daily-living', 'household tasks done independently', 'per-week', '2', '5'],
  ['communication', 'minutes to agree a choice with a picture board', 'minutes', '10', '4'],
  ['work-learning', 'college sessions attended without staff', 'per-week', '0', '2'],
  ['health', 'confidence managing own medication', 'score', '2', '4'],
];
const BATCH_FILES: [string, string][] = [
  ['services', 'services.csv'],
  ['people', 'people.csv'],
  ['reviews', 'reviews.csv'],
  ['participants', 'participants.csv'],
  ['actions', 'actions.csv'],
  ['advocate-referrals', 'advocate-referrals.csv'],
  ['disagreements', 'disagreements.csv'],
  ['feedback', 'feedback.csv'],
  ['changes', 'changes.csv'],
  ['enablement', 'enablement.csv'],
  ['governance-samples', 'governance-samples.csv'],
];

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Called after each statement: the table so far, and the share of its rows written. */
export type GenerationProgress = (table: TableReport, done: number) => void;

const REVIEW_CHUNK = 50_000;

export async function generateSyntheticProvider(db: Database, options: SyntheticProviderOptions, onProgress?: GenerationProgress): Promise<SyntheticProviderReport> {
  const started = performance.now();
  const org = randomUUID();
  const batch = Object.fromEntries(BATCH_FILES.map(([type]) => [type, randomUUID()]));
  const { services: S, people: P, reviews: N, start, end } = options;
  const windowDays = daysBetween(start, end);
  const reviewsPerPerson = Math.ceil(N / P);
  const startDate = `${quote(start)}::date`;
  const endDate = `${quote(end)}::date`;
  const tables: TableReport[] = [];

  // Big tables go in chunks of reviews so each statement stays small and progress shows.
  const step = async (table: string, sql: string | ((first: number, last: number) => string)) => {
    const began = performance.now();
    let rows = 0;
    if (typeof sql === 'string') rows = Number(await db.prisma.$executeRawUnsafe(sql));
    else {
      for (let first = 1; first <= N; first += REVIEW_CHUNK) {
        const last = Math.min(N, first + REVIEW_CHUNK - 1);
        rows += Number(await db.prisma.$executeRawUnsafe(sql(first, last)));
        if (db.kind === 'pglite') await db.prisma.$executeRawUnsafe('CHECKPOINT');
        if (last < N) onProgress?.({ table, rows, ms: performance.now() - began }, last / N);
      }
    }
    const report = { table, rows, ms: performance.now() - began };
    tables.push(report);
    onProgress?.(report, 1);
  };

  await step(
    'organisation',
    `INSERT INTO organisation (id, slug, name, bidder_name, updated_at)
     VALUES (${quote(org)}::uuid, ${quote(options.slug)}, 'Bench Provider Ltd', 'Bench Provider', now())`,
  );
  await step(
    'import_batch',
    `INSERT INTO import_batch (id, organisation_id, file_name, sha256, record_type, row_count, imported_at)
     VALUES ${BATCH_FILES.map(([type, file]) => `(${quote(batch[type]!)}::uuid, ${quote(org)}::uuid, ${quote(file)}, md5(${quote(`${org}:${file}`)}) || md5(${quote(file)}), ${quote(type)}, 0, ${endDate} + 3)`).join(',\n')}`,
  );

  const localities = `ARRAY[${LOCALITIES.map(quote).join(', ')}]`;
  const kindNames = `ARRAY[${SERVICE_KINDS.map(([name]) => quote(name)).join(', ')}]`;
  const kindTypes = `ARRAY[${SERVICE_KINDS.map(([, type]) => quote(type)).join(', ')}]`;
  await step(
    'service',
    `INSERT INTO service (id, organisation_id, ref, name, locality, service_type, batch_id, source_row)
     SELECT md5('service:' || s)::uuid, ${quote(org)}::uuid, 'S-' || lpad(s::text, 3, '0'),
       (${localities})[1 + (s - 1) % ${LOCALITIES.length}] || ' ' || ((s - 1) / ${LOCALITIES.length} + 1) || ' ' || (${kindNames})[1 + (s - 1) % ${SERVICE_KINDS.length}],
       (${localities})[1 + (s - 1) % ${LOCALITIES.length}],
       (${kindTypes})[1 + (s - 1) % ${SERVICE_KINDS.length}],
       ${quote(batch.services!)}::uuid, s
     FROM generate_series(1, ${S}) AS s`,
  );

  // Most people are supported throughout; a few join during the window or leave during it.
  await step(
    'person',
    `INSERT INTO person (id, organisation_id, ref, service_id, accessible_format, started_on, ended_on, batch_id, source_row)
     SELECT md5('person:' || n)::uuid, ${quote(org)}::uuid, 'P-' || lpad(n::text, 5, '0'),
       md5('service:' || (1 + (n - 1) % ${S}))::uuid,
       ${weighted('n', 1, [["'none'", 0.55], ["'easy-read'", 0.2], ["'pictorial'", 0.08], ["'large-print'", 0.07], ["'audio'", 0.04], ["'bsl'", 0.03], ["'translation'", 0.03]])},
       CASE WHEN ${uniform('n', 2)} < 0.06 THEN ${startDate} + floor(${uniform('n', 3)} * ${windowDays - 120})::int
            ELSE ${startDate} - 30 - floor(${uniform('n', 3)} * 3000)::int END,
       CASE WHEN ${uniform('n', 4)} < 0.03 AND ${uniform('n', 2)} >= 0.06 THEN ${endDate} - 90 - floor(${uniform('n', 5)} * 300)::int END,
       ${quote(batch.people!)}::uuid, n
     FROM generate_series(1, ${P}) AS n`,
  );

  // Each person's reviews are spread evenly over the part of the window they were supported in.
  await db.prisma.$executeRawUnsafe('ANALYZE person');
  await step(
    'review',
    (first, last) => `INSERT INTO review (id, organisation_id, ref, person_id, type, held_on, duration_minutes, chair_role,
                         agenda_sent_on, agenda_format, accessible_format_used, summary_sent_on, batch_id, source_row)
     SELECT md5('review:' || g)::uuid, ${quote(org)}::uuid, 'R-' || lpad(g::text, 7, '0'), p.id, t.type, t.held_on,
       CASE WHEN ${uniform('g', 3)} < 0.03 THEN NULL
            WHEN t.type = 'deep-dive' THEN 40 + floor(${uniform('g', 4)} * 26)::int
            WHEN t.type = 'goal-setting' THEN 30 + floor(${uniform('g', 4)} * 16)::int
            WHEN t.type = 'complex' THEN 50 + floor(${uniform('g', 4)} * 26)::int
            ELSE 15 + floor(${uniform('g', 4)} * 16)::int END,
       CASE WHEN t.type = 'complex' OR (t.type = 'deep-dive' AND ${uniform('g', 5)} < 0.2) THEN 'rm' ELSE 'key-worker' END,
       t.agenda_sent_on,
       CASE WHEN t.agenda_sent_on IS NULL THEN NULL
            WHEN p.accessible_format <> 'none' AND ${uniform('g', 6)} < 0.85 THEN p.accessible_format ELSE 'standard' END,
       CASE WHEN p.accessible_format = 'none' THEN NULL ELSE ${uniform('g', 7)} < 0.82 END,
       CASE WHEN ${uniform('g', 8)} < 0.06 THEN NULL ELSE t.held_on + floor(power(${uniform('g', 9)}, 2.2) * 15)::int END,
       ${quote(batch.reviews!)}::uuid, g
     FROM (
       SELECT g, 1 + (g - 1) % ${P} AS n, (g - 1) / ${P} AS k FROM generate_series(${first}, ${last}) AS g
     ) AS x
     JOIN person p ON p.source_row = x.n
     CROSS JOIN LATERAL (SELECT greatest(p.started_on, ${startDate}) AS first_day, least(coalesce(p.ended_on, ${endDate}), ${endDate}) AS last_day) AS span
     CROSS JOIN LATERAL (
       SELECT ${weighted('g', 1, [["'mini-review'", 0.55], ["'deep-dive'", 0.17], ["'goal-setting'", 0.1], ["'complex'", 0.08], ["'debrief'", 0.1]])} AS type,
              span.first_day + floor((x.k + ${uniform('g', 2)}) * (span.last_day - span.first_day + 1) / ${reviewsPerPerson}.0)::int AS held_on
     ) AS d
     CROSS JOIN LATERAL (
       SELECT d.type, d.held_on,
         CASE WHEN d.type = 'debrief' OR ${uniform('g', 10)} < 0.08 THEN NULL ELSE d.held_on - floor(${uniform('g', 11)} * 7)::int END AS agenda_sent_on
     ) AS t`,
  );

  // About 1.5 supporters per review: key worker, family, friend, advocate (more often at complex reviews).
  await step(
    'participant',
    (first, last) => `INSERT INTO participant (id, organisation_id, ref, review_id, role, advocate_type, mode, batch_id, source_row)
     SELECT gen_random_uuid(), ${quote(org)}::uuid, 'A-' || r.source_row || '-' || ro.i, r.id, ro.role,
       CASE WHEN ro.role = 'advocate' THEN ${weighted('r.source_row', 20, [["'care-act'", 0.5], ["'imca'", 0.3], ["'rpr'", 0.15], ["'other'", 0.05]])} END,
       CASE WHEN ro.role = 'key-worker' THEN (CASE WHEN ${uniform('r.source_row', 21)} < 0.85 THEN 'in-person' ELSE 'remote' END)
            ELSE ${weighted('r.source_row * 4 + ro.i', 22, [["'in-person'", 0.5], ["'remote'", 0.25], ["'async'", 0.25]])} END,
       ${quote(batch.participants!)}::uuid, r.source_row * 4 + ro.i
     FROM review r
     CROSS JOIN (VALUES (0, 'key-worker', 0.7), (1, 'family', 0.55), (2, 'friend', 0.08), (3, 'advocate', 0.12)) AS ro(i, role, share)
     WHERE r.organisation_id = ${quote(org)}::uuid AND r.source_row BETWEEN ${first} AND ${last}
       AND ${uniform('r.source_row * 4 + ro.i', 24)} < CASE WHEN ro.role = 'advocate' AND r.type = 'complex' THEN 0.6 ELSE ro.share END`,
  );

  // About 0.6 actions per review, most closed by their due date.
  await step(
    'action',
    (first, last) => `INSERT INTO action (id, organisation_id, ref, person_id, review_id, owner_role, due_on, closed_on, batch_id, source_row)
     SELECT gen_random_uuid(), ${quote(org)}::uuid, 'AC-' || r.source_row || '-' || i, r.person_id, r.id,
       ${weighted('r.source_row * 2 + i', 30, [["'key-worker'", 0.55], ["'rm'", 0.15], ["'family'", 0.12], ["'person'", 0.1], ["'advocate'", 0.05], ["'other'", 0.03]])},
       r.held_on + 7 + floor(${uniform('r.source_row * 2 + i', 31)} * 36)::int AS due_on,
       CASE WHEN ${uniform('r.source_row * 2 + i', 32)} < 0.1 THEN NULL
            ELSE r.held_on + 7 + floor(${uniform('r.source_row * 2 + i', 31)} * 36)::int + floor(${uniform('r.source_row * 2 + i', 33)} * 30)::int - 22 END,
       ${quote(batch.actions!)}::uuid, r.source_row * 2 + i
     FROM review r CROSS JOIN generate_series(0, 1) AS i
     WHERE r.organisation_id = ${quote(org)}::uuid AND r.source_row BETWEEN ${first} AND ${last} AND ${uniform('r.source_row * 2 + i', 34)} < 0.3`,
  );

  const personOf = (row: string, salt: number) => `md5('person:' || (1 + floor(${uniform(row, salt)} * ${P})::int))::uuid`;
  const dayIn = (row: string, salt: number, margin = 0) => `${startDate} + floor(${uniform(row, salt)} * ${windowDays - margin})::int`;

  const referrals = Math.max(1, Math.round(N * 0.01));
  await step(
    'advocate_referral',
    `INSERT INTO advocate_referral (id, organisation_id, ref, person_id, advocate_type, trigger, referred_at, advocate_involved_at, batch_id, source_row)
     SELECT gen_random_uuid(), ${quote(org)}::uuid, 'AR-' || lpad(g::text, 6, '0'), ${personOf('g', 40)},
       ${weighted('g', 41, [["'care-act'", 0.5], ["'imca'", 0.3], ["'rpr'", 0.15], ["'other'", 0.05]])},
       ${weighted('g', 42, [["'best-interests'", 0.25], ["'care-act-assessment'", 0.2], ["'accommodation-change'", 0.15], ["'serious-medical-treatment'", 0.1], ["'safeguarding'", 0.1], ["'dols-lps'", 0.1], ["'no-appropriate-person'", 0.05], ["'other'", 0.05]])},
       at.referred_at,
       CASE WHEN ${uniform('g', 43)} < 0.05 THEN NULL ELSE at.referred_at + make_interval(mins => floor(power(${uniform('g', 44)}, 1.5) * 7200)::int) END,
       ${quote(batch['advocate-referrals']!)}::uuid, g
     FROM generate_series(1, ${referrals}) AS g
     CROSS JOIN LATERAL (SELECT (${dayIn('g', 45)})::timestamp AT TIME ZONE 'Europe/London' + make_interval(mins => 480 + floor(${uniform('g', 46)} * 600)::int) AS referred_at) AS at`,
  );

  const disagreements = Math.max(1, Math.round(N * 0.01));
  await step(
    'disagreement',
    `INSERT INTO disagreement (id, organisation_id, ref, person_id, logged_on, topic, escalation_level, resolved_on, batch_id, source_row)
     SELECT gen_random_uuid(), ${quote(org)}::uuid, 'D-' || lpad(g::text, 6, '0'), ${personOf('g', 47)}, l.logged_on,
       ${weighted('g', 48, [["'support-plan'", 0.3], ["'contact'", 0.2], ["'medication'", 0.15], ["'risk'", 0.15], ["'finances'", 0.1], ["'accommodation'", 0.05], ["'other'", 0.05]])},
       ${weighted('g', 49, [["'key-worker'", 0.6], ["'rm'", 0.3], ["'ni'", 0.1]])},
       CASE WHEN ${uniform('g', 50)} < 0.07 THEN NULL ELSE l.logged_on + floor(power(${uniform('g', 51)}, 1.3) * 40)::int END,
       ${quote(batch.disagreements!)}::uuid, g
     FROM generate_series(1, ${disagreements}) AS g
     CROSS JOIN LATERAL (SELECT ${dayIn('g', 52)} AS logged_on) AS l`,
  );

  // Feedback comes from a person of the service or someone close to them; surveys carry the score.
  const feedback = Math.max(1, Math.round(N * 0.12));
  await step(
    'feedback_response',
    `INSERT INTO feedback_response (id, organisation_id, ref, service_id, person_id, responded_on, respondent_role, feel_involved, kind, themes, comment, batch_id, source_row)
     SELECT gen_random_uuid(), ${quote(org)}::uuid, 'F-' || lpad(g::text, 7, '0'),
       md5('service:' || (1 + (f.n - 1) % ${S}))::uuid,
       CASE WHEN ${uniform('g', 1)} < 0.7 THEN md5('person:' || f.n)::uuid END,
       ${dayIn('g', 2)}, ${weighted('g', 3, [["'family'", 0.45], ["'person'", 0.35], ["'advocate'", 0.08], ["'friend'", 0.07], ["'professional'", 0.05]])},
       CASE WHEN f.kind = 'survey' AND ${uniform('g', 4)} >= 0.1 THEN 1 + floor(power(${uniform('g', 5)}, 0.55) * 5)::int END,
       f.kind,
       CASE f.kind WHEN 'compliment' THEN ${weighted('g', 6, [["ARRAY['feeling-included']", 0.4], ["ARRAY['communication']", 0.3], ["ARRAY['accessibility', 'feeling-included']", 0.1], ["ARRAY['staff']", 0.2]])}
                   WHEN 'concern' THEN ${weighted('g', 6, [["ARRAY['communication']", 0.5], ["ARRAY['timeliness']", 0.5]])}
                   ELSE NULL END,
       CASE WHEN f.kind <> 'survey' THEN 'Synthetic comment ' || g END,
       ${quote(batch.feedback!)}::uuid, g
     FROM generate_series(1, ${feedback}) AS g
     CROSS JOIN LATERAL (SELECT 1 + floor(${uniform('g', 7)} * ${P})::int AS n,
       ${weighted('g', 8, [["'survey'", 0.6], ["'compliment'", 0.2], ["'concern'", 0.1], ["'comment'", 0.1]])} AS kind) AS f`,
  );

  const changes = Math.max(1, Math.round(N * 0.005));
  await step(
    'feedback_change',
    `INSERT INTO feedback_change (id, organisation_id, ref, service_id, raised_on, raised_by_role, you_said, we_did, changed_on, verified_on, verified_by, batch_id, source_row)
     SELECT gen_random_uuid(), ${quote(org)}::uuid, 'C-' || lpad(g::text, 6, '0'), md5('service:' || (1 + floor(${uniform('g', 1)} * ${S})::int))::uuid,
       c.raised_on, ${weighted('g', 2, [["'family'", 0.4], ["'person'", 0.35], ["'staff'", 0.1], ["'advocate'", 0.1], ["'professional'", 0.05]])},
       'Synthetic request ' || g, 'Synthetic change ' || g, c.changed_on,
       CASE WHEN ${uniform('g', 3)} < 0.2 THEN NULL ELSE c.changed_on + 14 + floor(${uniform('g', 4)} * 47)::int END,
       CASE WHEN ${uniform('g', 3)} < 0.2 THEN NULL WHEN ${uniform('g', 5)} < 0.6 THEN 'ni' ELSE 'rm' END,
       ${quote(batch.changes!)}::uuid, g
     FROM generate_series(1, ${changes}) AS g
     CROSS JOIN LATERAL (SELECT ${dayIn('g', 6, 60)} AS raised_on) AS r
     CROSS JOIN LATERAL (SELECT r.raised_on AS raised_on, least(r.raised_on + 7 + floor(${uniform('g', 7)} * 54)::int, ${endDate}) AS changed_on) AS c`,
  );

  const enablement = Math.max(1, Math.round(N * 0.012));
  const changeRows = ENABLEMENT_CHANGES.map((row) => `(${row.map(quote).join(', ')})`).join(', ');
  await step(
    'enablement_outcome',
    `INSERT INTO enablement_outcome (id, organisation_id, ref, person_id, domain, measure, unit, before_value, after_value, started_on, verified_on, verified_by, consent_to_share, batch_id, source_row)
     SELECT gen_random_uuid(), ${quote(org)}::uuid, 'E-' || lpad(g::text, 6, '0'), ${personOf('g', 1)},
       e.domain, e.measure, e.unit, e.before_value, e.after_value, s.started_on,
       CASE WHEN ${uniform('g', 2)} < 0.3 THEN NULL ELSE least(s.started_on + 30 + floor(${uniform('g', 3)} * 150)::int, ${endDate}) END,
       CASE WHEN ${uniform('g', 2)} < 0.3 THEN NULL ELSE ${weighted('g', 4, [["'key worker observation'", 0.5], ["'RM review of daily notes'", 0.3], ["'observation and PBS review'", 0.2]])} END,
       ${uniform('g', 5)} < 0.7, ${quote(batch.enablement!)}::uuid, g
     FROM generate_series(1, ${enablement}) AS g
     CROSS JOIN LATERAL (SELECT ${dayIn('g', 6, 30)} AS started_on) AS s
     JOIN (SELECT row_number() OVER () - 1 AS i, v.* FROM (VALUES ${changeRows}) AS v(domain, measure, unit, before_value, after_value)) AS e
       ON e.i = floor(${uniform('g', 7)} * ${ENABLEMENT_CHANGES.length})::int`,
  );

  // The NI samples most services each quarter (usually two cases); RMs sample some as well.
  const quarters = Math.round(windowDays / 91.3);
  await step(
    'governance_sample',
    `INSERT INTO governance_sample (id, organisation_id, ref, service_id, sampled_on, cases_sampled, sampled_by_role, batch_id, source_row)
     SELECT gen_random_uuid(), ${quote(org)}::uuid, 'G-' || s.source_row || '-' || q || '-' || who.role, s.id,
       least((${startDate} + make_interval(months => 3 * q))::date + 20 + floor(${uniform('s.source_row * 100 + q * 2 + who.i', 1)} * 65)::int, ${endDate}),
       CASE WHEN ${uniform('s.source_row * 100 + q * 2 + who.i', 2)} < 0.8 THEN 2 ELSE 1 + floor(${uniform('s.source_row * 100 + q * 2 + who.i', 3)} * 3)::int END,
       who.role, ${quote(batch['governance-samples']!)}::uuid, s.source_row * 100 + q * 2 + who.i
     FROM service s CROSS JOIN generate_series(0, ${quarters - 1}) AS q CROSS JOIN (VALUES (0, 'ni', 0.88), (1, 'rm', 0.4)) AS who(i, role, share)
     WHERE s.organisation_id = ${quote(org)}::uuid AND ${uniform('s.source_row * 100 + q * 2 + who.i', 4)} < who.share`,
  );

  const counted: [string, string][] = [
    ['services', 'service'],
    ['people', 'person'],
    ['reviews', 'review'],
    ['participants', 'participant'],
    ['actions', 'action'],
    ['advocate-referrals', 'advocate_referral'],
    ['disagreements', 'disagreement'],
    ['feedback', 'feedback_response'],
    ['changes', 'feedback_change'],
    ['enablement', 'enablement_outcome'],
    ['governance-samples', 'governance_sample'],
  ];
  await db.prisma.$executeRawUnsafe(
    `UPDATE import_batch b SET row_count = c.rows FROM (${counted
      .map(([type, table]) => `SELECT ${quote(batch[type]!)}::uuid AS id, count(*)::int AS rows FROM ${table}`)
      .join(' UNION ALL ')}) AS c WHERE b.id = c.id`,
  );

  const analyzeStarted = performance.now();
  await db.prisma.$executeRawUnsafe('ANALYZE');
  const analyzeMs = performance.now() - analyzeStarted;
  return { organisationId: org, tables, analyzeMs, totalMs: performance.now() - started };
}
