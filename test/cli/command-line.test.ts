/**
 * The command line itself, in process and without a database: version, "did you mean", help for
 * every command, JSON errors, binary files refused as text, and tables that fit the width.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { formatFiguresTable } from '../../src/cli/commands/figures.js';
import { formatTable } from '../../src/cli/format-table.js';
import { main } from '../../src/cli/main.js';
import { commands } from '../../src/cli/registry.js';
import { reportThrown } from '../../src/cli/report-error.js';
import type { FiguresResult } from '../../src/evidence/figures-schema.js';
import { AppError } from '../../src/shared/app-error.js';
import { REPO_ROOT, STACK_LINE } from './run-cli.js';

const cwd = mkdtempSync(path.join(tmpdir(), 'assured-command-line-'));

function capture(columns?: number) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd, env: { ASSURED_DATA_DIR: path.join(cwd, 'no-db') }, ...(columns ? { columns } : {}) };
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

async function run(argv: string[]) {
  const captured = capture();
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('commands and flags', () => {
  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: version, stderr: '' });
  });

  it.each([
    [['figurs', '--period', '2026-Q2'], "assured: unknown command 'figurs'; did you mean `figures`?"],
    [['org', 'lst'], "assured: unknown command 'org lst'; did you mean `org list`?"],
    [['import', '--dryrun', 'x.csv'], "assured import: unknown option '--dryrun'; did you mean `--dry-run`?"],
    [['check', 'a.md', '--word-limt', '5'], "unknown option '--word-limt'; did you mean `--word-limit`?"],
  ])('suggests the nearest name for %j (exit 2)', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('lists every flag of every command in its --help with a meaning and an example', async () => {
    for (const command of commands) {
      const result = await run([...command.name.split(' '), '--help']);
      expect(result.code, command.name).toBe(0);
      expect(result.stdout).toContain(`Usage: assured ${command.name}`);
      expect(result.stdout).toMatch(/Examples:\n {2}assured /);
      const options = result.stdout.slice(result.stdout.indexOf('Options:'), result.stdout.indexOf('Examples:'));
      const entries = options.split(/\n(?= {2}-)/).slice(1);
      for (const flag of new Set(command.usage.match(/--[a-z-]+/g) ?? [])) {
        expect(entries.some((entry) => entry.includes(flag)), `${command.name} ${flag}`).toBe(true);
      }
      for (const entry of entries.filter((each) => !/--(help|debug)\b/.test(each))) {
        expect(entry, command.name).toMatch(/e\.g\.\s+-/);
        if (/^ {2}--format\b/.test(entry)) expect(entry).toMatch(/default:\s+(text|table)/);
      }
    }
  });
});

describe('errors with --format json', () => {
  it('writes a problem object on stderr for usage and input errors, nothing on stdout', async () => {
    const unknown = await run(['figurs', '--format', 'json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(JSON.parse(unknown.stderr)).toMatchObject({ type: expect.stringMatching(/invalid-input$/), code: 'INVALID_INPUT', exitCode: 2, detail: expect.stringContaining('`figures`') });

    const missing = await run(['check', 'missing.md', '--format=json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stderr)).toMatchObject({ command: 'check', detail: 'cannot read missing.md: no such file', usage: expect.stringContaining('assured check') });

    const badFlag = await run(['validate', 'a.md', '--figures', 'f.json', '--format', 'json', '--verbose']);
    expect(JSON.parse(badFlag.stderr)).toMatchObject({ command: 'validate', detail: "unknown option '--verbose'" });
  });

  it('writes failures as a problem object, with the stack only under --debug', () => {
    for (const debug of [false, true]) {
      const captured = capture();
      const code = reportThrown(captured.io, new RangeError('boom'), { command: 'figures', debug, json: true });
      expect(code).toBe(3);
      const problem = JSON.parse(captured.stderr()) as Record<string, unknown>;
      expect(problem).toMatchObject({ code: 'INTERNAL', exitCode: 3, command: 'figures', detail: 'failed unexpectedly: RangeError: boom' });
      expect('debug' in problem).toBe(debug);
      if (debug) expect(problem.debug).toMatch(STACK_LINE);
    }
    const captured = capture();
    expect(reportThrown(captured.io, new AppError('NOT_FOUND', 'No organisation "x".'), { command: 'figures', debug: false, json: true })).toBe(2);
    expect(JSON.parse(captured.stderr())).toMatchObject({ code: 'NOT_FOUND', type: expect.stringMatching(/not-found$/) });
  });
});

describe('text inputs', () => {
  const files: Record<string, Buffer> = {
    'tender.docx': Buffer.from('PK\x03\x04\x14\x00\x06\x00word/document.xml', 'latin1'),
    'tender.pdf': Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    'nul.txt': Buffer.from('How do you\x00 involve families?'),
    'latin1.txt': Buffer.from('Budget \xa3200 per person', 'latin1'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(cwd, name), bytes);

  it.each([
    ['tender.docx', 'tender.docx is a zip archive (a Word .docx, Excel .xlsx or similar file), not text'],
    ['tender.pdf', 'tender.pdf is a PDF document, not text'],
    ['nul.txt', 'nul.txt is not a text file (it holds a NUL byte at byte 11)'],
    ['latin1.txt', 'latin1.txt is not UTF-8 text'],
  ])('draft --question-file %s is refused, naming the file and what is expected', async (file, message) => {
    const result = await run(['draft', '--period', '2026-Q2', '--question-file', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('expected the question as UTF-8 text');
  });

  it('check refuses a Word document given as the draft', async () => {
    const result = await run(['check', 'tender.docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tender.docx is a zip archive');
  });
});

describe('tables', () => {
  it('fit the width, wrapping long cells, and keep short tables as they were', () => {
    expect(formatTable(['a', 'bb'], [['x', 1], ['yy', 22]])).toBe('a   bb\n--  --\nx    1\nyy  22');
    const long = 'Meeting summaries sent to the person, their family and advocate within five working days';
    const table = formatTable(['figure', 'value', 'note'], [[long, '96%', 'small sample'], ['x'.repeat(70), '4', '']], 40);
    for (const line of table.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    for (const word of long.split(' ')) expect(table).toContain(word);
    expect(table.split('\n').length).toBeGreaterThan(4);
    // A word longer than its column is broken, not cut off.
    expect(table.match(/x/g)).toHaveLength(70);
  });

  it('show figure labels rather than ids', () => {
    const figure = {
      id: 'summaries-on-time',
      label: 'Meeting summaries sent within 5 working days',
      value: 96,
      unit: 'percent',
      numerator: 48,
      denominator: 50,
      period: '2026-Q2',
      source: 'review records: 50 reviews, reviews.csv imported 2026-07-03',
    };
    const result = {
      organisation: { name: 'Harbour Care' },
      place: 'Northgate',
      period: { human: 'Q2 2026' },
      previousPeriod: { human: 'Q1 2026' },
      figures: [figure],
      standards: [{ id: 'summary-deadline', label: 'Meeting summaries sent within', value: 5, unit: 'working days' }],
    } as unknown as FiguresResult;
    const text = formatFiguresTable(result, 100);
    expect(text).toContain('Meeting summaries sent within 5 working days');
    expect(text).not.toContain('summaries-on-time');
    expect(text).not.toContain('summary-deadline');
  });
});
