/** `assured dashboard`: the same dashboard as the API, printed, as JSON, or written as Word or CSV. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { dashboardCommand } from '../../src/cli/commands/dashboard.js';
import { openDatabase } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import type { Dashboard } from '../../src/evidence/dashboard/dashboard-schema.js';
import { readFixtureFiles } from '../support/fixture-files.js';

describe('assured dashboard', () => {
  let dir: string;
  const out: string[] = [];
  const err: string[] = [];
  let io: CliIO;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'assured-dashboard-'));
    const db = await openDatabase({ dataDir: path.join(dir, 'db') });
    try {
      expect((await importFiles({ db, files: await readFixtureFiles(path.resolve('fixtures/small')) })).errorCount).toBe(0);
    } finally {
      await db.close();
    }
    io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir, env: { ASSURED_DATA_DIR: 'db' }, columns: 300 };
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the figures with their status, and the same as JSON', async () => {
    out.length = 0;
    expect(await dashboardCommand.run(['--period', '2026-Q2'], io)).toBe(0);
    const table = out.join('\n');
    expect(table).toMatch(/^Small Test Care Ltd: .*, Q2 2026 \(changes on Q1 2026; threshold 90%\)/);
    expect(table).toMatch(/Meeting summaries sent within 5 working days\s+83%\s+\S+.*! below\s+83\.3% of cases meet the standard; threshold 90%/);
    out.length = 0;
    expect(await dashboardCommand.run(['--period', '2026-Q2', '--format', 'json'], io)).toBe(0);
    const dashboard = JSON.parse(out.join('')) as Dashboard;
    expect(dashboard.figures.find((figure) => figure.id === 'summaries-on-time')).toMatchObject({ status: 'below', weak: true });
  });

  it('writes Word and CSV', async () => {
    expect(await dashboardCommand.run(['--period', '2026-Q2', '--out', 'out/dashboard.docx'], io)).toBe(0);
    const text = (await mammoth.extractRawText({ buffer: await readFile(path.join(dir, 'out/dashboard.docx')) })).value;
    expect(text).toContain('Headline figures');
    expect(await dashboardCommand.run(['--period', '2026-Q2', '--out', 'figures.csv'], io)).toBe(0);
    const rows = parse(await readFile(path.join(dir, 'figures.csv'), 'utf8'), { columns: true }) as { kind: string; id: string; value: string }[];
    expect(rows.find((row) => row.kind === 'figure' && row.id === 'summaries-on-time')?.value).toBe('83.3');
    expect(out.at(-1)).toMatch(/^Wrote figures\.csv \(Q2 2026, \d+ figures\)\.$/);
  });

  it('refuses a missing period or another kind of file with exit 2, writing nothing', async () => {
    err.length = 0;
    expect(await dashboardCommand.run([], io)).toBe(2);
    expect(await dashboardCommand.run(['--period', '2026-Q2', '--out', 'dashboard.pdf'], io)).toBe(2);
    expect(err.join('\n')).toContain('--out must end in .docx or .csv (got "dashboard.pdf")');
  });
});
