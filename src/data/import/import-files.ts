/**
 * Imports involvement records. The whole import is one transaction: by default a file with
 * any bad row imports nothing and every error is reported (file, row, column, value, what
 * was expected); with `skipInvalid` the valid rows are imported and the rejected rows are
 * returned for `<file>.rejected.csv`. Rows are compared with what is stored now, not with
 * earlier files: new ids are created, changed rows updated, and a file whose every row already
 * holds its values from this very file is left alone. Imports for one organisation take turns,
 * so two at once never interleave.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Database } from '../database.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { AppError } from '../../shared/app-error.js';
import { expectedOf } from './fields.js';
import { importDatabaseError } from './import-database-errors.js';
import type { ImportError, ImportFileReport, ImportReport } from './import-schema.js';
import { isoDate } from './parse-values.js';
import { echoValue } from './read-limits.js';
import { readTable, TableReadError, type RawRow, type RawTable } from './read-table.js';
import {
  IMPORT_ORDER,
  RECORD_TYPES,
  columnsOf,
  requiredColumnsOf,
  ZOrganisationRowSchema,
  type OrganisationRow,
  type RecordTypeName,
} from './record-types.js';
import { rowData, type IdOf } from './row-data.js';
import type { z } from 'zod';

export interface ImportFileInput {
  /** File name as the user knows it (folders are dropped in messages). */
  name: string;
  content: Buffer;
}

export interface ImportFilesOptions {
  db: Database;
  files: ImportFileInput[];
  /** Organisation slug; may be left out when the files include organisation.csv or the database holds one organisation. */
  organisation?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  /** Dates after this are rejected as in the future. */
  now?: Date;
  /** Refuse files with more data rows than this (the API sets it). */
  maxRows?: number;
  /** How long to wait for another import for the same organisation to finish before refusing with CONFLICT (default 60 s). */
  waitForOtherImportMs?: number;
}

type ReferencedType = 'services' | 'people' | 'reviews';

interface ValidRow {
  ref: string;
  row: number;
  data: Record<string, unknown>;
}

interface PreparedFile {
  name: string;
  sha256: string;
  table?: RawTable;
  type?: RecordTypeName;
  report: ImportFileReport;
  valid: ValidRow[];
  rejected: Map<number, ImportError[]>;
}

/** When names do not say, the more specific types are tried first. */
const DETECTION_ORDER: readonly RecordTypeName[] = [
  'advocate-referrals',
  'governance-samples',
  'participants',
  'enablement',
  'disagreements',
  'feedback',
  'changes',
  'actions',
  'reviews',
  'people',
  'services',
  'organisation',
];

function formatError(raw: Omit<ImportError, 'message'>, rowWord: string): ImportError {
  // Values are echoed shortened, so one huge cell cannot make a huge report.
  const error = raw.value === undefined ? raw : { ...raw, value: echoValue(raw.value) };
  const where = [error.file, error.row === undefined ? undefined : `${rowWord} ${error.row}`, error.column === undefined ? undefined : `column ${error.column}`]
    .filter(Boolean)
    .join(' ');
  const subject = error.value === undefined ? (error.column === undefined ? '' : 'value ') : `${error.value} `;
  return { ...error, message: `${where}: ${subject}${error.problem} (expected ${error.expected})` };
}

