/**
 * Step 3 of an import for a file read in chunks: each chunk's valid rows are compared with
 * what is stored and written as soon as they are checked, inside the import's one
 * transaction, so a large file is never held whole. A file whose every row already holds its
 * values from this very file writes nothing and records no batch, as before.
 */
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.js';
import type { RowChunk } from './read-table.js';
import { ID_RECORD_TYPES, type AnyRecordType, type IdOf, type ReferencedTypeName } from './record-types/index.js';
import type { StoredRecordRow } from './record-types/record-type.js';
import { AppError } from '../../shared/app-error.js';
import { batchOfSameContent, CHUNK, holdsValues, insertRows, markUnchanged, recordBatch, TABLE_OF, updateRows, type StoredBatch } from './write-rows.js';
import type { ValidatedFile, ValidRow } from './validate-rows.js';

/** Provider reference → stored id, per referenced type, for the references of one chunk. */
export type ChunkIds = Record<ReferencedTypeName, Map<string, string>>;

/**
 * The stored rows one chunk's references name (stored before the import, or written earlier
 * in it when `client` is the import's transaction): one query per referenced type.
 */
export async function storedIdsOfChunk(client: Prisma.TransactionClient, organisationId: string | undefined, recordType: AnyRecordType, chunk: RowChunk): Promise<ChunkIds> {
  const found: ChunkIds = { services: new Map(), people: new Map(), reviews: new Map() };
  if (!organisationId) return found;
  for (const reference of recordType.references) {
    const refs = new Set<string>();
    for (const row of chunk.rows) {
      const value = row.cells[reference.column];
      if (value) refs.add(value.trim());
    }
    if (refs.size === 0) continue;
    const table = TABLE_OF[reference.type];
    const rows = await client.$queryRawUnsafe<{ ref: string; id: string }[]>(
      `SELECT ref, id::text AS id FROM "${table}" WHERE organisation_id = $1::uuid AND ref = ANY($2::text[])`,
      organisationId,
      [...refs],
    );
    for (const row of rows) found[reference.type].set(row.ref, row.id);
  }
  return found;
}

export function idOfChunk(ids: ChunkIds, fileName: string): IdOf {
  return (type, ref) => {
    const id = ids[type].get(ref);
    if (!id) throw new AppError('INTERNAL', `Reference ${ref} in ${fileName} was validated but has no id.`);
    return id;
  };
}

/** Writes one file's valid rows a chunk at a time; `finish` records the batch's row count or marks the file unchanged. */
export class FileWriter {
  private previous: StoredBatch | null | undefined;
  private batchId: string | undefined;
  private rows = 0;
  private inserted = 0;
  /**
   * Rows inserted before the table's statistics are refreshed next. A table filled inside
   * this transaction keeps the statistics of its empty start, so the planner scans it whole
   * for every lookup by ref, and a million-row import slows to a crawl; refreshing at
   * 10,000 rows and then at each doubling keeps the index in use for a few ANALYZEs.
   */
  private analyzeAt = 10_000;

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly organisationId: string,
    private readonly file: ValidatedFile,
  ) {}

  /** Rows of this file written (or found unchanged) so far. */
  get rowsDone(): number {
    return this.rows;
  }

  async writeChunk(valid: readonly ValidRow[], idOf: IdOf): Promise<void> {
    const { tx, organisationId, file } = this;
    const type = file.type;
    if (valid.length === 0 || type === 'organisation') return;
    const table = ID_RECORD_TYPES[type].openTable(tx);
    this.previous ??= await batchOfSameContent(tx, organisationId, file);
    const previous = this.previous;
    const incoming = valid.map((row) => ({ valid: row, data: table.toStored(row.values, idOf) }));
    const stored = new Map<string, StoredRecordRow>();
    for (let start = 0; start < incoming.length; start += CHUNK) {
      const refs = incoming.slice(start, start + CHUNK).map(({ valid: row }) => row.ref);
      for (const row of await table.findByRefs(organisationId, refs)) stored.set(row.ref, row);
    }

    // New rows get their ids here, so rows referring to them need no second lookup.
    const toCreate: { id: string; valid: ValidRow; data: Readonly<Record<string, unknown>> }[] = [];
    const changed: Record<string, unknown>[] = [];
    const cited: ValidRow[] = [];
    for (const { valid: row, data } of incoming) {
      const current = stored.get(row.ref);
      if (!current) {
        toCreate.push({ id: randomUUID(), valid: row, data });
      } else if (!holdsValues(current, data)) {
        changed.push({ ...data, ref: row.ref, sourceRow: row.row });
        file.report.updated += 1;
      } else {
        file.report.unchanged += 1;
        // Same values from another file (or another row of it): the row now cites this file.
        if (current.batchId !== previous?.id || current.sourceRow !== row.row) cited.push(row);
      }
    }
    this.rows += valid.length;
    if (toCreate.length === 0 && changed.length === 0 && cited.length === 0) return;

    // The row count is set when the file is finished.
    this.batchId ??= await recordBatch(tx, organisationId, file, previous, 0);
    const batchId = this.batchId;
    const tableName = TABLE_OF[type];
    await updateRows(tx, tableName, organisationId, changed.map((row) => ({ ...row, batchId })));
    await updateRows(tx, tableName, organisationId, cited.map((row) => ({ ref: row.ref, batchId, sourceRow: row.row })));
    await insertRows(tx, tableName, toCreate.map(({ id, valid: row, data }) => ({ ...data, id, organisationId, ref: row.ref, batchId, sourceRow: row.row })));
    file.report.created += toCreate.length;
    this.inserted += toCreate.length;
    if (this.inserted >= this.analyzeAt) {
      await tx.$executeRawUnsafe(`ANALYZE "${tableName}"`);
      this.analyzeAt *= 2;
    }
  }

  async finish(): Promise<void> {
    if (this.rows === 0) return;
    if (this.batchId) await this.tx.importBatch.update({ where: { id: this.batchId }, data: { rowCount: this.rows } });
    else markUnchanged(this.file, this.previous ?? null);
  }
}
