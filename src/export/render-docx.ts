/**
 * Writes the export model as a Word document with the `docx` package: A4, the style's margins,
 * font, size and line spacing as document defaults, UK English on every run, real Heading 1/2
 * styles (navigation pane, table of contents), each question on its own page; and when the
 * model's content asks: header and footer with the bidder's name and "Page X of Y", and a
 * footnote (or endnote) after every number of the response.
 * Paragraphs are built directly from the model: no per-run look-ups, so ten questions stay fast.
 */
import {
  AlignmentType,
  Document,
  EndnoteReferenceRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { APPENDIX_HEADING, APPENDIX_WARNING, type ExportModel, type ModelBlock, type ModelQuestion, type SourceNote } from './build-export-model.js';
import type { ExportStyle } from './export-style-schema.js';

/** A4 in twentieths of a point. */
const A4_WIDTH_TWIPS = 11906;
const A4_HEIGHT_TWIPS = 16838;
const TWIPS_PER_CM = 1440 / 2.54;
const TABLE_TEXT_HALF_POINTS = 18;
/** Paragraph style of table cells: smaller text, no space after, defined once in styles.xml. */
const TABLE_TEXT_STYLE = 'TableText';
const HEADER_TEXT_HALF_POINTS = 18;
const TABLE_HEADER_FILL = 'D9E2F3';

const twips = (cm: number): number => Math.round(cm * TWIPS_PER_CM);
const halfPoints = (points: number): number => Math.round(points * 2);

function noteRun(style: ExportStyle, number: number): ParagraphChild {
  return style.notes === 'endnotes' ? new EndnoteReferenceRun(number) : new FootnoteReferenceRun(number);
}

function blockParagraph(block: ModelBlock, style: ExportStyle): Paragraph {
  const children: ParagraphChild[] = [];
  if (block.kind === 'numbered') children.push(new TextRun(`${block.number ?? 1}.\t`));
  for (const segment of block.segments) {
    if (segment.kind === 'note') children.push(noteRun(style, segment.number));
    // Only set marks that are on: `bold: false` would still write an element into every run.
    else if (!segment.bold && !segment.italic) children.push(new TextRun(segment.text));
    else children.push(new TextRun({ text: segment.text, ...(segment.bold ? { bold: true } : {}), ...(segment.italic ? { italics: true } : {}) }));
  }
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ heading: HeadingLevel.HEADING_3, children });
    case 'bullet':
      return new Paragraph({ bullet: { level: 0 }, children });
    case 'numbered':
      return new Paragraph({ indent: { left: 425, hanging: 425 }, children });
    default:
      return new Paragraph({ children });
  }
}

function cellParagraph(text: string, bold: boolean): Paragraph {
  return new Paragraph({
    style: TABLE_TEXT_STYLE,
    children: [new TextRun(bold ? { text, bold: true } : text)],
  });
}

/** A full-width table; `shares` are the columns' fractions of the text width. */
function table(headers: readonly string[], rows: readonly (readonly string[])[], shares: readonly number[], textWidth: number): Table {
  const widths = shares.map((share) => Math.round(share * textWidth));
  const row = (cells: readonly string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell, column) =>
          new TableCell({
            width: { size: widths[column] ?? 0, type: WidthType.DXA },
            ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: TABLE_HEADER_FILL } } : {}),
            children: [cellParagraph(cell, header)],
          }),
      ),
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    // Cell padding once for the table rather than on every cell.
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [row(headers, true), ...rows.map((cells) => row(cells, false))],
  });
}

/** Column shares of the evidence table: the short table gives the figure the room the long place and source took. */
const EVIDENCE_SHARES: Readonly<Record<'short' | 'full', readonly number[]>> = {
  short: [0.34, 0.2, 0.12, 0.14, 0.2],
  full: [0.27, 0.17, 0.12, 0.17, 0.27],
};

function questionContent(question: ModelQuestion, index: number, model: ExportModel, style: ExportStyle, textWidth: number): (Paragraph | Table)[] {
  const { content: include } = model;
  const withEvidence = include.evidenceTable !== 'none';
  const content: (Paragraph | Table)[] = [
    // Every question after the first starts on a new page.
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: index > 0, children: [new TextRun(question.heading)] }),
    // The buyer's words, set apart from the answer.
    ...question.question.map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: true })] })),
  ];
  if (include.details) content.push(...question.details.map((detail) => new Paragraph({ children: [new TextRun({ text: detail, italics: true })] })));
  if (include.details || withEvidence || question.question.length > 0) content.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Response')] }));
  content.push(...question.blocks.map((block) => blockParagraph(block, style)));
  if (include.countLine) content.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: question.countLine, bold: true })] }));
  if (include.evidenceTable === 'none') return content;
  content.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Evidence')] }));
  if (question.evidence.length === 0) {
    content.push(new Paragraph('The response cites no figures or standards.'));
  } else {
    content.push(
      table(
        ['Figure', 'Value', 'Period', 'Place', 'Source'],
        question.evidence.map((row) => [row.label, row.value, row.period, row.place, row.source]),
        EVIDENCE_SHARES[include.evidenceTable],
        textWidth,
      ),
    );
  }
  return content;
}