function detectType(fileName: string, headers: string[]): RecordTypeName | undefined {
  const base = path.basename(fileName).toLowerCase();
  const byName = DETECTION_ORDER.find((type) => RECORD_TYPES[type].fileName.test(base));
  if (byName) return byName;
  const headerSet = new Set(headers);
  const candidates = DETECTION_ORDER.filter((type) => requiredColumnsOf(type).every((column) => headerSet.has(column)));
  const score = (type: RecordTypeName) => columnsOf(type).filter((column) => headerSet.has(column)).length;
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

function emptyReport(name: string, sha256: string): ImportFileReport {
  return { file: name, sha256, status: 'rejected', rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, errors: [], warnings: [] };
}

async function prepareFile(input: ImportFileInput, maxRows: number | undefined): Promise<PreparedFile> {
  const name = path.basename(input.name);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const prepared: PreparedFile = { name, sha256, report: emptyReport(name, sha256), valid: [], rejected: new Map() };
  const fileError = (problem: string, expected: string) => {
    prepared.report.errors.push(formatError({ file: name, problem, expected }, 'row'));
  };
  try {
    prepared.table = await readTable(name, input.content, { maxRows });
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    fileError(error.message.replace(`${name}: `, ''), error.expected);
    return prepared;
  }
  const table = prepared.table;
  prepared.report.rows = table.rows.length + table.shapeErrors.length;
  prepared.type = detectType(name, table.headers);
  prepared.report.recordType = prepared.type;
  if (!prepared.type) {
    fileError(
      'is not a recognised record type: neither the file name nor the header names one',
      `a file named after its type (${IMPORT_ORDER.join(', ')}) or with that type's columns`,
    );
    return prepared;
  }
  const missing = requiredColumnsOf(prepared.type).filter((column) => !table.headers.includes(column));
  if (missing.length > 0) {
    fileError(
      `has no ${missing.map((column) => `"${column}"`).join(', ')} column${missing.length > 1 ? 's' : ''}`,
      `the ${prepared.type} columns ${requiredColumnsOf(prepared.type).join(', ')}`,
    );
    return prepared;
  }
  if (prepared.report.rows === 0) fileError('has a header but no data rows', 'at least one data row');
  if (maxRows !== undefined && prepared.report.rows > maxRows) fileError(`has ${prepared.report.rows} rows`, `at most ${maxRows} rows per file`);
  const known = new Set(columnsOf(prepared.type));
  const unknown = table.headers.filter((header) => header !== '' && !known.has(header));
  if (unknown.length > 0) prepared.report.warnings.push(`${name}: column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} ignored (not a ${prepared.type} column)`);
  return prepared;
}

interface ValidationContext {
  now: Date;
  todayIso: string;
  /** refs stored before this import, per referenced type */
  storedRefs: Record<ReferencedType, Set<string>>;
  /** every id met in this import so far, per type, with where it was first seen and whether that row is valid */
  importedRefs: Partial<Record<RecordTypeName, Map<string, { file: string; row: number; valid: boolean }>>>;
}

function validateRows(prepared: PreparedFile, context: ValidationContext): void {
  const type = prepared.type!;
  const table = prepared.table!;
  const definition = RECORD_TYPES[type];
  const shape = definition.schema.shape as Record<string, z.ZodType>;
  const required = new Set(requiredColumnsOf(type));
  const seenInThisType = (context.importedRefs[type] ??= new Map());
  const rowWord = table.rowWord;
  const addError = (row: number, error: Omit<ImportError, 'message' | 'file' | 'row'>) => {
    const list = prepared.rejected.get(row) ?? [];
    list.push(formatError({ file: prepared.name, row, ...error }, rowWord));
    prepared.rejected.set(row, list);
  };

  for (const { row, ...shapeError } of table.shapeErrors) addError(row, shapeError);

  for (const raw of table.rows) {
    validateRow(raw);
  }

  function validateRow(raw: RawRow): void {
    const id = raw.cells.id;
    if (type !== 'organisation' && id !== undefined) {
      const first = seenInThisType.get(id);
      if (first) {
        const where = first.file === prepared.name ? `${rowWord} ${first.row}` : `${first.file} ${rowWord} ${first.row}`;
        addError(raw.row, { column: 'id', value: id, problem: `is a duplicate id (first used on ${where})`, expected: 'an id used once per record type' });
        return;
      }
      seenInThisType.set(id, { file: prepared.name, row: raw.row, valid: false });
    }
    const cells: Record<string, string> = {};
    for (const column of Object.keys(shape)) {
      const cell = raw.cells[column];
      if (cell !== undefined) cells[column] = cell;
      else if (required.has(column)) addError(raw.row, { column, problem: 'is missing', expected: expectedOf(shape[column]!) });
    }
    if (prepared.rejected.has(raw.row)) return;
    const parsed = definition.schema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        const params = (issue as { params?: { expected?: string } }).params;
        addError(raw.row, {
          column,
          value: cells[column],
          problem: issue.message,
          expected: params?.expected ?? expectedOf(shape[column] ?? definition.schema),
        });
      }
      return;
    }
    const row = parsed.data as Record<string, unknown>;
    const rule = definition.rowRules?.(row);
    if (rule) addError(raw.row, { column: rule.column, value: cells[rule.column], problem: rule.problem, expected: rule.expected });
    for (const [column, value] of Object.entries(row)) {
      if (!(value instanceof Date)) continue;
      const isDateOnly = !/_at$/.test(column);
      const future = isDateOnly ? isoDate(value) > context.todayIso : value.getTime() > context.now.getTime();
      if (future) addError(raw.row, { column, value: cells[column], problem: 'is in the future', expected: `a date on or before ${context.todayIso}` });
    }
    for (const order of definition.dateOrder) {
      const earlier = row[order.earlier];
      const later = row[order.later];
      if (earlier instanceof Date && later instanceof Date && later.getTime() < earlier.getTime()) {
        const [column, relation, other] = order.blame === 'earlier' ? [order.earlier, 'before', order.later] : [order.later, 'after', order.earlier];
        addError(raw.row, { column, value: cells[column], problem: order.problem, expected: `${column} on or ${relation} ${other}` });
      }
    }
    for (const reference of definition.references) {
      const ref = row[reference.column];
      if (typeof ref !== 'string') continue;
      const inImport = context.importedRefs[reference.type]?.get(ref);
      if (inImport && !inImport.valid && !context.storedRefs[reference.type].has(ref)) {
        addError(raw.row, {
          column: reference.column,
          value: ref,
          problem: `refers to a ${reference.type} row that was rejected (${inImport.file} ${rowWord} ${inImport.row})`,
          expected: 'a reference to a valid row: fix that row first',
        });
      } else if (!inImport && !context.storedRefs[reference.type].has(ref)) {
        addError(raw.row, {
          column: reference.column,
          value: ref,
          problem: `is not a known ${reference.type} id`,
          expected: `the id of a row in ${reference.type} (in this import or already imported)`,
        });
      }
    }
    if (type === 'organisation') {
      if (!prepared.rejected.has(raw.row)) prepared.valid.push({ ref: String(row.slug), row: raw.row, data: row });
      return;
    }
    const ref = row.id as string;
    if (!prepared.rejected.has(raw.row)) {
      prepared.valid.push({ ref, row: raw.row, data: row });
      const entry = seenInThisType.get(ref);
      if (entry && entry.file === prepared.name && entry.row === raw.row) entry.valid = true;
    }
  }
}

