import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readTenderPack } from '../../drafting/tender-pack/read-tender-pack.js';
import type { TenderLimit, TenderPack, TenderQuestion } from '../../drafting/tender-pack/tender-pack-schema.js';
import { parsePeriod } from '../../evidence/period.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../command.js';
import { TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { DEFAULT_TABLE_WIDTH, formatTable } from '../format-table.js';
import { InputError } from '../read-input.js';

export async function readPackBytes(io: CliIO, file: string): Promise<Buffer> {
  try {
    return await readFile(path.resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** Reads the buyer's pack; the reader says what it is when it is not .docx or .xlsx. */
export async function readTenderPackFile(io: CliIO, file: string, period?: string, content?: Buffer): Promise<TenderPack> {
  return readTenderPack({ file, content: content ?? (await readPackBytes(io, file)), ...(period ? { period: parsePeriod(period) } : {}) });
}

const LIMIT_UNITS: Record<TenderLimit['kind'], string> = {
  words: 'words',
  characters: 'characters',
  'characters-no-spaces': 'characters without spaces',
  pages: 'pages',
};

export function describeLimit(limit: TenderLimit | undefined): string {
  if (!limit) return 'none given';
  return `${limit.value.toLocaleString('en-GB')} ${limit.value === 1 && limit.kind === 'pages' ? 'page' : LIMIT_UNITS[limit.kind]}`;
}

function involvementCell(question: TenderQuestion): string {
  return `${question.involvement.involvement ? 'yes' : 'no'} (${question.involvement.score.toFixed(2)})`;
}

export function formatQuestionsTable(pack: TenderPack, width = DEFAULT_TABLE_WIDTH): string {
  const rows = pack.questions.map((question) => [
    question.number,
    question.text.replace(/\n\n/gu, ' '),
    describeLimit(question.limit),
    question.weighting ? `${question.weighting.percent}%` : '',
    involvementCell(question),
    question.topics.map((topic) => `${topic.id}${topic.weight === 'weak' ? ' (weak)' : ''}`).join(', '),
  ]);
  const lines = [`${pack.file}: ${pack.questions.length} question${pack.questions.length === 1 ? '' : 's'}, ${pack.questions.filter((question) => question.involvement.involvement).length} about involvement`, '', formatTable(['No.', 'Question', 'Limit', 'Weight', 'Involvement', 'Topics'], rows, width)];
  if (pack.problems.length > 0) lines.push('', 'Could not read:', ...pack.problems.map((problem) => `  ${problem.place.label}  ${problem.code}  ${problem.message}`));
  return lines.join('\n');
}

export const questionsCommand = defineCommand({
  name: 'questions',
  summary: "List the questions of a buyer's tender pack (.docx or .xlsx) with their limits, weightings and topics",
  usage: 'assured questions TENDER.docx|TENDER.xlsx [--period PERIOD] [--format table|json]',
  arguments: [{ name: 'TENDER', description: "the buyer's tender pack: a Word (.docx) or Excel (.xlsx) file" }],
  flags: {
    period: { type: 'string', value: 'PERIOD', description: 'the reporting period, so "the last 12 months" reads as a window of dates', example: '--period 2026-Q3' },
    format: TABLE_FORMAT_FLAG,
  },
  examples: ['assured questions tender.docx', 'assured questions tender.xlsx --format json > questions.json'],
  notes: ['Exit codes: 0 every question read, 1 some places could not be read (listed), 2 usage or input error (not a .docx/.xlsx, or no question found).'],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError('give exactly one tender pack (.docx or .xlsx)');
    if (values.format !== 'table' && values.format !== 'json') throw new InputError(`--format must be table or json, got "${values.format}"`);
    const pack = await readTenderPackFile(io, positionals[0]!, values.period);
    io.stdout(values.format === 'json' ? JSON.stringify(pack, null, 2) : formatQuestionsTable(pack, io.columns ?? DEFAULT_TABLE_WIDTH));
    return pack.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
});
