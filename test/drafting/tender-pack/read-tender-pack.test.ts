/** Reading buyers' tender packs: every question, limit and weighting of every fixture pack, and clear problems. */
import { readFile } from 'node:fs/promises';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTenderPack } from '../../../src/drafting/tender-pack/read-tender-pack.js';
import { findLimit, withoutMetadata } from '../../../src/drafting/tender-pack/read-limit.js';
import { MAX_PACK_PART_BYTES } from '../../../src/drafting/tender-pack/word-package.js';
import { isAppError } from '../../../src/shared/app-error.js';
import JSZip from 'jszip';

const PACKS = new URL('../../../fixtures/tender-packs/', import.meta.url);

interface Expected {
  number: string;
  contains: string;
  limit: { kind: string; value: number } | null;
  weighting: number | null;
  involvement: boolean;
}
const expected = JSON.parse(await readFile(new URL('expected.json', PACKS), 'utf8')) as Record<string, Expected[]>;

async function read(file: string) {
  return readTenderPack({ file, content: await readFile(new URL(file, PACKS)) });
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the read to fail');
}

describe('readTenderPack on the fixture packs', () => {
  it('covers three Word and two Excel packs', () => {
    const files = Object.keys(expected);
    expect(files.filter((file) => file.endsWith('.docx'))).toHaveLength(3);
    expect(files.filter((file) => file.endsWith('.xlsx'))).toHaveLength(2);
  });

  for (const [file, questions] of Object.entries(expected)) {
    it(`reads every question of ${file} with its number, limit, weighting and involvement`, async () => {
      const pack = await read(file);
      expect(pack.problems).toEqual([]);
      expect(pack.questions.map((question) => question.number)).toEqual(questions.map((question) => question.number));
      for (const [index, want] of questions.entries()) {
        const got = pack.questions[index]!;
        expect(got.text).toContain(want.contains);
        expect(got.limit ?? null).toEqual(want.limit);
        expect(got.weighting?.percent ?? null).toBe(want.weighting);
        expect({ number: got.number, involvement: got.involvement.involvement }).toEqual({ number: want.number, involvement: want.involvement });
        expect(got.involvement.reason.length).toBeGreaterThan(10);
        expect(got.answerPlace).toBeDefined();
      }
    });
  }

  it('keeps a question that runs over two paragraphs whole, and leaves the limit and weighting lines out of it', async () => {
    const pack = await read('headings-pack.docx');
    const question = pack.questions.find((entry) => entry.number === '2.2')!;
    expect(question.text.split('\n\n')).toHaveLength(2);
    expect(question.text).toMatch(/^Explain how you involve families/);
    expect(question.text).toMatch(/last 12 months\.$/);
    expect(question.text).not.toMatch(/Word limit|Weighting/);
    expect(question.title).toBe('Families and independent advocates');
    expect(question.topics.map((topic) => topic.id)).toEqual(expect.arrayContaining(['family-friends', 'advocacy']));
  });

  it('does not take numbered instructions for questions', async () => {
    const pack = await read('numbered-list-pack.docx');
    expect(pack.questions.some((question) => /portal|Late submissions/.test(question.text))).toBe(false);
  });

  it('finds the answer cell under each question of a Word form, and the answer column of a workbook', async () => {
    const form = await read('form-table-pack.docx');
    expect(form.questions.map((question) => question.answerPlace)).toEqual(
      [3, 5, 7, 9].map((row) => ({ kind: 'table-cell', table: 1, row, column: 2, label: `table 1, row ${row}, column 2` })),
    );
    const merged = await read('merged-headers-pack.xlsx');
    expect(merged.questions.map((question) => question.answerPlace?.label)).toEqual(['B3', 'B4', 'B6', 'B7'].map((cell) => `sheet 'Response form' cell ${cell.replace('B', 'F')}`));
  });
});

describe('limit phrasings', () => {
  const cases: [string, string, number][] = [
    ['Describe it. (max 500 words)', 'words', 500],
    ['Maximum 2,000 characters including spaces', 'characters', 2000],
    ['Maximum 1,500 characters excluding spaces', 'characters-no-spaces', 1500],
    ['no more than one side of A4', 'pages', 1],
    ['Word limit: 750', 'words', 750],
    ['Character limit of 3000', 'characters', 3000],
    ['two sides of A4', 'pages', 2],
    ['Up to 400 words', 'words', 400],
  ];
  it.each(cases)('reads %j as %s %d', (text, kind, value) => {
    expect(findLimit(text)?.limit).toEqual({ kind, value });
  });

  it('takes a limit standing apart out of the question, and leaves one woven into it', () => {
    expect(withoutMetadata('Describe your approach. (max 500 words)')).toBe('Describe your approach.');
    expect(withoutMetadata('Describe your approach. Maximum 2,000 characters including spaces.')).toBe('Describe your approach.');
    expect(withoutMetadata('In no more than 300 words, describe how people lead their reviews.')).toBe('In no more than 300 words, describe how people lead their reviews.');
  });
});

