/** The organisation's export records, newest first, a page at a time, with filters. */
import type { Database } from '../data/database.js';
import type { ExportFormat, ExportRecordSummary } from './access-schema.js';
import { afterCursor, decodeCursor, toPage, type Page } from './page-cursor.js';
import { toExportRecordSummary } from './to-summary.js';

export interface PageExportsOptions {
  db: Database;
  organisationId: string;
  limit: number;
  cursor?: string;
  sectionId?: string;
  format?: ExportFormat;
  /** verified: the gate passed; unverified: exported despite it, with a reason. */
  status?: 'verified' | 'unverified';
  /** Only exports of sections drafted for this period label. */
  period?: string;
  createdAfter?: Date;
}

export async function pageExports(options: PageExportsOptions): Promise<Page<ExportRecordSummary>> {
  const cursor = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const rows = await options.db.prisma.exportRecord.findMany({
    where: {
      organisationId: options.organisationId,
      ...(options.sectionId !== undefined ? { sectionId: options.sectionId } : {}),
      ...(options.format !== undefined ? { format: options.format } : {}),
      ...(options.status !== undefined ? { unverifiedReason: options.status === 'verified' ? null : { not: null } } : {}),
      ...(options.period !== undefined ? { section: { period: options.period } } : {}),
      ...(options.createdAfter !== undefined ? { exportedAt: { gt: options.createdAfter } } : {}),
      ...afterCursor('exportedAt', cursor),
    },
    orderBy: [{ exportedAt: 'desc' }, { id: 'desc' }],
    take: options.limit + 1,
    include: { section: { select: { question: true, period: true } }, apiKey: { select: { prefix: true } } },
  });
  return toPage(rows, options.limit, (row) => row.exportedAt, toExportRecordSummary);
}
