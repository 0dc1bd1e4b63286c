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

interface CountedExtent {
  batch: string;
  table: string;
  firstRow: number | null;
  lastRow: number | null;
  latest: string | undefined;
}

/** Each batch's rows and latest record date per record table, counted from the rows themselves (one query over the record tables). */
async function countExtents(db: Database, batchIds: readonly string[]): Promise<CountedExtent[]> {
  const sql = RECORD_DATES.map(
    ({ from, date }) =>
      `SELECT t.batch_id::text AS batch, '${from.split(' ')[0]!}' AS record_table, min(t.source_row) AS first_row, max(t.source_row) AS last_row, ${date ? `max(${date})` : 'NULL::date'} AS latest FROM ${from} WHERE t.batch_id = ANY($1::uuid[]) GROUP BY t.batch_id`,
  ).join(' UNION ALL ');
  const rows = await db.prisma.$queryRawUnsafe<Row[]>(sql, [...new Set(batchIds)]);
  return rows.map((row) => ({ batch: String(row.batch), table: String(row.record_table), firstRow: toNumber(row.first_row), lastRow: toNumber(row.last_row), latest: isoDay(row.latest) }));
}

const TABLE_ORDER = RECORD_DATES.map(({ from }) => from.split(' ')[0]!);

/** A batch with rows in more than one record table takes the last table's extent, in RECORD_DATES order. */
function toExtents(counted: readonly CountedExtent[]): Map<string, BatchExtent> {
  const extents = new Map<string, BatchExtent>();
  const ordered = counted
    .filter((entry) => entry.firstRow !== null && entry.lastRow !== null)
    .sort((a, b) => TABLE_ORDER.indexOf(a.table) - TABLE_ORDER.indexOf(b.table));
  for (const entry of ordered) extents.set(entry.batch, { firstRow: entry.firstRow!, lastRow: entry.lastRow!, ...(entry.latest ? { latestRecordOn: entry.latest } : {}) });
  return extents;
}

/** Rows and latest record date of each batch, counted from the record tables (what the stored extents must equal). */
export async function countBatchExtents(db: Database, batchIds: readonly string[]): Promise<Map<string, BatchExtent>> {
  if (batchIds.length === 0) return new Map();
  return toExtents(await countExtents(db, batchIds));
}

/**
 * Rows and latest record date of each batch, read from the extents the record tables' triggers
 * keep (batch_extent), so no record table is scanned. A batch whose extent is stale (rows left it
 * or changed) or not yet kept is counted from its rows and the count stored for the next reader,
 * unless a write changed the extent meanwhile (its version moved on).
 */
export async function queryBatchExtents(db: Database, batchIds: readonly string[]): Promise<Map<string, BatchExtent>> {
  if (batchIds.length === 0) return new Map();
  const ids = [...new Set(batchIds)];
  const stored = await db.prisma.$queryRawUnsafe<Row[]>(
    `SELECT batch_id::text AS batch, table_name, first_row, last_row, latest_on, stale, version FROM batch_extent WHERE batch_id = ANY($1::uuid[])`,
    ids,
  );
  const kept = stored.map((row) => ({
    batch: String(row.batch),
    table: String(row.table_name),
    firstRow: row.first_row === null || row.first_row === undefined ? null : toNumber(row.first_row),
    lastRow: row.last_row === null || row.last_row === undefined ? null : toNumber(row.last_row),
    latest: isoDay(row.latest_on),
    stale: row.stale === true || row.stale === 't',
    version: toNumber(row.version),
  }));
  const recount = ids.filter((id) => !kept.some((entry) => entry.batch === id) || kept.some((entry) => entry.batch === id && entry.stale));
  if (recount.length === 0) return toExtents(kept);
  const counted = await countExtents(db, recount);
  await storeCounts(db, recount, counted, kept);
  return toExtents([...kept.filter((entry) => !recount.includes(entry.batch)), ...counted]);
}

/** Stores recounted extents; a batch found to have no rows gets a marker row ('' table) so it is not counted again. */
async function storeCounts(db: Database, recount: readonly string[], counted: readonly CountedExtent[], kept: readonly { batch: string; table: string; version: number }[]): Promise<void> {
  const rows = [
    ...counted.map((entry) => ({ ...entry, version: kept.find((k) => k.batch === entry.batch && k.table === entry.table)?.version ?? null })),
    // Stale tables the batch no longer has rows in, and batches with no rows anywhere.
    ...kept
      .filter((entry) => recount.includes(entry.batch) && !counted.some((c) => c.batch === entry.batch && c.table === entry.table))
      .map((entry) => ({ batch: entry.batch, table: entry.table, firstRow: null, lastRow: null, latest: undefined, version: entry.version })),
    ...recount
      .filter((batch) => !counted.some((c) => c.batch === batch) && !kept.some((k) => k.batch === batch))
      .map((batch) => ({ batch, table: '', firstRow: null, lastRow: null, latest: undefined, version: null })),
  ];
  if (rows.length === 0) return;
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO batch_extent AS e (batch_id, table_name, first_row, last_row, latest_on, version)
     SELECT b, t, f, l, d, coalesce(v, -1)
     FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::date[], $6::int[]) AS u(b, t, f, l, d, v)
     WHERE EXISTS (SELECT 1 FROM import_batch ib WHERE ib.id = u.b)
     ON CONFLICT (batch_id, table_name) DO UPDATE SET first_row = excluded.first_row, last_row = excluded.last_row, latest_on = excluded.latest_on, stale = false
     WHERE e.version = excluded.version`,
    rows.map((row) => row.batch),
    rows.map((row) => row.table),
    rows.map((row) => row.firstRow),
    rows.map((row) => row.lastRow),
    rows.map((row) => row.latest ?? null),
    rows.map((row) => row.version),
  );
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