describe('what cannot be read is named with its place', () => {
  it('refuses a file that is not a Word package, naming the file and what to do', async () => {
    const error = await caught(readTenderPack({ file: 'pack.docx', content: Buffer.from('not a zip') }));
    expect(isAppError(error) && error.code).toBe('INVALID_INPUT');
    expect((error as Error).message).toMatch(/^pack\.docx: is not a Word document \(\.docx\)/);
    expect((error as { details: unknown }).details).toMatchObject({ reason: 'TENDER_PACK_UNREADABLE', file: 'pack.docx' });
  });

  it('refuses a PDF by its extension', async () => {
    const error = await caught(readTenderPack({ file: 'pack.pdf', content: Buffer.from('%PDF-1.7') }));
    expect((error as Error).message).toMatch(/expected a \.docx \(Word\) or \.xlsx \(Excel\) file, got "\.pdf"/);
  });

  it('says what it looked for when a Word file holds no question', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Thank you for your interest in this contract.')] })] }] });
    const error = await caught(readTenderPack({ file: 'letter.docx', content: await Packer.toBuffer(doc) }));
    expect((error as Error).message).toMatch(/letter\.docx: has no question Assured can read: it looked for numbered headings/);
  });

  it('lists a limit cell it cannot read with its sheet and cell, and still reads the question', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Method');
    sheet.addRow(['Ref', 'Question', 'Word limit', 'Response']);
    sheet.addRow(['M1', 'Describe how families take part in reviews when the person wants them to.', 'see guidance notes', '']);
    const pack = await readTenderPack({ file: 'method.xlsx', content: Buffer.from(await workbook.xlsx.writeBuffer()) });
    expect(pack.questions.map((question) => [question.number, question.limit])).toEqual([['M1', undefined]]);
    expect(pack.problems).toEqual([
      expect.objectContaining({ code: 'LIMIT_UNREADABLE', place: { kind: 'cell', sheet: 'Method', cell: 'C2', label: "sheet 'Method' cell C2" } }),
    ]);
    expect(pack.problems[0]!.message).toMatch(/Cannot read a limit from "see guidance notes" at sheet 'Method' cell C2/);
  });

  it('stops unpacking a part that swells past the bound, whatever the zip declares', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', ' '.repeat(MAX_PACK_PART_BYTES + 1));
    const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(content.length).toBeLessThan(200_000);
    const error = await caught(readTenderPack({ file: 'swollen.docx', content }));
    expect((error as Error).message).toMatch(/^swollen\.docx: has a part \(word\/document\.xml\) that unpacks to more than 32 MB/);
  });

  it('refuses a document whose XML declares entities', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>');
    const error = await caught(readTenderPack({ file: 'entities.docx', content: await zip.generateAsync({ type: 'nodebuffer' }) }));
    expect((error as Error).message).toMatch(/^entities\.docx: its word\/document\.xml is not well-formed XML/);
  });

  it('lists a limit and a weighting line it cannot read with their paragraphs', async () => {
    const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('4.1 Reviews')] }),
            paragraph('Describe how people lead their own reviews and choose who comes.'),
            paragraph('Word limit: see the guidance notes'),
            paragraph('Weighting: to be confirmed'),
          ],
        },
      ],
    });
    const pack = await readTenderPack({ file: 'guidance.docx', content: await Packer.toBuffer(doc) });
    expect(pack.questions.map((question) => [question.number, question.limit])).toEqual([['4.1', undefined]]);
    expect(pack.problems.map((problem) => [problem.code, problem.place.label])).toEqual([
      ['LIMIT_UNREADABLE', 'paragraph 3'],
      ['WEIGHTING_UNREADABLE', 'paragraph 4'],
    ]);
    expect(pack.problems[0]!.message).toMatch(/^Cannot read the limit of question 4\.1 from "Word limit: see the guidance notes" at paragraph 3/);
  });
});
