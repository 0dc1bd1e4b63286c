/** `assured template`: the workbook and the CSV templates written where asked; a wrong target is a usage error. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { templateCommand } from '../../src/cli/commands/template.js';
import { IMPORT_ORDER } from '../../src/data/import/record-types/index.js';

describe('assured template', () => {
  let dir: string;
  const out: string[] = [];
  const err: string[] = [];
  let io: CliIO;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'assured-template-'));
    io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir, env: {} };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the workbook and one CSV per record type', async () => {
    expect(await templateCommand.run(['--out', 'assured-template.xlsx', '--csv', 'templates'], io)).toBe(0);
    expect((await readFile(path.join(dir, 'assured-template.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await readdir(path.join(dir, 'templates'))).sort()).toEqual(IMPORT_ORDER.map((type) => `${type}.csv`).sort());
    expect(await readFile(path.join(dir, 'templates', 'reviews.csv'), 'utf8')).toMatch(/^id,person_id,type,held_on,/);
    expect(out.join('\n')).toContain('Wrote assured-template.xlsx, templates/organisation.csv');
  });

  it('refuses no target, or a workbook name that is not .xlsx, with exit 2', async () => {
    expect(await templateCommand.run([], io)).toBe(2);
    expect(await templateCommand.run(['--out', 'template.csv'], io)).toBe(2);
    expect(err.join('\n')).toContain('--out must name an .xlsx file');
  });
});