function rejectedRowsOf(prepared: PreparedFile): string[][] | undefined {
  const table = prepared.table;
  if (!table || prepared.rejected.size === 0) return undefined;
  const byRow = new Map(table.rows.map((row) => [row.row, row.original]));
  const lines: string[][] = [[...table.headers, 'errors']];
  for (const [row, errors] of [...prepared.rejected.entries()].sort(([a], [b]) => a - b)) {
    const original = byRow.get(row) ?? [];
    lines.push([...table.headers.map((_, index) => original[index] ?? ''), errors.map((error) => error.message).join(' | ')]);
  }
  return lines;
}

async function resolveOrganisation(db: Database, prepared: PreparedFile[], requested: string | undefined): Promise<{ slug: string; id?: string; row?: OrganisationRow }> {
  const organisationFiles = prepared.filter((file) => file.type === 'organisation');
  if (organisationFiles.length > 1) throw new AppError('INVALID_INPUT', `More than one organisation file given (${organisationFiles.map((file) => file.name).join(', ')}); give one.`);
  const organisationFile = organisationFiles[0];
  let row: OrganisationRow | undefined;
  if (organisationFile?.table && organisationFile.report.errors.length === 0) {
    const rows = organisationFile.table.rows;
    if (rows.length !== 1) throw new AppError('INVALID_INPUT', `${organisationFile.name} has ${rows.length} rows; expected exactly one organisation.`);
    const parsed = ZOrganisationRowSchema.safeParse(rows[0]!.cells);
    if (parsed.success) row = parsed.data;
  }
  const slug = row?.slug ?? requested;
  if (row && requested && requested !== row.slug) {
    throw new AppError('INVALID_INPUT', `--org ${requested} does not match the organisation file ${organisationFile!.name} (slug ${row.slug}).`);
  }
  if (slug) {
    const existing = await db.prisma.organisation.findUnique({ where: { slug }, select: { id: true } });
    if (!existing && !row) throw new AppError('NOT_FOUND', `No organisation "${slug}". Import an organisation.csv with slug ${slug}, or create it with \`assured org create\`.`);
    return { slug, id: existing?.id, row };
  }
  const organisations = await db.prisma.organisation.findMany({ select: { id: true, slug: true }, take: 2 });
  if (organisations.length === 1) return { slug: organisations[0]!.slug, id: organisations[0]!.id };
  if (organisations.length === 0) throw new AppError('INVALID_INPUT', 'The database holds no organisation yet: include an organisation.csv in the import (see README "Data formats").');
  throw new AppError('INVALID_INPUT', 'The database holds several organisations: say which with --org SLUG.');
}

