/**
 * Is the server still responsive while one request does pathological work?
 * Run: npx tsx bench/health-under-load.bench.ts   (about 1 minute)
 *
 * `assured serve` runs in a child process (bench/support/api-server.ts). For each scenario, the
 * pathological requests are sent at once and, while they run, GET /health is probed every
 * 50 ms for 8 s. Reported: the probes' p50, p99 and max latency, probes that got no answer
 * within 10 s, and how each pathological request ended. Goal: /health max under 100 ms.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { startBenchServer } from './support/api-server.js';

const PROBE_EVERY_MS = 50;
const PROBE_FOR_MS = 8_000;
const PROBE_TIMEOUT_MS = 10_000;
const PATHOLOGICAL_TIMEOUT_MS = 60_000;
/** 100 KB of bare numbers: every one is a claim and a sentence fragment. */
const NUMBERS = '1 '.repeat(50_000);
/** Just under the 100,000-character limit, leaving room for a prefix that makes each text unique. */
const NUMBERS_TO_PREFIX = '1 '.repeat(49_990);

interface Scenario {
  name: string;
  requests: { path: string; body: unknown }[];
}

const SCENARIOS: Scenario[] = [
  { name: 'idle', requests: [] },
  { name: 'one check of `"1 "` × 50,000', requests: [{ path: '/v1/checks', body: { text: NUMBERS } }] },
  { name: 'one validation of `"1 "` × 50,000', requests: [{ path: '/v1/validations', body: { text: NUMBERS, period: '2026-Q2' } }] },
  {
    name: 'four checks and four validations at once, each a different 100 KB of numbers',
    requests: [0, 1, 2, 3].flatMap((index) => [
      { path: '/v1/checks', body: { text: `${index} ${NUMBERS_TO_PREFIX}` } },
      { path: '/v1/validations', body: { text: `${index} ${NUMBERS_TO_PREFIX}`, period: '2026-Q2' } },
    ]),
  },
];

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? NaN;
}

async function probeHealth(url: string, untilMs: number): Promise<{ latencies: number[]; unanswered: number }> {
  const latencies: number[] = [];
  let unanswered = 0;
  while (performance.now() < untilMs) {
    const started = performance.now();
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
    } catch {
      unanswered += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
  }
  return { latencies, unanswered };
}

async function send(url: string, key: string, request: Scenario['requests'][number]): Promise<string> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}${request.path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(PATHOLOGICAL_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return `${response.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  } catch {
    return `no answer in ${PATHOLOGICAL_TIMEOUT_MS / 1000} s`;
  }
}

const server = await startBenchServer();
const rows: string[] = [];
try {
  // Warm up: JIT, the first check, and the period's figures (the embedded database computes them
  // on the serving thread once, then reuses them; that is not what this benchmark measures).
  for (let index = 0; index < 20; index += 1) await fetch(`${server.url}/health`).then((response) => response.arrayBuffer());
  await send(server.url, server.key, { path: '/v1/checks', body: { text: 'We involve families in reviews.' } });
  await fetch(`${server.url}/v1/figures?period=2026-Q2`, { headers: { authorization: `Bearer ${server.key}` } }).then((response) => response.arrayBuffer());
  for (const scenario of SCENARIOS) {
    const outcomes = Promise.all(scenario.requests.map((request) => send(server.url, server.key, request)));
    // Let the requests arrive before probing.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { latencies, unanswered } = await probeHealth(server.url, performance.now() + PROBE_FOR_MS);
    const sorted = latencies.sort((a, b) => a - b);
    const ended = await outcomes;
    const counts = new Map<string, number>();
    for (const outcome of ended.map((text) => text.replace(/ in .*/, ''))) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    const summary = ended.length === 0 ? '—' : `${[...counts].map(([status, count]) => `${status}×${count}`).join(', ')}; slowest ${ended.sort().at(-1)}`;
    rows.push(
      `| ${scenario.name} | ${latencies.length} | ${percentile(sorted, 0.5).toFixed(1)} | ${percentile(sorted, 0.99).toFixed(1)} | ${(sorted.at(-1) ?? NaN).toFixed(1)} | ${unanswered} | ${summary} |`,
    );
  }
} finally {
  await server.stop();
}
console.log(`\n/health during pathological work, probed every ${PROBE_EVERY_MS} ms for ${PROBE_FOR_MS / 1000} s; ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)}), Node ${process.version}, PGlite\n`);
console.log('| while the server runs | probes | p50 ms | p99 ms | max ms | unanswered (10 s) | pathological requests |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const row of rows) console.log(row);
