/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so every instance of
 * the API on one PostgreSQL server counts against the same limit. Each count is one upsert:
 * the window restarts when it has passed, otherwise the count goes up; PostgreSQL's row lock
 * makes concurrent requests from several instances count one after another.
 *
 * The embedded database (PGlite) is only ever opened by one process, so there the plugin's own
 * in-memory store is as good and costs no query; `rateLimitStoreFor` says which to use.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../../data/database.js';

interface Counted {
  current: number;
  ttl: number;
}
type Callback = (error: Error | null, result?: Counted) => void;

/** Expired counters are deleted now and then, about once per this many counts. */
const SWEEP_EVERY = 1_000;

/** The store class the plugin instantiates; `namespace` keeps two limits' counters apart. */
export function databaseRateLimitStore(db: Database, namespace: string): FastifyRateLimitStoreCtor {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;

    constructor(_options?: unknown, routeNamespace = '') {
      this.prefix = `${namespace}:${routeNamespace}`;
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      count(db, `${this.prefix}${key}`, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
      if (Math.random() * SWEEP_EVERY < 1) void sweep(db).catch(() => undefined);
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      peek(db, `${this.prefix}${key}`, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    /** A route with its own limit gets its own counters. */
    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): DatabaseRateLimitStore {
      // The plugin passes the route's merged options, with the route under `routeInfo`.
      const { routeInfo } = routeOptions as { routeInfo?: { method?: unknown; url?: unknown } };
      return new DatabaseRateLimitStore(undefined, `${String(routeInfo?.method ?? '')}${String(routeInfo?.url ?? '')}:`);
    }
  };
}

async function count(db: Database, key: string, timeWindowMs: number): Promise<Counted> {
  const rows = await db.prisma.$queryRawUnsafe<{ current: unknown; ttl: unknown }[]>(
    `INSERT INTO rate_limit_counter AS c (key, count, window_ends_at)
     VALUES ($1, 1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN c.window_ends_at <= clock_timestamp() THEN 1 ELSE c.count + 1 END,
       window_ends_at = CASE WHEN c.window_ends_at <= clock_timestamp() THEN excluded.window_ends_at ELSE c.window_ends_at END
     RETURNING count AS current, ceil(extract(epoch FROM (window_ends_at - clock_timestamp())) * 1000)::int AS ttl`,
    key,
    timeWindowMs,
  );
  const row = rows[0];
  return { current: Number(row?.current ?? 1), ttl: Math.max(0, Number(row?.ttl ?? timeWindowMs)) };
}

async function peek(db: Database, key: string, timeWindowMs: number): Promise<Counted> {
  const rows = await db.prisma.$queryRawUnsafe<{ current: unknown; ttl: unknown }[]>(
    `SELECT count AS current, ceil(extract(epoch FROM (window_ends_at - clock_timestamp())) * 1000)::int AS ttl
     FROM rate_limit_counter WHERE key = $1 AND window_ends_at > clock_timestamp()`,
    key,
  );
  const row = rows[0];
  return row ? { current: Number(row.current), ttl: Math.max(0, Number(row.ttl)) } : { current: 0, ttl: timeWindowMs };
}

async function sweep(db: Database): Promise<void> {
  await db.prisma.$executeRawUnsafe(`DELETE FROM rate_limit_counter WHERE window_ends_at < clock_timestamp() - interval '1 minute'`);
}

/**
 * The `store` option for a limit: shared counters on PostgreSQL, the plugin's own on PGlite.
 * Instances count together when they enforce the same limit; one configured differently (a
 * new maximum or window) starts its own counters rather than inheriting counts made under
 * another limit.
 */
export function rateLimitStoreFor(db: Database, name: string, limit: { max: number; windowMs: number }): { store?: FastifyRateLimitStoreCtor } {
  return db.kind === 'postgresql' ? { store: databaseRateLimitStore(db, `${name}:${limit.max}/${limit.windowMs}`) } : {};
}
