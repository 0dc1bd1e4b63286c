/** `assured draft` and `assured rewrite` on an embedded database holding the fixture provider. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { draftCommand, formatSectionText } from '../../src/cli/commands/draft.js';
import { formatRewritesText, rewriteCommand } from '../../src/cli/commands/rewrite.js';
import { openDatabase } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { startFakeChatServer, type FakeChatServer } from '../support/fake-chat-server.js';
import { fixtureFiles } from '../drafting/support/fixture-provider.js';
import { goodDraft } from '../drafting/support/scripted-drafts.js';

let workDir: string;
let server: FakeChatServer;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'assured-draft-cli-'));
  server = await startFakeChatServer();
  const db = await openDatabase({ dataDir: path.join(workDir, 'db') });
  try {
    await importFiles({ db, files: await fixtureFiles(), now: new Date('2026-11-01T00:00:00Z') });
  } finally {
    await db.close();
  }
  await writeFile(path.join(workDir, 'old.md'), 'We involve families in care planning.\n\nWe use advocates where appropriate.\n');
  await writeFile(path.join(workDir, 'question.txt'), 'Describe how you involve families and advocates in reviews.\n');
});

afterAll(async () => {
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function run(command: typeof draftCommand, argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: workDir, env: { ASSURED_DATA_DIR: 'db', ...env } };
  const code = await command.run(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('assured draft', () => {
  it('writes exactly the response to --out FILE.md and prints the whole result as JSON', async () => {
    const result = await run(draftCommand, ['--period', '2026-Q2', '--word-limit', '250', '--question-file', 'question.txt', '--draft', 'old.md', '--out', 'answer.md', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['paragraph', 'supporting', 'rewrites', 'responseText', 'validation', 'notes', 'findings']));
    expect(json.question.text).toBe('Describe how you involve families and advocates in reviews.');
    expect(json.rewrites).toHaveLength(2);
    expect(json.findings).toEqual([]);
    const pasted = await readFile(path.join(workDir, 'answer.md'), 'utf8');
    expect(pasted).toBe(json.responseText);
    expect(pasted).not.toMatch(/Validation|Notes|figure |---/);
    // Text output: the response, then the validation report, notes and rewrites.
    const { findings, count, ...section } = json;
    const [response, report] = formatSectionText(section, findings, count).split('\n---\n');
    expect(response!.trimEnd()).toBe(json.responseText.trimEnd());
    expect(report).toMatch(/128 of 189\s+supported\s+figure participation/);
    // A standard's line names it (the revised draft keeps the writer's sentences, so which standards appear depends on them).
    expect(report).toMatch(/\d[^\n]*\s+standard\s+standard [a-z-]+/);
    expect(report).toMatch(/Length: \d+ of 250 words/);
    expect(report).toContain('Rewrites:');
  });

  it('names the practice library entry behind a quoted practice and its count, not "nothing backs it"', () => {
    const claim = { line: 1, column: 1, offset: 0, endOffset: 5, text: 'A person sits on each panel', status: 'declared', declaredPracticeId: 'PL-07', message: '' };
    const section = { responseText: 'A person sits on each panel.\n', period: { human: 'Q3 2026' }, place: 'Millbeck', validation: { claims: [claim, { ...claim, text: '7 of 8', status: 'supported', kind: 'number' }] }, notes: [], rewrites: [] };
    const report = formatSectionText(section as unknown as Parameters<typeof formatSectionText>[0], [], 6);
    expect(report).toMatch(/A person sits on each panel\s+declared\s+practice library PL-07/);
    expect(report).toMatch(/7 of 8\s+supported\s+practice library PL-07/);
    expect(report).not.toContain('nothing backs it');
  });

  it('drafts with the model through OPENAI_BASE_URL and reports token usage', async () => {
    server.enqueue(goodDraft);
    const result = await run(draftCommand, ['--period', '2026-Q2', '--drafter', 'llm', '--word-limit', '250'], {
      OPENAI_BASE_URL: server.baseURL,
      OPENAI_API_KEY: 'test-key',
      ASSURED_MODEL: 'fake-model',
      ASSURED_LLM_TIMEOUT_MS: '5000',
      ASSURED_LLM_MAX_RETRIES: '0',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Model: draft accepted after 1 attempt\(s\), 900 prompt \+ 160 completion tokens/);
  });

  it('writes a Word document through the export module for --out FILE.docx', async () => {
    const result = await run(draftCommand, ['--period', '2026-Q2', '--out', 'answer.docx']);
    expect(result.code).toBe(0);
    const docx = await readFile(path.join(workDir, 'answer.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the submission, the verification pack and the portal text for --out FILE.docx --pack --portal', async () => {
    const result = await run(draftCommand, ['--period', '2026-Q2', '--out', 'submission.docx', '--include', 'count', '--pack', 'pack.docx', '--portal', 'portal']);
    expect(result.code, result.stderr).toBeLessThan(2);
    const { value } = await (await import('mammoth')).default.extractRawText({ buffer: await readFile(path.join(workDir, 'submission.docx')) });
    expect(value).toMatch(/^Question 1: How do you involve people/);
    expect(value).toMatch(/Words: \d+/);
    expect((await readFile(path.join(workDir, 'pack.docx'))).subarray(0, 2).toString()).toBe('PK');
    const text = await readFile(path.join(workDir, 'portal', 'question-1.txt'), 'utf8');
    expect(JSON.parse(await readFile(path.join(workDir, 'portal', 'counts.json'), 'utf8')).answers[0].file).toBe('question-1.txt');
    expect(text.length).toBeGreaterThan(100);
  });

  it.each([
    [[], /--period is required/],
    [['--period', '2026-Q2', '--format', 'xml'], /--format must be json or text/],
    [['--period', '2026-Q2', '--word-limit', 'ten'], /--word-limit must be a positive whole number/],
    [['--period', '2026-Q2', '--drafter', 'llm'], /needs OPENAI_BASE_URL or OPENAI_API_KEY/],
    [['--period', '2026-Q2', '--draft', 'missing.md'], /cannot read missing.md: no such file/],
    [['--period', '2026-Q2', '--out', 'answer.pdf'], /--out must end in .md, .json or .docx/],
  ])('exits 2 on bad input %j', async (argv, message) => {
    const result = await run(draftCommand, argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('assured rewrite', () => {
  it('gives before/after rewrites alone', async () => {
    const result = await run(rewriteCommand, ['old.md', '--period', '2026-Q2', '--format', 'json']);
    expect(result.code).toBe(0);
    const { rewrites } = JSON.parse(result.stdout);
    expect(rewrites.map((rewrite: { before: string }) => rewrite.before)).toEqual(['We involve families in care planning.', 'We use advocates where appropriate.']);
    expect(formatRewritesText('old.md', rewrites)).toMatch(/old.md:3:1 \[vague\/no-vague-involvement\]\n  before: We use advocates where appropriate.\n  after: {2}.*48 hours/);
  });

  it('exits 2 without a draft', async () => {
    expect((await run(rewriteCommand, ['--period', '2026-Q2'])).code).toBe(2);
  });
});
