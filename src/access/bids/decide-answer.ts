/**
 * Moves an answer through review: a writer submits the latest version; a reviewer approves it or
 * returns it with a comment. A step on a version other than the latest is a CONFLICT, so nobody
 * approves words they have not seen.
 */
import type { Database } from '../../data/database.js';
import { AppError } from '../../shared/app-error.js';
import type { AuthContext } from '../access-schema.js';
import { authorOf } from './bid-author.js';
import type { BidQuestion, DecisionKind, QuestionStatus } from './bid-schema.js';
import { findQuestionRow, getBid } from './get-bid.js';

export interface DecideAnswerOptions {
  db: Database;
  caller: Pick<AuthContext, 'organisationId' | 'userId' | 'apiKeyPrefix'>;
  bidId: string;
  questionId: string;
  decision: DecisionKind;
  /** The version the person saw; the latest when omitted. */
  version?: number;
  comment?: string;
}

const NEXT_STATUS: Readonly<Record<DecisionKind, QuestionStatus>> = { submitted: 'in-review', approved: 'approved', returned: 'returned' };
const ALLOWED_FROM: Readonly<Record<DecisionKind, readonly QuestionStatus[]>> = {
  submitted: ['drafted', 'returned'],
  approved: ['in-review'],
  returned: ['in-review'],
};
const REFUSAL: Readonly<Record<DecisionKind, string>> = {
  submitted: 'only a drafted or returned answer can be sent for review',
  approved: 'only an answer in review can be approved: send it for review first',
  returned: 'only an answer in review can be returned',
};

export async function decideAnswer(options: DecideAnswerOptions): Promise<BidQuestion> {
  const { db, caller, decision } = options;
  const comment = options.comment?.trim() || null;
  if (decision === 'returned' && !comment) throw new AppError('INVALID_INPUT', 'Say what to change: returning an answer needs a comment for the writer.');
  const question = await findQuestionRow(db, caller.organisationId, options.bidId, options.questionId);
  const author = await authorOf(db, caller);
  await db.prisma.$transaction(async (tx) => {
    const latest = await tx.answerVersion.findFirst({ where: { questionId: question.id }, orderBy: { version: 'desc' }, select: { version: true } });
    if (!latest) throw new AppError('CONFLICT', `Question ${question.number} has no answer yet: draft it first.`);
    if (options.version !== undefined && options.version !== latest.version) {
      throw new AppError('CONFLICT', `Question ${question.number} was changed since you read it: version ${latest.version} is the latest, you saw version ${options.version}. Read it again first.`);
    }
    const current = await tx.bidQuestion.findUniqueOrThrow({ where: { id: question.id }, select: { status: true } });
    const status = current.status as QuestionStatus;
    if (!ALLOWED_FROM[decision].includes(status)) throw new AppError('CONFLICT', `Question ${question.number} is ${status.replace('-', ' ')}; ${REFUSAL[decision]}.`);
    // Conditional on the status read, so two reviewers acting at once cannot both win.
    const moved = await tx.bidQuestion.updateMany({ where: { id: question.id, status }, data: { status: NEXT_STATUS[decision] } });
    if (moved.count !== 1) throw new AppError('CONFLICT', `Question ${question.number} changed while you were acting on it; read it again.`);
    await tx.answerDecision.create({ data: { questionId: question.id, version: latest.version, decision, comment, author: author.name, authorId: author.userId } });
  });
  const bid = await getBid({ db, organisationId: caller.organisationId, bidId: options.bidId });
  return bid.questions.find((entry) => entry.id === question.id)!;
}
