/**
 * Every answer of a bid is drafted from the same records: the organisation, its services, the
 * period's reviews, participants, disagreements and changes. Drafting reads them afresh for each
 * question (and once more for each service it compares), which was most of a bid's time. Inside
 * `shareReads`, a read the bid has already made is answered from memory instead of the
 * database; any write forgets everything read so far, so nothing read after it is stale.
 *
 * The database handed to drafting is one stable object per database (so the figures cache,
 * which is keyed by the database object, keeps its entries between bids), and remembers reads
 * only inside `shareReads`: outside it, and in other bids running at the same time, every read
 * goes to the database as before. A shared read is a plain promise, already sent, so it cannot be
 * put in a batched `$transaction([...])`; nothing a bid drafts with does that.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from '../data/database.js';

/** Model methods that only read. Any other model method, `$executeRaw…` or `$transaction` may write. */
const MODEL_READS = new Set(['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow', 'count', 'aggregate', 'groupBy']);
const RAW_READS = new Set(['$queryRawUnsafe']);
/** Client methods that neither read records nor write them. */
const CLIENT_PASS_THROUGH = new Set(['$connect', '$disconnect', '$on', '$use', '$extends', 'then']);

type Reads = Map<string, Promise<unknown>>;

const currentReads = new AsyncLocalStorage<Reads>();
const sharingDatabases = new WeakMap<Database, Database>();

/** Runs `work` with its own memory of reads: the same read twice goes to the database once. */
export function shareReads<T>(work: () => Promise<T>): Promise<T> {
  return currentReads.run(new Map(), work);
}

/**
 * The database as drafting should see it during a bid: the same records, with reads inside
 * `shareReads` answered once. One object per database, so caches keyed by it keep working.
 */
export function readSharingDatabase(db: Database): Database {
  let sharing = sharingDatabases.get(db);
  if (!sharing) {
    sharing = { ...db, prisma: sharingClient(db.prisma) };
    sharingDatabases.set(db, sharing);
  }
  return sharing;
}

function sharingClient(prisma: Database['prisma']): Database['prisma'] {
  const delegates = new Map<string, unknown>();
  return new Proxy(prisma, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof property !== 'string') return value;
      if (typeof value === 'function') {
        const method = value as (...args: unknown[]) => unknown;
        if (RAW_READS.has(property)) return (...args: unknown[]) => remembered(['$raw', property, args], () => method.apply(target, args));
        if (CLIENT_PASS_THROUGH.has(property)) return method.bind(target);
        return (...args: unknown[]) => {
          forgetReads();
          return method.apply(target, args);
        };
      }
      if (isModelDelegate(value)) {
        let delegate = delegates.get(property);
        if (!delegate) delegates.set(property, (delegate = sharingDelegate(property, value)));
        return delegate;
      }
      return value;
    },
  });
}

function isModelDelegate(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { findMany?: unknown }).findMany === 'function';
}

function sharingDelegate(model: string, delegate: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(delegate, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof property !== 'string' || typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (MODEL_READS.has(property)) return (...args: unknown[]) => remembered([model, property, args], () => method.apply(target, args));
      return (...args: unknown[]) => {
        forgetReads();
        return method.apply(target, args);
      };
    },
  });
}

function forgetReads(): void {
  currentReads.getStore()?.clear();
}

/** The read's result, from this bid's memory when it was read before; each caller gets its own copy. */
function remembered(what: unknown[], read: () => unknown): Promise<unknown> {
  const reads = currentReads.getStore();
  const key = reads ? readKey(what) : undefined;
  if (!reads || key === undefined) return Promise.resolve(read());
  let result = reads.get(key);
  if (!result) {
    result = Promise.resolve(read());
    reads.set(key, result);
    result.catch(() => {
      if (reads.get(key) === result) reads.delete(key);
    });
  }
  return result.then(copyRows);
}

/** Arguments as a key; a read whose arguments cannot be written as JSON (a BigInt, say) is not shared. */
function readKey(what: unknown[]): string | undefined {
  try {
    return JSON.stringify(what);
  } catch {
    return undefined;
  }
}

/**
 * A copy of plain rows, so one caller changing what it was given cannot change what the next
 * is given. Dates are copied; other class instances (decimals, bytes) are immutable in use and shared.
 */
function copyRows(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyRows);
  if (value instanceof Date) return new Date(value.getTime());
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) copy[key] = copyRows(entry);
    return copy;
  }
  return value;
}
