/**
 * One bid of the caller's organisation with its questions, each with its latest answer and
 * review step. Another organisation's bid, and an id that is not a UUID, are NOT_FOUND exactly
 * like a missing one, so ids leak nothing.
 */
import type { Database } from '../../data/database.js';
import { tenderPackFormat } from '../../drafting/tender-pack/read-tender-pack.js';
import { ZTenderLimitSchema } from '../../drafting/tender-pack/tender-pack-schema.js';
import { staleFigures, type StaleFigure } from '../../evidence/figure-freshness.js';
import { ZSectionSchema, type Section } from '../../section/section-schema.js';
import { AppError } from '../../shared/app-error.js';
import { UUID_PATTERN } from '../../shared/uuid-pattern.js';
import { QUESTION_STATUSES, ZQuestionStatusSchema, type Bid, type BidQuestion, type BidStatus, type Decision, type StatusCounts } from './bid-schema.js';

export interface GetBidOptions {
  db: Database;
  organisationId: string;
  bidId: string;
  /** Flag quoted figures whose records are older than this many months (6 by default). */
  maxAgeMonths?: number;
}

export function bidNotFound(): AppError {
  return new AppError('NOT_FOUND', 'No bid with that id in your organisation.');
}

export function questionNotFound(): AppError {
  return new AppError('NOT_FOUND', 'No question with that id in this bid.');
}

export function statusCounts(statuses: readonly string[]): StatusCounts {
  const counts = Object.fromEntries(QUESTION_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const status of statuses) counts[ZQuestionStatusSchema.parse(status)] += 1;
  return counts;
}

export function bidStatus(counts: StatusCounts, total: number): BidStatus {
  if (total > 0 && counts.approved === total) return 'approved';
  if (counts['not-started'] === total) return 'not-started';
  return 'in-progress';
}

export function dayOf(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function parseStoredSection(content: unknown, where: string): Section {
  const parsed = ZSectionSchema.safeParse(content);
  if (!parsed.success) throw new AppError('INTERNAL', `Stored answer ${where} no longer matches the section contract.`, { cause: parsed.error });
  return parsed.data;
}

export function toDecision(row: { version: number; decision: string; comment: string | null; author: string; createdAt: Date }): Decision {
  return { version: row.version, decision: row.decision as Decision['decision'], comment: row.comment, author: row.author, createdAt: row.createdAt.toISOString() };
}

/** The bid row, scoped to the organisation; NOT_FOUND otherwise. */
export async function findBidRow(db: Database, organisationId: string, bidId: string) {
  if (!UUID_PATTERN.test(bidId)) throw bidNotFound();
  const row = await db.prisma.bid.findFirst({ where: { id: bidId, organisationId } });
  if (!row) throw bidNotFound();
  return row;
}

/** A question of a bid of the organisation; NOT_FOUND for any id that is not one. */
export async function findQuestionRow(db: Database, organisationId: string, bidId: string, questionId: string) {
  await findBidRow(db, organisationId, bidId);
  if (!UUID_PATTERN.test(questionId)) throw questionNotFound();
  const row = await db.prisma.bidQuestion.findFirst({ where: { id: questionId, bidId } });
  if (!row) throw questionNotFound();
  return row;
}

/** The figures an answer quotes whose records are older than `maxAgeMonths` (six by default). */
export function quotedStaleFigures(section: Section, now: Date, maxAgeMonths?: number): StaleFigure[] {
  const quoted = new Set(section.validation.claims.flatMap((claim) => (claim.figureId ? [claim.figureId] : [])));
  return staleFigures(section.pack.figures.filter((figure) => quoted.has(figure.id)), { now, ...(maxAgeMonths !== undefined ? { maxAgeMonths } : {}) });
}

export async function getBid(options: GetBidOptions): Promise<Bid> {
  const bid = await findBidRow(options.db, options.organisationId, options.bidId);
  const questions = await options.db.prisma.bidQuestion.findMany({
    where: { bidId: bid.id },
    orderBy: { position: 'asc' },
    include: {
      versions: { orderBy: { version: 'desc' }, take: 1 },
      decisions: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1 },
    },
  });
  const now = new Date();
  const items: BidQuestion[] = questions.map((question) => {
    const latest = question.versions[0];
    const section = latest ? parseStoredSection(latest.section, `${question.number} v${latest.version}`) : undefined;
    const review = section?.review;
    return {
      id: question.id,
      number: question.number,
      text: question.text,
      limit: question.limit === null ? null : ZTenderLimitSchema.parse(question.limit),
      status: ZQuestionStatusSchema.parse(question.status),
      answer:
        latest && review
          ? {
              version: latest.version,
              kind: latest.kind as 'drafted' | 'edited',
              text: latest.text,
              author: latest.author,
              createdAt: latest.createdAt.toISOString(),
              count: review.count,
              overLimit: review.overLimit,
              findings: review.findings,
              notes: section.notes,
              plan: section.plan ?? null,
              staleFigures: quotedStaleFigures(section, now, options.maxAgeMonths),
            }
          : null,
      lastDecision: question.decisions[0] ? toDecision(question.decisions[0]) : null,
    };
  });
  const counts = statusCounts(items.map((item) => item.status));
  const pack = await options.db.prisma.bidPack.findUnique({ where: { bidId: bid.id }, select: { fileName: true } });
  return {
    id: bid.id,
    tenderName: bid.tenderName,
    lot: bid.lot,
    deadline: dayOf(bid.deadline),
    period: bid.period,
    services: bid.services,
    pack: pack ? { fileName: pack.fileName, format: tenderPackFormat(pack.fileName) } : null,
    createdBy: bid.createdBy,
    createdAt: bid.createdAt.toISOString(),
    status: bidStatus(counts, items.length),
    counts,
    questions: items,
  };
}
