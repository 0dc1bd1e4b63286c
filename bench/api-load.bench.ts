/**
 * Load test of the HTTP API on loopback with autocannon.
 * Run: npx tsx bench/api-load.bench.ts   (about 2.5 minutes)
 *
 * A throwaway PGlite folder gets fixtures/small and an API key; `assured serve` (bench/support/api-server.ts
 * with --serve-child) then runs in a child process (so the load generator does not share its event
 * loop) with the rate limit lifted. 50 connections throughout:
 *
 * - POST /v1/checks, every request a different ~1,000-word draft, so the API's result cache (keyed
 *   by the text) never answers; against a server with one worker thread and one with a worker per
 *   available core, both running, in alternating rounds so that other work on the machine weighs
 *   on both alike. The throughput ratio is how far checks scale with cores.
 * - GET /health probed every 50 ms from its own thread during every run against the all-cores
 *   server: the serving thread must stay free while every worker is busy.
 * - POST /v1/checks with one identical draft (answered from the result cache), and
 *   GET /v1/figures?period=2026-Q2 (answered from the evidence-pack cache).
 *
 * Goals: zero errors; /health p99 under 50 ms under full load; p99 under 100 ms for reused checks;
 * fresh-check throughput rising with the worker count (ideal ratio: the number of cores).
 *
 * On a shared machine other work takes cores from the workers (which run at a lower priority than
 * anything else), so each run reports how many cores other processes used meanwhile (Linux).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultWorkThreads } from '../src/check/run-check-isolated.js';
import { startBenchServer, type BenchServer } from './support/api-server.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: (AutocannonRequest & { setupRequest?: (request: AutocannonRequest) => AutocannonRequest })[];
}) => Promise<AutocannonResult>;

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as Autocannon;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 50;
const DURATION_S = 10;
/** Rounds of fresh checks, each one run against each server. */
const FRESH_ROUNDS = 2;
const HEALTH_PROBE_EVERY_MS = 50;
const HEALTH_PROBE_TIMEOUT_MS = 10_000;
const FULL_POOL = defaultWorkThreads();

interface Corpus {
  sentences: string[];
}

/**
 * About 1,000 words of Markdown from the checker's labelled sentences, with headings. Each
 * `variant` picks its sentences from a different place in the corpus and numbers its headings, so
 * no two variants share a text; variant 0 is the draft the reuse run sends every time.
 */
