/**
 * Consistency findings of a bid that a person let through, with the reason and who gave it.
 * Kept by finding id (a digest of what the finding found and where), so an allowance stops
 * holding once the answers change what the finding says.
 */
import type { Database } from '../../data/database.js';
import { AppError } from '../../shared/app-error.js';
import type { AuthContext } from '../access-schema.js';
import { authorOf } from './bid-author.js';
import { findBidRow } from './get-bid.js';

export interface KeptAllowance {
  reason: string;
  author: string;
  createdAt: string;
}

export async function listConsistencyAllowances(options: { db: Database; organisationId: string; bidId: string }): Promise<Map<string, KeptAllowance>> {
  const bid = await findBidRow(options.db, options.organisationId, options.bidId);
  const rows = await options.db.prisma.bidConsistencyAllowance.findMany({ where: { bidId: bid.id }, orderBy: { createdAt: 'asc' } });
  return new Map(rows.map((row) => [row.findingId, { reason: row.reason, author: row.author, createdAt: row.createdAt.toISOString() }]));
}

export interface AllowConsistencyFindingOptions {
  db: Database;
  caller: Pick<AuthContext, 'organisationId' | 'userId' | 'apiKeyPrefix'>;
  bidId: string;
  findingId: string;
  reason: string;
  /** The ids of the findings the bid has now: an allowance for anything else is refused. */
  currentFindingIds: ReadonlySet<string>;
}

/** Keeps the reason for the finding (a later reason replaces an earlier one). */
export async function allowConsistencyFinding(options: AllowConsistencyFindingOptions): Promise<void> {
  const bid = await findBidRow(options.db, options.caller.organisationId, options.bidId);
  const reason = options.reason.trim();
  if (!reason) throw new AppError('INVALID_INPUT', 'A reason is needed to let a consistency finding through.');
  if (!options.currentFindingIds.has(options.findingId)) {
    throw new AppError('CONFLICT', `The bid has no consistency finding ${options.findingId} now: the answers may have changed since the report was read. Read the report again (GET /v1/bids/${bid.id}/consistency).`);
  }
  const author = await authorOf(options.db, options.caller);
  const where = { bidId_findingId: { bidId: bid.id, findingId: options.findingId } };
  const update = { reason, author: author.name, authorId: author.userId, createdAt: new Date() };
  try {
    await options.db.prisma.bidConsistencyAllowance.upsert({ where, create: { bidId: bid.id, findingId: options.findingId, ...update }, update });
  } catch (error) {
    // Two people allowing the same finding at once: the second insert meets the first's row, so it updates it.
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== 'P2002' && code !== '23505') throw error;
    await options.db.prisma.bidConsistencyAllowance.update({ where, data: update });
  }
}
