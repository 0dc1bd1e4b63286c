/**
 * Writes a bid's answers into the buyer's own file, in the format it came in: the answer cell of
 * each question in a workbook, or the answer cell or paragraphs after each question of a Word
 * form. The buyer's cell holds what a portal would receive: the answer's plain text, counted the
 * same way as the portal text.
 */
import type { TenderPack, TenderQuestion } from '../drafting/tender-pack/tender-pack-schema.js';
import { portalPlainText } from '../export/portal-text.js';
import type { Section } from '../section/section-schema.js';
import { writeBackWord } from './write-back-word.js';
import { writeBackWorkbook } from './write-back-workbook.js';

export interface WriteBackAnswersOptions {
  pack: Pick<TenderPack, 'file' | 'format'>;
  /** The buyer's file as uploaded. */
  packContent: Uint8Array;
  /** Each question answered, with the section whose text goes into its place; others stay as the buyer left them. */
  answers: readonly { question: TenderQuestion; section: Pick<Section, 'responseText'> }[];
}

export async function writeBackAnswers(options: WriteBackAnswersOptions): Promise<Buffer> {
  const answers = options.answers.map(({ question, section }) => ({ question, text: portalPlainText(section.responseText) }));
  return options.pack.format === 'xlsx'
    ? writeBackWorkbook({ file: options.pack.file, content: options.packContent, answers })
    : writeBackWord({ file: options.pack.file, content: options.packContent, answers, paragraphsOf: (answer) => answer.text.split('\n\n') });
}