async function storedRefs(db: Database, organisationId: string | undefined, prepared: PreparedFile[]): Promise<Record<ReferencedType, Set<string>>> {
  const wanted: Record<ReferencedType, Set<string>> = { services: new Set(), people: new Set(), reviews: new Set() };
  for (const file of prepared) {
    if (!file.type || !file.table) continue;
    for (const reference of RECORD_TYPES[file.type].references) {
      for (const row of file.table.rows) {
        const value = row.cells[reference.column];
        if (value) wanted[reference.type].add(value);
      }
    }
  }
  const found: Record<ReferencedType, Set<string>> = { services: new Set(), people: new Set(), reviews: new Set() };
  if (!organisationId) return found;
  const query = { where: { organisationId }, select: { ref: true } } as const;
  const lookups: [ReferencedType, () => Promise<{ ref: string }[]>][] = [
    ['services', () => db.prisma.service.findMany({ ...query, where: { organisationId, ref: { in: [...wanted.services] } } })],
    ['people', () => db.prisma.person.findMany({ ...query, where: { organisationId, ref: { in: [...wanted.people] } } })],
    ['reviews', () => db.prisma.review.findMany({ ...query, where: { organisationId, ref: { in: [...wanted.reviews] } } })],
  ];
  for (const [type, lookup] of lookups) {
    if (wanted[type].size > 0) for (const { ref } of await lookup()) found[type].add(ref);
  }
  return found;
}

function organisationData(row: OrganisationRow): Prisma.OrganisationUncheckedCreateInput {
  const selfAssessment: Record<string, { score: number; evidence: string | null }> = {};
  for (const dimension of ['consent_capacity', 'information_governance', 'training'] as const) {
    const score = row[`${dimension}_score`];
    if (score !== undefined) selfAssessment[dimension] = { score, evidence: row[`${dimension}_evidence`] ?? null };
  }
  return {
    slug: row.slug,
    name: row.name,
    bidderName: row.bidder_name ?? null,
    ...(row.region ? { region: row.region.replace(/-/g, '_') as 'england_and_wales' } : {}),
    ...(row.agenda_notice_days !== undefined ? { agendaNoticeDays: row.agenda_notice_days } : {}),
    ...(row.agenda_notice_max_days !== undefined ? { agendaNoticeMaxDays: row.agenda_notice_max_days } : {}),
    ...(row.meeting_max_minutes !== undefined ? { meetingMaxMinutes: row.meeting_max_minutes } : {}),
    ...(row.summary_working_days !== undefined ? { summaryWorkingDays: row.summary_working_days } : {}),
    ...(row.advocate_response_hours !== undefined ? { advocateResponseHours: row.advocate_response_hours } : {}),
    ...(row.dispute_working_days !== undefined ? { disputeWorkingDays: row.dispute_working_days } : {}),
    ...(row.ni_sample_cases !== undefined ? { niSampleCases: row.ni_sample_cases } : {}),
    ...(Object.keys(selfAssessment).length > 0 ? { selfAssessment } : {}),
  };
}

