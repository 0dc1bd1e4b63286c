/**
 * Load test of the HTTP API on loopback with autocannon.
 * Run: npx tsx bench/api-load.bench.ts   (about 40 s)
 *
 * A throwaway PGlite folder gets fixtures/small and an API key; `assured serve` (bench/support/api-server.ts
 * with --serve-child) then runs in a child process (so the load generator does not share its event loop) with the rate limit
 * lifted. Two runs of 50 connections for 10 s each: POST /v1/checks with a 1,000-word draft,
 * and GET /v1/figures?period=2026-Q2. Reported: requests/s, p50 and p99 latency, errors
 * (socket errors, timeouts and non-2xx answers). Goal: zero errors; p99 under 100 ms for checks.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './support/api-server.js';

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

const server = await startBenchServer();
try {
  const { key } = server;
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
  await server.stop();
}
