/**
 * Stores a new bid with its questions in the buyer's order, none answered yet. Question numbers
 * must be unique within the bid, since downloads and history name questions by them. A bid read
 * from the buyer's pack keeps the file, so the answers can be written back into it.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../data/database.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { AppError } from '../../shared/app-error.js';
import type { AuthContext } from '../access-schema.js';
import { authorOf } from './bid-author.js';
import type { Bid, BidQuestionInput } from './bid-schema.js';
import { getBid } from './get-bid.js';

export interface CreateBidOptions {
  db: Database;
  caller: Pick<AuthContext, 'organisationId' | 'userId' | 'apiKeyPrefix'>;
  tenderName: string;
  lot?: string;
  /** YYYY-MM-DD */
  deadline?: string;
  period: string;
  services?: readonly string[];
  questions: readonly BidQuestionInput[];
  /** The buyer's pack the questions were read from, kept as uploaded for writing the answers back. */
  pack?: { fileName: string; content: Uint8Array };
}

export async function createBid(options: CreateBidOptions): Promise<Bid> {
  if (options.questions.length === 0) throw new AppError('INVALID_INPUT', 'A bid needs at least one question: type one, or choose some from the tender pack.');
  const numbers = options.questions.map((question, index) => question.number ?? String(index + 1));
  const repeated = numbers.filter((number, index) => numbers.indexOf(number) !== index);
  if (repeated.length > 0) throw new AppError('INVALID_INPUT', `Question numbers must differ within a bid; ${[...new Set(repeated)].join(', ')} appears more than once.`);
  const author = await authorOf(options.db, options.caller);
  const row = await options.db.prisma.bid.create({
    data: {
      organisationId: options.caller.organisationId,
      tenderName: options.tenderName,
      lot: options.lot ?? null,
      deadline: options.deadline ? new Date(`${options.deadline}T00:00:00Z`) : null,
      period: options.period,
      services: [...(options.services ?? [])],
      createdBy: author.name,
      createdById: author.userId,
      ...(options.pack
        ? { pack: { create: { fileName: options.pack.fileName, content: Buffer.from(options.pack.content), sha256: createHash('sha256').update(options.pack.content).digest('hex') } } }
        : {}),
      questions: {
        create: options.questions.map((question, index) => ({
          position: index,
          number: numbers[index]!,
          text: question.text,
          ...(question.limit ? { limit: question.limit as unknown as Prisma.InputJsonValue } : {}),
        })),
      },
    },
    select: { id: true },
  });
  return getBid({ db: options.db, organisationId: options.caller.organisationId, bidId: row.id });
}
