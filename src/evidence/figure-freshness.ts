/**
 * Freshness: how recent the records behind each figure are. Every import batch behind a figure
 * or practice gets the rows it covers in its file and its latest record date; every figure gets
 * "as of", the latest record date behind it within its period. A bid quoting figures whose
 * records stop long before the bid is flagged to the writer with the date.
 */
import type { Database } from '../data/database.js';
import type { Figure, FigureProvenance, Practice } from './evidence-pack-schema.js';
import { toNumber, type Row } from './sql-row.js';

/** Each record table (as `t`) and the date that says when its record happened; a participant is dated by its review. */
const RECORD_DATES: readonly { from: string; date: string | null }[] = [
  { from: 'review t', date: 't.held_on' },
  { from: 'participant t JOIN review r ON r.id = t.review_id', date: 'r.held_on' },
  { from: 'action t', date: 't.due_on' },
  { from: 'advocate_referral t', date: 't.referred_at::date' },
  { from: 'disagreement t', date: 't.logged_on' },
  { from: 'feedback_response t', date: 't.responded_on' },
  { from: 'feedback_change t', date: 't.changed_on' },
  { from: 'enablement_outcome t', date: 'coalesce(t.verified_on, t.started_on)' },
  { from: 'governance_sample t', date: 't.sampled_on' },
  { from: 'person t', date: 't.started_on' },
  { from: 'service t', date: null },
];

export interface BatchExtent {
  firstRow: number;
  lastRow: number;
  /** YYYY-MM-DD, absent for records without a date (services, participants). */
  latestRecordOn?: string;
}

function isoDay(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

/** Rows and latest record date of each batch, in one query over the record tables. */
export async function queryBatchExtents(db: Database, batchIds: readonly string[]): Promise<Map<string, BatchExtent>> {
  const extents = new Map<string, BatchExtent>();
  if (batchIds.length === 0) return extents;
  const sql = RECORD_DATES.map(
    ({ from, date }) =>
      `SELECT t.batch_id::text AS batch, min(t.source_row) AS first_row, max(t.source_row) AS last_row, ${date ? `max(${date})` : 'NULL::date'} AS latest FROM ${from} WHERE t.batch_id = ANY($1::uuid[]) GROUP BY t.batch_id`,
  ).join(' UNION ALL ');
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(sql, [...new Set(batchIds)]);
  for (const row of rows) {
    const latest = isoDay(row.latest);
    extents.set(String(row.batch), { firstRow: toNumber(row.first_row), lastRow: toNumber(row.last_row), ...(latest ? { latestRecordOn: latest } : {}) });
  }
  return extents;
}

function withExtents(provenance: FigureProvenance, extents: Map<string, BatchExtent>): FigureProvenance {
  return {
    ...provenance,
    batches: provenance.batches.map((batch) => {
      const extent = extents.get(batch.id);
      return extent ? { ...batch, rows: { first: extent.firstRow, last: extent.lastRow }, ...(extent.latestRecordOn ? { latestRecordOn: extent.latestRecordOn } : {}) } : batch;
    }),
  };
}

/** The latest record date behind the provenance, no later than the period's end. */
export function asOfDate(provenance: FigureProvenance | undefined, periodEnd: string): string | undefined {
  const dates = (provenance?.batches ?? []).flatMap((batch) => (batch.latestRecordOn ? [batch.latestRecordOn] : []));
  if (dates.length === 0) return undefined;
  const latest = dates.sort().at(-1)!;
  return latest > periodEnd ? periodEnd : latest;
}

/** Figures and practices with row ranges on their batches and "as of" on each figure. */
export async function addFreshness<T extends { figures: Figure[]; practices?: Practice[] | undefined }>(db: Database, pack: T, periodEnd: string): Promise<T> {
  const batchIds = [...pack.figures.map((figure) => figure.provenance), ...(pack.practices ?? []).map((practice) => practice.provenance)].flatMap(
    (provenance) => provenance?.batches.map((batch) => batch.id) ?? [],
  );
  const extents = await queryBatchExtents(db, batchIds);
  const figures = pack.figures.map((figure) => {
    if (!figure.provenance) return figure;
    const provenance = withExtents(figure.provenance, extents);
    const asOf = asOfDate(provenance, periodEnd);
    return { ...figure, provenance, ...(asOf ? { asOf } : {}) };
  });
  const practices = pack.practices?.map((practice) => ({ ...practice, provenance: withExtents(practice.provenance, extents) }));
  return { ...pack, figures, ...(practices ? { practices } : {}) };
}

/** Six months: an answer resting on older records is flagged to the writer. */
export const DEFAULT_MAX_AGE_MONTHS = 6;

export interface StaleFigure {
  id: string;
  label: string;
  asOf: string;
}

/** The date `months` calendar months before `now` (YYYY-MM-DD). */
export function monthsBefore(now: Date, months: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate())).toISOString().slice(0, 10);
}

/** Figures whose "as of" is older than `maxAgeMonths` before `now`, oldest first. */
export function staleFigures(figures: readonly Figure[], options: { now?: Date; maxAgeMonths?: number } = {}): StaleFigure[] {
  const cutoff = monthsBefore(options.now ?? new Date(), options.maxAgeMonths ?? DEFAULT_MAX_AGE_MONTHS);
  return figures
    .flatMap((figure) => (figure.asOf && figure.asOf < cutoff ? [{ id: figure.id, label: figure.label, asOf: figure.asOf }] : []))
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
}
