/**
 * `assured serve` in a child process for the API benchmarks, so the load generator and the
 * probes do not share the server's event loop. A throwaway PGlite folder gets fixtures/small and
 * an API key; the rate limit is lifted. Run as a script with --serve-child, this file is the child.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiKey } from '../../src/access/create-api-key.js';
import { openDatabase } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVE_CHILD = '--serve-child';

export interface BenchServerOptions {
  /** Worker threads for checks and validations (`--work-threads`); default the server's own. */
  workThreads?: number;
}

export interface BenchServer {
  url: string;
  key: string;
  /** The server's process, for reading its CPU time. */
  pid: number;
  stop: () => Promise<void>;
}

async function seed(dataDir: string): Promise<string> {
  const db = await openDatabase({ dataDir });
  try {
    const dir = path.join(ROOT, 'fixtures/small');
    const names = (await readdir(dir)).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(dir, name)) })));
    const report = await importFiles({ db, files });
    if (report.errorCount > 0) throw new Error('fixtures/small did not import');
    return (await createApiKey({ db, organisation: 'small-test', name: 'bench' })).key;
  } finally {
    await db.close();
  }
}

function spawnServer(dataDir: string, options: BenchServerOptions): Promise<{ child: ChildProcess; url: string }> {
  const poolFlags = options.workThreads !== undefined ? ['--work-threads', String(options.workThreads)] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), SERVE_CHILD, '--port', '0', '--quiet', '--rate-limit', '100000000', ...poolFlags], {
      cwd: ROOT,
      env: { ...process.env, ASSURED_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

/** Seeds a fresh data folder and starts the server on it; `stop` ends the child and removes the folder. */
export async function startBenchServer(options: BenchServerOptions = {}): Promise<BenchServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'assured-bench-'));
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      // A server whose event loop is blocked cannot run its shutdown; do not wait for ever.
      const timer = setTimeout(() => child!.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const key = await seed(dataDir);
    const server = await spawnServer(dataDir, options);
    child = server.child;
    return { url: server.url, key, pid: server.child.pid!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[2] === SERVE_CHILD) {
  const { serveCommand } = await import('../../src/cli/commands/serve.js');
  const { processIO } = await import('../../src/cli/main.js');
  process.exit(await serveCommand.run(process.argv.slice(3), processIO()));
}
