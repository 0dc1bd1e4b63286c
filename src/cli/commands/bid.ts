import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBid, type BidResult } from '../../bid/run-bid.js';
import type { BidConsistencyReport } from '../../bid/check-bid-consistency.js';
import { selectQuestions, type QuestionSelection } from '../../bid/select-questions.js';
import { isAppError } from '../../shared/app-error.js';
import { llmOptionsFromEnv } from '../../drafting/llm/draft-with-model.js';
import type { TenderPackProblem } from '../../drafting/tender-pack/tender-pack-schema.js';
import type { GateReport } from '../../export/gate-schema.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../command.js';
import { ORG_FLAG, PERIOD_FLAG, SERVICE_FLAG, TEXT_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { InputError } from '../read-input.js';
import { withDatabase } from '../with-database.js';
import { formatGateFindings } from './export.js';
import { readSubmissionFlags, SUBMISSION_FLAGS, writeTenderExtras } from './export-flags.js';
import { describeLimit, readPackBytes, readTenderPackFile } from './questions.js';

export function parseSelection(value: string): QuestionSelection {
  const trimmed = value.trim();
  if (trimmed === 'involvement' || trimmed === 'all') return trimmed;
  const numbers = trimmed.split(',').map((number) => number.trim()).filter(Boolean);
  if (numbers.length === 0) throw new InputError('--questions must be involvement, all or a comma-separated list of question numbers (e.g. 2.1,2.3)');
  return numbers;
}

export function formatConsistency(report: BidConsistencyReport, allowed?: string): string {
  if (report.findings.length === 0) return 'One bid, one story: every figure, practice and example reads the same across the answers.';
  const blocking = report.findings.filter((finding) => finding.blocking).length;
  const state = blocking === 0 ? 'none blocking' : allowed ? `${blocking} blocking, allowed: ${allowed}` : `${blocking} blocking`;
  const lines = [`Consistency across the bid: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${state})`];
  for (const finding of report.findings) lines.push(`  [${finding.kind}${finding.blocking ? '' : ', note'}] ${finding.message}`);
  return lines.join('\n');
}

export function formatBidText(result: BidResult, written: string[], problems: readonly TenderPackProblem[]): string {
  const lines = [
    ...(problems.length > 0 ? ['Could not read in the pack (answer these by hand or fix the pack):', ...problems.map((problem) => `  ${problem.place.label}  ${problem.code}  ${problem.message}`), ''] : []),
   `${result.questions.length} question${result.questions.length === 1 ? '' : 's'} drafted:`];
  result.questions.forEach((question, index) => {
    const section = result.sections[index]!;
    const count = section.review?.count;
    const blocking = section.review?.findings.filter((finding) => finding.blocking).length ?? 0;
    lines.push(`  ${question.number.padEnd(6)} ${describeLimit(question.limit).padEnd(28)} ${count ? `${count.words} words, ${count.characters} characters` : ''}${blocking > 0 ? `, ${blocking} blocking finding(s)` : ''}`);
  });
  lines.push('', formatConsistency(result.consistency, result.allowedInconsistency));
  if (result.blocked?.by === 'gate') lines.push('', formatGateFindings(result.blocked.gate as GateReport, result.sections.map((section) => section.question.number ?? ''), true));
  if (written.length > 0) lines.push('', ...written.map((file) => `Wrote ${file}`));
  if (result.blocked?.by === 'page-limit') lines.push('', `Nothing was written: ${result.blocked.message}`);
  else if (result.blocked) lines.push('', `Nothing was written: the ${result.blocked.by === 'gate' ? 'export gate' : 'consistency report'} has blocking findings; fix them, or allow them with ${result.blocked.by === 'gate' ? '--allow-unverified' : '--allow-inconsistent'} "REASON".`);
  return lines.join('\n');
}

async function writeOutput(io: CliIO, file: string, content: Buffer): Promise<string> {
  const target = path.resolve(io.cwd, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
  return file;
}

export const bidCommand = defineCommand({
  name: 'bid',
  summary: "Draft a whole bid from the buyer's tender pack: every chosen question, one submission, answers written back into the buyer's file",
  usage:
    'assured bid TENDER.docx|TENDER.xlsx --period PERIOD [--questions involvement|all|LIST] [--out BID.docx] [--pack PACK.docx|PACK.html] [--portal DIR] [--write-back FILLED.xlsx|FILLED.docx] [--allow-inconsistent REASON] [--allow-unverified REASON] [--service NAME...] [--org SLUG] [--drafter template|llm] [--tender NAME] [--include LIST] [--page-limit N] [--format json|text]',
  arguments: [{ name: 'TENDER', description: "the buyer's tender pack: a Word (.docx) or Excel (.xlsx) file" }],
  flags: {
    period: PERIOD_FLAG,
    questions: { type: 'string', value: 'WHICH', default: 'involvement', description: 'involvement (the questions about involvement), all, or question numbers separated by commas', example: '--questions 2.1,2.3' },
    out: { type: 'string', value: 'BID.docx', description: "the submission: every answer in the buyer's order", example: '--out bid.docx' },
    'write-back': { type: 'string', value: 'FILLED', description: "a copy of the buyer's file with each answer in its answer cell (same format as the pack)", example: '--write-back filled.xlsx' },
    'allow-inconsistent': { type: 'string', value: 'REASON', description: 'go ahead although answers quote a figure or a practice differently or repeat an example, recording why', example: '--allow-inconsistent "Q2 reports the year, Q4 the quarter, as asked"' },
    'allow-unverified': { type: 'string', value: 'REASON', description: 'export despite unverified numbers or practices, recording why', example: '--allow-unverified "figures confirmed by the RM"' },
    service: SERVICE_FLAG,
    org: ORG_FLAG,
    drafter: { type: 'string', value: 'DRAFTER', default: 'template', description: 'template (no model) or llm', example: '--drafter llm' },
    tender: { type: 'string', value: 'NAME', description: "the tender's name, for the document title", defaultText: "the pack's file name", example: '--tender "Supported living framework 2027"' },
    format: TEXT_FORMAT_FLAG,
    ...SUBMISSION_FLAGS,
  },
  examples: ['assured bid tender.xlsx --period 2026-Q2 --out bid.docx --pack verification.docx --portal portal/ --write-back filled.xlsx', 'assured bid tender.docx --period 2026-Q2 --questions all --format json'],
  notes: ['Exit codes: 0 drafted and written, 1 blocking findings (consistency or export gate; nothing written), 2 usage or input error.'],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError('give exactly one tender pack (.docx or .xlsx)');
    if (!values.period) throw new InputError('--period is required (e.g. 2026-Q2)');
    if (values.format !== 'text' && values.format !== 'json') throw new InputError(`--format must be json or text, got "${values.format}"`);
    if (values.drafter !== 'template' && values.drafter !== 'llm') throw new InputError(`--drafter must be template or llm, got "${values.drafter}"`);
    if (values.out !== undefined && path.extname(values.out).toLowerCase() !== '.docx') throw new InputError(`--out must end in .docx, got "${values.out}"`);
    const packFile = positionals[0]!;
    const packExtension = path.extname(packFile).toLowerCase();
    if (values['write-back'] !== undefined && path.extname(values['write-back']).toLowerCase() !== packExtension) {
      throw new InputError(`--write-back must be a ${packExtension} file like the pack (${packFile}), got "${values['write-back']}"`);
    }
    if (values['write-back'] !== undefined && path.resolve(io.cwd, values['write-back']) === path.resolve(io.cwd, packFile)) throw new InputError("--write-back must name a new file: the buyer's pack is never overwritten");
    const selection = parseSelection(values.questions);
    const choices = await readSubmissionFlags(io, values);
    const llm = values.drafter === 'llm' ? llmOptionsFromEnv(io.env) : undefined;
    if (llm && !llm.baseURL && !llm.apiKey) throw new InputError('--drafter llm needs OPENAI_BASE_URL or OPENAI_API_KEY (and ASSURED_MODEL) in the environment');

    const packContent = await readPackBytes(io, packFile);
    const pack = await readTenderPackFile(io, packFile, values.period, packContent);
    // Checked before the database opens, so a mistyped number fails at once.
    try {
      selectQuestions(pack, selection);
    } catch (error) {
      if (isAppError(error) && error.code === 'INVALID_INPUT') throw new InputError(error.message);
      throw error;
    }
    const result = await withDatabase(io, (db) =>
      runBid({
        db,
        period: values.period!,
        pack,
        packContent,
        questions: selection,
        ...(values.org ? { organisation: values.org } : {}),
        ...(values.service ? { services: values.service } : {}),
        drafter: values.drafter as 'template' | 'llm',
        ...(llm ? { llm } : {}),
        ...(values.tender ? { tenderName: values.tender } : {}),
        submission: values.out !== undefined,
        submissionOptions: { content: choices.content, ...(choices.style ? { style: choices.style } : {}), ...(choices.pageLimit !== undefined ? { pageLimit: choices.pageLimit } : {}) },
        writeBack: values['write-back'] !== undefined,
        // The pack and the portal text leave only through the gate, like the submission.
        gate: choices.pack !== undefined || choices.portal !== undefined,
        ...(values['allow-unverified'] !== undefined ? { allowUnverified: values['allow-unverified'] } : {}),
        ...(values['allow-inconsistent'] !== undefined ? { allowInconsistent: values['allow-inconsistent'] } : {}),
      }),
    );
    const written: string[] = [];
    if (result.submission && values.out) written.push(await writeOutput(io, values.out, result.submission));
    if (result.filled && values['write-back']) written.push(await writeOutput(io, values['write-back'], result.filled));
    if (!result.blocked) {
      const extras = await writeTenderExtras(io, choices, result.sections, {
        ...(result.gate ? { gate: result.gate } : {}),
        ...(values['allow-unverified'] !== undefined ? { allowUnverified: values['allow-unverified'] } : {}),
        ...(values.tender ? { titleOverrides: { tenderName: values.tender } } : {}),
      });
      if (extras.pack) written.push(extras.pack);
      if (extras.portal) written.push(...extras.portal.files.map((file) => path.join(extras.portal!.dir, file)), path.join(extras.portal.dir, extras.portal.counts));
    }
    if (values.format === 'json') {
      const { submission: _submission, filled: _filled, ...rest } = result;
      io.stdout(JSON.stringify({ ...rest, problems: pack.problems, written }, null, 2));
    } else io.stdout(formatBidText(result, written, pack.problems));
    return result.blocked ? EXIT_FINDINGS : EXIT_OK;
  },
});
