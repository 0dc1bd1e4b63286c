/**
 * Where a figures read spends its time: every statement computeFigures sends, timed at the
 * database client (PGlite's or pg's), summed per statement over warm runs, beside the whole read.
 * What is not statements is Prisma and the JavaScript that builds the figures.
 *
 * Run: npx tsx bench/figures-profile.ts [--postgres URL] [--fixture DIR | --reviews N] [--runs N] [--explain]
 *
 * With --fixture (default fixtures/provider) the fixture's files are imported; with --reviews the
 * synthetic provider of bench/figures.bench.ts is generated. `--explain` prints the planning and
 * execution time PostgreSQL reports for the statements above 1 ms. `--keep` leaves the data in
 * place and reuses it on the next run: the database `assured_profile_<reviews>` on the server,
 * or the folder `<tmp>/assured-figures-profile-<reviews>` for PGlite.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../src/data/database.js';
import { importFiles } from '../src/data/import/import-files.js';
import { computeFigures } from '../src/evidence/compute-figures.js';
import { ensureWorkingDayCalendar } from '../src/evidence/ensure-working-day-calendar.js';
import { resolveScope } from '../src/evidence/evidence-scope.js';
import { readFixtureFiles } from '../test/support/fixture-files.js';
import { DEFAULT_PROVIDER, generateSyntheticProvider } from './support/synthetic-provider.js';

interface Options {
  postgresUrl?: string;
  fixture?: string;
  reviews?: number;
  runs: number;
  explain: boolean;
  keep: boolean;
  plans: boolean;
  period: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 9, explain: false, keep: false, plans: false, period: '2026-Q2' };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = () => argv[++index] ?? '';
    if (arg === '--postgres') options.postgresUrl = value();
    else if (arg === '--fixture') options.fixture = value();
    else if (arg === '--reviews') options.reviews = Number(value());
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--period') options.period = value();
    else if (arg === '--explain') options.explain = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--plans') options.plans = options.explain = true;
    else throw new Error(`Unexpected argument ${arg}`);
  }
  if (options.reviews === undefined) options.fixture ??= 'fixtures/provider';
  return options;
}

interface Sent {
  sql: string;
  params: unknown[];
  ms: number;
}

let recording: Sent[] | undefined;

/** Times every statement at the client, whichever adapter sends it. */
function instrumentClients(): void {
  const wrap = (owner: object, name: string) => {
    const original = Reflect.get(owner, name) as (...args: unknown[]) => Promise<unknown>;
    Reflect.set(owner, name, function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      const first = args[0];
      const sql = typeof first === 'string' ? first : typeof first === 'object' && first !== null && 'text' in first ? String((first as { text: unknown }).text) : '?';
      const params = Array.isArray(args[1]) ? (args[1] as unknown[]) : typeof first === 'object' && first !== null && 'values' in first ? ((first as { values: unknown[] }).values ?? []) : [];
      const done = () => recording?.push({ sql, params, ms: performance.now() - started });
      // pg's pool passes a callback and gets no promise back.
      const callbackAt = args.findIndex((arg) => typeof arg === 'function');
      if (callbackAt >= 0) {
        const callback = args[callbackAt] as (...results: unknown[]) => void;
        args[callbackAt] = (...results: unknown[]) => {
          done();
          callback(...results);
        };
        return original.apply(this, args);
      }
      const result = original.apply(this, args);
      if (result && typeof (result as Promise<unknown>).then === 'function') return (result as Promise<unknown>).finally(done);
      done();
      return result;
    });
  };
  let proto: object | null = PGlite.prototype;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'query')) proto = Object.getPrototypeOf(proto) as object | null;
  if (proto) {
    wrap(proto, 'query');
    wrap(proto, 'exec');
  }
  wrap(pg.Client.prototype, 'query');
}

