/** `assured questions` and `assured bid` on the fixture tender packs, with the small fixture provider. */
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { bidCommand, formatBidText } from '../../src/cli/commands/bid.js';
import type { BidResult } from '../../src/bid/run-bid.js';
import { questionsCommand } from '../../src/cli/commands/questions.js';
import { openDatabase } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { smallFiles } from '../api/api-fixture.js';

const PACKS = path.resolve('fixtures/tender-packs');
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'assured-bid-cli-'));
  for (const file of ['several-sheets-pack.xlsx', 'form-table-pack.docx', 'headings-pack.docx']) await copyFile(path.join(PACKS, file), path.join(workDir, file));
  const db = await openDatabase({ dataDir: path.join(workDir, 'db') });
  try {
    await importFiles({ db, files: await smallFiles() });
  } finally {
    await db.close();
  }
}, 60_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function run(command: typeof bidCommand | typeof questionsCommand, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: workDir, env: { ASSURED_DATA_DIR: 'db' } };
  const code = await command.run(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('assured questions', () => {
  it('prints the questions as JSON with limits, weightings and involvement', async () => {
    const result = await run(questionsCommand, ['headings-pack.docx', '--format', 'json']);
    expect(result.code).toBe(0);
    const pack = JSON.parse(result.stdout);
    expect(pack.questions.map((question: { number: string; limit: { kind: string; value: number } }) => `${question.number} ${question.limit.value} ${question.limit.kind}`)).toEqual([
      '2.1 500 words',
      '2.2 750 words',
      '2.3 2000 characters',
      '3.1 300 words',
    ]);
  });

  it('prints a table by default, with the count of involvement questions', async () => {
    const result = await run(questionsCommand, ['form-table-pack.docx']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^form-table-pack\.docx: 4 questions, 4 about involvement/);
    expect(result.stdout).toMatch(/Q3 +Give examples of outcomes.* 1 page /);
  });

  it('refuses a file that is not a pack, with exit 2', async () => {
    const result = await run(questionsCommand, ['missing.docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read missing\.docx: no such file/);
  });
});

describe('assured bid', () => {
  it('drafts the chosen questions, writes the submission and the filled workbook', async () => {
    const result = await run(bidCommand, [
      'several-sheets-pack.xlsx', '--period', '2026-Q2', '--questions', 'Q1.1,Q1.3', '--out', 'out/bid.docx', '--write-back', 'out/filled.xlsx', '--pack', 'out/pack.html', '--portal', 'out/portal',
      '--allow-unverified', 'checked by hand', '--allow-inconsistent', 'checked by hand', '--format', 'json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.questions.map((question: { number: string }) => question.number)).toEqual(['Q1.1', 'Q1.3']);
    expect(report.written.slice(0, 3)).toEqual(['out/bid.docx', 'out/filled.xlsx', 'out/pack.html']);
    expect(report.written.slice(3)).toEqual(expect.arrayContaining([path.join('out/portal', 'counts.json')]));
    expect(report.written.filter((file: string) => file.endsWith('.txt'))).toHaveLength(2);
    expect(report.consistency).toHaveProperty('findings');
    expect((await stat(path.join(workDir, 'out/bid.docx'))).size).toBeGreaterThan(1000);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(path.join(workDir, 'out/filled.xlsx'))) as unknown as ArrayBuffer);
    expect(String(workbook.getWorksheet('Quality')!.getCell('E4').value).length).toBeGreaterThan(200);
    expect(workbook.getWorksheet('Quality')!.getCell('E5').value).toBeNull();
    expect(workbook.getWorksheet('Scores')!.getCell('B2').value).toMatchObject({ formula: "SUM('Social value'!D2:D3)/100" });
  }, 60_000);

  it.each([
    [['--period', '2026-Q2', '--write-back', 'filled.docx'], /--write-back must be a \.xlsx file like the pack/],
    [['--period', '2026-Q2', '--questions', 'Q9'], /has no question Q9; its questions are Q1\.1, Q1\.2, Q1\.3, Q1\.4, SV1, SV2/],
    [['--questions', 'all'], /--period is required/],
    [['--period', '2026-Q2', '--write-back', 'several-sheets-pack.xlsx'], /the buyer's pack is never overwritten/],
  ])('refuses %j with exit 2', async (flags, message) => {
    const result = await run(bidCommand, ['several-sheets-pack.xlsx', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  }, 30_000);
});

describe('the bid report as text', () => {
  it('lists what the pack could not say, each question with its count, the consistency findings and why nothing was written', () => {
    const result = {
      questions: [{ number: '2.1', limit: { kind: 'words', value: 500 } }, { number: '2.2', limit: { kind: 'pages', value: 1 } }],
      sections: [{ question: { number: '2.1' }, review: { count: { words: 480, characters: 2900 }, findings: [] } }, { question: { number: '2.2' }, review: { count: { words: 330, characters: 2000 }, findings: [] } }],
      consistency: { ok: false, findings: [{ kind: 'practice', key: 'complex-review-chair', blocking: true, message: 'The answers contradict each other on who chairs complex and best-interests reviews.', quotes: [] }] },
      blocked: { by: 'consistency' },
    } as unknown as BidResult;
    const problems = [{ code: 'LIMIT_UNREADABLE' as const, place: { kind: 'paragraph' as const, paragraph: 9, label: 'paragraph 9' }, message: 'Cannot read the limit.' }];
    const text = formatBidText(result, [], problems);
    expect(text.split('\n')).toEqual([
      'Could not read in the pack (answer these by hand or fix the pack):',
      '  paragraph 9  LIMIT_UNREADABLE  Cannot read the limit.',
      '',
      '2 questions drafted:',
      '  2.1    500 words                    480 words, 2900 characters',
      '  2.2    1 page                       330 words, 2000 characters',
      '',
      'Consistency across the bid: 1 finding (1 blocking)',
      '  [practice] The answers contradict each other on who chairs complex and best-interests reviews.',
      '',
      'Nothing was written: the consistency report has blocking findings; fix them, or allow them with --allow-inconsistent "REASON".',
    ]);
  });
});

