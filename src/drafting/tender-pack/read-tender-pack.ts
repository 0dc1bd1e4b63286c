/**
 * `assured questions`: the questions of a buyer's tender pack (.docx or .xlsx) in the buyer's
 * order, each with its number, text, limit, weighting, the topics it asks about and how much it
 * is about involvement. Problems name their place in the file; a pack with no readable question
 * is an error that says what was looked for.
 */
import path from 'node:path';
import { readQuestion, type ReadQuestionOptions } from '../question/read-question.js';
import { readWordPack } from './read-word-pack.js';
import { openWorkbook, readWorkbookPack } from './read-workbook-pack.js';
import { scoreInvolvement } from './score-involvement.js';
import type { RawPack } from './raw-question.js';
import type { TenderPack, TenderPackProblem } from './tender-pack-schema.js';
import { openWordPackage, unreadable } from './word-package.js';

export interface ReadTenderPackOptions extends ReadQuestionOptions {
  /** The file's name: its extension says how to read it. */
  file: string;
  content: Uint8Array;
}

export type TenderPackFormat = TenderPack['format'];

export function tenderPackFormat(file: string): TenderPackFormat {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.docx') return 'docx';
  if (extension === '.xlsx') return 'xlsx';
  throw unreadable(file, `cannot be read as a tender pack: expected a .docx (Word) or .xlsx (Excel) file, got "${extension || 'no extension'}". Save a .doc, .xls or .pdf pack as .docx or .xlsx first.`);
}

function duplicateNumbers(raw: RawPack): TenderPackProblem[] {
  const seen = new Map<string, string>();
  const problems: TenderPackProblem[] = [];
  for (const question of raw.questions) {
    const earlier = seen.get(question.number);
    if (earlier) problems.push({ code: 'DUPLICATE_NUMBER', place: question.place, message: `Question ${question.number} at ${question.place.label} has the same number as the one at ${earlier}; answers are matched by number, so give each a distinct one.` });
    else seen.set(question.number, question.place.label);
  }
  return problems;
}

export async function readTenderPack(options: ReadTenderPackOptions): Promise<TenderPack> {
  const name = path.basename(options.file);
  const format = tenderPackFormat(name);
  const raw = format === 'docx' ? readWordPack(await openWordPackage(options.content, name)) : readWorkbookPack(await openWorkbook(options.content, name));
  if (raw.questions.length === 0) {
    const looked = format === 'docx' ? 'numbered headings followed by a question, numbered list items that ask something, or a table with a "Question" column' : 'a sheet with a header row naming a "Question" column (and a limit, weighting or answer column)';
    throw unreadable(name, `has no question Assured can read: it looked for ${looked}.`);
  }
  const questions = raw.questions.map((question) => {
    const analysis = readQuestion(question.text, options.period ? { period: options.period } : {});
    return { ...question, topics: analysis.topics, involvement: scoreInvolvement(analysis) };
  });
  return { file: name, format, questions, problems: [...raw.problems, ...duplicateNumbers(raw)] };
}
