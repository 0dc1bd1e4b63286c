/**
 * Over a real listening socket: requests through node's HTTP stack, an upload cut off halfway
 * (nothing imported), and a graceful shutdown that lets an in-flight request finish.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPE_BASE } from '../../src/api/problems.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { bearer, multipartBody, setUpApi, type ApiFixture } from './api-fixture.js';

function sendRaw(port: number, head: string, body: Buffer, cutAfter: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(head);
      socket.write(body.subarray(0, cutAfter), () => {
        // Give the server time to start reading, then drop the connection mid-upload.
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 200);
      });
    });
    socket.on('error', reject);
  });
}

/** Writes `head` and reads everything the server sends until it closes the connection. */
function exchangeRaw(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(head));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
  });
}

describe('API over a listening socket (pglite)', () => {
  let fx: ApiFixture;
  let server: RunningServer;
  beforeAll(async () => {
    fx = await setUpApi('pglite');
    server = await startServer({ app: fx.app, port: 0, host: '127.0.0.1', signals: [] });
  });
  afterAll(async () => {
    await server?.shutdown('tests done');
    await fx?.db.close();
  });

  it('serves health, docs and an authenticated request', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const figures = await fetch(`${server.url}/v1/figures?period=2026-Q2`, { headers: bearer(fx.a.key) });
    expect(figures.status).toBe(200);
    expect(((await figures.json()) as { organisation: { slug: string } }).organisation.slug).toBe('small-test');
    const denied = await fetch(`${server.url}/v1/figures?period=2026-Q2`);
    expect(denied.status).toBe(401);
    expect(denied.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers a rejected import over a real socket (the error comes after the body was read)', async () => {
    const body = JSON.stringify({ files: [{ name: 'reviews.csv', content: 'id,person_id,type,held_on\nR-9001,P-001,mini-review,31/02/2026\n' }] });
    const response = await fetch(`${server.url}/v1/imports`, {
      method: 'POST',
      headers: { ...bearer(fx.a.key), 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { report: { files: { errors: { message: string }[] }[] } };
    expect(problem.report.files[0]!.errors[0]!.message).toBe(
      'reviews.csv row 2 column held_on: 31/02/2026 is not a real date (expected a date as DD/MM/YYYY or YYYY-MM-DD)',
    );
  });

  it('an upload interrupted halfway leaves no partial import', async () => {
    const rows = Array.from({ length: 400 }, (_, index) => `R-${5000 + index},P-001,mini-review,${String((index % 28) + 1).padStart(2, '0')}/05/2026`);
    const csv = `id,person_id,type,held_on\n${rows.join('\n')}\n`;
    const { payload, headers } = multipartBody([{ name: 'file', filename: 'reviews-cut.csv', content: csv }]);
    const batches = await fx.db.prisma.importBatch.count();
    const reviews = await fx.db.prisma.review.count();
    const head =
      `POST /v1/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${bearer(fx.a.key).authorization}\r\n` +
      `Content-Type: ${headers['content-type']}\r\nContent-Length: ${payload.length}\r\n\r\n`;
    await sendRaw(server.port, head, payload, Math.floor(payload.length / 2));
    // The same upload, complete, still imports: the server is healthy and nothing half-written blocks it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await fx.db.prisma.importBatch.count()).toBe(batches);
    expect(await fx.db.prisma.review.count()).toBe(reviews);
    const complete = await fetch(`${server.url}/v1/imports`, { method: 'POST', headers: { ...headers, ...bearer(fx.a.key) }, body: new Uint8Array(payload) });
    expect(complete.status).toBe(200);
    expect(((await complete.json()) as { files: unknown[] }).files[0]).toMatchObject({ status: 'imported', created: 400 });
    expect(await fx.db.prisma.review.count()).toBe(reviews + 400);
  });

  it('answers what the HTTP parser refuses (headers too large, not HTTP) as problem+json', async () => {
    const cases = [
      { head: `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`, status: 431, slug: 'headers-too-large' },
      { head: 'NOT HTTP AT ALL\r\n\r\n', status: 400, slug: 'bad-request' },
    ];
    for (const { head, status, slug } of cases) {
      const answer = await exchangeRaw(server.port, head);
      const [statusLine, ...rest] = answer.split('\r\n');
      expect(statusLine).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      const headers = rest.slice(0, rest.indexOf('')).join('\n').toLowerCase();
      expect(headers).toContain('content-type: application/problem+json');
      const problem = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;
      expect(problem).toMatchObject({ type: `${PROBLEM_TYPE_BASE}${slug}`, status });
      expect(problem.detail).toEqual(expect.any(String));
      expect(headers).toContain(`x-request-id: ${String(problem.requestId)}`);
    }
    // The server still serves.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('shuts down gracefully: an in-flight request finishes, new connections are refused', async () => {
    const draft = Array.from({ length: 700 }, () => 'We involve families in reviews and value their views.').join(' ');
    const inFlight = fetch(`${server.url}/v1/checks`, { method: 'POST', headers: { ...bearer(fx.a.key), 'content-type': 'application/json' }, body: JSON.stringify({ text: draft }) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = server.shutdown('test');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { summary: { words: number } }).summary.words).toBeGreaterThan(1_000);
    await closing;
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });
});