/** Minimal shape shared by the per-type Prisma delegates, so one upsert routine serves them all. */
interface RefDelegate {
  findMany(args: { where: { organisationId: string; ref: { in: string[] } }; select: Record<string, true> }): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
  update(args: { where: { organisationId_ref: { organisationId: string; ref: string } }; data: Record<string, unknown> }): Promise<unknown>;
}

const CHUNK = 500;

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
function holdsValues(stored: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.entries(data).every(([column, value]) => sameValue(stored[column], value));
}

interface StoredBatch {
  id: string;
  importedAt: Date;
}

/** The batch already recorded for this file's content, if any (one per organisation and SHA-256). */
async function batchOfSameContent(tx: Prisma.TransactionClient, organisationId: string, prepared: PreparedFile): Promise<StoredBatch | null> {
  return tx.importBatch.findUnique({
    where: { organisationId_sha256: { organisationId, sha256: prepared.sha256 } },
    select: { id: true, importedAt: true },
  });
}

/**
 * Records that this file was applied now. The same content keeps its one batch (its time moves
 * to now and the report keeps the earlier time); new content gets a new batch.
 */
async function recordBatch(
  tx: Prisma.TransactionClient,
  organisationId: string,
  prepared: PreparedFile,
  previous: StoredBatch | null,
  rowCount: number,
): Promise<string> {
  const recordType = prepared.type!;
  if (previous) {
    await tx.importBatch.update({ where: { id: previous.id }, data: { fileName: prepared.name, recordType, rowCount, importedAt: new Date() } });
    prepared.report.previousImport = { batchId: previous.id, importedAt: previous.importedAt.toISOString() };
    prepared.report.batchId = previous.id;
    return previous.id;
  }
  const batch = await tx.importBatch.create({ data: { organisationId, fileName: prepared.name, sha256: prepared.sha256, recordType, rowCount } });
  prepared.report.batchId = batch.id;
  return batch.id;
}

function markUnchanged(prepared: PreparedFile, previous: StoredBatch | null): void {
  if (prepared.report.errors.length > 0) return;
  prepared.report.status = 'unchanged';
  if (!previous) return;
  prepared.report.previousImport = { batchId: previous.id, importedAt: previous.importedAt.toISOString() };
  prepared.report.warnings.push(
    `${prepared.name}: already imported on ${previous.importedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC and every row still holds its values; nothing to do`,
  );
}

