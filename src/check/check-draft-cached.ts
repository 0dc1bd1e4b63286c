/**
 * The checker is a pure function of the text, the limits and the evidence pack, and the web page
 * asks for the same draft again and again while a writer works; results are kept per process as
 * the JSON text the API sends, which callers can share without copying and the API sends without
 * serialising it again. `run` does the checking (in process by default; the API passes its worker
 * threads), and identical requests arriving while one is running share it.
 */
import { createHash } from 'node:crypto';
import { LruCache } from '../shared/lru-cache.js';
import { checkReportJson, type CheckTask } from './text-work.js';

const cache = new LruCache<Promise<string>>(500);

export function checkReportJsonCached(options: CheckTask, run: (options: CheckTask) => Promise<string> = checkReportJson): Promise<string> {
  const key = createHash('sha256').update(JSON.stringify([options.text, options.wordLimit, options.charLimit, options.charLimitCountsSpaces, options.severity, options.pack])).digest('hex');
  let report = cache.get(key);
  if (!report) {
    report = run(options);
    cache.set(key, report);
    // A failed check must not be remembered.
    report.catch(() => cache.delete(key));
  }
  return report;
}
