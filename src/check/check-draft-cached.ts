/**
 * The checker is a pure function of the text, the limits and the evidence pack, and the web page
 * asks for the same draft again and again while a writer works; results are kept per process.
 */
import { createHash } from 'node:crypto';
import { LruCache } from '../shared/lru-cache.js';
import { checkDraft, type CheckDraftOptions } from './check-draft.js';
import type { CheckReport } from './check-schema.js';

const cache = new LruCache<Promise<CheckReport>>(500);

export async function checkDraftCached(options: Omit<CheckDraftOptions, 'file'>): Promise<CheckReport> {
  const key = createHash('sha256').update(JSON.stringify([options.text, options.wordLimit, options.charLimit, options.charLimitCountsSpaces, options.severity, options.pack])).digest('hex');
  let report = cache.get(key);
  if (!report) {
    report = checkDraft(options).then(({ messages, summary }) => ({ messages, summary }));
    cache.set(key, report);
    // A failed check must not be remembered.
    report.catch(() => cache.delete(key));
  }
  return structuredClone(await report);
}
