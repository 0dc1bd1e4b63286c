/**
 * Misuse of the embedded data folder: many processes at once, stale and malformed locks,
 * signals. Nothing may crash, hang, leave a half-written lock, or let two processes in.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, lockDataFolder } from '../../src/data/data-folder-lock.js';
import { REPO_ROOT, runCli, STACK_LINE } from '../cli/run-cli.js';

const HOLDER = fileURLToPath(new URL('./support/hold-data-folder.ts', import.meta.url));
const DEAD_PID = 2 ** 22 + 4_321;

let workDir: string;
let folderCount = 0;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'assured-attack-db-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function newFolder(): Promise<string> {
  const folder = path.join(workDir, `folder ${(folderCount += 1)} ünïcode`);
  await mkdir(folder);
  return folder;
}

interface Contender {
  pid: number;
  /** Resolves once the contender printed `text`; rejects if it ended without. */
  printed: (text: 'ready' | 'locked') => Promise<void>;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>;
  kill: (signal: NodeJS.Signals) => void;
}

function contend(folder: string, holdMs: number, goFile = ''): Contender {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, folder, String(holdMs), goFile], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => stdout.includes(text) && resolve();
      child.stdout.on('data', check);
      check();
      void done.then(() => (stdout.includes(text) ? resolve() : reject(new Error(`contender ended without "${text}": ${stdout}`))));
    });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout })),
  );
  return { pid: child.pid!, printed, done, kill: (signal) => child.kill(signal) };
}

describe('attack: the embedded data folder', () => {
  it('lets exactly one of six processes racing for a stale lock in, and leaves nothing half-written', async () => {
    const folder = await newFolder();
    await writeFile(path.join(folder, LOCK_FILE_NAME), JSON.stringify({ pid: DEAD_PID, host: hostname(), startTicks: null, since: 'then', token: 'dead' }));
    const goFile = path.join(workDir, `go-${folderCount}`);
    const contenders = Array.from({ length: 6 }, () => contend(folder, 1_500, goFile));
    await Promise.all(contenders.map((contender) => contender.printed('ready')));
    const started = Date.now();
    await writeFile(goFile, '');
    const results = await Promise.all(contenders.map((contender) => contender.done));
    expect(Date.now() - started).toBeLessThan(15_000);
    const winners = results.flatMap((result, index) => (result.code === 0 ? [contenders[index]!.pid] : []));
    expect(winners).toHaveLength(1);
    for (const result of results.filter((result) => result.code !== 0)) {
      expect(result.code).toBe(2);
      expect(result.stdout).toContain(`pid ${winners[0]}`);
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('releases the lock when a holder is interrupted with SIGINT, and a SIGKILLed holder is taken over', async () => {
    const interrupted = await newFolder();
    const holder = contend(interrupted, 60_000);
    await holder.printed('locked');
    holder.kill('SIGINT');
    expect((await holder.done).signal).toBe('SIGINT');
    expect(await readdir(interrupted)).toEqual([]);

    const killed = await newFolder();
    const victim = contend(killed, 60_000);
    await victim.printed('locked');
    victim.kill('SIGKILL');
    await victim.done;
    expect(await readdir(killed)).toEqual([LOCK_FILE_NAME]);
    const lock = lockDataFolder(killed);
    expect(JSON.parse(await readFile(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('refuses a CLI import while any process holds the folder: exit 2, the pid, no stack, quickly', async () => {
    const folder = await newFolder();
    const holder = contend(folder, 60_000);
    try {
      await holder.printed('locked');
      const started = Date.now();
      const result = await runCli(['import', path.join(REPO_ROOT, 'fixtures', 'provider', 'organisation.csv')], { ASSURED_DATA_DIR: folder });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`pid ${holder.pid}`);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stdout).toBe('');
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await readdir(folder)).toEqual([LOCK_FILE_NAME]);
    } finally {
      holder.kill('SIGKILL');
      await holder.done;
    }
  });

  it('answers a lock path that is a folder with a clear database error', async () => {
    const folder = await newFolder();
    await mkdir(path.join(folder, LOCK_FILE_NAME));
    expect(() => lockDataFolder(folder)).toThrow(expect.objectContaining({ code: 'DATABASE', message: expect.stringContaining('Could not lock the database folder') }));
    expect((await readdir(folder)).sort()).toEqual([LOCK_FILE_NAME]);
  });
});
