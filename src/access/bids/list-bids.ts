/** The organisation's bids, newest first, a page at a time, each with where its questions stand. */
import type { Database } from '../../data/database.js';
import { afterCursor, decodeCursor, toPage, type Page } from '../page-cursor.js';
import type { BidListItem } from './bid-schema.js';
import { bidStatus, dayOf, statusCounts } from './get-bid.js';

export interface ListBidsOptions {
  db: Database;
  organisationId: string;
  limit: number;
  cursor?: string;
}

export async function listBids(options: ListBidsOptions): Promise<Page<BidListItem>> {
  const cursor = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const rows = await options.db.prisma.bid.findMany({
    where: { organisationId: options.organisationId, ...afterCursor('createdAt', cursor) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.limit + 1,
    include: { questions: { select: { status: true } } },
  });
  return toPage(rows, options.limit, (row) => row.createdAt, (row) => {
    const counts = statusCounts(row.questions.map((question) => question.status));
    return {
      id: row.id,
      tenderName: row.tenderName,
      lot: row.lot,
      deadline: dayOf(row.deadline),
      period: row.period,
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
      status: bidStatus(counts, row.questions.length),
      counts,
      questionCount: row.questions.length,
    };
  });
}
