/**
 * Writes answers into the buyer's own workbook, in each question's answer cell. Only those cells'
 * values change: their formatting, the other sheets, formulas and column widths stay as the buyer
 * made them (exceljs reads and writes them back).
 */
import { openWorkbook } from '../drafting/tender-pack/read-workbook-pack.js';
import type { TenderQuestion } from '../drafting/tender-pack/tender-pack-schema.js';
import { AppError } from '../shared/app-error.js';

export interface WrittenAnswer {
  question: TenderQuestion;
  /** Plain text, paragraphs apart. */
  text: string;
}

export async function writeBackWorkbook(options: { file: string; content: Uint8Array; answers: readonly WrittenAnswer[] }): Promise<Buffer> {
  const workbook = await openWorkbook(options.content, options.file);
  for (const { question, text } of options.answers) {
    const place = question.answerPlace;
    if (!place || place.kind !== 'cell') throw new AppError('INVALID_INPUT', `${options.file}: question ${question.number} has no answer cell to write into (expected an answer column such as "Response").`);
    const sheet = workbook.getWorksheet(place.sheet);
    if (!sheet) throw new AppError('INVALID_INPUT', `${options.file}: the sheet '${place.sheet}' of question ${question.number} is missing.`);
    const cell = sheet.getCell(place.cell);
    cell.value = text;
    // Long answers need wrapping to be readable; any other alignment the buyer set is kept.
    if (!cell.alignment?.wrapText) cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical: cell.alignment?.vertical ?? 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
