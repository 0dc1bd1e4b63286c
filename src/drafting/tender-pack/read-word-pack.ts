/**
 * Questions in a Word tender pack, in the buyer's order, from three layouts: a numbered heading
 * followed by the question's paragraphs; a numbered list item (typed or Word's own numbering);
 * and a table whose header names a question column, with the answer in a column of its own or in
 * the row below ("Response" beside an empty cell).
 */
import { findLimit, findWeighting, isMetadataOnly, readLimitCell, withoutMetadata } from './read-limit.js';
import { asksSomething, columnRoles, leadingNumber, type RawPack, type RawQuestion } from './raw-question.js';
import { ANSWER_LABEL, LIMIT_MENTION, WEIGHTING_MENTION } from './tender-pack-phrases.js';
import type { PackPlace, TenderPackProblem } from './tender-pack-schema.js';
import { readBody, type WordPackage, type WordParagraph, type WordTable } from './word-package.js';

const ANSWER_ROW = new RegExp(ANSWER_LABEL, 'iu');
const MENTIONS_LIMIT = new RegExp(LIMIT_MENTION, 'iu');
const MENTIONS_WEIGHTING = new RegExp(WEIGHTING_MENTION, 'iu');

function paragraphPlace(paragraph: number, after = false): PackPlace {
  return { kind: 'paragraph', paragraph, label: after ? `after paragraph ${paragraph}` : `paragraph ${paragraph}` };
}

function cellPlace(table: number, row: number, column: number): PackPlace {
  return { kind: 'table-cell', table, row, column, label: `table ${table}, row ${row}, column ${column}` };
}

interface OpenBlock {
  number: string;
  title?: string;
  start: WordParagraph;
  paragraphs: WordParagraph[];
  /** The first paragraph is the question itself (a list item), not a title. */
  titleIsText: boolean;
}

/** A paragraph that announces a limit or weighting the patterns cannot read ("Word limit: see guidance"). */
function unreadableMetadata(block: OpenBlock, limitFound: boolean, weightingFound: boolean, problems: TenderPackProblem[]): void {
  for (const paragraph of block.paragraphs) {
    if (!limitFound && MENTIONS_LIMIT.test(paragraph.text)) {
      const place = paragraphPlace(paragraph.index);
      problems.push({ code: 'LIMIT_UNREADABLE', place, message: `Cannot read the limit of question ${block.number} from "${paragraph.text.slice(0, 80)}" at ${place.label}: expected words such as "(max 500 words)", "Maximum 2,000 characters" or "no more than one side of A4".` });
    }
    if (!weightingFound && MENTIONS_WEIGHTING.test(paragraph.text)) {
      const place = paragraphPlace(paragraph.index);
      problems.push({ code: 'WEIGHTING_UNREADABLE', place, message: `Cannot read the weighting of question ${block.number} from "${paragraph.text.slice(0, 80)}" at ${place.label}: expected a percentage such as "Weighting: 15%".` });
    }
  }
}

function closeBlock(block: OpenBlock, problems: TenderPackProblem[]): RawQuestion | undefined {
  const texts = block.paragraphs.map((paragraph) => paragraph.text).filter((text) => text !== '');
  const all = [...(block.title !== undefined ? [block.title] : []), ...texts].join(' ');
  const questionText = texts.filter((text) => !isMetadataOnly(text)).map(withoutMetadata).filter((text) => text !== '').join('\n\n');
  if (questionText === '') return undefined;
  const limit = findLimit(all);
  if (!asksSomething(questionText) && !limit) return undefined;
  const weighting = findWeighting(all);
  unreadableMetadata(block, limit !== undefined, weighting !== undefined, problems);
  const last = block.paragraphs.at(-1) ?? block.start;
  return {
    number: block.number,
    ...(block.title ? { title: block.title } : {}),
    text: questionText,
    ...(limit ? { limit: limit.limit, limitText: limit.text } : {}),
    ...(weighting ? { weighting: { percent: weighting.percent, text: weighting.text } } : {}),
    place: paragraphPlace(block.start.index),
    answerPlace: paragraphPlace(last.index, true),
  };
}

