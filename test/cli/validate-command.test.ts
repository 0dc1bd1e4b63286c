import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { validateCommand } from '../../src/cli/commands/validate.js';

const pack = {
  figures: [
    {
      id: 'family-input',
      label: 'Reviews with family or advocate input',
      value: 83,
      unit: 'percent',
      numerator: 35,
      denominator: 42,
      period: '2026-Q2',
      place: 'Northgate and Riverside',
      source: 'review records: 42 reviews',
    },
  ],
  standards: [{ id: 'summary-deadline', label: 'Summary sent within', value: 5, unit: 'working days' }],
};

function workspace(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'assured-validate-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(directory, name), content);
  return directory;
}

async function run(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd, env: {} };
  const code = await validateCommand.run(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('assured validate', () => {
  it('exits 0 and lists each claim linter-style when every number is backed', async () => {
    const cwd = workspace({
      'draft.md': 'Summaries go out within five working days.\nFamily or advocate input featured in 83% of reviews.\n',
      'figures.json': JSON.stringify(pack),
    });
    const result = await run(['draft.md', '--figures', 'figures.json'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('draft.md:1:25  standard   Matches the standard "Summary sent within": 5 working days [summary-deadline]');
    expect(result.stdout).toContain('draft.md:2:38  supported  Backed by Reviews with family or advocate input: Q2 2026 figure is 83%');
    expect(result.stdout).toMatch(/2 claims: 1 supported, 1 standard, 0 mismatch, 0 unsupported/);
  });

  it('exits 1 on a mismatch and prints the claims contract as JSON', async () => {
    const cwd = workspace({ 'draft.md': 'Family or advocate input featured in 87% of reviews.\n', 'figures.json': JSON.stringify(pack) });
    const result = await run(['draft.md', '--figures', 'figures.json', '--format', 'json'], cwd);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as { claims: Record<string, unknown>[] };
    expect(output.claims).toEqual([
      expect.objectContaining({
        text: '87%',
        value: 87,
        unit: 'percent',
        status: 'mismatch',
        figureId: 'family-input',
        line: 1,
        column: 38,
        message: 'Q2 2026 figure is 83% (35 of 42 reviews, Northgate and Riverside); the draft says 87%',
      }),
    ]);
  });

  it('exits 1 on an unsupported number in text format', async () => {
    const cwd = workspace({ 'draft.md': 'Staff turnover fell to 12%.\n', 'figures.json': JSON.stringify(pack) });
    const result = await run(['draft.md', '--figures', 'figures.json', '--format', 'text'], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^draft\.md:1:24  unsupported  No figure or standard/m);
  });

  it('exits 2 on bad arguments', async () => {
    const cwd = workspace({ 'draft.md': 'x', 'figures.json': JSON.stringify(pack) });
    expect((await run(['draft.md'], cwd)).code).toBe(2);
    expect((await run(['--figures', 'figures.json'], cwd)).code).toBe(2);
    expect((await run(['draft.md', '--figures', 'figures.json', '--format', 'xml'], cwd)).code).toBe(2);
    const unknown = await run(['draft.md', '--figures', 'figures.json', '--verbose'], cwd);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage: assured validate');
  });

  it('exits 2 when the draft cannot be read', async () => {
    const cwd = workspace({ 'figures.json': JSON.stringify(pack) });
    const result = await run(['missing.md', '--figures', 'figures.json'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read missing.md: no such file');
  });

  it('exits 2 and names the file and zod path when the figures file is not an evidence pack', async () => {
    const broken = { figures: [{ ...pack.figures[0], unit: 'percentage' }] };
    const cwd = workspace({ 'draft.md': 'x', 'figures.json': JSON.stringify(broken), 'bad.json': '{ not json' });
    const invalid = await run(['draft.md', '--figures', 'figures.json'], cwd);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('figures.json: figures.0.unit:');
    const unparsable = await run(['draft.md', '--figures', 'bad.json'], cwd);
    expect(unparsable.code).toBe(2);
    expect(unparsable.stderr).toContain('bad.json is not valid JSON');
  });
});
