/**
 * Every saved version of an answer with what changed from the one before, word by word (jsdiff's
 * `diffWords`), and every review step, newest first.
 */
import { diffWords } from 'diff';
import type { Database } from '../../data/database.js';
import type { AnswerHistory, DiffPart } from './bid-schema.js';
import { findQuestionRow, toDecision } from './get-bid.js';

export interface AnswerHistoryOptions {
  db: Database;
  organisationId: string;
  bidId: string;
  questionId: string;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

export function describeChange(before: string, after: string): { diff: DiffPart[]; wordsAdded: number; wordsRemoved: number } {
  const diff: DiffPart[] = diffWords(before, after).map((part) => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
  return {
    diff,
    wordsAdded: diff.filter((part) => part.change === 'added').reduce((sum, part) => sum + wordCount(part.text), 0),
    wordsRemoved: diff.filter((part) => part.change === 'removed').reduce((sum, part) => sum + wordCount(part.text), 0),
  };
}

export async function answerHistory(options: AnswerHistoryOptions): Promise<AnswerHistory> {
  const question = await findQuestionRow(options.db, options.organisationId, options.bidId, options.questionId);
  const [versions, decisions] = await Promise.all([
    options.db.prisma.answerVersion.findMany({ where: { questionId: question.id }, orderBy: { version: 'asc' }, select: { version: true, kind: true, text: true, author: true, createdAt: true } }),
    options.db.prisma.answerDecision.findMany({ where: { questionId: question.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  ]);
  const described = versions.map((version, index) => ({
    version: version.version,
    kind: version.kind as 'drafted' | 'edited',
    text: version.text,
    author: version.author,
    createdAt: version.createdAt.toISOString(),
    ...describeChange(index === 0 ? '' : versions[index - 1]!.text, version.text),
  }));
  return { questionId: question.id, versions: described.reverse(), decisions: decisions.map(toDecision) };
}
