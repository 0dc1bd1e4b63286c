/**
 * The capped import child (a CSV import of 4 MiB or more) loads only the import command and
 * opens the embedded database with the bulk-import settings: both keep its RSS down. Real
 * processes through assured.mjs, recording each module a process loads.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_CAP_FROM_BYTES } from '../../src/cli/import-heap.mjs';
import { runCli } from './run-cli.js';

const RECORDER = fileURLToPath(new URL('./support/record-modules.mjs', import.meta.url));
const COMMANDS_DIR = fileURLToPath(new URL('../../src/cli/commands/', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'assured-import-child-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The command modules (src/cli/commands/*.ts) a run of `assured ARGS` loaded, by file name. */
async function commandModulesLoaded(args: string[], name: string): Promise<{ modules: string[]; code: number | null; stdout: string }> {
  const record = path.join(dir, `${name}.modules`);
  const result = await runCli(args, { ASSURED_DATA_DIR: path.join(dir, `${name}-db`), RECORD_MODULES_TO: record, NODE_OPTIONS: `--import=${RECORDER}` }, dir);
  const urls = (await readFile(record, 'utf8')).split('\n').filter((url) => url.startsWith('file:'));
  const modules = [...new Set(urls.map((url) => fileURLToPath(url)).filter((file) => file.startsWith(COMMANDS_DIR)).map((file) => path.relative(COMMANDS_DIR, file)))];
  return { modules: modules.sort(), code: result.code, stdout: result.stdout };
}

describe('the capped import child', () => {
  it('loads only the import command (and the mapping and organisation commands it borrows from), and imports as before', async () => {
    // Over the size that starts the child; dry run, so nothing is written and it ends soon.
    const lines = ['id,name,locality,service_type'];
    for (let index = 0, bytes = 0; bytes < IMPORT_CAP_FROM_BYTES; index++) {
      lines.push(`S${index},Service ${index} ${'x'.repeat(40)},Town ${index % 50},supported-living`);
      bytes += lines.at(-1)!.length + 1;
    }
    await writeFile(path.join(dir, 'services.csv'), `${lines.join('\n')}\n`);
    await writeFile(path.join(dir, 'organisation.csv'), 'slug,name,region\nlarge-care,Large Care Ltd,england-and-wales\n');

    const capped = await commandModulesLoaded(['import', 'organisation.csv', 'services.csv', '--dry-run', '--format', 'json'], 'capped');
    expect(capped.code).toBe(0);
    expect(JSON.parse(capped.stdout).files.map((file: { file: string; rows: number }) => [file.file, file.rows])).toEqual([
      ['organisation.csv', 1],
      ['services.csv', lines.length - 1],
    ]);
    expect(capped.modules).toEqual(['import.ts', 'mapping.ts', 'org.ts']);

    // Any other command line still loads every command (the help lists them all).
    const other = await commandModulesLoaded(['--help'], 'help');
    expect(other.code).toBe(0);
    expect(other.modules).toContain('draft.ts');
    expect(other.modules).toContain('import.ts');
  }, 300_000);
});
