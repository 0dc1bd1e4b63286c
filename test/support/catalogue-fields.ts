/**
 * The typed fields a computed figure takes from the figure catalogue, for evidence packs that
 * tests build by hand (default standards, no import batches).
 */
import { catalogueEntry } from '../../src/evidence/data/figure-catalogue.js';
import type { Figure } from '../../src/evidence/evidence-pack-schema.js';

const DEFAULT_STANDARDS = { summaryWorkingDays: 5, agendaNoticeDays: 3, disputeWorkingDays: 20, advocateResponseHours: 48, niSampleCases: 2 };

export function catalogueFields(id: string, rows: number): Partial<Figure> {
  const entry = catalogueEntry(id);
  return {
    catalogueId: entry.id,
    subject: entry.subject(DEFAULT_STANDARDS),
    better: entry.better,
    ...(entry.scale ? { scale: entry.scale } : {}),
    ...(entry.standardId ? { standardId: entry.standardId } : {}),
    topics: [...entry.topics],
    provenance: {
      records: entry.records,
      ...(entry.recordsDetail ? { recordsDetail: entry.recordsDetail } : {}),
      ...(entry.noun ? { noun: entry.noun.many } : {}),
      rows,
      batches: [],
    },
  };
}
