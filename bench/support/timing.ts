/**
 * Timing helpers for the benchmarks: medians of warm runs, and a database wrapper that records
 * the SQL a domain function sends so the benchmark can EXPLAIN it without copying it.
 */
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/data/database.js';

export interface Timed<T> {
  medianMs: number;
  runsMs: number[];
  last: T;
}

/** Runs `run` `warmups` times untimed, then `runs` times timed; returns the median. */
export async function timeMedian<T>(run: () => Promise<T>, options: { runs: number; warmups?: number }): Promise<Timed<T>> {
  let last: T | undefined;
  for (let warm = 0; warm < (options.warmups ?? 1); warm++) last = await run();
  const runsMs: number[] = [];
  for (let round = 0; round < options.runs; round++) {
    const started = performance.now();
    last = await run();
    runsMs.push(performance.now() - started);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { medianMs, runsMs, last: last as T };
}

export interface RecordedQuery {
  sql: string;
  params: unknown[];
}

/** The same database, except that every `$queryRawUnsafe` call is also written to `queries`. */
export function recordingDatabase(db: Database): { db: Database; queries: RecordedQuery[] } {
  const queries: RecordedQuery[] = [];
  const prisma = new Proxy(db.prisma, {
    get(target, property) {
      if (property === '$queryRawUnsafe') {
        return (sql: string, ...params: unknown[]) => {
          queries.push({ sql, params });
          return target.$queryRawUnsafe(sql, ...params);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: { ...db, prisma }, queries };
}

/** `EXPLAIN ANALYZE` of a recorded query, one plan line per array item. */
export async function explainAnalyze(db: Database, query: RecordedQuery): Promise<string[]> {
  const rows = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, ...query.params);
  return rows.map((row) => String(row['QUERY PLAN'] ?? Object.values(row)[0]));
}

export const formatMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
