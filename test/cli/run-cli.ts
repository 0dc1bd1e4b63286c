/**
 * Runs the real `assured` entry point in a child process, as a user would, so exit codes,
 * stderr and what happens between processes are the ones a user sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = path.join(REPO_ROOT, 'src', 'cli', 'assured.mjs');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The parent's environment without DATABASE_URL, so the embedded database is used. */
export function cliEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _databaseUrl, ...env } = process.env;
  return { ...env, NO_COLOR: '1', ...extra };
}

export interface CliChild {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once stdout contains `text`; rejects if the process ends first. */
  waitFor: (text: string | RegExp) => Promise<void>;
  exited: Promise<CliResult>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT): CliChild {
  const child = spawn(process.execPath, [ENTRY, ...args], { cwd, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const watchers = new Set<() => void>();
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const watcher of watchers) watcher();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  const waitFor = (text: string | RegExp) =>
    new Promise<void>((resolve, reject) => {
      const seen = () => (typeof text === 'string' ? stdout.includes(text) : text.test(stdout));
      const check = () => {
        if (!seen()) return;
        watchers.delete(check);
        resolve();
      };
      watchers.add(check);
      check();
      void exited.then((result) => {
        if (!seen()) reject(new Error(`process ended (code ${result.code}, signal ${result.signal}) before printing ${text}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`));
      });
    });
  return { child, stdout: () => stdout, stderr: () => stderr, waitFor, exited };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT): Promise<CliResult> {
  return startCli(args, env, cwd).exited;
}

/** A line of a JavaScript stack trace ("    at fn (file:line:col)"). */
export const STACK_LINE = /^\s+at .+[(:]/m;
