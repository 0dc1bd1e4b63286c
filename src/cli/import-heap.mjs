/**
 * `assured import` of CSV files runs in a child process with a capped old generation.
 *
 * An import streams CSV files a chunk at a time, so its live heap stays around 100–150 MB
 * whatever the row count; but the rows of a chunk live across the database round trips that
 * write them, so they outlast the young generation, and without a cap the collector lets the
 * old generation grow to two or three times what is live before a full collection (peak RSS
 * 730 MB at 1,000,000 + 1,000,000 rows). With the cap it collects sooner. The cap can only be
 * set when V8 starts, hence the child. It is not used where the heap must hold a whole file
 * or every bad row: XLSX and JSON files (read whole, within their own limits) and
 * --skip-invalid (which keeps each rejected row for the rejected-rows file); a cap there could
 * end a legitimate import with an out-of-memory crash.
 *
 * Plain JavaScript (types in import-heap.d.mts): assured.mjs decides before loading TypeScript,
 * so the waiting parent stays a bare Node process (about 40 MB, against 65 MB with tsx).
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import v8 from 'node:v8';

/** Old generation for a streamed import: about twice the live heap measured at 1,000,000 + 1,000,000 rows. */
export const IMPORT_OLD_SPACE_MB = 256;

/**
 * Young generation semi-space for the same import (V8's default here is 16 MB): the young
 * generation was up to 30 MB of the child's peak for rows that are promoted anyway, as they
 * live across their chunk's database round trips. At 100,000 + 100,000 rows on PGlite it took
 * the peak from 473–477 MB to 428 MB for about 5% more CPU; a 192 MB old generation did not
 * lower it (442–502 MB), the old generation staying well under 256 MB.
 */
export const IMPORT_SEMI_SPACE_MB = 4;

/**
 * Below this many bytes of CSV in all, the import runs in this process: a second process costs
 * a start-up for nothing, and the process holding the data folder's lock stays the one the
 * user started (the lock message names it). About 40,000 rows.
 */
export const IMPORT_CAP_FROM_BYTES = 4 * 2 ** 20;

/** A file's size in bytes, 0 when it cannot be read (the import itself reports that). */
function fileSize(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Set in the child, so it does not start another. */
const CAPPED_ENV = 'ASSURED_IMPORT_HEAP_CAPPED';

/**
 * This process is the capped import child: it runs only `assured import` of CSV files, so it
 * loads only the import command, and opens the embedded database with smaller buffers.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function isCappedImportChild(env = process.env) {
  return env[CAPPED_ENV] === '1';
}

/** `assured import` flags that take a value (the value is not a file). */
const VALUE_FLAGS = new Set(['--org', '--mapping', '--format']);

/**
 * The files and flags an `assured import` command line names, or undefined for another command.
 * @param {readonly string[]} args
 * @returns {{ files: string[]; flags: string[] } | undefined}
 */
function importFiles(args) {
  const words = args.filter((arg) => arg !== '--debug');
  if (words[0] !== 'import') return undefined;
  /** @type {string[]} */
  const files = [];
  /** @type {string[]} */
  const flags = [];
  for (let index = 1; index < words.length; index++) {
    const word = words[index];
    if (word === '--') {
      files.push(...words.slice(index + 1));
      break;
    }
    if (word.startsWith('-')) {
      flags.push(word.split('=')[0]);
      if (VALUE_FLAGS.has(word) && !word.includes('=')) index += 1;
      continue;
    }
    files.push(word);
  }
  return { files, flags };
}

/**
 * The V8 flags to run this command line with, or undefined when it runs as it is.
 * @param {readonly string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @param {(file: string) => number} [sizeOf] bytes of a file (the file system's by default)
 * @returns {string[] | undefined}
 */
export function importHeapFlags(args, env = process.env, sizeOf = fileSize) {
  if (isCappedImportChild(env)) return undefined;
  const command = importFiles(args);
  if (!command || command.files.length === 0) return undefined;
  if (command.flags.includes('--skip-invalid') || command.flags.includes('--help') || command.flags.includes('-h')) return undefined;
  if (!command.files.every((file) => /\.(csv|txt)$/i.test(file))) return undefined;
  if (command.files.reduce((sum, file) => sum + sizeOf(file), 0) < IMPORT_CAP_FROM_BYTES) return undefined;
  // Already started with a smaller heap (NODE_OPTIONS or node's own flags): keep it.
  if (v8.getHeapStatistics().heap_size_limit <= IMPORT_OLD_SPACE_MB * 2 ** 20 * 1.5) return undefined;
  return [`--max-old-space-size=${IMPORT_OLD_SPACE_MB}`, `--max-semi-space-size=${IMPORT_SEMI_SPACE_MB}`];
}

/**
 * Runs `entry args` again in a child with `flags`, sharing stdin, stdout and stderr (so a
 * terminal stays a terminal), passing on the signals that end a command, and resolving with
 * the child's exit code; a child ended by a signal ends this process with the same signal.
 * @param {readonly string[]} flags
 * @param {string} entry
 * @param {readonly string[]} args
 * @returns {Promise<number>}
 */
export function runWithFlags(flags, entry, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...flags, entry, ...args], { stdio: 'inherit', env: { ...process.env, [CAPPED_ENV]: '1' } });
    /** @type {NodeJS.Signals[]} */
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    /** @param {NodeJS.Signals} signal */
    const forward = (signal) => child.kill(signal);
    for (const signal of signals) process.on(signal, forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const name of signals) process.off(name, forward);
      if (signal) process.kill(process.pid, signal);
      else resolve(code ?? 1);
    });
  });
}
