/**
 * `assured import` of a file with more rows than an upload may have: the CLI streams CSV
 * files and writes them in chunks, so it is no longer held to the API's per-upload row limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ZApiLimitsSchema } from '../../src/api/limits.js';
import type { CliIO } from '../../src/cli/command.js';
import { importCommand } from '../../src/cli/commands/import.js';

describe('assured import', () => {
  let dir: string;
  const out: string[] = [];
  let io: CliIO;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'assured-import-'));
    io = { stdout: (text) => out.push(text), stderr: () => undefined, cwd: dir, env: { ASSURED_DATA_DIR: path.join(dir, 'db') } };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a CSV file with more rows than the API takes in one upload', async () => {
    const rows = ZApiLimitsSchema.parse({}).maxRows + 1;
    const lines = ['id,name,locality,service_type'];
    for (let index = 0; index < rows; index++) lines.push(`S${index},Service ${index},Town ${index % 50},supported-living`);
    await writeFile(path.join(dir, 'services.csv'), `${lines.join('\n')}\n`);
    await writeFile(path.join(dir, 'organisation.csv'), 'slug,name,region\nlarge-care,Large Care Ltd,england-and-wales\n');
    const code = await importCommand.run(['organisation.csv', 'services.csv', '--format', 'json'], io);
    const report = JSON.parse(out.join('\n'));
    expect(report.errorCount).toBe(0);
    expect(code).toBe(0);
    expect(report.files.map((file: { file: string; status: string; created: number }) => [file.file, file.status, file.created])).toEqual([
      ['organisation.csv', 'imported', 1],
      ['services.csv', 'imported', rows],
    ]);
  }, 300_000);
});
