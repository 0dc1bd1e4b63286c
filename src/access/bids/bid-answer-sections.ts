/**
 * The latest saved answer of each chosen question, as sections ready for export, in the buyer's
 * order. Each exported version is also kept as a stored section (once), so the export record
 * names what left the building as for any other export.
 */
import type { Database } from '../../data/database.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { AppError } from '../../shared/app-error.js';
import type { Section } from '../../section/section-schema.js';
import type { StoredSection } from '../access-schema.js';
import { saveSection } from '../save-section.js';
import { findBidRow, parseStoredSection, questionNotFound } from './get-bid.js';

export interface BidAnswerSectionsOptions {
  db: Database;
  organisationId: string;
  bidId: string;
  /** Only this question; every answered question when omitted. */
  questionId?: string;
}

export interface BidAnswerSections {
  bid: { tenderName: string; lot: string | null };
  /** The questions exported, in order, with their numbers. */
  questions: { id: string; number: string; version: number }[];
  sections: StoredSection[];
}

export interface LatestAnswers {
  bid: { id: string; tenderName: string; lot: string | null; period: string; services: string[] };
  /** Every answered question in the buyer's order with its latest version's section, as saved. */
  answers: { questionId: string; number: string; version: number; section: Section }[];
}

/** The latest saved answer of every answered question, read only (nothing is stored). */
export async function latestAnswers(options: { db: Database; organisationId: string; bidId: string }): Promise<LatestAnswers> {
  const bid = await findBidRow(options.db, options.organisationId, options.bidId);
  const questions = await options.db.prisma.bidQuestion.findMany({ where: { bidId: bid.id }, orderBy: { position: 'asc' }, include: { versions: { orderBy: { version: 'desc' }, take: 1 } } });
  return {
    bid: { id: bid.id, tenderName: bid.tenderName, lot: bid.lot, period: bid.period, services: bid.services },
    answers: questions.flatMap((question) => {
      const version = question.versions[0];
      return version ? [{ questionId: question.id, number: question.number, version: version.version, section: parseStoredSection(version.section, `${question.number} v${version.version}`) }] : [];
    }),
  };
}

export async function bidAnswerSections(options: BidAnswerSectionsOptions): Promise<BidAnswerSections> {
  const { db } = options;
  const bid = await findBidRow(db, options.organisationId, options.bidId);
  const questions = await db.prisma.bidQuestion.findMany({
    where: { bidId: bid.id, ...(options.questionId !== undefined ? { id: options.questionId } : {}) },
    orderBy: { position: 'asc' },
    include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
  });
  if (options.questionId !== undefined && questions.length === 0) throw questionNotFound();
  const answered = questions.filter((question) => question.versions.length > 0);
  if (answered.length === 0) {
    throw new AppError('CONFLICT', options.questionId !== undefined ? `Question ${questions[0]!.number} has no answer yet: draft it first.` : 'No question of this bid has an answer yet: draft at least one first.');
  }
  const sections: StoredSection[] = [];
  for (const question of answered) {
    const version = question.versions[0]!;
    const section = parseStoredSection(version.section, `${question.number} v${version.version}`);
    if (section.id && section.createdAt) {
      sections.push(section as StoredSection);
      continue;
    }
    const stored = await saveSection({ db, organisationId: options.organisationId, section: { ...section, tender: { name: bid.tenderName, ...(bid.lot ? { lot: bid.lot } : {}) } } });
    await db.prisma.answerVersion.update({ where: { id: version.id }, data: { section: stored as unknown as Prisma.InputJsonValue } });
    sections.push(stored);
  }
  return { bid: { tenderName: bid.tenderName, lot: bid.lot }, questions: answered.map((question) => ({ id: question.id, number: question.number, version: question.versions[0]!.version })), sections };
}
