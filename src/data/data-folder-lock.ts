/**
 * An embedded (PGlite) data folder may be open in one process only. PGlite caches the
 * database in its process and writes it back, so a second process's writes are silently
 * lost, and two processes initialising a fresh folder break each other.
 *
 * The lock is a small file in the folder naming its holder (pid, host, process start time).
 * A lock whose holder is gone is taken over at once, which covers a process killed with
 * SIGKILL. A pid file with a liveness check rather than a library such as proper-lockfile:
 * that one cannot name the holder, and it judges staleness by a timestamp the holder must keep
 * refreshing, which a long synchronous PGlite query (it runs on the main thread) can stall,
 * handing the folder to a second process while the first is still writing.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../shared/app-error.js';

export const LOCK_FILE_NAME = 'assured.lock';

interface LockRecord {
  pid: number;
  host: string;
  /** Process start time in clock ticks since boot (Linux); tells a reused pid from the holder. */
  startTicks: string | null;
  since: string;
  token: string;
}

export interface DataFolderLock {
  path: string;
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release: () => void;
}

/** Lock files this process holds, by path, so they can be released on exit. */
const held = new Map<string, LockRecord>();

/** Takes the folder's lock or throws CONFLICT naming the process that holds it. The folder must exist. */
export function lockDataFolder(folder: string): DataFolderLock {
  const lockPath = path.join(path.resolve(folder), LOCK_FILE_NAME);
  if (held.has(lockPath)) throw inUse(folder, held.get(lockPath)!);
  try {
    return takeLock(folder, lockPath);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('DATABASE', `Could not lock the database folder ${folder} (Assured keeps ${LOCK_FILE_NAME} there while it has the database open): ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function takeLock(folder: string, lockPath: string): DataFolderLock {
  const record: LockRecord = {
    pid: process.pid,
    host: os.hostname(),
    startTicks: startTicksOf(process.pid),
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  // Written aside and linked into place, so nobody ever reads a half-written lock.
  const draft = `${lockPath}.${record.pid}.${record.token}`;
  writeFileSync(draft, `${JSON.stringify(record)}\n`, { flag: 'wx' });
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (createExclusively(draft, lockPath)) {
        held.set(lockPath, record);
        releaseOnExit();
        return { path: lockPath, release: () => release(lockPath) };
      }
      const current = readLock(lockPath);
      if (current === undefined) continue; // released while we looked
      if (current.record && holderIsAlive(current.record)) throw inUse(folder, current.record);
      removeIfUnchanged(lockPath, current.raw, record.token);
    }
    throw new AppError('CONFLICT', `Could not take the lock ${lockPath}: other processes keep taking it. Try again, or stop the other Assured processes using ${folder}.`);
  } finally {
    unlinkQuietly(draft);
  }
}

function createExclusively(draft: string, lockPath: string): boolean {
  try {
    linkSync(draft, lockPath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
  }
  // A file system without hard links: create-if-absent directly.
  try {
    writeFileSync(lockPath, readFileSync(draft), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readLock(lockPath: string): { raw: string; record: LockRecord | undefined } | undefined {
  let raw: string;
  try {
    raw = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return { raw, record: parseRecord(raw) };
}

/** Anything that is not a lock this code wrote counts as stale. */
function parseRecord(raw: string): LockRecord | undefined {
  if (raw.length > 4096) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<LockRecord>;
    if (!Number.isSafeInteger(value.pid) || value.pid! <= 0) return undefined;
    if (typeof value.host !== 'string' || typeof value.token !== 'string') return undefined;
    return {
      pid: value.pid!,
      host: value.host,
      startTicks: typeof value.startTicks === 'string' ? value.startTicks : null,
      since: typeof value.since === 'string' ? value.since : 'an unknown time',
      token: value.token,
    };
  } catch {
    return undefined;
  }
}

function holderIsAlive(record: LockRecord): boolean {
  // A process on another machine (a shared folder) cannot be checked: assume it is running.
  if (record.host !== os.hostname()) return true;
  // Our own pid in a lock we do not hold: a previous process that had the same pid (containers).
  if (record.pid === process.pid) return false;
  try {
    process.kill(record.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const stat = procStat(record.pid);
  if (stat === undefined) return true;
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return record.startTicks === null || record.startTicks === stat.startTicks;
}

/** Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses). */
function procStat(pid: number): { state: string; startTicks: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); field 22 is the start time.
    return { state: fields[0]!, startTicks: fields[19]! };
  } catch {
    return undefined;
  }
}

function startTicksOf(pid: number): string | null {
  return procStat(pid)?.startTicks ?? null;
}

/**
 * Removes a stale lock, unless another process replaced it since we read it: the file is
 * moved aside atomically first, and put back if it turns out to be someone's fresh lock.
 */
function removeIfUnchanged(lockPath: string, staleRaw: string, token: string): void {
  const aside = `${lockPath}.${process.pid}.${token}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readFileSync(aside, 'utf8') === staleRaw) {
    unlinkQuietly(aside);
  } else {
    renameSync(aside, lockPath);
  }
}

function release(lockPath: string): void {
  const record = held.get(lockPath);
  if (!record) return;
  held.delete(lockPath);
  try {
    if (readLock(lockPath)?.record?.token === record.token) unlinkSync(lockPath);
  } catch {
    // The folder is gone or unreadable: nothing left to release.
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

function inUse(folder: string, holder: LockRecord): AppError {
  if (holder.pid === process.pid && holder.host === os.hostname()) {
    return new AppError('CONFLICT', `The database folder ${folder} is already open in this process (pid ${holder.pid}); close it before opening it again.`);
  }
  const where = holder.host === os.hostname() ? '' : ` on host ${holder.host}`;
  return new AppError(
    'CONFLICT',
    `The database folder ${folder} is in use by another Assured process (pid ${holder.pid}${where}, since ${holder.since}). ` +
      'An embedded database can be open in only one process at a time. Stop that process and run this again, ' +
      'or send the work to that server through its API, or use PostgreSQL (set DATABASE_URL) to share one database between processes.',
    { details: { pid: holder.pid, host: holder.host, since: holder.since } },
  );
}

const RELEASE_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let exitHooked = false;

function releaseAll(): void {
  for (const lockPath of [...held.keys()]) release(lockPath);
}

/**
 * Releases every lock on exit, and on a terminating signal when nothing else handles it
 * (then re-raises it, so the process still ends as the signal asks). A process that handles
 * the signal itself, like `serve`, releases by closing its database.
 */
function releaseOnExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', releaseAll);
  for (const signal of RELEASE_SIGNALS) {
    const onSignal = () => {
      if (process.listenerCount(signal) > 1) return;
      releaseAll();
      process.off(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}
