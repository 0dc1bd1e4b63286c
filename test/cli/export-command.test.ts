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
    const result = await run(['harbour-care-q2-involvement.json', 'harbour-care-q2-disagreements.json', '--out', out, '--include', 'title,count']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe(out);
    const texts = paragraphTexts((await readDocx(await readFile(out))).document);
    expect(texts).toContain('Questions: 4.2, 4.3');
    expect(texts).toContain('Words: 192 of 250');
  });

  it('writes Markdown for --out FILE.md and applies --count and the title options', async () => {
    const out = path.join(workDir, 'bid.md');
    const result = await run(['harbour-care-q2-disagreements.json', '--out', out, '--count', 'characters-no-spaces', '--lot', 'Lot 5', '--include', 'title,count']);
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

  it('writes the submission by default: the question once and the answer, no title block, counts or note marks', async () => {
    const out = path.join(workDir, 'submission.docx');
    const result = await run(['harbour-care-q2-involvement.json', 'harbour-care-q2-disagreements.json', '--out', out, '--font', 'Calibri', '--font-size', '12', '--margins', '2']);
    expect(result.code).toBe(0);
    const parts = await readDocx(await readFile(out));
    const texts = paragraphTexts(parts.document).filter((text) => text !== '');
    expect(texts[0]).toBe('Question 4.2: Describe how you involve people who use the service, their families and advocates in planning and reviewing their support.');
    expect(texts).toContain('In Q2 2026, across Ashbridge and Hollinwade, 81% of reviews (34 of 42) had family or advocate input. Plain-English summaries sent within 5 working days rose from 58% to 96% (48 of 50). In Q2 2026 at Hollinwade, advocate referrals were answered within 48 hours in 20 of 21 cases. A tenant at Hollinwade put it simply: "I chose who came, and they listened to me first."');
    expect(texts.filter((text) => text.startsWith('Question '))).toHaveLength(2);
    expect(texts.join('\n')).not.toMatch(/Words: |Bidder: |Evidence|Source/);
    expect(parts.document).not.toContain('footnoteReference');
    expect(parts.header).toBe('');
    expect(parts.styles).toContain('w:ascii="Calibri"');
    expect(parts.styles).toContain('<w:sz w:val="24"/>');
    expect(parts.document).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
  });

  it('writes the verification pack and portal-exact text with counts beside the document', async () => {
    const out = path.join(workDir, 'with-extras.docx');
    const pack = path.join(workDir, 'pack.html');
    const portal = path.join(workDir, 'portal');
    const result = await run(['harbour-care-q2-involvement.json', 'harbour-care-q2-disagreements.json', '--out', out, '--pack', pack, '--portal', portal, '--portal-margin', '5', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { pack: string; portal: { files: string[]; ok: boolean } };
    expect(report.pack).toBe(pack);
    expect(report.portal).toMatchObject({ files: ['question-4.2.txt', 'question-4.3.txt'], ok: true });
    const html = await readFile(pack, 'utf8');
    expect(html).toContain('Verification pack');
    expect(html).toContain('&quot;81%&quot;');
    const text = await readFile(path.join(portal, 'question-4.2.txt'), 'utf8');
    expect(text.startsWith('Each person decides who joins their review')).toBe(true);
    expect(text).toContain('81% of reviews (34 of 42)');
    const counts = JSON.parse(await readFile(path.join(portal, 'counts.json'), 'utf8')) as { rule: unknown; marginPercent: number; answers: { file: string; count: { characters: number }; limit: { target: number } }[] };
    expect(counts).toMatchObject({ rule: { lineBreaks: 'crlf', listMarkers: 'count' }, marginPercent: 5 });
    expect(counts.answers[0]).toMatchObject({ file: 'question-4.2.txt', limit: { value: 250, target: 237 } });
    // Never fewer characters than the file holds.
    expect(counts.answers[0]!.count.characters).toBeGreaterThanOrEqual([...text].length);
  });

  it('exits 2 on bad submission flags', async () => {
    for (const [argv, message] of [
      [['--include', 'everything'], /--include must be one of title, details/],
      [['--pack', 'pack.pdf'], /--pack must end in .docx or .html/],
      [['--page-limit', '0'], /--page-limit must be a positive whole number/],
      [['--margins', '1,2'], /--margins takes one value or four/],
      [['--portal-margin', '5'], /need --portal DIR/],
    ] as const) {
      const result = await run(['harbour-care-q2-disagreements.json', '--out', path.join(workDir, 'x.docx'), ...argv]);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });
});

describe('freshness warnings', () => {
  it('names each answer resting on records older than the allowed age, with the date', async () => {
    const { formatStaleWarnings } = await import('../../src/cli/commands/export.js');
    const section = JSON.parse(await readFile(path.join(SECTIONS_DIR, 'harbour-care-q2-disagreements.json'), 'utf8'));
    const dated = { ...section, pack: { ...section.pack, figures: section.pack.figures.map((figure: { id: string }) => ({ ...figure, asOf: '2026-06-29' })) } };
    const { ZSectionSchema } = await import('../../src/section/section-schema.js');
    const parsed = ZSectionSchema.parse(dated);
    expect(formatStaleWarnings([parsed], undefined, new Date('2026-12-01T00:00:00Z'))).toEqual([]);
    const [warning] = formatStaleWarnings([parsed], undefined, new Date('2027-02-01T00:00:00Z'));
    expect(warning).toMatch(/^Question 4\.3 rests on records older than 6 months: .* as of 29 June 2026/);
  });
});
