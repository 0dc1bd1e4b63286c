/**
 * The buyer's pack a bid was created from, as uploaded: what the answers are written back into.
 * A bid whose questions were typed in has none.
 */
import type { Database } from '../../data/database.js';
import { AppError } from '../../shared/app-error.js';
import { findBidRow } from './get-bid.js';

export interface StoredBidPack {
  fileName: string;
  content: Uint8Array;
  sha256: string;
}

export async function getBidPack(options: { db: Database; organisationId: string; bidId: string }): Promise<StoredBidPack> {
  const bid = await findBidRow(options.db, options.organisationId, options.bidId);
  const pack = await options.db.prisma.bidPack.findUnique({ where: { bidId: bid.id }, select: { fileName: true, content: true, sha256: true } });
  if (!pack) throw new AppError('CONFLICT', 'This bid’s questions were typed in, so there is no buyer’s file to write the answers into: create the bid from the buyer’s pack (.docx or .xlsx) to have one.');
  return pack;
}