async function writeFile(tx: Prisma.TransactionClient, organisationId: string, prepared: PreparedFile, ids: Record<ReferencedType, Map<string, string>>): Promise<void> {
  const type = prepared.type as Exclude<RecordTypeName, 'organisation'>;
  const delegate = (tx as unknown as Record<string, RefDelegate>)[RECORD_TYPES[type].model]!;
  const idOf: IdOf = (refType, ref) => {
    const id = ids[refType].get(ref);
    if (!id) throw new AppError('INTERNAL', `Reference ${ref} in ${prepared.name} was validated but has no id.`);
    return id;
  };
  const incoming = prepared.valid.map((valid) => ({ valid, data: rowData(type, valid.data, idOf) }));
  const columns = Object.keys(incoming[0]?.data ?? {});
  const select: Record<string, true> = { id: true, ref: true, batchId: true, sourceRow: true, ...Object.fromEntries(columns.map((column) => [column, true])) };
  const stored = new Map<string, Record<string, unknown>>();
  for (let start = 0; start < incoming.length; start += CHUNK) {
    const refs = incoming.slice(start, start + CHUNK).map(({ valid }) => valid.ref);
    for (const row of await delegate.findMany({ where: { organisationId, ref: { in: refs } }, select })) stored.set(String(row.ref), row);
  }
  const previous = await batchOfSameContent(tx, organisationId, prepared);

  const toCreate: { ref: string; sourceRow: number; data: Record<string, unknown> }[] = [];
  const toUpdate: { ref: string; data: Record<string, unknown> }[] = [];
  for (const { valid, data } of incoming) {
    const current = stored.get(valid.ref);
    if (!current) {
      toCreate.push({ ref: valid.ref, sourceRow: valid.row, data });
    } else if (!holdsValues(current, data)) {
      toUpdate.push({ ref: valid.ref, data: { ...data, sourceRow: valid.row } });
      prepared.report.updated += 1;
    } else {
      prepared.report.unchanged += 1;
      // Same values from another file (or another row of it): the row now cites this file.
      if (current.batchId !== previous?.id || current.sourceRow !== valid.row) toUpdate.push({ ref: valid.ref, data: { sourceRow: valid.row } });
    }
  }

  if (toCreate.length === 0 && toUpdate.length === 0) {
    markUnchanged(prepared, previous);
  } else {
    const batchId = await recordBatch(tx, organisationId, prepared, previous, prepared.valid.length);
    for (const { ref, data } of toUpdate) {
      await delegate.update({ where: { organisationId_ref: { organisationId, ref } }, data: { ...data, batchId } });
    }
    for (let start = 0; start < toCreate.length; start += CHUNK) {
      await delegate.createMany({
        data: toCreate.slice(start, start + CHUNK).map(({ ref, sourceRow, data }) => ({ ...data, batchId, sourceRow, organisationId, ref })),
      });
    }
    prepared.report.created += toCreate.length;
  }

  if (type === 'services' || type === 'people' || type === 'reviews') {
    for (const [ref, row] of stored) ids[type].set(ref, String(row.id));
    for (let start = 0; start < toCreate.length; start += CHUNK) {
      const refs = toCreate.slice(start, start + CHUNK).map(({ ref }) => ref);
      for (const row of await delegate.findMany({ where: { organisationId, ref: { in: refs } }, select: { id: true, ref: true } })) ids[type].set(String(row.ref), String(row.id));
    }
  }
}

/**
 * Imports for one organisation take turns: a transaction-scoped advisory lock, keyed by the
 * organisation's slug (it may not exist yet), released at commit or rollback. A second import
 * waits for the first and then compares against what the first wrote.
 */
const IMPORT_LOCK_NAMESPACE = 'assured:import';
const DEFAULT_WAIT_FOR_OTHER_IMPORT_MS = 60_000;

export async function takeImportTurn(tx: Prisma.TransactionClient, organisationSlug: string, waitMs: number): Promise<void> {
  await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(waitMs))}`);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${IMPORT_LOCK_NAMESPACE}), hashtext(${organisationSlug}))`;
}

