/** Import runs: every import asked through the API, with the report it answered, listed newest first. */
import type { Database } from '../data/database.js';
import type { ImportReport } from '../data/import/import-schema.js';
import type { ImportRun, ImportRunStatus } from './list-schema.js';
import { afterCursor, decodeCursor, toPage, type Page } from './page-cursor.js';

export function importRunStatus(report: ImportReport): ImportRunStatus {
  if (report.rejected) return 'rejected';
  if (report.dryRun) return 'validated';
  return report.files.some((file) => file.status === 'partly-imported') ? 'partly-imported' : 'imported';
}

export async function recordImportRun(options: { db: Database; organisationId: string; report: ImportReport }): Promise<void> {
  const { report } = options;
  await options.db.prisma.importRun.create({
    data: { organisationId: options.organisationId, status: importRunStatus(report), fileCount: report.files.length, errorCount: report.errorCount, report: report as object },
  });
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
  return toPage(rows, options.limit, (row) => row.createdAt, (row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    status: row.status as ImportRunStatus,
    fileCount: row.fileCount,
    errorCount: row.errorCount,
    report: row.report as unknown as ImportRun['report'],
  }));
}
