import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { exportCommand } from '../../src/cli/commands/export.js';
import { paragraphTexts, readDocx, SECTIONS_DIR } from '../export/export-fixtures.js';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'assured-export-cli-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => (stdout += `${text}\n`), stderr: (text) => (stderr += `${text}\n`), cwd: SECTIONS_DIR, env: {} };
  const code = await exportCommand.run(argv, io);
  return { code, stdout, stderr };
}

describe('assured export', () => {
  it('writes a two-question .docx into a folder it creates and prints the path', async () => {
    const out = path.join(workDir, 'nested', 'bid.docx');
    const result = await run(['harbour-care-q2-involvement.json', 'harbour-care-q2-disagreements.json', '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe(out);
    const texts = paragraphTexts((await readDocx(await readFile(out))).document);
    expect(texts).toContain('Questions: 4.2, 4.3');
    expect(texts).toContain('Words: 192 of 250');
  });

  it('writes Markdown for --out FILE.md and applies --count and the title options', async () => {
    const out = path.join(workDir, 'bid.md');
    const result = await run(['harbour-care-q2-disagreements.json', '--out', out, '--count', 'characters-no-spaces', '--lot', 'Lot 5']);
    expect(result.code).toBe(0);
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toContain('**Characters (without spaces): 520 of 1,200**');
    expect(markdown).toContain('**Lot:** Lot 5');
  });

  it('exits 1 listing the findings when the gate blocks, and writes nothing', async () => {
    const out = path.join(workDir, 'blocked.docx');
    const result = await run(['harbour-care-q2-involvement.json', 'harbour-care-q2-wrong-number.json', '--out', out]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^harbour-care-q2-wrong-number\.json {2}Question 4\.2 {2}5:46 {3}mismatch {5}.*81%.*\[family-advocate-input\]$/);
    expect(lines[1]).toMatch(/^harbour-care-q2-wrong-number\.json {2}Question 4\.2 {2}9:105 {2}unsupported {2}/);
    expect(result.stderr).toContain('blocked by 2 findings; nothing was written');
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('exports with --allow-unverified, noting the appendix', async () => {
    const out = path.join(workDir, 'allowed.md');
    const result = await run(['harbour-care-q2-wrong-number.json', '--out', out, '--allow-unverified', 'Figures re-checked by phone', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { written: string; gate: { ok: boolean } };
    expect(report).toMatchObject({ written: out, gate: { ok: false } });
    expect(await readFile(out, 'utf8')).toContain('Reason given: **Figures re-checked by phone**');
  });

  it('exits 2 naming the file and the zod path of a bad section', async () => {
    const bad = path.join(workDir, 'bad-section.json');
    const section = JSON.parse(await readFile(path.join(SECTIONS_DIR, 'harbour-care-q2-disagreements.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(bad, JSON.stringify({ ...section, limit: { kind: 'pages', value: 2 } }));
    const result = await run([bad, '--out', path.join(workDir, 'x.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: limit.kind:`);
  });

  it('exits 2 naming the file and the zod paths of a bad style', async () => {
    const result = await run(['harbour-care-q2-disagreements.json', '--out', path.join(workDir, 'x.docx'), '--style', 'style-bad.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('style-bad.json: fontSizePt:');
    expect(result.stderr).toMatch(/style-bad\.json: marginsCm: .*gutter/);
  });

  it.each([
    [['harbour-care-q2-disagreements.json'], '--out FILE.docx or --out FILE.md is required'],
    [['harbour-care-q2-disagreements.json', '--out', 'bid.pdf'], '--out must end in .docx or .md'],
    [['harbour-care-q2-disagreements.json', '--out', 'bid.docx', '--count', 'pages'], '--count must be one of'],
    [['harbour-care-q2-disagreements.json', '--out', 'bid.docx', '--allow-unverified', ''], '--allow-unverified needs a reason'],
    [['--out', 'bid.docx'], 'give at least one section file'],
    [['missing.json', '--out', 'bid.docx'], 'cannot read missing.json: no such file'],
  ])('exits 2 for %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
