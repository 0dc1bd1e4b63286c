/** The data-folder lock on its own: who holds it, when it is stale, and that it is released. */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, lockDataFolder } from '../../src/data/data-folder-lock.js';
import { openDatabase } from '../../src/data/database.js';

let workDir: string;
let folderCount = 0;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'assured-folder-lock-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function newFolder(): Promise<string> {
  const folder = path.join(workDir, `folder-${(folderCount += 1)}`);
  await mkdir(folder);
  return folder;
}

function lockRecord(pid: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ pid, host: os.hostname(), startTicks: null, since: '2026-01-01T00:00:00.000Z', token: 'someone-else', ...extra });
}

/** A live process that is not this one, for a lock held elsewhere. */
async function withOtherProcess<T>(work: (pid: number) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  try {
    return await work(child.pid!);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

describe('lockDataFolder', () => {
  it('writes our pid, refuses a second lock in the same process, and removes the file on release', async () => {
    const folder = await newFolder();
    const lock = lockDataFolder(folder);
    const record = JSON.parse(await readFile(lock.path, 'utf8'));
    expect(record.pid).toBe(process.pid);
    expect(() => lockDataFolder(folder)).toThrow(/already open in this process/);
    lock.release();
    lock.release();
    expect(await readdir(folder)).toEqual([]);
    lockDataFolder(folder).release();
  });

  it('refuses while a live process holds the lock, naming its pid', async () => {
    const folder = await newFolder();
    await withOtherProcess(async (pid) => {
      await writeFile(path.join(folder, LOCK_FILE_NAME), lockRecord(pid));
      expect(() => lockDataFolder(folder)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining(`pid ${pid}`) }));
    });
    // The holder is gone now: the next attempt takes over.
    lockDataFolder(folder).release();
  });

  it.each([
    ['a dead pid', () => lockRecord(2 ** 22 + 12_345)],
    ['a live pid that started at another time (reused)', () => lockRecord(1, { startTicks: '1' })],
    ['our own pid from an earlier life', () => lockRecord(process.pid)],
    ['garbage', () => '\u0000{not json'],
    ['an empty file', () => ''],
    ['pid 0 (would mean the whole process group)', () => lockRecord(0)],
    ['a negative pid', () => lockRecord(-1)],
    ['a huge file', () => 'x'.repeat(100_000)],
  ])('takes over a stale lock: %s', async (_name, content) => {
    const folder = await newFolder();
    await writeFile(path.join(folder, LOCK_FILE_NAME), content());
    const lock = lockDataFolder(folder);
    expect(JSON.parse(await readFile(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(await readdir(folder)).toEqual([]);
  });

  it('does not remove a lock that another process took over after ours', async () => {
    const folder = await newFolder();
    const lock = lockDataFolder(folder);
    await writeFile(lock.path, lockRecord(1, { token: 'successor' }));
    lock.release();
    expect(await readdir(folder)).toEqual([LOCK_FILE_NAME]);
  });
});

describe('openDatabase on a folder', () => {
  it('holds the lock while open, refuses a second open, and lets go on close', async () => {
    const folder = await newFolder();
    const db = await openDatabase({ dataDir: folder, migrate: false });
    try {
      await expect(openDatabase({ dataDir: folder, migrate: false })).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await readdir(folder)).toContain(LOCK_FILE_NAME);
    } finally {
      await db.close();
    }
    expect(await readdir(folder)).not.toContain(LOCK_FILE_NAME);
  });
});
