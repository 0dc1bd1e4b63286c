/**
 * computeFigures of an earlier commit and of this checkout, interleaved on one database with the
 * baseline aggregate between them, so a change is measured under the same machine load (a
 * before-and-after pair of separate benchmark runs minutes apart moved by up to 2× here).
 *
 * Run: npx tsx bench/figures-interleaved.ts BEFORE_WORKTREE (POSTGRES_URL | PGLITE_FOLDER) [--rounds N] [--period P]
 *
 * BEFORE_WORKTREE is `git worktree add DIR COMMIT` with node_modules and src/generated in place;
 * the database already holds a provider (bench/figures-profile.ts --keep makes one). Both
 * results must be the same, or nothing is timed.
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openDatabase } from '../src/data/database.js';
import { computeFigures, type ComputeFiguresOptions } from '../src/evidence/compute-figures.js';
import { resolveScope } from '../src/evidence/evidence-scope.js';
import type { FiguresResult } from '../src/evidence/figures-schema.js';

async function main(): Promise<void> {
  const [worktree, target, ...rest] = process.argv.slice(2);
  if (!worktree || !target) throw new Error('Usage: figures-interleaved.ts BEFORE_WORKTREE (POSTGRES_URL | PGLITE_FOLDER) [--rounds N] [--period P]');
  let rounds = 15;
  let period = '2026-Q2';
  for (let index = 0; index < rest.length; index++) {
    if (rest[index] === '--rounds') rounds = Number(rest[++index]);
    else if (rest[index] === '--period') period = rest[++index] ?? period;
    else throw new Error(`Unexpected argument ${rest[index]}`);
  }
  const earlier = (await import(path.resolve(worktree, 'src/evidence/compute-figures.ts'))) as { computeFigures: (options: ComputeFiguresOptions) => Promise<FiguresResult> };
  const db = /^postgres(ql)?:/.test(target) ? await openDatabase({ databaseUrl: target }) : await openDatabase({ dataDir: target });
  try {
    const now = new Date('2026-11-24T12:00:00Z');
    const options = { db, period, useCache: false, now };
    const scope = await resolveScope({ db, period });
    // The same aggregate as bench/figures.bench.ts.
    const baseline = () =>
      db.prisma.$queryRawUnsafe(
        `SELECT count(*)::int AS reviews, count(*) FILTER (WHERE r.summary_sent_on IS NOT NULL)::int AS summaries, avg(r.duration_minutes)::float8 AS mean_minutes
         FROM review r JOIN person p ON p.id = r.person_id WHERE r.organisation_id = $1::uuid AND r.held_on BETWEEN $2::date AND $3::date`,
        scope.organisation.id,
        scope.previous.start,
        scope.period.end,
      );
    if (!isDeepStrictEqual(await earlier.computeFigures(options), await computeFigures(options))) throw new Error('The two commits give different figures');
    await baseline();
    const times = { before: [] as number[], baseline: [] as number[], after: [] as number[] };
    const time = async (list: number[], run: () => Promise<unknown>) => {
      const started = performance.now();
      await run();
      list.push(performance.now() - started);
    };
    const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' / ');
    const loadStart = load();
    for (let round = 0; round < rounds; round++) {
      await time(times.before, () => earlier.computeFigures(options));
      await time(times.baseline, baseline);
      await time(times.after, () => computeFigures(options));
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    const base = median(times.baseline);
    console.log(`${db.kind}, ${period}, ${rounds} rounds; same figures; load average ${loadStart} at the start, ${load()} at the end`);
    console.log(`baseline ${base.toFixed(1)} ms; before ${median(times.before).toFixed(1)} ms (${(median(times.before) / base).toFixed(2)}×); after ${median(times.after).toFixed(1)} ms (${(median(times.after) / base).toFixed(2)}×)`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