async function open(options: Options): Promise<{ db: Database; fresh: boolean; dispose: () => Promise<void> }> {
  const kept = `${options.fixture ? path.basename(options.fixture).replace(/\W/g, '_') : options.reviews}`;
  if (!options.postgresUrl) {
    const dataDir = options.keep ? path.join(os.tmpdir(), `assured-figures-profile-${kept}`) : await mkdtemp(path.join(os.tmpdir(), 'assured-figures-profile-'));
    const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
    const db = await openDatabase({ dataDir });
    return { db, fresh, dispose: async () => { await db.close(); if (!options.keep) await rm(dataDir, { recursive: true, force: true }); } };
  }
  const name = options.keep ? `assured_profile_${kept}` : `assured_profile_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: options.postgresUrl });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(options.postgresUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    fresh: !exists,
    dispose: async () => {
      await db.close();
      if (!options.keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const short = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 110);

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  instrumentClients();
  const { db, fresh, dispose } = await open(options);
  try {
    if (!fresh) {
      // Kept from an earlier run.
    } else if (options.fixture) {
      await importFiles({ db, files: await readFixtureFiles(options.fixture), now: new Date('2026-11-24T12:00:00Z') });
    } else {
      await ensureWorkingDayCalendar(db);
      await generateSyntheticProvider(db, { ...DEFAULT_PROVIDER, reviews: options.reviews! }, () => undefined);
    }
    const read = () => computeFigures({ db, period: options.period, useCache: false });
    const scope = await resolveScope({ db, period: options.period });
    // The same aggregate as bench/figures.bench.ts, timed between the reads.
    const baseline = () =>
      db.prisma.$queryRawUnsafe(
        `SELECT count(*)::int AS reviews, count(*) FILTER (WHERE r.summary_sent_on IS NOT NULL)::int AS summaries, avg(r.duration_minutes)::float8 AS mean_minutes
         FROM review r JOIN person p ON p.id = r.person_id
         WHERE r.organisation_id = $1::uuid AND r.held_on BETWEEN $2::date AND $3::date`,
        scope.organisation.id,
        scope.previous.start,
        scope.period.end,
      );
    await baseline();
    const baselineMs: number[] = [];
    await read();
    await read();
    const totals = new Map<string, { ms: number[]; sent: Sent }>();
    const wholeMs: number[] = [];
    const sentMs: number[] = [];
    const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' / ');
    const loadBefore = load();
    for (let run = 0; run < options.runs; run++) {
      recording = [];
      const started = performance.now();
      await read();
      wholeMs.push(performance.now() - started);
      const sent = recording;
      recording = undefined;
      sentMs.push(sent.reduce((sum, entry) => sum + entry.ms, 0));
      const seen = new Map<string, number>();
      for (const entry of sent) {
        const key = short(entry.sql);
        seen.set(key, (seen.get(key) ?? 0) + entry.ms);
        if (!totals.has(key)) totals.set(key, { ms: [], sent: entry });
      }
      for (const [key, ms] of seen) totals.get(key)!.ms.push(ms);
      const baselineStarted = performance.now();
      await baseline();
      baselineMs.push(performance.now() - baselineStarted);
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    console.log(`${db.kind}, ${options.fixture ?? `${options.reviews} reviews`}, ${options.period}, ${options.runs} runs; load ${loadBefore} before, ${load()} after`);
    console.log(`computeFigures median ${median(wholeMs).toFixed(1)} ms (runs ${wholeMs.map((ms) => ms.toFixed(0)).join(', ')}); statements at the client ${median(sentMs).toFixed(1)} ms`);
    console.log(`baseline aggregate median ${median(baselineMs).toFixed(1)} ms (runs ${baselineMs.map((ms) => ms.toFixed(0)).join(', ')}); ratio ${(median(wholeMs) / median(baselineMs)).toFixed(2)}×`);
    const rows = [...totals.entries()].map(([key, value]) => ({ key, ms: median(value.ms), count: value.ms.length, sent: value.sent })).sort((a, b) => b.ms - a.ms);
    for (const row of rows) console.log(`  ${row.ms.toFixed(1).padStart(7)} ms  ${row.key}`);
    if (options.explain) {
      for (const row of rows.filter((candidate) => candidate.ms >= 1 && /^\s*(\/\*[^*]*\*\/\s*)?(WITH|SELECT)/i.test(candidate.sent.sql))) {
        try {
          const explained = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`EXPLAIN (ANALYZE, SUMMARY) ${row.sent.sql}`, ...row.sent.params);
          const all = explained.map((line) => String(Object.values(line)[0]));
          const lines = all.filter((line) => /Planning Time|Execution Time/.test(line));
          console.log(`  ${row.key.slice(0, 60)} — ${lines.join('; ')}`);
          if (options.plans) for (const line of all) console.log(`      ${line.slice(0, 200)}`);
        } catch (error) {
          console.log(`  ${row.key.slice(0, 60)} — EXPLAIN failed: ${error instanceof Error ? error.message.slice(0, 100) : String(error)}`);
        }
      }
    }
  } finally {
    await dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
