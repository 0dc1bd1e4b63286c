/**
 * Step 3 of an import, write: the valid rows of every file go into the database in one
 * transaction, compared row by row with what is stored now: new keys are created, changed
 * rows updated, and a file whose every row already holds its values from this very file is
 * left alone. Each file that changed something is recorded as an import batch. Imports for
 * one organisation take turns, so two at once never interleave.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../database.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { AppError } from '../../shared/app-error.js';
import { importDatabaseError } from './import-database-errors.js';
import { ID_RECORD_TYPES, IMPORT_ORDER, ORGANISATION_TYPE, isReferencedType, type IdOf, type OrganisationRow } from './record-types/index.js';
import type { RecordTypeName } from './record-types/record-type.js';
import type { StoredRecordRow } from './record-types/record-type.js';
import type { StoredIds } from './stored-ids.js';
import type { ValidatedFile, ValidRow } from './validate-rows.js';

/** The organisation an import writes to: found by slug, created from its file when `row` is given. */
export interface ImportOrganisation {
  slug: string;
  /** Its id when it was stored before the import was validated. */
  id?: string;
  /** The organisation file's row, when the import has one. */
  row?: OrganisationRow;
}

export interface WriteImportOptions {
  db: Database;
  organisation: ImportOrganisation;
  /** Files with valid rows to write (any order: they are written in import order). */
  files: readonly ValidatedFile[];
  /** Ids of stored rows the files refer to, as found before validation; rows written here are added. */
  storedIds: StoredIds;
  /** How long to wait for another import for the same organisation before refusing with CONFLICT. */
  waitForOtherImportMs: number;
  /** Told the rows written so far (not yet committed), after each file. */
  onRowsWritten?: (rows: number) => void;
}

/** Rows looked up by key in one query. */
export const CHUNK = 500;
/**
 * Rows created or updated in one statement. They travel as one JSON parameter expanded by
 * json_populate_recordset: building a query per row (or a Prisma createMany of thousands of
 * objects) cost several times the database's own work (bench/import.bench.ts).
 */
const WRITE_CHUNK = 5_000;
const IMPORT_LOCK_NAMESPACE = 'assured:import';

/** The table each record type is stored in. */
export const TABLE_OF: Readonly<Record<Exclude<RecordTypeName, 'organisation'>, string>> = {
  services: 'service',
  people: 'person',
  reviews: 'review',
  participants: 'participant',
  actions: 'action',
  'advocate-referrals': 'advocate_referral',
  disagreements: 'disagreement',
  feedback: 'feedback_response',
  changes: 'feedback_change',
  enablement: 'enablement_outcome',
  'governance-samples': 'governance_sample',
  practices: 'practice_entry',
};

/** The schema maps every field to its name in snake case (`sourceRow` → `source_row`). */
const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Rows keyed by their columns' database names; dates travel as ISO instants, which date columns read as their day. */
function asColumns(rows: readonly Readonly<Record<string, unknown>>[]): { columns: string[]; json: string } {
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(fields.map((field) => [columnOf(field), row[field] ?? null]))));
  return { columns: fields.map(columnOf), json };
}

