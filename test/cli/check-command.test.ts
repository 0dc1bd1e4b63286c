import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZCheckReportSchema } from '../../src/check/check-schema.js';
import { checkCommand } from '../../src/cli/commands/check.js';

function runCheck(argv: string[], files: Record<string, string>) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'assured-check-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(cwd, name), content);
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text), cwd, env: {} };
  return checkCommand.run(argv, io).then((code) => ({ code, stdout: out.join('\n'), stderr: err.join('\n') }));
}

describe('assured check', () => {
  it('prints linter-style lines and a summary; exit 0 with warnings only', async () => {
    const result = await runCheck(['draft.md'], { 'draft.md': 'Intro.\nWe involve families in care planning.\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'draft.md:2:4-2:20  warning  Unexpected `involve families`, say who takes part, how often, in what format and what changed — e.g. “The key worker invites the people the person chooses to a 30-minute monthly mini-review, with an easy-read agenda sent five days before.” [vague/no-vague-involvement]',
    );
    expect(result.stdout).toMatch(/0 errors, \d+ warnings?, \d+ info/);
    expect(result.stdout).toContain('Ladder of participation: consultation');
    expect(result.stdout).toMatch(/Structure: present .*; missing .*assurance/);
  });

  it('exits 1 when the draft is over the word limit, and prints the contract as JSON', async () => {
    const result = await runCheck(['draft.md', '--word-limit', '3', '--format', 'json'], { 'draft.md': 'The key worker phones monthly.' });
    expect(result.code).toBe(1);
    const report = ZCheckReportSchema.parse(JSON.parse(result.stdout));
    expect(report.summary).toMatchObject({ words: 5, wordLimit: 3, errors: 1 });
  });

  it('exits 2 naming the file and the problem for a bad figures file or bad arguments', async () => {
    const bad = await runCheck(['draft.md', '--figures', 'figures.json'], { 'draft.md': 'x', 'figures.json': '{"figures": [{"id": ""}]}' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/figures\.json is not an evidence pack[\s\S]*figures\.json: figures\.0\.id/);
    const notJson = await runCheck(['draft.md', '--figures', 'figures.json'], { 'draft.md': 'x', 'figures.json': '{' });
    expect(notJson.stderr).toContain('figures.json is not valid JSON');
    expect((await runCheck(['missing.md'], {})).stderr).toContain('cannot read missing.md: no such file');
    expect((await runCheck(['draft.md', '--word-limit', 'ten'], { 'draft.md': 'x' })).code).toBe(2);
    expect((await runCheck(['draft.md', '--word-limit', '5', '--char-limit', '9'], { 'draft.md': 'x' })).stderr).toContain('not both');
  });
});
