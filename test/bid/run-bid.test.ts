/**
 * A whole bid on the fixture provider: drafted, exported, and written back into the buyer's own
 * workbook and Word form, which re-open with their formatting, other sheets and formulas.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalPlainText } from '../../src/export/portal-text.js';
import { draftBidAnswers, type DraftBidAnswersOptions } from '../../src/bid/draft-bid-answers.js';
import { runBid, type BidResult } from '../../src/bid/run-bid.js';
import type { Database } from '../../src/data/database.js';
import { readTenderPack } from '../../src/drafting/tender-pack/read-tender-pack.js';
import type { TenderPack } from '../../src/drafting/tender-pack/tender-pack-schema.js';
import { openWordPackage, readBody } from '../../src/drafting/tender-pack/word-package.js';
import { openFixtureDatabase } from '../drafting/support/fixture-provider.js';

const PACKS = new URL('../../fixtures/tender-packs/', import.meta.url);
// Drafting's own gate findings are drafting's tests; these tests are about the bid around them.
const ALLOW = { allowUnverified: 'bid plumbing test', allowInconsistent: 'bid plumbing test' };

let db: Database;
beforeAll(async () => {
  db = await openFixtureDatabase();
}, 60_000);
afterAll(async () => {
  await db?.close();
});

async function bid(file: string, questions: 'all' | 'involvement' | string[]): Promise<{ pack: TenderPack; content: Buffer; result: BidResult }> {
  const content = await readFile(new URL(file, PACKS));
  const pack = await readTenderPack({ file, content });
  const result = await runBid({ db, period: '2026-Q2', pack, packContent: content, questions, submission: true, writeBack: true, ...ALLOW });
  return { pack, content, result };
}

describe('runBid on an Excel pack', () => {
  it('drafts each chosen question to its own limit, exports one submission in order, and fills the answer column', async () => {
    const { pack, result } = await bid('several-sheets-pack.xlsx', 'involvement');
    expect(result.blocked).toBeUndefined();
    expect(result.questions.map((question) => question.number)).toEqual(['Q1.1', 'Q1.2', 'Q1.3', 'Q1.4', 'SV1']);
    expect(result.sections.map((section) => [section.question.number, section.limit])).toEqual(result.questions.map((question) => [question.number, question.limit]));

    const submission = (await mammoth.extractRawText({ buffer: result.submission! })).value;
    const positions = result.questions.map((question) => submission.indexOf(question.text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.filled! as unknown as ArrayBuffer);
    const quality = workbook.getWorksheet('Quality')!;
    result.questions.forEach((question, index) => {
      const place = question.answerPlace!;
      if (place.kind !== 'cell') throw new Error('expected a cell');
      expect(workbook.getWorksheet(place.sheet)!.getCell(place.cell).value).toBe(portalPlainText(result.sections[index]!.responseText));
    });
    // Not chosen, so left empty.
    expect(workbook.getWorksheet('Social value')!.getCell('E3').value).toBeNull();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Instructions', 'Quality', 'Social value', 'Scores']);
    expect(workbook.getWorksheet('Scores')!.getCell('B1').value).toMatchObject({ formula: 'SUM(Quality!D4:D7)' });
    expect(quality.getCell('D8').value).toMatchObject({ formula: 'SUM(D4:D7)' });
    expect(quality.getCell('A3').font).toMatchObject({ bold: true, name: 'Arial' });
    expect(quality.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFFFE699' } });
    expect(quality.getCell('E4').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(quality.getCell('D4').numFmt).toBe('0%');
    expect(quality.getColumn(2).width).toBe(70);
    expect(workbook.getWorksheet('Instructions')!.getCell('A3').value).toMatch(/^Answer each question in the blue cell/);

    // The filled workbook still reads as the same pack.
    const again = await readTenderPack({ file: 'filled.xlsx', content: result.filled! });
    expect(again.questions.map((question) => [question.number, question.limit])).toEqual(pack.questions.map((question) => [question.number, question.limit]));
  }, 60_000);
});

describe('runBid on Word packs', () => {
  it("writes each answer into the form's answer cell under its question", async () => {
    const { pack, result } = await bid('form-table-pack.docx', ['Q1', 'Q4']);
    expect(result.blocked).toBeUndefined();
    const body = readBody(await openWordPackage(result.filled!, 'filled.docx'));
    const table = body.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('expected the form table');
    expect(table.rows[2]![1]!.paragraphs).toEqual(portalPlainText(result.sections[0]!.responseText).split('\n\n').map((paragraph) => paragraph.replace(/\n/g, ' ')));
    expect(table.rows[8]![1]!.paragraphs).toEqual(portalPlainText(result.sections[1]!.responseText).split('\n\n').map((paragraph) => paragraph.replace(/\n/g, ' ')));
    expect(table.rows[4]![1]!.text).toBe('');
    expect(table.rows[2]![0]!.text).toBe('Response');
    // Another reader opens the filled form and finds the answer in it.
    const text = (await mammoth.extractRawText({ buffer: result.filled! })).value;
    expect(text).toContain(portalPlainText(result.sections[1]!.responseText).split('\n\n')[0]!);
    const again = await readTenderPack({ file: 'filled.docx', content: result.filled! });
    expect(again.questions.map((question) => question.number)).toEqual(pack.questions.map((question) => question.number));
  }, 60_000);

  it('adds the answer after the last paragraph of a question under a heading', async () => {
    const { result } = await bid('headings-pack.docx', ['2.1']);
    const paragraphs = readBody(await openWordPackage(result.filled!, 'filled.docx')).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    const answer = portalPlainText(result.sections[0]!.responseText).split('\n\n').map((paragraph) => paragraph.replace(/\n/g, ' '));
    const at = paragraphs.indexOf('Weighting: 15%');
    expect(paragraphs.slice(at + 1, at + 1 + answer.length)).toEqual(answer);
    expect(paragraphs[at + 1 + answer.length]).toBe('2.2 Families and independent advocates');
  }, 60_000);
});

describe('runBid refuses', () => {
  it('a question number the pack does not have, listing the numbers it has', async () => {
    const content = await readFile(new URL('headings-pack.docx', PACKS));
    const pack = await readTenderPack({ file: 'headings-pack.docx', content });
    await expect(runBid({ db, period: '2026-Q2', pack, packContent: content, questions: ['9.9'] })).rejects.toThrow('headings-pack.docx has no question 9.9; its questions are 2.1, 2.2, 2.3, 3.1.');
  });

  it('an empty reason for going ahead with inconsistent answers', async () => {
    const content = await readFile(new URL('headings-pack.docx', PACKS));
    const pack = await readTenderPack({ file: 'headings-pack.docx', content });
    await expect(runBid({ db, period: '2026-Q2', pack, packContent: content, questions: 'all', allowInconsistent: '  ' })).rejects.toThrow(/A reason is needed/);
  });

  it('to write anything while the consistency report blocks', async () => {
    const content = await readFile(new URL('headings-pack.docx', PACKS));
    const pack = await readTenderPack({ file: 'headings-pack.docx', content });
    // Real drafts, then one answer says someone else chairs complex reviews.
    const contradicting = async (options: DraftBidAnswersOptions) => {
      const [first, second] = await draftBidAnswers(options);
      return [
        { ...first!, responseText: `${first!.responseText}\n\nThe Registered Manager chairs complex reviews.` },
        { ...second!, responseText: `${second!.responseText}\n\nComplex reviews are chaired by a team leader.` },
      ];
    };
    const result = await runBid({ db, period: '2026-Q2', pack, packContent: content, questions: ['2.1', '2.3'], submission: true, writeBack: true, allowUnverified: 'test', draftAnswers: contradicting });
    expect(result.consistency.ok).toBe(false);
    expect(result.consistency.findings.map((finding) => finding.key)).toContain('complex-review-chair');
    expect(result.blocked).toEqual({ by: 'consistency' });
    expect(result.submission).toBeUndefined();
    expect(result.filled).toBeUndefined();

    const allowed = await runBid({ db, period: '2026-Q2', pack, packContent: content, questions: ['2.1', '2.3'], writeBack: true, allowUnverified: 'test', allowInconsistent: 'the team leader chairs at one service', draftAnswers: contradicting });
    expect(allowed.blocked).toBeUndefined();
    expect(allowed.allowedInconsistency).toBe('the team leader chairs at one service');
    expect(allowed.filled).toBeInstanceOf(Buffer);
  }, 60_000);
});