/** Inserts rows (each with its id) in statements of WRITE_CHUNK rows. */
export async function insertRows(tx: Prisma.TransactionClient, table: string, rows: readonly Readonly<Record<string, unknown>>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const { columns, json } = asColumns(rows.slice(start, start + WRITE_CHUNK));
    const list = columns.map((column) => `"${column}"`).join(', ');
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`, json);
  }
}

/** Updates rows of one organisation matched by `ref`, setting every other column given, WRITE_CHUNK rows a statement. */
export async function updateRows(tx: Prisma.TransactionClient, table: string, organisationId: string, rows: readonly Readonly<Record<string, unknown>>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const { columns, json } = asColumns(rows.slice(start, start + WRITE_CHUNK));
    const set = columns.filter((column) => column !== 'ref').map((column) => `"${column}" = v."${column}"`).join(', ');
    await tx.$executeRawUnsafe(
      `UPDATE "${table}" t SET ${set} FROM json_populate_recordset(NULL::"${table}", $1::json) v WHERE t.organisation_id = $2::uuid AND t.ref = v.ref`,
      json,
      organisationId,
    );
  }
}

/**
 * Imports for one organisation take turns: a transaction-scoped advisory lock, keyed by the
 * organisation's slug (it may not exist yet), released at commit or rollback. A second import
 * waits for the first and then compares against what the first wrote.
 */
export async function takeImportTurn(tx: Prisma.TransactionClient, organisationSlug: string, waitMs: number): Promise<void> {
  await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(waitMs))}`);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${IMPORT_LOCK_NAMESPACE}), hashtext(${organisationSlug}))`;
}

export async function writeImport(options: WriteImportOptions): Promise<void> {
  const { organisation, files, storedIds, waitForOtherImportMs } = options;
  let written = 0;
  try {
    await options.db.prisma.$transaction(
      async (tx) => {
        await takeImportTurn(tx, organisation.slug, waitForOtherImportMs);
        const organisationFile = files.find((file) => file.type === 'organisation');
        const organisationId = await writeOrganisation(tx, organisation, organisationFile);
        if (!organisationId) throw new AppError('NOT_FOUND', `No organisation "${organisation.slug}" any more: it was removed while the files were being checked.`);
        if (organisation.id !== undefined && organisation.id !== organisationId) {
          throw new AppError('CONFLICT', `The organisation "${organisation.slug}" was removed and created again while the files were being checked; send the import again.`);
        }
        for (const type of IMPORT_ORDER) {
          if (type === 'organisation') continue;
          for (const file of files.filter((candidate) => candidate.type === type)) {
            await writeRecordFile(tx, organisationId, file, storedIds);
            written += file.valid.length;
            options.onRowsWritten?.(written);
          }
        }
      },
      // PGlite has one connection, so there the wait is for the transaction to start.
      { timeout: 600_000, maxWait: waitForOtherImportMs },
    );
  } catch (error) {
    throw importDatabaseError(error, organisation.slug);
  }
}

/** Compares a stored value with the one an import would write: dates by instant, lists and JSON by content. */
function sameValue(stored: unknown, incoming: unknown): boolean {
  if (stored instanceof Date || incoming instanceof Date) {
    return stored instanceof Date && incoming instanceof Date && stored.getTime() === incoming.getTime();
  }
  if (Array.isArray(stored) || Array.isArray(incoming)) {
    return Array.isArray(stored) && Array.isArray(incoming) && stored.length === incoming.length && stored.every((value, index) => sameValue(value, incoming[index]));
  }
  if (typeof stored === 'object' && stored !== null && typeof incoming === 'object' && incoming !== null) {
    const a = stored as Record<string, unknown>;
    const b = incoming as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return (stored ?? null) === (incoming ?? null);
}

/** True when every column the import would write already holds that value. */
export function holdsValues(stored: Readonly<Record<string, unknown>>, data: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(data).every(([column, value]) => sameValue(stored[column], value));
}

export interface StoredBatch {
  id: string;
  importedAt: Date;
}

/** The batch already recorded for this file's content, if any (one per organisation and SHA-256). */
export async function batchOfSameContent(tx: Prisma.TransactionClient, organisationId: string, file: ValidatedFile): Promise<StoredBatch | null> {
  return tx.importBatch.findUnique({
    where: { organisationId_sha256: { organisationId, sha256: file.sha256 } },
    select: { id: true, importedAt: true },
  });
}

/**
 * Records that this file was applied now. The same content keeps its one batch (its time moves
 * to now and the report keeps the earlier time); new content gets a new batch.
 */
export async function recordBatch(tx: Prisma.TransactionClient, organisationId: string, file: ValidatedFile, previous: StoredBatch | null, rowCount: number): Promise<string> {
  const recordType = file.type;
  if (previous) {
    await tx.importBatch.update({ where: { id: previous.id }, data: { fileName: file.name, recordType, rowCount, importedAt: new Date() } });
    file.report.previousImport = { batchId: previous.id, importedAt: previous.importedAt.toISOString() };
    file.report.batchId = previous.id;
    return previous.id;
  }
  const batch = await tx.importBatch.create({ data: { organisationId, fileName: file.name, sha256: file.sha256, recordType, rowCount } });
  file.report.batchId = batch.id;
  return batch.id;
}

export function markUnchanged(file: ValidatedFile, previous: StoredBatch | null): void {
  if (file.report.errors.length > 0) return;
  file.report.status = 'unchanged';
  if (!previous) return;
  file.report.previousImport = { batchId: previous.id, importedAt: previous.importedAt.toISOString() };
  file.report.warnings.push(
    `${file.name}: already imported on ${previous.importedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC and every row still holds its values; nothing to do`,
  );
}

/** Creates or updates the organisation from its file; returns its id. */
export async function writeOrganisation(tx: Prisma.TransactionClient, organisation: ImportOrganisation, file: ValidatedFile | undefined): Promise<string | undefined> {
  const stored = await tx.organisation.findUnique({ where: { slug: organisation.slug } });
  if (!organisation.row) return stored?.id;
  const data = ORGANISATION_TYPE.toStored(organisation.row);
  let id = stored?.id;
  let changed = true;
  if (!stored) {
    id = (await tx.organisation.create({ data, select: { id: true } })).id;
    if (file) file.report.created = 1;
  } else if (!holdsValues(stored, data)) {
    await tx.organisation.update({ where: { id: stored.id }, data });
    if (file) file.report.updated = 1;
  } else {
    changed = false;
    if (file) file.report.unchanged = 1;
  }
  if (file && id) {
    const previous = await batchOfSameContent(tx, id, file);
    if (changed || !previous) await recordBatch(tx, id, file, previous, 1);
    else markUnchanged(file, previous);
  }
  return id;
}

async function writeRecordFile(tx: Prisma.TransactionClient, organisationId: string, file: ValidatedFile, ids: StoredIds): Promise<void> {
  if (file.type === 'organisation') return;
  const recordType = ID_RECORD_TYPES[file.type];
  const table = recordType.openTable(tx);
  const idOf: IdOf = (refType, ref) => {
    const id = ids[refType].get(ref);
    if (!id) throw new AppError('INTERNAL', `Reference ${ref} in ${file.name} was validated but has no id.`);
    return id;
  };
  const incoming = file.valid.map((valid) => ({ valid, data: table.toStored(valid.values, idOf) }));
  const stored = new Map<string, StoredRecordRow>();
  for (let start = 0; start < incoming.length; start += CHUNK) {
    const refs = incoming.slice(start, start + CHUNK).map(({ valid }) => valid.ref);
    for (const row of await table.findByRefs(organisationId, refs)) stored.set(row.ref, row);
  }
  const previous = await batchOfSameContent(tx, organisationId, file);

  // New rows get their ids here, so rows referring to them need no second lookup.
  const toCreate: { id: string; valid: ValidRow; data: Readonly<Record<string, unknown>> }[] = [];
  const toUpdate: { valid: ValidRow; data: Readonly<Record<string, unknown>>; changed: boolean }[] = [];
  for (const { valid, data } of incoming) {
    const current = stored.get(valid.ref);
    if (!current) {
      toCreate.push({ id: randomUUID(), valid, data });
    } else if (!holdsValues(current, data)) {
      toUpdate.push({ valid, data, changed: true });
      file.report.updated += 1;
    } else {
      file.report.unchanged += 1;
      // Same values from another file (or another row of it): the row now cites this file.
      if (current.batchId !== previous?.id || current.sourceRow !== valid.row) toUpdate.push({ valid, data, changed: false });
    }
  }

  if (toCreate.length === 0 && toUpdate.length === 0) {
    markUnchanged(file, previous);
  } else {
    const batchId = await recordBatch(tx, organisationId, file, previous, file.valid.length);
    const tableName = TABLE_OF[file.type];
    // Changed rows take the new values; rows holding them already only cite this file now.
    const changed = toUpdate.filter((update) => update.changed).map(({ valid, data }) => ({ ...data, ref: valid.ref, batchId, sourceRow: valid.row }));
    const cited = toUpdate.filter((update) => !update.changed).map(({ valid }) => ({ ref: valid.ref, batchId, sourceRow: valid.row }));
    await updateRows(tx, tableName, organisationId, changed);
    await updateRows(tx, tableName, organisationId, cited);
    await insertRows(tx, tableName, toCreate.map(({ id, valid, data }) => ({ ...data, id, organisationId, ref: valid.ref, batchId, sourceRow: valid.row })));
    file.report.created += toCreate.length;
  }

  // Rows of referenced types written here are what later files' references resolve to.
  if (isReferencedType(file.type)) {
    const referenced = ids[file.type];
    for (const [ref, row] of stored) referenced.set(ref, row.id);
    for (const { id, valid } of toCreate) referenced.set(valid.ref, id);
  }
}
