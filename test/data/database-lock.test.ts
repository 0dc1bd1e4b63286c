/**
 * One process at a time holds an embedded data folder. Real child processes, because the
 * lost write only happens between processes: a second PGlite on the same folder writes into
 * its own copy, which the first one overwrites when it stops.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../src/data/data-folder-lock.js';
import { REPO_ROOT, runCli, STACK_LINE, startCli, type CliChild } from '../cli/run-cli.js';

const ORGANISATION_FILE = path.join(REPO_ROOT, 'fixtures', 'provider', 'organisation.csv');

let workDir: string;
const children: CliChild[] = [];

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'assured-lock-'));
});
afterAll(async () => {
  for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(workDir, { recursive: true, force: true });
});

function serve(dataDir: string): CliChild {
  const server = startCli(['serve', '--port', '0', '--quiet'], { ASSURED_DATA_DIR: dataDir });
  children.push(server);
  return server;
}

/** Rows the import created, from its JSON report: 1 means the organisation was not there before. */
function createdRows(stdout: string): number {
  const report = JSON.parse(stdout) as { files: { created: number }[] };
  return report.files.reduce((sum, file) => sum + file.created, 0);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

describe('the embedded data folder is held by one process', () => {
  const dataDir = () => path.join(workDir, 'served');

  it('refuses an import while serve holds the folder, naming the pid and what to do, exit 2', async () => {
    const server = serve(dataDir());
    await server.waitFor('Assured API listening');
    const imported = await runCli(['import', ORGANISATION_FILE], { ASSURED_DATA_DIR: dataDir() });
    expect(imported.stdout).not.toContain('imported');
    expect(imported.stderr).toContain(`pid ${server.child.pid}`);
    expect(imported.stderr).toMatch(/stop/i);
    expect(imported.stderr).toMatch(/API/);
    expect(imported.stderr).toContain('DATABASE_URL');
    expect(imported.stderr).not.toMatch(STACK_LINE);
    expect(imported.code).toBe(2);

    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    expect(await exists(path.join(dataDir(), LOCK_FILE_NAME))).toBe(false);
  });

  it('takes over the lock of a holder killed with SIGKILL, and finds nothing from the refused import', async () => {
    const server = serve(dataDir());
    await server.waitFor('Assured API listening');
    server.child.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    expect(await exists(path.join(dataDir(), LOCK_FILE_NAME))).toBe(true);

    const imported = await runCli(['import', ORGANISATION_FILE, '--format', 'json'], { ASSURED_DATA_DIR: dataDir() });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    // Created, not updated: the import refused while serve ran left nothing behind.
    expect(createdRows(imported.stdout)).toBe(1);
  });

  it('lets exactly one of two processes opening a fresh folder at once go ahead', async () => {
    const fresh = path.join(workDir, 'fresh');
    const first = startCli(['import', ORGANISATION_FILE, '--format', 'json'], { ASSURED_DATA_DIR: fresh });
    const second = startCli(['import', ORGANISATION_FILE, '--format', 'json'], { ASSURED_DATA_DIR: fresh });
    const results = await Promise.all([first.exited, second.exited]);
    const pids = [first.child.pid, second.child.pid];
    const winner = results.findIndex((result) => result.code === 0);
    expect(results.map((result) => result.code).sort()).toEqual([0, 2]);
    const loser = results[1 - winner]!;
    expect(loser.stderr).toContain(`pid ${pids[winner]}`);
    expect(loser.stderr).not.toMatch(STACK_LINE);
    expect(loser.stdout).toBe('');
    expect(createdRows(results[winner]!.stdout)).toBe(1);
  });
});
