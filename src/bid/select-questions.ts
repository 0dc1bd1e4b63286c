import type { TenderPack, TenderQuestion } from '../drafting/tender-pack/tender-pack-schema.js';
import { AppError } from '../shared/app-error.js';

/** `involvement` (the questions about involvement), `all`, or the buyer's numbers. */
export type QuestionSelection = 'involvement' | 'all' | readonly string[];

/** The chosen questions in the buyer's order; an unknown number is an error listing the pack's numbers. */
export function selectQuestions(pack: TenderPack, selection: QuestionSelection): TenderQuestion[] {
  if (selection === 'all') return [...pack.questions];
  if (selection === 'involvement') {
    const chosen = pack.questions.filter((question) => question.involvement.involvement);
    if (chosen.length === 0) throw new AppError('INVALID_INPUT', `${pack.file}: no question is about involvement; choose questions by number (${pack.questions.map((question) => question.number).join(', ')}) or all.`);
    return chosen;
  }
  const wanted = new Set(selection.map((number) => number.trim()).filter(Boolean));
  const unknown = [...wanted].filter((number) => !pack.questions.some((question) => question.number === number));
  if (unknown.length > 0) throw new AppError('INVALID_INPUT', `${pack.file} has no question ${unknown.join(', ')}; its questions are ${pack.questions.map((question) => question.number).join(', ')}.`);
  if (wanted.size === 0) throw new AppError('INVALID_INPUT', 'Choose at least one question.');
  return pack.questions.filter((question) => wanted.has(question.number));
}
