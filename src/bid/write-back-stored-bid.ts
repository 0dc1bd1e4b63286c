/**
 * A stored bid's answers written back into the buyer's own file: the pack is read again to find
 * where each answer goes, each answered question is matched to the pack's question by its number,
 * and the answers pass the same export gate as the submission first, so the buyer's file gets
 * nothing the submission would stop (unless the writer allows it with a reason).
 */
import { readTenderPack } from '../drafting/tender-pack/read-tender-pack.js';
import { parseReportingPeriod } from '../evidence/period.js';
import { describeBlockingFindings } from '../export/export-sections.js';
import { mergeGateReports, type GateReport } from '../export/gate-schema.js';
import { runExportGate } from '../export/run-export-gate.js';
import type { Section } from '../section/section-schema.js';
import { AppError } from '../shared/app-error.js';
import { writeBackAnswers } from './write-back-answers.js';

export interface WriteBackStoredBidOptions {
  pack: { fileName: string; content: Uint8Array };
  period: string;
  /** The answered questions, in the buyer's order, with their latest answers. */
  answers: readonly { number: string; section: Section }[];
  /** Write back despite blocking gate findings, for this reason. */
  allowUnverified?: string;
}

export interface WrittenBack {
  content: Buffer;
  format: 'docx' | 'xlsx';
  gate: GateReport;
}

export async function writeBackStoredBid(options: WriteBackStoredBidOptions): Promise<WrittenBack> {
  if (options.answers.length === 0) throw new AppError('CONFLICT', 'No question of this bid has an answer yet: draft at least one before writing the answers back.');
  const reason = options.allowUnverified?.trim();
  if (options.allowUnverified !== undefined && !reason) throw new AppError('INVALID_INPUT', 'A reason is needed to write back unverified content.');
  const reports: GateReport[] = [];
  for (const [index, { section }] of options.answers.entries()) reports.push(await runExportGate(section, { index }));
  const gate = mergeGateReports(reports);
  if (!gate.ok && reason === undefined) throw new AppError('EXPORT_BLOCKED', describeBlockingFindings(gate), { details: gate });
  const pack = await readTenderPack({ file: options.pack.fileName, content: options.pack.content, period: parseReportingPeriod(options.period) });
  const answers = options.answers.map(({ number, section }) => {
    const question = pack.questions.find((entry) => entry.number === number);
    if (!question) throw new AppError('CONFLICT', `${pack.file} has no question ${number} to write its answer into; the pack lists ${pack.questions.map((entry) => entry.number).join(', ')}.`);
    return { question, section };
  });
  return { content: await writeBackAnswers({ pack, packContent: options.pack.content, answers }), format: pack.format, gate };
}
