/**
 * The consistency report of a stored bid: `checkBidConsistency` over the latest answer of every
 * answered question, each finding named by a digest of what it found and where (so a person can
 * let it through with a reason, and that reason stops holding once the answers change), and
 * each quote tied to the question it is in.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../data/database.js';
import { computeFigures } from '../evidence/compute-figures.js';
import type { CaseExample } from '../evidence/figures-schema.js';
import type { Section } from '../section/section-schema.js';
import { AppError } from '../shared/app-error.js';
import { checkBidConsistency, type BidConsistencyFinding } from './check-bid-consistency.js';
import { DRAFTING_CASES } from './draft-bid-answers.js';

export const ZConsistencyAllowanceSchema = z
  .object({
    reason: z.string().describe('Why the finding may go through as it is'),
    author: z.string().describe('Who allowed it'),
    createdAt: z.string().describe('When (ISO 8601)'),
  })
  .describe('The reason a person gave to let the finding through');
export type ConsistencyAllowance = z.infer<typeof ZConsistencyAllowanceSchema>;

export const ZStoredConsistencyQuoteSchema = z.object({
  questionId: z.string().describe('The question whose answer says it'),
  questionNumber: z.string().describe('That question’s number in the tender'),
  text: z.string().describe('What the answer says: its words, or the figure as quoted there ("96%, 2026-Q2, Northgate")'),
});

export const ZStoredConsistencyFindingSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/u).describe('The finding’s id, a digest of what it found and where: allowing it holds only while the answers say the same'),
  kind: z.enum(['figure', 'practice', 'case-example', 'you-said-we-did']).describe('figure: one figure quoted two ways; practice: answers stating who, how often or how quickly differently; case-example or you-said-we-did: the same one used in two answers'),
  key: z.string().describe('The figure id, the practice facet id, or the example’s first words'),
  blocking: z.boolean().describe('true when it stops the submission and the write-back until it is fixed or allowed; a figure quoted for two periods is only pointed out'),
  message: z.string().describe('What disagrees, where, and what was expected'),
  quotes: z.array(ZStoredConsistencyQuoteSchema).describe('Each place in the answers the finding touches'),
  allowed: ZConsistencyAllowanceSchema.nullable().describe('The reason it was let through, if a person allowed it'),
});
export type StoredConsistencyFinding = z.infer<typeof ZStoredConsistencyFindingSchema>;

export const ZStoredConsistencyReportSchema = z.object({
  ok: z.boolean().describe('true when nothing blocks: every blocking finding is fixed or allowed with a reason'),
  answers: z.number().int().describe('How many answered questions were compared (each question’s latest version)'),
  open: z.number().int().describe('Blocking findings not yet allowed'),
  findings: z.array(ZStoredConsistencyFindingSchema).describe('Blocking findings first, in the order the check found them'),
});
export type StoredConsistencyReport = z.infer<typeof ZStoredConsistencyReportSchema>;

export interface StoredAnswer {
  questionId: string;
  number: string;
  section: Section;
}

export interface StoredBidConsistencyOptions {
  answers: readonly StoredAnswer[];
  /** The case examples the answers were drafted from. */
  caseExamples?: readonly CaseExample[];
  /** Allowances kept for the bid, by finding id. */
  allowances?: ReadonlyMap<string, ConsistencyAllowance>;
}

/** A digest of the finding's kind, key and every quote (question number and words), independent of the quotes' order. */
export function consistencyFindingId(finding: BidConsistencyFinding, numbers: readonly string[]): string {
  const quotes = finding.quotes.map((quote) => `${numbers[quote.answer] ?? quote.question}\u0000${quote.text}`).sort();
  return createHash('sha256').update(JSON.stringify([finding.kind, finding.key, quotes])).digest('hex').slice(0, 16);
}

export function storedBidConsistency(options: StoredBidConsistencyOptions): StoredConsistencyReport {
  const sections = options.answers.map((answer) => answer.section);
  const numbers = options.answers.map((answer) => answer.number);
  const checked = checkBidConsistency(sections, options.caseExamples ? { caseExamples: options.caseExamples } : {});
  const findings = checked.findings
    .map((finding) => {
      const id = consistencyFindingId(finding, numbers);
      return {
        id,
        kind: finding.kind,
        key: finding.key,
        blocking: finding.blocking,
        message: finding.message,
        quotes: finding.quotes.map((quote) => ({ questionId: options.answers[quote.answer]!.questionId, questionNumber: numbers[quote.answer]!, text: quote.text })),
        allowed: options.allowances?.get(id) ?? null,
      };
    })
    .sort((a, b) => Number(b.blocking) - Number(a.blocking));
  const open = findings.filter((finding) => finding.blocking && finding.allowed === null).length;
  return { ok: open === 0, answers: options.answers.length, open, findings };
}

/** The blocking findings not yet allowed, of the whole bid or only those touching the given questions. */
export function openFindings(report: StoredConsistencyReport, questionIds?: ReadonlySet<string>): StoredConsistencyFinding[] {
  return report.findings.filter((finding) => finding.blocking && finding.allowed === null && (!questionIds || finding.quotes.some((quote) => questionIds.has(quote.questionId))));
}

/** Refuses a document while blocking findings are open, naming each and how to let it through. */
export function assertConsistent(report: StoredConsistencyReport, what: string, questionIds?: ReadonlySet<string>): void {
  const open = openFindings(report, questionIds);
  if (open.length === 0) return;
  throw new AppError(
    'BID_INCONSISTENT',
    `${what} is held back: the answers disagree with each other in ${open.length} place${open.length === 1 ? '' : 's'}: ${open.map((finding) => `[${finding.id}] ${finding.message}`).join(' ')} Fix the answers, or allow each finding with a reason.`,
    { details: { findings: open.map((finding) => finding.id) } },
  );
}

export interface ReportStoredBidOptions {
  db: Database;
  organisation: string;
  period: string;
  services: readonly string[];
  answers: readonly StoredAnswer[];
  allowances?: ReadonlyMap<string, ConsistencyAllowance>;
}

/** The report with the case examples the answers were drafted from (the same cached figures drafting read). */
export async function reportStoredBid(options: ReportStoredBidOptions): Promise<StoredConsistencyReport> {
  const figures =
    options.answers.length > 1
      ? await computeFigures({ db: options.db, organisation: options.organisation, period: options.period, cases: DRAFTING_CASES, ...(options.services.length > 0 ? { services: [...options.services] } : {}) })
      : undefined;
  return storedBidConsistency({ answers: options.answers, caseExamples: figures?.caseExamples ?? [], ...(options.allowances ? { allowances: options.allowances } : {}) });
}