function readTable(table: WordTable, problems: TenderPackProblem[]): RawQuestion[] {
  const headerAt = table.rows.slice(0, 3).findIndex((row) => columnRoles(row.map((cell) => cell.text)).has('question'));
  if (headerAt < 0) return [];
  const headers = table.rows[headerAt]!.map((cell) => cell.text);
  const roles = columnRoles(headers);
  const questionColumn = roles.get('question')!;
  const questions: RawQuestion[] = [];
  for (let rowIndex = headerAt + 1; rowIndex < table.rows.length; rowIndex += 1) {
    const row = table.rows[rowIndex]!;
    if (row.length > 0 && ANSWER_ROW.test(row[0]!.text)) continue;
    const questionCell = row[questionColumn];
    if (!questionCell || questionCell.text === '') continue;
    const rowNumber = rowIndex + 1;
    const place = cellPlace(table.index, rowNumber, questionColumn + 1);
    const numberColumn = roles.get('number');
    const typed = numberColumn !== undefined ? row[numberColumn]?.text.trim() : undefined;
    const leading = leadingNumber(questionCell.text);
    const number = typed || leading?.number;
    const paragraphs = questionCell.paragraphs.map((text, index) => (index === 0 && !typed && leading ? leading.rest : text));
    const text = paragraphs.filter((paragraph) => !isMetadataOnly(paragraph)).map(withoutMetadata).filter((paragraph) => paragraph !== '').join('\n\n');
    if (!number) problems.push({ code: 'NUMBER_MISSING', place, message: `The question at ${place.label} has no number; it is listed as ${table.index}.${rowNumber}.` });

    let limit = findLimit(questionCell.text);
    const limitColumn = roles.get('limit');
    const limitCell = limitColumn !== undefined ? row[limitColumn] : undefined;
    if (limitCell && limitCell.text !== '') {
      const read = readLimitCell(limitCell.text, headers[limitColumn!]!);
      if (read === 'unreadable') {
        const limitPlace = cellPlace(table.index, rowNumber, limitColumn! + 1);
        problems.push({ code: 'LIMIT_UNREADABLE', place: limitPlace, message: `Cannot read a limit from "${limitCell.text.slice(0, 60)}" at ${limitPlace.label}: expected words such as "500 words", "2,000 characters" or "1 page".` });
      } else if (read) limit = read;
    }
    const weightingColumn = roles.get('weighting');
    const weightingText = weightingColumn !== undefined ? row[weightingColumn]?.text.trim() : undefined;
    let weighting: { percent: number; text: string } | undefined;
    if (weightingText) {
      const percent = readPercent(weightingText);
      if (percent !== undefined) weighting = { percent, text: weightingText };
      else {
        const weightingPlace = cellPlace(table.index, rowNumber, weightingColumn! + 1);
        problems.push({ code: 'WEIGHTING_UNREADABLE', place: weightingPlace, message: `Cannot read a weighting from "${weightingText.slice(0, 60)}" at ${weightingPlace.label}: expected a percentage such as 15%.` });
      }
    } else {
      const found = findWeighting(questionCell.text);
      if (found) weighting = { percent: found.percent, text: found.text };
    }

    // The answer goes in the answer column, or in the empty cell of a "Response" row below.
    let answerPlace: PackPlace | undefined;
    const answerColumn = roles.get('answer');
    const below = table.rows[rowIndex + 1];
    if (answerColumn !== undefined && row[answerColumn]) answerPlace = cellPlace(table.index, rowNumber, answerColumn + 1);
    else if (below && below.length > 0 && (ANSWER_ROW.test(below[0]!.text) || (below[questionColumn]?.text ?? '') === '')) answerPlace = cellPlace(table.index, rowNumber + 1, below.length);
    else problems.push({ code: 'ANSWER_PLACE_MISSING', place, message: `No answer cell for the question at ${place.label}: expected an answer column or a "Response" row below it.` });

    questions.push({
      number: number ?? `${table.index}.${rowNumber}`,
      text: text || questionCell.text,
      ...(limit ? { limit: limit.limit, limitText: limit.text } : {}),
      ...(weighting ? { weighting } : {}),
      place,
      ...(answerPlace ? { answerPlace } : {}),
    });
  }
  return questions;
}

/** "15%", "15", "0.15" (a share) → 15. */
export function readPercent(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/u.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return value > 0 && value <= 1 && !text.includes('%') ? Math.round(value * 10000) / 100 : value;
}

export function readWordPack(word: WordPackage): RawPack {
  const questions: RawQuestion[] = [];
  const problems: TenderPackProblem[] = [];
  let open: OpenBlock | undefined;
  const close = () => {
    if (open) {
      const question = closeBlock(open, problems);
      if (question) questions.push(question);
    }
    open = undefined;
  };
  for (const block of readBody(word)) {
    if (block.kind === 'table') {
      close();
      questions.push(...readTable(block, problems));
      continue;
    }
    if (block.style === 'title') continue;
    const listNumber = block.listLabel ? block.listLabel.replace(/[.)\s]+$/u, '') : undefined;
    const typed = leadingNumber(block.text);
    if (block.heading) {
      close();
      const number = listNumber ?? typed?.number;
      if (number) open = { number, title: listNumber ? block.text : typed!.rest, start: block, paragraphs: [], titleIsText: false };
      continue;
    }
    const startsItem = listNumber !== undefined || (typed !== undefined && asksSomething(typed.rest));
    // Inside a heading's block, a numbered line is part of that question; elsewhere it starts one.
    if (startsItem && !(open && !open.titleIsText)) {
      close();
      const text = listNumber !== undefined ? block.text : typed!.rest;
      open = { number: listNumber ?? typed!.number, start: block, paragraphs: [{ ...block, text }], titleIsText: true };
      continue;
    }
    if (open) open.paragraphs.push(block);
  }
  close();
  return { questions, problems };
}
