/**
 * `assured rewrite DRAFT.md --period …`: before/after rewrites alone, built from the
 * organisation's figures and standards for the period.
 */
import type { Database } from '../data/database.js';
import { computeFigures } from '../evidence/compute-figures.js';
import { buildRewrites } from './build-rewrites.js';
import { buildDraftingContext } from './drafting-context.js';
import { queryDraftingData } from './query-drafting-data.js';
import type { Rewrite } from '../section/section-schema.js';

export interface RewriteDraftOptions {
  db: Database;
  period: string;
  organisation?: string;
  services?: string[];
  text: string;
}

export async function rewriteDraft(options: RewriteDraftOptions): Promise<Rewrite[]> {
  const scope = {
    db: options.db,
    period: options.period,
    ...(options.organisation ? { organisation: options.organisation } : {}),
    ...(options.services && options.services.length > 0 ? { services: options.services } : {}),
  };
  const [figures, data] = await Promise.all([computeFigures({ ...scope, cases: 3 }), queryDraftingData(scope)]);
  const context = buildDraftingContext({ figures, changes: data.changes, practice: data.practice });
  return buildRewrites({ context, text: options.text });
}
