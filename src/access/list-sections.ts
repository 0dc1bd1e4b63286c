/** The organisation's stored sections, newest first, a page at a time. */
import type { Database } from '../data/database.js';
import type { SectionListItem } from './list-schema.js';
import { afterCursor, decodeCursor, toPage, type Page } from './page-cursor.js';

export interface ListSectionsOptions {
  db: Database;
  organisationId: string;
  limit: number;
  cursor?: string;
  /** Only sections drafted for this period label (e.g. 2026-Q2). */
  period?: string;
  createdAfter?: Date;
}

export async function listSections(options: ListSectionsOptions): Promise<Page<SectionListItem>> {
  const cursor = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const rows = await options.db.prisma.section.findMany({
    where: {
      organisationId: options.organisationId,
      ...(options.period !== undefined ? { period: options.period } : {}),
      ...(options.createdAfter !== undefined ? { createdAt: { gt: options.createdAfter } } : {}),
      ...afterCursor('createdAt', cursor),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.limit + 1,
    select: { id: true, createdAt: true, period: true, question: true },
  });
  return toPage(rows, options.limit, (row) => row.createdAt, (row) => ({ id: row.id, createdAt: row.createdAt.toISOString(), period: row.period, question: row.question }));
}
