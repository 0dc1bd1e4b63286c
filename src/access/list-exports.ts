import type { Database } from '../data/database.js';
import type { ExportRecordSummary } from './access-schema.js';
import { toExportRecordSummary } from './to-summary.js';

export interface ListExportsOptions {
  db: Database;
  organisationId: string;
  /** Newest first; at most this many (default 100). */
  limit?: number;
  /** Only exports of this section. */
  sectionId?: string;
}

export async function listExports(options: ListExportsOptions): Promise<ExportRecordSummary[]> {
  const rows = await options.db.prisma.exportRecord.findMany({
    where: { organisationId: options.organisationId, ...(options.sectionId ? { sectionId: options.sectionId } : {}) },
    orderBy: [{ exportedAt: 'desc' }, { id: 'asc' }],
    take: options.limit ?? 100,
    include: { section: { select: { question: true, period: true } }, apiKey: { select: { prefix: true } } },
  });
  return rows.map(toExportRecordSummary);
}
