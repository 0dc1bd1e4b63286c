/**
 * The checker is a pure function of the text, the limits and the evidence pack, and the web page
 * asks for the same draft again and again while a writer works; results are kept per process.
 * `run` does the checking (in process by default; the API passes its worker threads), and
 * identical requests arriving while one is running share it.
 */
import { createHash } from 'node:crypto';
import { LruCache } from '../shared/lru-cache.js';
import type { CheckReport } from './check-schema.js';
import { checkReport, type CheckTask } from './text-work.js';

const cache = new LruCache<Promise<CheckReport>>(500);

export async function checkDraftCached(options: CheckTask, run: (options: CheckTask) => Promise<CheckReport> = checkReport): Promise<CheckReport> {
  const key = createHash('sha256').update(JSON.stringify([options.text, options.wordLimit, options.charLimit, options.charLimitCountsSpaces, options.severity, options.pack])).digest('hex');
  let report = cache.get(key);
  if (!report) {
    report = run(options);
    cache.set(key, report);
    // A failed check must not be remembered.
    report.catch(() => cache.delete(key));
  }
  return structuredClone(await report);
}
