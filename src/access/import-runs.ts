/**
 * Import runs: every import asked through the API, with the report it answered, listed newest
 * first. A large import runs as a job: its row is created running, told its progress as it goes
 * (which also shows the instance running it is alive), and ended with its report or its fault.
 * The row lives in the database, so any API instance can report on any job.
 */
import type { Database } from '../data/database.js';
import type { ImportReport } from '../data/import/import-schema.js';
import type { ImportFailure, ImportJobProgress, ImportRun, ImportRunStatus } from './list-schema.js';
import { afterCursor, decodeCursor, toPage, type Page } from './page-cursor.js';

export function importRunStatus(report: ImportReport): ImportRunStatus {
  if (report.rejected) return 'rejected';
  if (report.dryRun) return 'validated';
  return report.files.some((file) => file.status === 'partly-imported') ? 'partly-imported' : 'imported';
}

/** Rows read, checked and written, as the report of a finished import tells them. */
function progressOfReport(report: ImportReport): { rowsRead: number; rowsChecked: number; rowsWritten: number } {
  const rowsRead = report.files.reduce((sum, file) => sum + file.rows, 0);
  const rowsWritten = report.dryRun || report.rejected ? 0 : report.files.reduce((sum, file) => sum + file.created + file.updated + file.unchanged, 0);
  return { rowsRead, rowsChecked: rowsRead, rowsWritten };
}

function endedWith(report: ImportReport) {
  return { status: importRunStatus(report), fileCount: report.files.length, errorCount: report.errorCount, report: report as object, phase: 'done', rowsTotal: null, ...progressOfReport(report) };
}

/** Records an import answered synchronously; returns its id. */
export async function recordImportRun(options: { db: Database; organisationId: string; report: ImportReport }): Promise<string> {
  const run = await options.db.prisma.importRun.create({ data: { organisationId: options.organisationId, ...endedWith(options.report) }, select: { id: true } });
  return run.id;
}

/** Creates the row of an import job about to start; returns its id. */
export async function startImportJob(options: { db: Database; organisationId: string; fileCount: number }): Promise<string> {
  const run = await options.db.prisma.importRun.create({
    data: { organisationId: options.organisationId, status: 'running', phase: 'queued', fileCount: options.fileCount, errorCount: 0 },
    select: { id: true },
  });
  return run.id;
}

/** Stores a running job's progress; also its sign of life. */
export async function recordImportJobProgress(options: { db: Database; id: string; progress: ImportJobProgress }): Promise<void> {
  const { phase, rowsRead, rowsChecked, rowsWritten, rowsTotal } = options.progress;
  await options.db.prisma.importRun.updateMany({
    where: { id: options.id, status: 'running' },
    data: { phase, rowsRead, rowsChecked, rowsWritten, rowsTotal: rowsTotal ?? null, updatedAt: new Date() },
  });
}

/** Ends a job with the report it would have answered synchronously. */
export async function finishImportJob(options: { db: Database; id: string; report: ImportReport }): Promise<void> {
  await options.db.prisma.importRun.updateMany({ where: { id: options.id, status: 'running' }, data: { ...endedWith(options.report), updatedAt: new Date() } });
}

/** Ends a job stopped by a fault (its transaction rolled back, so nothing of it was written). */
export async function failImportJob(options: { db: Database; id: string; problem: ImportFailure }): Promise<void> {
  await options.db.prisma.importRun.updateMany({
    where: { id: options.id, status: 'running' },
    data: { status: 'failed', phase: 'done', problem: options.problem as object, updatedAt: new Date() },
  });
}

/** What a job whose instance stopped answering is reported as: nothing of it was committed. */
export const ABANDONED_IMPORT: ImportFailure = {
  title: 'The import stopped',
  status: 503,
  detail: 'The server running this import stopped before it finished, so nothing of it was written; send the files again.',
};

type ImportRunRow = Awaited<ReturnType<Database['prisma']['importRun']['findFirstOrThrow']>>;

function toImportRun(row: ImportRunRow): ImportRun {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    status: row.status as ImportRunStatus,
    fileCount: row.fileCount,
    errorCount: row.errorCount,
    progress: {
      phase: row.phase as ImportJobProgress['phase'],
      rowsRead: row.rowsRead,
      rowsChecked: row.rowsChecked,
      rowsWritten: row.rowsWritten,
      ...(row.rowsTotal !== null ? { rowsTotal: row.rowsTotal } : {}),
    },
    ...(row.report !== null ? { report: row.report as unknown as ImportReport } : {}),
    ...(row.problem !== null ? { problem: row.problem as unknown as ImportFailure } : {}),
  };
}

/**
 * One import run of the organisation, or undefined. A job still marked running whose instance has
 * not reported for `abandonedAfterMs` is ended as failed first: its instance stopped mid-import.
 */
export async function findImportRun(options: { db: Database; organisationId: string; id: string; abandonedAfterMs: number }): Promise<ImportRun | undefined> {
  const { db, organisationId, id } = options;
  await db.prisma.importRun.updateMany({
    where: { id, organisationId, status: 'running', updatedAt: { lt: new Date(Date.now() - options.abandonedAfterMs) } },
    data: { status: 'failed', phase: 'done', problem: ABANDONED_IMPORT as object, updatedAt: new Date() },
  });
  const row = await db.prisma.importRun.findFirst({ where: { id, organisationId } });
  return row ? toImportRun(row) : undefined;
}

export interface ListImportRunsOptions {
  db: Database;
  organisationId: string;
  limit: number;
  cursor?: string;
  status?: ImportRunStatus;
  createdAfter?: Date;
}

export async function listImportRuns(options: ListImportRunsOptions): Promise<Page<ImportRun>> {
  const cursor = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const rows = await options.db.prisma.importRun.findMany({
    where: {
      organisationId: options.organisationId,
      ...(options.status !== undefined ? { status: options.status } : {}),
      ...(options.createdAfter !== undefined ? { createdAt: { gt: options.createdAfter } } : {}),
      ...afterCursor('createdAt', cursor),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.limit + 1,
  });
  return toPage(rows, options.limit, (row) => row.createdAt, toImportRun);
}
