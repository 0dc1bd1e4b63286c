/**
 * One request can never block the others: pathological checks and validations (100 KB of bare
 * numbers) run while /health is probed over a real socket. Nothing answers 500, the process stays
 * up, memory stays bounded, /health stays quick, work past its budget is stopped with a clear
 * 503, and a full queue turns callers away with Retry-After.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { bearer, setUpApi, type ApiFixture } from '../api/api-fixture.js';

/** Generous for a loaded test machine; the bench holds /health to 100 ms. */
const HEALTH_MAX_MS = 500;
const HEAP_GROWTH_MAX_BYTES = 300 * 1024 * 1024;
// Just under the 100,000-character limit, leaving room for a prefix that makes each text unique.
const NUMBERS = '1 '.repeat(49_990);
const SERVED_OR_STOPPED = new Set([200, 503]);

interface Answer {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: { type?: string; detail?: string; status?: number };
}

async function post(server: RunningServer, key: string, path: string, body: unknown): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { ...bearer(key), 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(50_000),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

/** Probes /health every 25 ms until `work` settles; returns the slowest answer. */
async function slowestHealthWhile(server: RunningServer, work: Promise<unknown>): Promise<{ maxMs: number; probes: number }> {
  let settled = false;
  void work.finally(() => (settled = true)).catch(() => undefined);
  let maxMs = 0;
  let probes = 0;
  while (!settled) {
    const started = performance.now();
    const response = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(30_000) });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    maxMs = Math.max(maxMs, performance.now() - started);
    probes += 1;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { maxMs, probes };
}

function expectStoppedOrServed(answer: Answer): void {
  expect(SERVED_OR_STOPPED.has(answer.status), `status ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(true);
  if (answer.status === 503) {
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(answer.body.type).toMatch(/\/(work-limit-exceeded|overloaded)$/);
  }
}

describe('pathological text work runs beside, not instead of, other requests', () => {
  let fx: ApiFixture;
  let server: RunningServer;
  beforeAll(async () => {
    fx = await setUpApi('pglite', { workThreads: 2, workTimeBudgetMs: 5_000 });
    server = await startServer({ app: fx.app, port: 0, host: '127.0.0.1', signals: [] });
    await fx.app.textWork.ready();
    // The embedded database computes a period's figures on this thread the first time they are
    // asked for (then they are reused); that is database work, not what this file measures.
    const figures = await fetch(`${server.url}/v1/figures?period=2026-Q2`, { headers: bearer(fx.a.key) });
    expect(figures.status).toBe(200);
  });
  afterAll(async () => {
    await server?.shutdown('tests done');
    await fx?.db.close();
  });

  it('/health answers quickly while checks and validations of 100 KB of numbers run; none answers 500; memory stays bounded', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const work = Promise.all(
      [0, 1, 2].flatMap((index) => [
        post(server, fx.a.key, '/v1/checks', { text: `${index} ${NUMBERS}` }),
        post(server, fx.a.key, '/v1/validations', { text: `${index} ${NUMBERS}`, period: '2026-Q2' }),
      ]),
    );
    const { maxMs, probes } = await slowestHealthWhile(server, work);
    const answers = await work;
    for (const answer of answers) expectStoppedOrServed(answer);
    expect(probes).toBeGreaterThan(0);
    expect(maxMs).toBeLessThan(HEALTH_MAX_MS);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(HEAP_GROWTH_MAX_BYTES);
    // The threads stopped mid-work are replaced: an ordinary check is served again (a replacement
    // thread starting on a loaded machine may take a few seconds).
    let after: Answer | undefined;
    for (let attempt = 0; attempt < 5 && after?.status !== 200; attempt += 1) {
      after = await post(server, fx.a.key, '/v1/checks', { text: `We involve families in every review (${attempt}).` });
      expectStoppedOrServed(after);
    }
    expect(after?.status).toBe(200);
  });

  it('work past its budget is stopped with a 503 problem that says what happened and what to do', async () => {
    // A budget no 100 KB check can meet, however fast the checker becomes.
    const tight = await setUpApi('pglite', { workThreads: 1, workTimeBudgetMs: 50 });
    const tightServer = await startServer({ app: tight.app, port: 0, host: '127.0.0.1', signals: [] });
    try {
      for (const path of ['/v1/checks', '/v1/validations']) {
        const answer = await post(tightServer, tight.a.key, path, { text: `${path} ${NUMBERS}`, period: '2026-Q2' });
        expect(answer.status).toBe(503);
        expect(answer.contentType).toMatch(/^application\/problem\+json/);
        expect(answer.body.type).toMatch(/\/work-limit-exceeded$/);
        expect(answer.body.detail).toMatch(/did not finish within its 0\.05 s budget and was stopped/);
        expect(answer.body.detail).not.toMatch(/Error|at .*\.ts/);
      }
    } finally {
      await tightServer.shutdown('tests done');
      await tight.db.close();
    }
  });

  it('a full queue turns callers away with 503 and Retry-After instead of piling up work', async () => {
    const narrow = await setUpApi('pglite', { workThreads: 1, workQueue: 1, workTimeBudgetMs: 3_000 });
    const narrowServer = await startServer({ app: narrow.app, port: 0, host: '127.0.0.1', signals: [] });
    try {
      // Eight at once against one thread and a queue of one: however the arrivals spread on a busy
      // machine, most find the queue full (an unbounded queue would turn none away).
      const answers = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((index) => post(narrowServer, narrow.a.key, '/v1/checks', { text: `${index} ${NUMBERS}` })));
      for (const answer of answers) expectStoppedOrServed(answer);
      const turnedAway = answers.filter((answer) => answer.body.type?.endsWith('/overloaded'));
      expect(turnedAway.length, JSON.stringify(answers.map((answer) => [answer.status, answer.body.type]))).toBeGreaterThanOrEqual(3);
      for (const answer of turnedAway) {
        expect(answer.retryAfter).toBe('3');
        expect(answer.body.detail).toMatch(/The server is busy: the queue for checks and validations is full \(1 waiting\), so this check was not started\. Try again in 3 s\./);
      }
    } finally {
      await narrowServer.shutdown('tests done');
      await narrow.db.close();
    }
  });
});