function thousandWordDraft(corpus: Corpus, variant: number): string {
  const { sentences } = corpus;
  const parts: string[] = [];
  let words = 0;
  for (let index = 0; words < 1_000; index += 1) {
    if (index % 8 === 0) parts.push(`## Question ${index / 8 + 1}${variant === 0 ? '' : ` (draft ${variant})`}: how do you involve families and advocates?`);
    const paragraph = [0, 1, 2, 3].map((offset) => sentences[(index * 7 + offset * 13 + variant * 11) % sentences.length]!).join(' ');
    parts.push(paragraph);
    words += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Request bodies, each a draft no earlier request of the run sent (warm-ups included). Every body
 * built is hashed, so the run can show that the result cache (keyed by a hash of the text and
 * options) could not answer any.
 */
class DistinctDrafts {
  private next = 1;
  readonly hashes = new Set<string>();
  built = 0;
  private readonly words: number[] = [];

  constructor(private readonly corpus: Corpus) {}

  body(): string {
    const text = thousandWordDraft(this.corpus, this.next);
    this.next += 1;
    this.built += 1;
    this.hashes.add(createHash('sha256').update(text).digest('hex'));
    if (this.words.length < 200) this.words.push(wordCount(text));
    return JSON.stringify({ text });
  }

  wordRange(): string {
    return `${Math.min(...this.words).toLocaleString('en-GB')}–${Math.max(...this.words).toLocaleString('en-GB')}`;
  }
}

/** After a run the server may still be working through requests already read; wait until /health is quick again. */
async function waitUntilIdle(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const started = performance.now();
    await fetch(`${url}/health`).then((response) => response.arrayBuffer());
    if (performance.now() - started < 20) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface HealthProbes {
  latencies: number[];
  unanswered: number;
}

/**
 * Probes GET /health from a thread of its own, so the load generator's event loop does not delay
 * the probes or their timing. Resolves once the probe's own first requests are out of the way;
 * `stop` ends probing and answers what was measured.
 */
async function probeHealth(url: string): Promise<{ stop: () => Promise<HealthProbes> }> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { performance } = require('node:perf_hooks');
    let probing = true;
    parentPort.on('message', () => { probing = false; });
    const probe = async () => {
      const started = performance.now();
      try {
        const response = await fetch(workerData.url, { signal: AbortSignal.timeout(workerData.timeoutMs) });
        await response.arrayBuffer();
        return response.ok ? performance.now() - started : undefined;
      } catch {
        return undefined;
      }
    };
    (async () => {
      for (let warm = 0; warm < 5; warm += 1) await probe();
      parentPort.postMessage('ready');
      const latencies = [];
      let unanswered = 0;
      while (probing) {
        const latency = await probe();
        if (latency === undefined) unanswered += 1;
        else latencies.push(latency);
        await new Promise((resolve) => setTimeout(resolve, workerData.everyMs));
      }
      parentPort.postMessage({ latencies, unanswered });
    })();
  `;
  const worker = new Worker(source, { eval: true, workerData: { url: `${url}/health`, everyMs: HEALTH_PROBE_EVERY_MS, timeoutMs: HEALTH_PROBE_TIMEOUT_MS } });
  const messages: unknown[] = [];
  let wake: (() => void) | undefined;
  worker.on('message', (message: unknown) => {
    messages.push(message);
    wake?.();
  });
  const nextMessage = async (): Promise<unknown> => {
    while (messages.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return messages.shift();
  };
  await nextMessage();
  return {
    stop: async () => {
      worker.postMessage('stop');
      const probes = (await nextMessage()) as HealthProbes;
      await worker.terminate();
      return probes;
    },
  };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? NaN;
}

/** `baseline` and `full` are fresh checks against the one-worker and the all-cores server. */
type RunKind = 'baseline' | 'full' | 'reused' | 'figures';

interface LoadRow {
  kind: RunKind;
  name: string;
  workers: number;
  otherCores: number | undefined;
  result: AutocannonResult;
  distinct: string;
}
interface HealthRow {
  during: string;
  probes: HealthProbes;
}

/** Clock ticks per second of the CPU times in /proc (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** CPU seconds the whole machine has spent busy (user, nice, system, interrupts) since boot. */
function machineBusySeconds(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq!) / TICKS_PER_SECOND;
}

/** CPU seconds a process (all its threads) has used. */
function processCpuSeconds(pid: number | 'self'): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may contain spaces; utime and stime are the 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * Measures how many cores processes other than this one and `pids` kept busy from now until
 * `otherCores` is called; undefined where /proc cannot be read.
 */
function otherWorkMeter(pids: number[]): { otherCores: () => number | undefined } {
  const ours = () => [processCpuSeconds('self'), ...pids.map((pid) => processCpuSeconds(pid))].reduce((sum, seconds) => sum + seconds, 0);
  try {
    const started = { at: performance.now(), machine: machineBusySeconds(), ours: ours() };
    return {
      otherCores: () => {
        const others = machineBusySeconds() - started.machine - (ours() - started.ours);
        return Math.max(0, others) / ((performance.now() - started.at) / 1000);
      },
    };
  } catch {
    return { otherCores: () => undefined };
  }
}
const format = (ms: number): string => (Number.isNaN(ms) ? '—' : ms.toFixed(1));

function loadRow({ name, workers, otherCores, result, distinct }: LoadRow): string {
  const statuses = Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => `${status}×${count}`).join(' ');
  return `| ${name} | ${workers} | ${otherCores === undefined ? '—' : otherCores.toFixed(2)} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${result['2xx']} | ${result.non2xx} | ${result.timeouts} / ${result.errors - result.timeouts} | ${statuses} | ${distinct} |`;
}

function healthRow({ during, probes }: HealthRow): string {
  const sorted = [...probes.latencies].sort((a, b) => a - b);
  return `| ${during} | ${sorted.length} | ${format(percentile(sorted, 0.5))} | ${format(percentile(sorted, 0.99))} | ${format(sorted.at(-1) ?? NaN)} | ${probes.unanswered} |`;
}

const loadRows: LoadRow[] = [];
const healthRows: HealthRow[] = [];
const corpus: Corpus = { sentences: (JSON.parse(await readFile(path.join(ROOT, 'fixtures/check/sentences.json'), 'utf8')) as { text: string }[]).map(({ text }) => text) };
const reusedDraft = thousandWordDraft(corpus, 0);
const distinctDrafts = new DistinctDrafts(corpus);
const startedAt = new Date();
const loadAtStart = os.loadavg();

interface PoolServer {
  role: 'baseline' | 'full';
  server: BenchServer;
  workers: number;
}

function freshCheckRequests(server: BenchServer) {
  const headers = { authorization: `Bearer ${server.key}`, 'content-type': 'application/json' };
  return [{ method: 'POST', path: '/v1/checks', headers, setupRequest: (request: AutocannonRequest) => ({ ...request, body: distinctDrafts.body() }) }];
}

/** POST /v1/checks with a different draft on every request: the result cache never answers. */
async function freshChecks({ role, server, workers }: PoolServer, round: number): Promise<void> {
  const builtBefore = distinctDrafts.built;
  const meter = otherWorkMeter(servers.map(({ server: running }) => running.pid));
  const health = role === 'full' ? await probeHealth(server.url) : undefined;
  const result = await autocannon({ url: server.url, requests: freshCheckRequests(server), connections: CONNECTIONS, duration: DURATION_S });
  if (health) healthRows.push({ during: `fresh checks, round ${round}`, probes: await health.stop() });
  if (distinctDrafts.hashes.size !== distinctDrafts.built) {
    throw new Error(`Only ${distinctDrafts.hashes.size} of ${distinctDrafts.built} fresh-check drafts were distinct, so the result cache may have answered some.`);
  }
  const distinct = `${distinctDrafts.built - builtBefore}, none sent before`;
  loadRows.push({ kind: role, name: `POST /v1/checks, a different draft every request (${distinctDrafts.wordRange()} words), round ${round}`, workers, otherCores: meter.otherCores(), result, distinct });
  await waitUntilIdle(server.url);
}

async function reusedRuns(server: BenchServer, workers: number): Promise<void> {
  const headers = { authorization: `Bearer ${server.key}`, 'content-type': 'application/json' };
  const body = JSON.stringify({ text: reusedDraft });
  const checksUrl = `${server.url}/v1/checks`;
  const figuresUrl = `${server.url}/v1/figures?period=2026-Q2`;
  await autocannon({ url: checksUrl, method: 'POST', headers, body, connections: 4, duration: 2 });
  await waitUntilIdle(server.url);
  let meter = otherWorkMeter([server.pid]);
  const health = await probeHealth(server.url);
  const reused = await autocannon({ url: checksUrl, method: 'POST', headers, body, connections: CONNECTIONS, duration: DURATION_S });
  healthRows.push({ during: 'reused checks', probes: await health.stop() });
  loadRows.push({ kind: 'reused', name: `POST /v1/checks, one identical draft (${wordCount(reusedDraft).toLocaleString('en-GB')} words)`, workers, otherCores: meter.otherCores(), result: reused, distinct: '1' });
  await waitUntilIdle(server.url);
  await autocannon({ url: figuresUrl, headers, connections: 4, duration: 2 });
  await waitUntilIdle(server.url);
  meter = otherWorkMeter([server.pid]);
  const figuresHealth = await probeHealth(server.url);
  const figures = await autocannon({ url: figuresUrl, headers, connections: CONNECTIONS, duration: DURATION_S });
  healthRows.push({ during: 'figures', probes: await figuresHealth.stop() });
  loadRows.push({ kind: 'figures', name: 'GET /v1/figures?period=2026-Q2, evidence pack reused', workers, otherCores: meter.otherCores(), result: figures, distinct: '—' });
}

const servers: PoolServer[] = [];
try {
  servers.push({ role: 'baseline', server: await startBenchServer({ workThreads: 1 }), workers: 1 });
  servers.push({ role: 'full', server: await startBenchServer({ workThreads: FULL_POOL }), workers: FULL_POOL });
  // Warm up both (JIT, the workers' first checks); their drafts are never sent again either.
  for (const { server } of servers) {
    await autocannon({ url: server.url, requests: freshCheckRequests(server), connections: 4, duration: 3 });
    await waitUntilIdle(server.url);
  }
  for (let round = 1; round <= FRESH_ROUNDS; round += 1) {
    for (const poolServer of servers) await freshChecks(poolServer, round);
  }
  await servers.shift()!.server.stop();
  await reusedRuns(servers[0]!.server, FULL_POOL);
} finally {
  for (const { server } of servers) await server.stop();
}

const loadAtEnd = os.loadavg();
const loads = (values: number[]): string => values.map((value) => value.toFixed(2)).join(' / ');
console.log(`\nAPI load, ${startedAt.toISOString()}: ${CONNECTIONS} connections on loopback, ${DURATION_S} s per run, PGlite with fixtures/small`);
console.log(`Machine: ${os.cpus().length} cores (${os.availableParallelism()} available, full pool ${FULL_POOL}), ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
console.log(`Load average (1 / 5 / 15 min): ${loads(loadAtStart)} at start, ${loads(loadAtEnd)} at end\n`);
console.log('| endpoint | workers | other processes (cores) | req/s | p50 ms | p99 ms | max ms | 2xx | non-2xx | timeouts / other errors | statuses | distinct drafts |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
for (const row of loadRows) console.log(loadRow(row));
console.log(`\nGET /health probed every ${HEALTH_PROBE_EVERY_MS} ms from its own thread, against the server with ${FULL_POOL} workers\n`);
console.log(`| during | probes | p50 ms | p99 ms | max ms | unanswered (${HEALTH_PROBE_TIMEOUT_MS / 1000} s) |`);
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of healthRows) console.log(healthRow(row));

/** Answered checks per second over all rounds against one server. */
const freshThroughput = (kind: RunKind): number => {
  const rows = loadRows.filter((row) => row.kind === kind);
  return rows.reduce((sum, row) => sum + row.result['2xx'], 0) / (rows.length * DURATION_S);
};
const medianP50 = (kind: RunKind): number => {
  const p50s = loadRows.filter((row) => row.kind === kind).map((row) => row.result.latency.p50).sort((a, b) => a - b);
  return p50s[Math.floor((p50s.length - 1) / 2)]!;
};
const reused = loadRows.find((row) => row.kind === 'reused')!;
const freshOtherCores = loadRows.filter((row) => row.kind === 'baseline' || row.kind === 'full').map((row) => row.otherCores);
const disturbance = freshOtherCores.every((cores) => cores !== undefined)
  ? `other processes used ${Math.min(...(freshOtherCores as number[])).toFixed(2)}–${Math.max(...(freshOtherCores as number[])).toFixed(2)} cores meanwhile`
  : 'CPU used by other processes not measured here';
const freshHealth = healthRows.filter((row) => row.during.startsWith('fresh')).flatMap((row) => row.probes.latencies).sort((a, b) => a - b);
const errorsOf = (result: AutocannonResult): number => result.errors + result.non2xx;
console.log('\nRatios and goals:');
console.log(
  `- fresh checks, ${FULL_POOL} workers against 1: ${(freshThroughput('full') / freshThroughput('baseline')).toFixed(2)}× the answered checks per second (${freshThroughput('full').toFixed(1)} against ${freshThroughput('baseline').toFixed(1)}; ideal ${FULL_POOL}×), ${(medianP50('full') / medianP50('baseline')).toFixed(2)}× the p50 latency; ${disturbance}`,
);
console.log(`- reused against fresh checks (${FULL_POOL} workers): ${(reused.result['2xx'] / DURATION_S / freshThroughput('full')).toFixed(1)}× the throughput`);
console.log(`- reused checks p99 ${reused.result.latency.p99} ms: ${reused.result.latency.p99 < 100 ? 'met' : 'NOT met'} (goal under 100 ms)`);
console.log(
  `- /health during fresh checks (all rounds) p99 ${format(percentile(freshHealth, 0.99))} ms, max ${format(freshHealth.at(-1) ?? NaN)} ms: ${percentile(freshHealth, 0.99) < 50 ? 'met' : 'NOT met'} (goal p99 under 50 ms)`,
);
console.log(`- errors and non-2xx answers: ${loadRows.map((row) => errorsOf(row.result)).reduce((sum, count) => sum + count, 0)} (goal 0)`);