function appendixContent(appendix: NonNullable<ExportModel['appendix']>, textWidth: number): (Paragraph | Table)[] {
  const content: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(APPENDIX_HEADING)] }),
    new Paragraph({
      children: [
        new TextRun({ text: `${APPENDIX_WARNING} `, bold: true }),
        new TextRun('This document was exported although the export gate found content it could not verify. Reason given: '),
        new TextRun({ text: appendix.reason, bold: true }),
      ],
    }),
  ];
  if (appendix.entries.length === 0) {
    content.push(new Paragraph('The gate found no unverified claims and no response over its limit.'));
  } else {
    content.push(
      table(
        ['Question', 'Where', 'Text', 'Finding', 'Detail'],
        appendix.entries.map((entry) => [entry.question, `paragraph ${entry.paragraph}`, entry.text, entry.finding, entry.message]),
        [0.13, 0.15, 0.12, 0.16, 0.44],
        textWidth,
      ),
    );
  }
  return content;
}

function notesOption(notes: readonly SourceNote[]): Record<string, { children: Paragraph[] }> {
  const result: Record<string, { children: Paragraph[] }> = {};
  // Word puts a space between the note's number and its text; docx writes only the number.
  for (const note of notes) result[String(note.number)] = { children: [new Paragraph(` ${note.text}`)] };
  return result;
}

export function buildDocxDocument(model: ExportModel, style: ExportStyle): Document {
  const margins = style.marginsCm;
  const textWidth = A4_WIDTH_TWIPS - twips(margins.left) - twips(margins.right);
  const headingFont = style.headingFont ?? style.font;
  const heading = (points: number, level: number) => ({
    run: { font: headingFont, size: halfPoints(points), bold: true, color: '1F3864' },
    paragraph: { keepNext: true, outlineLevel: level, spacing: { before: 240, after: 120 } },
  });
  const notes = notesOption(model.questions.flatMap((question) => question.notes));
  const pageText = (text: string): TextRun => new TextRun({ text, size: HEADER_TEXT_HALF_POINTS });

  const titleBlock = model.content.titleBlock
    ? [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
        ...model.titleLines.map((line) => new Paragraph({ children: [new TextRun({ text: `${line.label}: `, bold: true }), new TextRun(line.value)] })),
      ]
    : [];
  const body: (Paragraph | Table)[] = [
    ...titleBlock,
    ...model.questions.flatMap((question, index) => questionContent(question, index, model, style, textWidth)),
    ...(model.appendix ? appendixContent(model.appendix, textWidth) : []),
  ];

  return new Document({
    title: model.title,
    creator: model.bidderName,
    description: 'Tender response exported by Assured',
    styles: {
      default: {
        document: {
          run: { font: style.font, size: halfPoints(style.fontSizePt), language: { value: style.language } },
          paragraph: { spacing: { line: Math.round(240 * style.lineSpacing), lineRule: LineRuleType.AUTO, after: 160 } },
        },
        title: { run: { font: headingFont, size: halfPoints(20), bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
        heading1: heading(16, 0),
        heading2: heading(13, 1),
        heading3: heading(style.fontSizePt, 2),
        footnoteText: { run: { size: halfPoints(Math.max(8, style.fontSizePt - 2)) }, paragraph: { spacing: { after: 0, line: 240 } } },
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: TABLE_TEXT_HALF_POINTS },
          paragraph: { spacing: { after: 0 } },
        },
      ],
    },
    ...(Object.keys(notes).length === 0 ? {} : style.notes === 'endnotes' ? { endnotes: notes } : { footnotes: notes }),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH_TWIPS, height: A4_HEIGHT_TWIPS },
            margin: { top: twips(margins.top), right: twips(margins.right), bottom: twips(margins.bottom), left: twips(margins.left) },
          },
        },
        // The submission carries nothing but questions and answers: the bidder is named only with the title block.
        ...(model.content.titleBlock ? pageFurniture(model, pageText) : {}),
        children: body,
      },
    ],
  });
}

function pageFurniture(model: ExportModel, pageText: (text: string) => TextRun): { headers: { default: Header }; footers: { default: Footer } } {
  return {
    headers: {
      default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [pageText(model.headerText)] })] }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              pageText(`${model.bidderName} · Page `),
              new TextRun({ children: [PageNumber.CURRENT], size: HEADER_TEXT_HALF_POINTS }),
              pageText(' of '),
              new TextRun({ children: [PageNumber.TOTAL_PAGES], size: HEADER_TEXT_HALF_POINTS }),
            ],
          }),
        ],
      }),
    },
  };
}

export async function renderDocx(model: ExportModel, style: ExportStyle): Promise<Buffer> {
  return Packer.toBuffer(buildDocxDocument(model, style));
}
