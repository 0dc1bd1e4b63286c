/**
 * Evidence-engine benchmark: all figures for one quarter of a large provider, beside one
 * hand-written aggregate over the same reviews in the same run.
 *
 * Run: npx tsx bench/figures.bench.ts [--pglite | --postgres URL] [--reviews N] [--runs N] [--explain]
 *
 * 1. A synthetic provider (100 services, 5,000 people, 500,000 reviews over 2023-07-01 to
 *    2026-06-30, with participants, actions, referrals, disagreements, feedback, changes,
 *    enablement outcomes and governance samples) is generated inside a fresh database: a
 *    temporary PGlite folder, or a throwaway database created on the PostgreSQL server at URL
 *    (dropped afterwards). Then ANALYZE.
 * 2. computeFigures for 2026-Q2, all services and one service: median of `--runs` warm runs.
 * 3. Baseline: one aggregate over the quarter's and the previous quarter's reviews (the span
 *    the engine scans for trends), joined to person as the engine is: median of `--runs`.
 * 4. Each query behind the figures on its own (median), so a miss can be traced to one query;
 *    beside them what they replaced (the review pass from every review, the record pass with
 *    actions and feedback from their rows, the record tables' fifteen queries one after another)
 *    and the two passes at once; and the time to rebuild every month's review roll-ups and
 *    action and feedback roll-ups;
 *    `--explain` also prints EXPLAIN ANALYZE for the slowest ones.
 * 5. A Markdown block for BENCHMARKS.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../src/data/database.js';
import { computeFigures } from '../src/evidence/compute-figures.js';
import { ensureWorkingDayCalendar } from '../src/evidence/ensure-working-day-calendar.js';
import { resolveScope, type EvidenceScope } from '../src/evidence/evidence-scope.js';
import * as q from '../src/evidence/figure-queries.js';
import * as practice from '../src/evidence/practice-queries.js';
import { queryBreakdowns, type ReviewBreakdownRows } from '../src/evidence/breakdown-queries.js';
import { queryReviewPass } from '../src/evidence/review-pass-queries.js';
import { queryReviewRollupPass, refreshReviewRollups } from '../src/evidence/review-rollup.js';
import { queryBatchExtents } from '../src/evidence/figure-freshness.js';
import { queryRecordsPass } from '../src/evidence/records-pass.js';
import { refreshRecordRollups } from '../src/evidence/record-rollup.js';
import { computeDeclaredPractices } from '../src/evidence/declared-practices.js';
import { DEFAULT_PROVIDER, generateSyntheticProvider, type SyntheticProviderReport } from './support/synthetic-provider.js';
import { explainAnalyze, formatMs, recordingDatabase, timeMedian, type RecordedQuery } from './support/timing.js';

const PERIOD = '2026-Q2';
const GOAL_RATIO = 2;
const GOAL_PGLITE_MS = 2000;

interface BenchOptions {
  postgresUrl?: string;
  reviews: number;
  runs: number;
  explain: boolean;
}

function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { reviews: DEFAULT_PROVIDER.reviews, runs: 5, explain: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--pglite') delete options.postgresUrl;
    else if (arg === '--postgres') options.postgresUrl = value();
    else if (arg === '--reviews') options.reviews = Number(value().replace(/[_,]/g, ''));
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--explain') options.explain = true;
    else throw new Error(`Unexpected argument "${arg}", expected --pglite, --postgres URL, --reviews N, --runs N or --explain`);
  }
  if (!Number.isInteger(options.reviews) || options.reviews < DEFAULT_PROVIDER.people) throw new Error(`--reviews must be a whole number of at least ${DEFAULT_PROVIDER.people}`);
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a whole number of at least 1');
  return options;
}

/** A fresh database for the run, and how to get rid of it afterwards. */
async function openBenchDatabase(options: BenchOptions): Promise<{ db: Database; label: string; dispose: () => Promise<void> }> {
  if (!options.postgresUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'assured-figures-bench-'));
    const db = await openDatabase({ dataDir });
    return {
      db,
      label: 'PGlite (temporary folder)',
      dispose: async () => {
        await db.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `assured_bench_${process.pid}_${Date.now()}`;
  const admin = await openDatabase({ databaseUrl: options.postgresUrl, migrate: false });
  await admin.prisma.$executeRawUnsafe(`CREATE DATABASE ${name}`);
  const url = new URL(options.postgresUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    label: `PostgreSQL (${url.hostname}:${url.port || 5432}, throwaway database)`,
    dispose: async () => {
      await db.close();
      await admin.prisma.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

interface QueryTiming {
  name: string;
  medianMs: number;
  recorded: RecordedQuery[];
}

interface EngineQuery {
  name: string;
  run: (db: Database) => Promise<unknown>;
  /** False for what computeFigures no longer sends, timed beside what replaced it. */
  used: boolean;
}

/** Every query computeFigures sends for the scope, each timed on its own, and what they replaced. */
function engineQueries(scope: EvidenceScope, batchIds: string[], provenanceBatchIds: string[], reviewRows: ReviewBreakdownRows): EngineQuery[] {
  // For one quarter, the cadence and sampling quarters are the period itself (and the previous one).
  const current = scope.period;
  const previous = scope.previous;
  const used = (name: string, run: EngineQuery['run']): EngineQuery => ({ name, run, used: true });
  const replaced = (name: string, run: EngineQuery['run']): EngineQuery => ({ name, run, used: false });
  return [
    used('resolveScope', (target) => resolveScope({ db: target, period: PERIOD, services: scope.allServices ? [] : scope.services.map((service) => service.ref) })),
    used('ensureWorkingDayCalendar (up to date)', (target) => ensureWorkingDayCalendar(target)),
    used('queryReviewRollupPass (one statement)', (target) => queryReviewRollupPass(target, scope)),
    used('queryRecordsPass (one statement)', (target) => queryRecordsPass(target, scope)),
    used('queryBatches', (target) => q.queryBatches(target, batchIds)),
    used('computeDeclaredPractices', (target) => computeDeclaredPractices({ db: target, scope })),
    used('queryBatchExtents (freshness)', (target) => queryBatchExtents(target, provenanceBatchIds)),
    replaced('review and record passes at once, as computeFigures runs them', (target) => Promise.all([queryReviewRollupPass(target, scope), queryRecordsPass(target, scope)])),
    replaced('queryReviewPass (the same from every review)', (target) => queryReviewPass(target, scope)),
    replaced('queryRecordsPass with actions and feedback from their rows', (target) => queryRecordsPass(target, scope, { rollups: false })),
    replaced('the records pass as 15 queries one after another', async (target) => {
      await q.queryActionCounts(target, scope);
      await q.queryFeedbackCounts(target, scope);
      await q.queryChangeCounts(target, scope);
      await q.queryDisputeCounts(target, scope);
      await q.queryReferralCounts(target, scope);
      await q.queryEnablementCounts(target, scope);
      await q.queryEnablementGroups(target, scope);
      await q.querySampling(target, scope, [current]);
      await q.querySampling(target, scope, [previous]);
      await practice.queryDisagreementPractice(target, scope);
      await practice.queryChangePractice(target, scope);
      await queryBreakdowns(target, scope, reviewRows);
      await target.prisma.review.findFirst({ where: { organisationId: scope.organisation.id }, orderBy: { heldOn: 'asc' }, select: { heldOn: true } });
    }),
  ];
}

async function timeEachQuery(db: Database, scope: EvidenceScope, runs: number, provenanceBatchIds: string[]): Promise<{ timings: QueryTiming[]; notUsed: QueryTiming[] }> {
  const batchRows = await db.prisma.importBatch.findMany({ where: { organisationId: scope.organisation.id }, select: { id: true } });
  const timings: QueryTiming[] = [];
  const notUsed: QueryTiming[] = [];
  const reviewRows = (await queryReviewPass(db, scope)).breakdowns;
  for (const query of engineQueries(scope, batchRows.map((row) => row.id), provenanceBatchIds, reviewRows)) {
    if (!query.used) {
      notUsed.push({ name: query.name, medianMs: (await timeMedian(() => query.run(db), { runs })).medianMs, recorded: [] });
      continue;
    }
    const recorder = recordingDatabase(db);
    await query.run(recorder.db);
    const timed = await timeMedian(() => query.run(db), { runs, warmups: 0 });
    timings.push({ name: query.name, medianMs: timed.medianMs, recorded: recorder.queries });
  }
  return { timings, notUsed };
}

/** Rebuilding every month's roll-ups from the reviews, as the first reader after a region or bank-holiday change does (and, month by month, after imports). */
async function timeRollupRebuild(db: Database, scope: EvidenceScope): Promise<{ ms: number; months: number }> {
  await db.prisma.reviewRollupState.deleteMany({ where: { organisationId: scope.organisation.id } });
  const started = performance.now();
  const months = await refreshReviewRollups(db, scope.organisation, '1900-01-01', '2999-12-31');
  return { ms: performance.now() - started, months };
}

/** Rebuilding every month's action and feedback roll-ups, as readers do after an import that wrote every month (each reader only its two periods). */
async function timeRecordRollupRebuild(db: Database, scope: EvidenceScope): Promise<{ ms: number; months: number }> {
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO record_rollup_stale AS s (organisation_id, month)
     SELECT DISTINCT organisation_id, date_trunc('month', due_on)::date FROM action WHERE organisation_id = $1::uuid
     UNION SELECT DISTINCT organisation_id, date_trunc('month', responded_on)::date FROM feedback_response WHERE organisation_id = $1::uuid
     ON CONFLICT (organisation_id, month) DO UPDATE SET version = s.version + 1`,
    scope.organisation.id,
  );
  const started = performance.now();
  const months = await refreshRecordRollups(db, scope.organisation.id, '1900-01-01', '2999-12-31');
  return { ms: performance.now() - started, months };
}

async function baselineAggregate(db: Database, scope: EvidenceScope): Promise<{ reviews: number; summaries: number; meanMinutes: number }> {
  const rows = await db.prisma.$queryRawUnsafe<{ reviews: unknown; summaries: unknown; mean_minutes: unknown }[]>(
    `SELECT count(*)::int AS reviews,
       count(*) FILTER (WHERE r.summary_sent_on IS NOT NULL)::int AS summaries,
       avg(r.duration_minutes)::float8 AS mean_minutes
     FROM review r JOIN person p ON p.id = r.person_id
     WHERE r.organisation_id = $1::uuid AND r.held_on BETWEEN $2::date AND $3::date`,
    scope.organisation.id,
    scope.previous.start,
    scope.period.end,
  );
  const row = rows[0]!;
  return { reviews: Number(row.reviews), summaries: Number(row.summaries), meanMinutes: Number(row.mean_minutes) };
}

const thousands = (value: number) => value.toLocaleString('en-GB');

function describeSizes(report: SyntheticProviderReport): string {
  return report.tables
    .filter((table) => !['organisation', 'import_batch'].includes(table.table))
    .map((table) => `${thousands(table.rows)} ${table.table}`)
    .join(', ');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const provider = { ...DEFAULT_PROVIDER, reviews: options.reviews };
  const { db, label, dispose } = await openBenchDatabase(options);
  try {
    const versionRows = await db.prisma.$queryRawUnsafe<{ version: string }[]>('SELECT version() AS version');
    const serverVersion = versionRows[0]?.version.split(' ').slice(0, 2).join(' ') ?? 'unknown';
    console.log(`Database: ${label}, ${serverVersion}`);
    console.log(`Generating ${thousands(provider.services)} services, ${thousands(provider.people)} people, ${thousands(provider.reviews)} reviews (${provider.start} to ${provider.end}) …`);

    // The calendar table is part of the engine's data; fill it before ANALYZE, not in the warm-up.
    await ensureWorkingDayCalendar(db);
    const generation = await generateSyntheticProvider(db, provider, (table, done) => {
      const progress = done < 1 ? ` (${Math.round(done * 100)}% of reviews covered)` : '';
      console.log(`  ${table.table.padEnd(20)} ${thousands(table.rows).padStart(10)} rows  ${formatMs(table.ms).padStart(8)}${progress}`);
    });
    console.log(`  ANALYZE ${formatMs(generation.analyzeMs)}; generation in all ${formatMs(generation.totalMs)}`);

    const scope = await resolveScope({ db, period: PERIOD });
    const oneService = scope.services.find((service) => service.ref === 'S-001') ?? scope.services[0]!;

    // The machine may be shared: the load average goes with every time printed.
    const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' / ');
    const loadBefore = load();
    const all = await timeMedian(() => computeFigures({ db, period: PERIOD, useCache: false }), { runs: options.runs });
    const single = await timeMedian(() => computeFigures({ db, period: PERIOD, services: [oneService.ref], useCache: false }), { runs: options.runs });
    const baseline = await timeMedian(() => baselineAggregate(db, scope), { runs: options.runs });
    const ratio = all.medianMs / baseline.medianMs;
    const loadTimed = load();

    const figure = (id: string) => all.last.figures.find((candidate) => candidate.id === id);
    const show = (id: string) => {
      const found = figure(id);
      return found ? `${id} ${String(found.value)}${found.unit === 'percent' ? '%' : ''} (${found.numerator ?? '–'}/${found.denominator ?? '–'}, previous ${String(found.previous ?? '–')})` : `${id} missing`;
    };
    console.log(`\nFigures for ${PERIOD}: ${all.last.figures.length} figures; ${['participation', 'summaries-on-time', 'actions-on-time', 'cadence', 'ni-sampling'].map(show).join('; ')}`);
    console.log(`Baseline aggregate: ${thousands(baseline.last.reviews)} reviews in ${scope.previous.human} and ${scope.period.human}, ${thousands(baseline.last.summaries)} with a summary`);

    console.log(`\ncomputeFigures ${PERIOD}, all ${scope.services.length} services (median of ${options.runs}): ${formatMs(all.medianMs)}   runs: ${all.runsMs.map(formatMs).join(', ')}`);
    console.log(`computeFigures ${PERIOD}, one service ${oneService.ref} (median of ${options.runs}): ${formatMs(single.medianMs)}`);
    console.log(`Baseline aggregate (median of ${options.runs}): ${formatMs(baseline.medianMs)}   runs: ${baseline.runsMs.map(formatMs).join(', ')}`);
    const ratioMet = ratio <= GOAL_RATIO;
    const timeMet = db.kind === 'pglite' ? all.medianMs < GOAL_PGLITE_MS : undefined;
    console.log(`Ratio engine/baseline: ${ratio.toFixed(2)}× — goal ≤ ${GOAL_RATIO}× ${ratioMet ? 'met' : 'NOT met'}   (load average 1/5/15 min: ${loadBefore} before, ${loadTimed} after)`);
    if (timeMet !== undefined) console.log(`Engine under ${GOAL_PGLITE_MS / 1000} s on PGlite: ${timeMet ? 'met' : 'NOT met'}`);

    console.log(`\nEach query on its own, all services (median of ${options.runs}):`);
    const provenanceBatchIds = [...new Set([...all.last.figures, ...(all.last.practices ?? [])].flatMap((entry) => entry.provenance?.batches.map((batch) => batch.id) ?? []))];
    const { timings, notUsed } = await timeEachQuery(db, scope, options.runs, provenanceBatchIds);
    const queryTotal = timings.reduce((sum, timing) => sum + timing.medianMs, 0);
    for (const timing of [...timings].sort((a, b) => b.medianMs - a.medianMs)) {
      console.log(`  ${timing.name.padEnd(40)} ${formatMs(timing.medianMs).padStart(9)}  ${((timing.medianMs / queryTotal) * 100).toFixed(0).padStart(3)}%  ${(timing.medianMs / baseline.medianMs).toFixed(2).padStart(6)}× baseline`);
    }
    console.log(`  ${'sum'.padEnd(40)} ${formatMs(queryTotal).padStart(9)}        ${(queryTotal / baseline.medianMs).toFixed(2).padStart(6)}× baseline`);
    for (const timing of notUsed) console.log(`  (not summed) ${timing.name.padEnd(40)} ${formatMs(timing.medianMs).padStart(9)}        ${(timing.medianMs / baseline.medianMs).toFixed(2).padStart(6)}× baseline`);
    const rebuild = await timeRollupRebuild(db, scope);
    console.log(`  roll-up rebuild, all ${rebuild.months} months (first read after a region or calendar change) ${formatMs(rebuild.ms)}`);
    const recordRebuild = await timeRecordRollupRebuild(db, scope);
    console.log(`  action and feedback roll-up rebuild, all ${recordRebuild.months} months ${formatMs(recordRebuild.ms)}`);
    // The same aggregate timed again after the queries, so a change in machine load shows.
    const baselineAfter = await timeMedian(() => baselineAggregate(db, scope), { runs: options.runs });
    console.log(`  baseline aggregate again                  ${formatMs(baselineAfter.medianMs).padStart(9)}   (load average ${load()})`);

    if (options.explain) {
      for (const timing of [...timings].sort((a, b) => b.medianMs - a.medianMs).slice(0, 3)) {
        for (const recorded of timing.recorded) {
          console.log(`\nEXPLAIN ANALYZE — ${timing.name}`);
          for (const line of await explainAnalyze(db, recorded)) console.log(`  ${line.length > 240 ? `${line.slice(0, 240)} …` : line}`);
        }
      }
    }

    const rssMb = process.memoryUsage().rss / 1024 / 1024;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(`\nMemory: rss ${rssMb.toFixed(0)} MB at the end, peak ${peakRssMb.toFixed(0)} MB`);

    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
    const today = new Date().toISOString().slice(0, 10);
    const markdown = [
      `### Evidence engine: all figures for one quarter (${today})`,
      '',
      '| | |',
      '|---|---|',
      `| Machine | ${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, ${process.platform} ${process.arch} |`,
      `| Database | ${label}, ${serverVersion} |`,
      `| Data | ${describeSizes(generation)}; ${provider.start} to ${provider.end} |`,
      `| Generation (SQL generate_series, then ANALYZE) | ${formatMs(generation.totalMs)} |`,
      `| computeFigures ${PERIOD}, all services (${all.last.figures.length} figures, median of ${options.runs}) | ${formatMs(all.medianMs)} |`,
      `| computeFigures ${PERIOD}, one service | ${formatMs(single.medianMs)} |`,
      `| Baseline: one aggregate over the same ${thousands(baseline.last.reviews)} reviews (${scope.previous.label} + ${PERIOD}) | ${formatMs(baseline.medianMs)} |`,
      `| Ratio engine / baseline | ${ratio.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×: ${ratioMet ? 'met' : 'not met'}) |`,
      `| Baseline timed again after the queries | ${formatMs(baselineAfter.medianMs)} (ratio against it ${(all.medianMs / baselineAfter.medianMs).toFixed(2)}×) |`,
      `| Load average (1 / 5 / 15 min) | ${loadBefore} before the timed runs, ${loadTimed} after |`,
      ...(timeMet !== undefined ? [`| Engine under ${GOAL_PGLITE_MS / 1000} s on PGlite | ${timeMet ? 'met' : 'not met'} |`] : []),
      `| Slowest queries | ${[...timings].sort((a, b) => b.medianMs - a.medianMs).slice(0, 3).map((timing) => `${timing.name} ${formatMs(timing.medianMs)}`).join('; ')} |`,
      `| Roll-up rebuild, all ${rebuild.months} months (after a region or calendar change; after an import only the months it changed) | ${formatMs(rebuild.ms)} |`,
      `| Action and feedback roll-up rebuild, all ${recordRebuild.months} months | ${formatMs(recordRebuild.ms)} |`,
      `| Memory (rss at end / peak) | ${rssMb.toFixed(0)} MB / ${peakRssMb.toFixed(0)} MB |`,
      '',
      `Command: \`npx tsx bench/figures.bench.ts${options.postgresUrl ? ' --postgres URL' : ''} --reviews ${provider.reviews} --runs ${options.runs}\``,
    ].join('\n');
    console.log(`\n--- BENCHMARKS.md ---\n${markdown}\n--- end ---`);
  } finally {
    await dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
