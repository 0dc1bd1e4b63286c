/**
 * Questions in an Excel tender pack: on every sheet, a header row naming a question column (found
 * in the first rows, merged header cells read once), then one question per row. Limits come from
 * a limit column (a bare number counted as its header says, or words such as "250 words") or the
 * question's own words; a weighting column may hold a share (0.15 shown as 15%) or a percent.
 * Section rows merged across the sheet and rows without a question are passed over.
 */
import ExcelJS from 'exceljs';
import { findLimit, findWeighting, isMetadataOnly, readLimitCell, withoutMetadata } from './read-limit.js';
import { readPercent } from './read-word-pack.js';
import { columnRoles, leadingNumber, type RawPack, type RawQuestion } from './raw-question.js';
import type { PackPlace, TenderPackProblem } from './tender-pack-schema.js';
import { unpackPackage, unreadable } from './word-package.js';

/** Header rows are looked for in the first rows of a sheet only. */
const HEADER_SEARCH_ROWS = 20;
/** Fewer words than this in the question column is a label ("Total weighting"), not a question. */
const MIN_QUESTION_WORDS = 4;

export function cellPlace(sheet: string, cell: string): PackPlace {
  return { kind: 'cell', sheet, cell, label: `sheet '${sheet}' cell ${cell}` };
}

/** A cell's value as text: rich text joined, a formula's result, a hyperlink's text. */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('').trim();
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result).trim();
    if ('text' in value) return String(value.text).trim();
  }
  return String(cell.text ?? '').trim();
}

function headerTexts(row: ExcelJS.Row, width: number): string[] {
  const seen = new Set<string>();
  const texts: string[] = [];
  for (let column = 1; column <= width; column += 1) {
    const cell = row.getCell(column);
    // A merged header is read once, at its first cell.
    const master = cell.isMerged ? cell.master.address : cell.address;
    texts.push(seen.has(master) ? '' : cellText(cell));
    seen.add(master);
  }
  return texts;
}

function readSheet(sheet: ExcelJS.Worksheet, problems: TenderPackProblem[]): RawQuestion[] {
  const width = Math.max(sheet.columnCount, 1);
  let headerRow: number | undefined;
  let headers: string[] = [];
  for (let rowNumber = 1; rowNumber <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); rowNumber += 1) {
    const texts = headerTexts(sheet.getRow(rowNumber), width);
    const roles = columnRoles(texts);
    if (roles.has('question') && roles.size >= 2) {
      headerRow = rowNumber;
      headers = texts;
      break;
    }
  }
  if (headerRow === undefined) return [];
  const roles = columnRoles(headers);
  const questionColumn = roles.get('question')! + 1;
  const numberColumn = roles.has('number') ? roles.get('number')! + 1 : undefined;
  const limitColumn = roles.has('limit') ? roles.get('limit')! + 1 : undefined;
  const weightingColumn = roles.has('weighting') ? roles.get('weighting')! + 1 : undefined;
  const answerColumn = roles.has('answer') ? roles.get('answer')! + 1 : undefined;

  const questions: RawQuestion[] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const questionCell = row.getCell(questionColumn);
    // A section heading merged across the row starts left of the question column.
    if (questionCell.isMerged && Number(questionCell.master.col) < questionColumn) continue;
    const raw = cellText(questionCell);
    if (raw.split(/\s+/u).filter(Boolean).length < MIN_QUESTION_WORDS) continue;
    const place = cellPlace(sheet.name, questionCell.address);
    const typed = numberColumn !== undefined ? cellText(row.getCell(numberColumn)) : '';
    const leading = typed === '' ? leadingNumber(raw) : undefined;
    const questionText = leading ? leading.rest : raw;
    const text = questionText.split(/\n\s*\n/u).filter((paragraph) => !isMetadataOnly(paragraph)).map(withoutMetadata).filter(Boolean).join('\n\n') || questionText;
    const number = typed || leading?.number;
    if (!number) problems.push({ code: 'NUMBER_MISSING', place, message: `The question at ${place.label} has no number; it is listed by its row, ${sheet.name}!${rowNumber}.` });

    let limit = findLimit(raw);
    if (limitColumn !== undefined) {
      const cell = row.getCell(limitColumn);
      const value = typeof cell.value === 'number' ? cell.value : cellText(cell);
      const read = readLimitCell(value, headers[limitColumn - 1]!);
      if (read === 'unreadable') {
        const limitPlace = cellPlace(sheet.name, cell.address);
        problems.push({ code: 'LIMIT_UNREADABLE', place: limitPlace, message: `Cannot read a limit from "${String(value).slice(0, 60)}" at ${limitPlace.label}: expected a whole number under a header that says words, characters or pages, or words such as "500 words".` });
      } else if (read) limit = read;
    }

    let weighting: { percent: number; text: string } | undefined;
    if (weightingColumn !== undefined) {
      const cell = row.getCell(weightingColumn);
      const text = cellText(cell);
      if (text !== '') {
        const shownAsPercent = typeof cell.value === 'number' && /%/u.test(cell.numFmt ?? '');
        const percent = shownAsPercent ? Math.round((cell.value as number) * 10000) / 100 : readPercent(text);
        if (percent === undefined) {
          const weightingPlace = cellPlace(sheet.name, cell.address);
          problems.push({ code: 'WEIGHTING_UNREADABLE', place: weightingPlace, message: `Cannot read a weighting from "${text.slice(0, 60)}" at ${weightingPlace.label}: expected a percentage such as 15%.` });
        } else weighting = { percent, text: shownAsPercent ? `${percent}%` : text };
      }
    } else {
      const found = findWeighting(raw);
      if (found) weighting = { percent: found.percent, text: found.text };
    }

    questions.push({
      number: number ?? `${sheet.name}!${rowNumber}`,
      text,
      ...(limit ? { limit: limit.limit, limitText: limit.text } : {}),
      ...(weighting ? { weighting } : {}),
      place,
      ...(answerColumn !== undefined ? { answerPlace: cellPlace(sheet.name, row.getCell(answerColumn).address) } : {}),
    });
    if (answerColumn === undefined) problems.push({ code: 'ANSWER_PLACE_MISSING', place, message: `Sheet '${sheet.name}' has no answer column (a header such as "Response" or "Answer"), so answers cannot be written back beside ${place.label}.` });
  }
  return questions;
}

export async function openWorkbook(content: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  // Bounded first: exceljs unpacks everything it is given.
  await unpackPackage(content, file, 'an Excel workbook (.xlsx)');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw unreadable(file, 'is not an Excel workbook (.xlsx) that can be opened. Save the pack as .xlsx (Excel 2007 or later) and try again.');
  }
  return workbook;
}

export function readWorkbookPack(workbook: ExcelJS.Workbook): RawPack {
  const problems: TenderPackProblem[] = [];
  const questions = workbook.worksheets.flatMap((sheet) => readSheet(sheet, problems));
  return { questions, problems };
}
