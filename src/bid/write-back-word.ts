/**
 * Writes answers into the buyer's own Word form: into the answer cell under (or beside) each
 * question of a form table, or as paragraphs after the question's last paragraph. Only those
 * places change; the rest of the package (styles, numbering, headers, other parts) is kept byte
 * for byte.
 */
import type { TenderQuestion } from '../drafting/tender-pack/tender-pack-schema.js';
import { childElements, DOCUMENT_PART, openWordPackage, readBody, serialiseXml, W_NS } from '../drafting/tender-pack/word-package.js';
import { AppError } from '../shared/app-error.js';
import type { WrittenAnswer } from './write-back-workbook.js';

function answerParagraph(document: Document, text: string, properties: Element | undefined): Element {
  const paragraph = document.createElementNS(W_NS, 'w:p');
  if (properties) paragraph.appendChild(properties.cloneNode(true));
  const run = document.createElementNS(W_NS, 'w:r');
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) run.appendChild(document.createElementNS(W_NS, 'w:br'));
    const words = document.createElementNS(W_NS, 'w:t');
    words.setAttribute('xml:space', 'preserve');
    words.appendChild(document.createTextNode(line));
    run.appendChild(words);
  });
  paragraph.appendChild(run);
  return paragraph;
}

function missing(file: string, question: TenderQuestion, what: string): AppError {
  return new AppError('INVALID_INPUT', `${file}: cannot write the answer to question ${question.number}: ${what}.`);
}

export async function writeBackWord(options: { file: string; content: Uint8Array; answers: readonly WrittenAnswer[]; paragraphsOf: (answer: WrittenAnswer) => string[] }): Promise<Buffer> {
  const word = await openWordPackage(options.content, options.file);
  const blocks = readBody(word);
  const document = word.document;
  for (const answer of options.answers) {
    const place = answer.question.answerPlace;
    const paragraphs = options.paragraphsOf(answer);
    if (!place) throw missing(options.file, answer.question, 'it has no answer place');
    if (place.kind === 'table-cell') {
      const table = blocks.find((block) => block.kind === 'table' && block.index === place.table);
      const cell = table?.kind === 'table' ? table.rows[place.row - 1]?.[place.column - 1]?.element : undefined;
      if (!cell) throw missing(options.file, answer.question, `${place.label} is not in the document`);
      const existing = childElements(cell, 'p');
      const properties = existing[0] ? childElements(existing[0], 'pPr')[0] : undefined;
      for (const paragraph of existing) cell.removeChild(paragraph);
      // A Word cell must end with a paragraph, even when the answer is empty.
      for (const text of paragraphs.length > 0 ? paragraphs : ['']) cell.appendChild(answerParagraph(document, text, properties));
    } else if (place.kind === 'paragraph') {
      const after = blocks.find((block) => block.kind === 'paragraph' && block.index === place.paragraph);
      if (!after) throw missing(options.file, answer.question, `${place.label} is not in the document`);
      const anchor = after.element;
      let previous: Element = anchor;
      for (const text of paragraphs) {
        const paragraph = answerParagraph(document, text, undefined);
        anchor.parentNode!.insertBefore(paragraph, previous.nextSibling);
        previous = paragraph;
      }
    } else {
      throw missing(options.file, answer.question, `${place.label} is a worksheet cell`);
    }
  }
  word.zip.file(DOCUMENT_PART, serialiseXml(document));
  return word.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
