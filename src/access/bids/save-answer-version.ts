/**
 * Saves a new version of a question's answer: a drafted section as the drafter wrote it, or a
 * person's edited text, judged again by the gate against the same evidence pack so its count
 * and findings are true of what was saved. Versions are never overwritten. An answer that was
 * approved or waiting for review goes (back) to review when it changes; any other becomes
 * `drafted`, ready to send for review.
 */
import type { Database } from '../../data/database.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { reviewSection } from '../../section/review-section.js';
import type { Section } from '../../section/section-schema.js';
import { AppError } from '../../shared/app-error.js';
import type { AuthContext } from '../access-schema.js';
import { authorOf, type BidAuthor } from './bid-author.js';
import type { BidQuestion, QuestionStatus, VersionKind } from './bid-schema.js';
import { findQuestionRow, getBid, parseStoredSection, questionNotFound } from './get-bid.js';

type Caller = Pick<AuthContext, 'organisationId' | 'userId' | 'apiKeyPrefix'>;

export interface SaveAnswerVersionOptions {
  db: Database;
  caller: Caller;
  bidId: string;
  questionId: string;
  /** The version the writer started from: a later one saved meanwhile is a CONFLICT, not silently lost. */
  basedOnVersion?: number;
  answer: { kind: 'drafted'; section: Section } | { kind: 'edited'; text: string };
}

/** Where a question stands once a new version is saved. */
export function statusAfterNewVersion(status: QuestionStatus): QuestionStatus {
  return status === 'approved' || status === 'in-review' ? 'in-review' : 'drafted';
}

/** The saved section with its text replaced by the writer's, judged again. */
export async function sectionForText(base: Section, text: string): Promise<Section> {
  const review = await reviewSection({ text, pack: base.pack, ...(base.limit ? { limit: base.limit } : {}), ...(base.review ? { previous: base.review } : {}) });
  const { id: _id, createdAt: _createdAt, ...rest } = base;
  return { ...rest, responseText: text, rewrites: [], review, validation: { claims: review.claims } };
}

/** Two saves racing for the same version number: the unique (question, version) index refuses the second. */
function isDuplicateVersion(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'P2002' || code === '23505';
}

async function store(db: Database, author: BidAuthor, questionId: string, basedOnVersion: number | undefined, kind: VersionKind, section: Section): Promise<void> {
  try {
    await insertVersion(db, author, questionId, basedOnVersion, kind, section);
  } catch (error) {
    if (isDuplicateVersion(error)) throw new AppError('CONFLICT', 'Someone saved this answer at the same moment; reload it, then make your change again.', { cause: error });
    throw error;
  }
}

async function insertVersion(db: Database, author: BidAuthor, questionId: string, basedOnVersion: number | undefined, kind: VersionKind, section: Section): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    const question = await tx.bidQuestion.findUnique({ where: { id: questionId }, select: { status: true } });
    if (!question) throw questionNotFound();
    const latest = await tx.answerVersion.findFirst({ where: { questionId }, orderBy: { version: 'desc' }, select: { version: true } });
    const current = latest?.version ?? 0;
    if (basedOnVersion !== undefined && basedOnVersion !== current) {
      throw new AppError('CONFLICT', `This answer was saved again meanwhile (version ${current}); you edited version ${basedOnVersion}. Reload it, then make your change again.`);
    }
    await tx.answerVersion.create({
      data: { questionId, version: current + 1, kind, text: section.responseText, section: section as unknown as Prisma.InputJsonValue, author: author.name, authorId: author.userId },
    });
    const status = question.status as QuestionStatus;
    const next = statusAfterNewVersion(status);
    await tx.bidQuestion.update({ where: { id: questionId }, data: { status: next } });
    if (status === 'approved') {
      await tx.answerDecision.create({ data: { questionId, version: current + 1, decision: 'submitted', comment: 'Changed after approval, so it needs approving again.', author: author.name, authorId: author.userId } });
    }
  });
}

export async function saveAnswerVersion(options: SaveAnswerVersionOptions): Promise<BidQuestion> {
  const { db, caller } = options;
  const question = await findQuestionRow(db, caller.organisationId, options.bidId, options.questionId);
  let section: Section;
  if (options.answer.kind === 'drafted') {
    const drafted = options.answer.section;
    section = drafted.review ? drafted : { ...(await sectionForText(drafted, drafted.responseText)), rewrites: drafted.rewrites };
  }
  else {
    const latest = await db.prisma.answerVersion.findFirst({ where: { questionId: question.id }, orderBy: { version: 'desc' }, select: { section: true, version: true } });
    if (!latest) throw new AppError('CONFLICT', `Question ${question.number} has no answer to edit yet: draft it first, so the answer has evidence to be checked against.`);
    section = await sectionForText(parseStoredSection(latest.section, `${question.number} v${latest.version}`), options.answer.text);
  }
  await store(db, await authorOf(db, caller), question.id, options.basedOnVersion, options.answer.kind, section);
  const bid = await getBid({ db, organisationId: caller.organisationId, bidId: options.bidId });
  return bid.questions.find((entry) => entry.id === question.id)!;
}