/** Creates or updates the organisation from its file; returns its id. */
async function writeOrganisation(tx: Prisma.TransactionClient, organisation: { slug: string; row?: OrganisationRow }, file: PreparedFile | undefined): Promise<string | undefined> {
  const stored = await tx.organisation.findUnique({ where: { slug: organisation.slug } });
  if (!organisation.row) return stored?.id;
  const data = organisationData(organisation.row);
  let id = stored?.id;
  let changed = true;
  if (!stored) {
    id = (await tx.organisation.create({ data, select: { id: true } })).id;
    if (file) file.report.created = 1;
  } else if (!holdsValues(stored as unknown as Record<string, unknown>, data as Record<string, unknown>)) {
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

async function loadIds(db: Database | Prisma.TransactionClient, organisationId: string, refs: Record<ReferencedType, Set<string>>): Promise<Record<ReferencedType, Map<string, string>>> {
  const client = 'prisma' in db ? db.prisma : db;
  const select = { id: true, ref: true } as const;
  const toMap = (rows: { id: string; ref: string }[]) => new Map(rows.map((row) => [row.ref, row.id]));
  return {
    services: toMap(await client.service.findMany({ where: { organisationId, ref: { in: [...refs.services] } }, select })),
    people: toMap(await client.person.findMany({ where: { organisationId, ref: { in: [...refs.people] } }, select })),
    reviews: toMap(await client.review.findMany({ where: { organisationId, ref: { in: [...refs.reviews] } }, select })),
  };
}

export async function importFiles(options: ImportFilesOptions): Promise<ImportReport> {
  const { db } = options;
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const skipInvalid = options.skipInvalid ?? false;
  if (options.files.length === 0) throw new AppError('INVALID_INPUT', 'No files to import.');

  const prepared = await Promise.all(options.files.map((file) => prepareFile(file, options.maxRows)));
  const organisation = await resolveOrganisation(db, prepared, options.organisation);

  const seenSha = new Map<string, string>();
  for (const file of prepared) {
    const twin = seenSha.get(file.sha256);
    if (twin && file.report.status !== 'unchanged') {
      file.report.status = 'unchanged';
      file.report.warnings.push(`${file.name}: same content as ${twin} in this import; imported once`);
    }
    seenSha.set(file.sha256, file.name);
  }

  const context: ValidationContext = {
    now,
    todayIso: isoDate(now),
    storedRefs: await storedRefs(db, organisation.id, prepared),
    importedRefs: {},
  };
  const active = prepared.filter((file) => file.report.status !== 'unchanged' && file.report.errors.length === 0 && file.type);
  for (const type of IMPORT_ORDER) {
    for (const file of active.filter((candidate) => candidate.type === type)) validateRows(file, context);
  }
  for (const file of prepared) {
    for (const errors of file.rejected.values()) file.report.errors.push(...errors);
    file.report.rejected = file.rejected.size + (file.report.errors.length > 0 && file.rejected.size === 0 && file.report.status !== 'unchanged' ? file.report.rows : 0);
    file.report.rejectedRows = rejectedRowsOf(file);
  }

  const errorCount = prepared.reduce((sum, file) => sum + file.report.errors.length, 0);
  const rejected = errorCount > 0 && !skipInvalid;
  const toWrite = active.filter((file) => file.valid.length > 0);

  if (!rejected && !dryRun && toWrite.length > 0) {
    const referencedRefs: Record<ReferencedType, Set<string>> = { services: context.storedRefs.services, people: context.storedRefs.people, reviews: context.storedRefs.reviews };
    const waitMs = options.waitForOtherImportMs ?? DEFAULT_WAIT_FOR_OTHER_IMPORT_MS;
    try {
      await db.prisma.$transaction(
        async (tx) => {
          await takeImportTurn(tx, organisation.slug, waitMs);
          const organisationFile = toWrite.find((file) => file.type === 'organisation');
          const organisationId = await writeOrganisation(tx, organisation, organisationFile);
          if (!organisationId) throw new AppError('NOT_FOUND', `No organisation "${organisation.slug}" any more: it was removed while the files were being checked.`);
          const ids = await loadIds(tx, organisationId, referencedRefs);
          for (const type of IMPORT_ORDER) {
            if (type === 'organisation') continue;
            for (const file of toWrite.filter((candidate) => candidate.type === type)) await writeFile(tx, organisationId, file, ids);
          }
        },
        // PGlite has one connection, so there the wait is for the transaction to start.
        { timeout: 600_000, maxWait: waitMs },
      );
    } catch (error) {
      throw importDatabaseError(error, organisation.slug);
    }
  }

  for (const file of prepared) {
    if (file.report.status === 'unchanged') continue;
    if (rejected || (file.valid.length === 0 && file.report.errors.length > 0)) file.report.status = 'rejected';
    else if (dryRun) file.report.status = 'validated';
    else file.report.status = file.report.errors.length > 0 ? 'partly-imported' : 'imported';
  }

  const totals: ImportReport['totals'] = {};
  for (const file of prepared) {
    const key = file.type ?? 'unrecognised';
    const total = (totals[key] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 });
    total.created += file.report.created;
    total.updated += file.report.updated;
    total.unchanged += file.report.unchanged;
    total.rejected += file.report.rejected;
  }
  return { organisation: organisation.slug, dryRun, skipInvalid, rejected, files: prepared.map((file) => file.report), totals, errorCount };
}
