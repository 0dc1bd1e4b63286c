/**
 * Load test of the HTTP API on loopback with autocannon.
 * Run: npx tsx bench/api-load.bench.ts   (about 40 s)
 *
 * A throwaway PGlite folder gets fixtures/small and an API key; `assured serve` (this file run
 * with --serve-child) then runs in a child process (so the load generator does not share its event loop) with the rate limit
 * lifted. Two runs of 50 connections for 10 s each: POST /v1/checks with a 1,000-word draft,
 * and GET /v1/figures?period=2026-Q2. Reported: requests/s, p50 and p99 latency, errors
 * (socket errors, timeouts and non-2xx answers). Goal: zero errors; p99 under 100 ms for checks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createApiKey } from '../src/access/create-api-key.js';
import { openDatabase } from '../src/data/database.js';
import { importFiles } from '../src/data/import/import-files.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}) => Promise<AutocannonResult>;

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as Autocannon;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVE_CHILD = '--serve-child';
const CONNECTIONS = 50;
const DURATION_S = 10;

/** About 1,000 words of Markdown from the checker's labelled sentences, with headings. */
async function thousandWordDraft(): Promise<string> {
  const corpus = JSON.parse(await readFile(path.join(ROOT, 'fixtures/check/sentences.json'), 'utf8')) as { text: string }[];
  const parts: string[] = [];
  let words = 0;
  for (let index = 0; words < 1_000; index += 1) {
    if (index % 8 === 0) parts.push(`## Question ${index / 8 + 1}: how do you involve families and advocates?`);
    const paragraph = [0, 1, 2, 3].map((offset) => corpus[(index * 7 + offset * 13) % corpus.length]!.text).join(' ');
    parts.push(paragraph);
    words += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}

async function seed(dataDir: string): Promise<string> {
  const db = await openDatabase({ dataDir });
  try {
    const dir = path.join(ROOT, 'fixtures/small');
    const { readdir } = await import('node:fs/promises');
    const names = (await readdir(dir)).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(dir, name)) })));
    const report = await importFiles({ db, files });
    if (report.errorCount > 0) throw new Error('fixtures/small did not import');
    return (await createApiKey({ db, organisation: 'small-test', name: 'load test' })).key;
  } finally {
    await db.close();
  }
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), SERVE_CHILD, '--port', '0', '--quiet', '--rate-limit', '100000000'], {
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

/** After a run the server may still be working through requests already read; wait until /health is quick again. */
async function waitUntilIdle(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const started = performance.now();
    await fetch(`${url}/health`);
    if (performance.now() - started < 20) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function row(name: string, result: AutocannonResult): string {
  const statuses = Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => `${status}×${count}`).join(' ');
  return `| ${name} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${result['2xx']} | ${result.timeouts} | ${result.errors - result.timeouts} | ${result.non2xx} | ${statuses} |`;
}

// This file is also the server process: run as a child, it is `assured serve`.
if (process.argv[2] === SERVE_CHILD) {
  const { serveCommand } = await import('../src/cli/commands/serve.js');
  const { processIO } = await import('../src/cli/main.js');
  process.exit(await serveCommand.run(process.argv.slice(3), processIO()));
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'assured-load-'));
let child: ChildProcess | undefined;
try {
  const key = await seed(dataDir);
  const server = await startServer(dataDir);
  child = server.child;
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const draft = await thousandWordDraft();
  const body = JSON.stringify({ text: draft });
  const runs: [string, AutocannonResult][] = [];
  const checksUrl = `${server.url}/v1/checks`;
  const figuresUrl = `${server.url}/v1/figures?period=2026-Q2`;
  // Warm up both routes (JIT, first queries) before measuring.
  await autocannon({ url: checksUrl, method: 'POST', headers, body, connections: 4, duration: 2 });
  await autocannon({ url: figuresUrl, headers, connections: 4, duration: 2 });
  await waitUntilIdle(server.url);
  runs.push([`POST /v1/checks (${draft.split(/\s+/).filter(Boolean).length} words)`, await autocannon({ url: checksUrl, method: 'POST', headers, body, connections: CONNECTIONS, duration: DURATION_S })]);
  await waitUntilIdle(server.url);
  runs.push(['GET /v1/figures?period=2026-Q2', await autocannon({ url: figuresUrl, headers, connections: CONNECTIONS, duration: DURATION_S })]);
  console.log(`\nAPI load, ${CONNECTIONS} connections × ${DURATION_S} s on loopback, ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)}), Node ${process.version}, PGlite\n`);
  console.log('| endpoint | req/s | p50 ms | p99 ms | max ms | 2xx | timeouts | other errors | non-2xx | statuses |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const [name, result] of runs) console.log(row(name, result));
} finally {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
}
