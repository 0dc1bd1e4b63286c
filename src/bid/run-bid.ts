/**
 * `assured bid`: a whole bid from the buyer's tender pack. Drafts every chosen question to its own
 * limit, checks the bid tells one story (check-bid-consistency.ts), exports one submission in the
 * buyer's order behind the export gate, and writes the answers back into the buyer's own file.
 * Nothing is produced while the consistency report or the gate has blocking findings, unless the
 * writer allows them with a reason.
 */
import type { Database } from '../data/database.js';
import type { LlmOptions } from '../drafting/llm/draft-with-model.js';
import type { TenderPack, TenderQuestion } from '../drafting/tender-pack/tender-pack-schema.js';
import type { GateReport } from '../export/gate-schema.js';
import { renderSubmissionDocx, type SubmissionOptions } from '../export/tender-documents.js';
import type { Section } from '../section/section-schema.js';
import { AppError, isAppError } from '../shared/app-error.js';
import { checkBidConsistency, type BidConsistencyReport } from './check-bid-consistency.js';
import { draftBidAnswers, DRAFTING_CASES, type DraftBidAnswersOptions } from './draft-bid-answers.js';
import { computeFigures } from '../evidence/compute-figures.js';
import { selectQuestions, type QuestionSelection } from './select-questions.js';
import { writeBackAnswers } from './write-back-answers.js';

export interface RunBidOptions {
  db: Database;
  period: string;
  pack: TenderPack;
  /** The buyer's file as uploaded, for the write-back. */
  packContent: Uint8Array;
  questions?: QuestionSelection;
  organisation?: string;
  services?: string[];
  drafter?: 'template' | 'llm';
  llm?: LlmOptions;
  tenderName?: string;
  /** Make the submission document. */
  submission?: boolean;
  /** What the submission holds and how it looks (font, margins, page limit per answer). */
  submissionOptions?: Omit<SubmissionOptions, 'allowUnverified'>;
  /** Fill the buyer's own file. */
  writeBack?: boolean;
  /** Hold the answers to the export gate even when no document is made here (the caller writes the verification pack or portal text). */
  gate?: boolean;
  /** Export despite unverified content (the export gate), with the reason. */
  allowUnverified?: string;
  /** Go ahead although answers disagree with each other, with the reason. */
  allowInconsistent?: string;
  /** How the answers are drafted; the default drafts each question with the bid's options. */
  draftAnswers?: (options: DraftBidAnswersOptions) => Promise<Section[]>;
}

export interface BidResult {
  questions: TenderQuestion[];
  sections: Section[];
  consistency: BidConsistencyReport;
  /** Present when the bid went ahead despite consistency findings. */
  allowedInconsistency?: string;
  /** What stopped the documents, if anything. */
  blocked?: { by: 'consistency' } | { by: 'gate'; gate: GateReport; message: string } | { by: 'page-limit'; message: string };
  submission?: Buffer;
  gate?: GateReport;
  /** The buyer's file with the answers in it, same format as given. */
  filled?: Buffer;
}

/**
 * When every chosen question is limited in pages, the submission holds each answer to the
 * smallest of them; a bid mixing word and page limits gives the page limit explicitly.
 */
export function tenderPageLimit(questions: readonly TenderQuestion[]): number | undefined {
  const pages = questions.map((question) => (question.limit?.kind === 'pages' ? question.limit.value : undefined));
  return pages.length > 0 && pages.every((value) => value !== undefined) ? Math.min(...(pages as number[])) : undefined;
}

export async function runBid(options: RunBidOptions): Promise<BidResult> {
  const allowInconsistent = options.allowInconsistent?.trim();
  if (options.allowInconsistent !== undefined && !allowInconsistent) throw new AppError('INVALID_INPUT', 'A reason is needed to go ahead with answers that disagree with each other.');
  const questions = selectQuestions(options.pack, options.questions ?? 'involvement');
  const sections = await (options.draftAnswers ?? draftBidAnswers)({
    db: options.db,
    period: options.period,
    questions,
    ...(options.organisation ? { organisation: options.organisation } : {}),
    ...(options.services ? { services: options.services } : {}),
    ...(options.drafter ? { drafter: options.drafter } : {}),
    ...(options.llm ? { llm: options.llm } : {}),
    tender: { name: options.tenderName ?? options.pack.file.replace(/\.(?:docx|xlsx)$/iu, '') },
  });
  // Drafting computed the same figures a moment ago, so this is the cached result: its case examples.
  const figures = await computeFigures({
    db: options.db,
    period: options.period,
    cases: DRAFTING_CASES,
    ...(options.organisation ? { organisation: options.organisation } : {}),
    ...(options.services && options.services.length > 0 ? { services: options.services } : {}),
  });
  const consistency = checkBidConsistency(sections, { caseExamples: figures.caseExamples ?? [] });
  const result: BidResult = { questions, sections, consistency, ...(allowInconsistent && !consistency.ok ? { allowedInconsistency: allowInconsistent } : {}) };
  if (!consistency.ok && !allowInconsistent) return { ...result, blocked: { by: 'consistency' } };

  // The buyer's own file gets nothing the submission's gate would stop.
  if (options.submission || options.writeBack || options.gate) {
    try {
      const pageLimit = options.submissionOptions?.pageLimit ?? tenderPageLimit(questions);
      const exported = await renderSubmissionDocx(sections, {
        ...options.submissionOptions,
        ...(pageLimit !== undefined ? { pageLimit } : {}),
        ...(options.allowUnverified !== undefined ? { allowUnverified: options.allowUnverified } : {}),
      });
      if (options.submission) result.submission = exported.content;
      result.gate = exported.gate;
    } catch (error) {
      if (isAppError(error) && error.code === 'EXPORT_BLOCKED') return { ...result, blocked: { by: 'gate', gate: error.details as GateReport, message: error.message } };
      if (isAppError(error) && error.code === 'PAGE_LIMIT_EXCEEDED') return { ...result, blocked: { by: 'page-limit', message: error.message } };
      throw error;
    }
  }
  if (options.writeBack) {
    result.filled = await writeBackAnswers({ pack: options.pack, packContent: options.packContent, answers: questions.map((question, index) => ({ question, section: sections[index]! })) });
  }
  return result;
}
