/** The page's generated client against the real API: credentials on every request, problems thrown as ApiProblem. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/access/create-api-key.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import { buildApp } from '../../src/api/app.js';
import type { Database } from '../../src/data/database.js';
import { ApiProblem, createApiClient, must } from '../../src/web/api-fetch.js';
import { problemFromBody } from '../../src/web/api-problem.js';
import { openTestDatabase } from '../support/test-database.js';

let db: Database;
let app: FastifyInstance;
let baseUrl: string;
let key: string;

/** Sends each request on to the server and keeps a copy of its method and headers. */
function recordingFetch() {
  const sent: { method: string; path: string; headers: Headers }[] = [];
  const send = (request: Request) => {
    sent.push({ method: request.method, path: new URL(request.url).pathname, headers: new Headers(request.headers) });
    return fetch(request);
  };
  return { sent, send };
}

describe('createApiClient and must', () => {
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    await createOrganisation({ db, name: 'Small Test Care Ltd', slug: 'small-test', bidderName: 'Small Test Care' });
    key = (await createApiKey({ db, organisation: 'small-test', name: 'client test' })).key;
    app = await buildApp({ db });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('sends an API key as a bearer token and answers the typed body', async () => {
    const { sent, send } = recordingFetch();
    const api = createApiClient({ baseUrl, key, fetch: send });
    const answer = await must(api.GET('/v1/services'));
    expect(answer.services).toEqual([]);
    expect(sent[0]!.headers.get('authorization')).toBe(`Bearer ${key}`);
    expect(sent[0]!.headers.get('accept')).toContain('application/problem+json');
  });

  it('sends a signed-in person’s CSRF token on changes only, never on reads', async () => {
    const { sent, send } = recordingFetch();
    const api = createApiClient({ baseUrl, csrfToken: 'token-123', fetch: send });
    await expect(must(api.GET('/v1/services'))).rejects.toBeInstanceOf(ApiProblem);
    await expect(must(api.POST('/v1/checks', { body: { text: 'We involve families.' } }))).rejects.toBeInstanceOf(ApiProblem);
    expect(sent.map((request) => [request.method, request.headers.get('x-csrf-token'), request.headers.get('authorization')])).toEqual([
      ['GET', null, null],
      ['POST', 'token-123', null],
    ]);
  });

  it('throws a 401 as ApiProblem with the server’s words, and tells the page once', async () => {
    let told = 0;
    const api = createApiClient({ baseUrl, key: 'asd_not_a_real_key', onUnauthorised: () => (told += 1) });
    const failure = await must(api.GET('/v1/services')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    const problem = failure as ApiProblem;
    expect(problem.status).toBe(401);
    expect(problem.message).toBe(problem.problem.detail);
    expect(problem.problem.detail.length).toBeGreaterThan(0);
    await Promise.resolve();
    expect(told).toBe(1);
  });

  it('keeps the field paths of a validation problem', async () => {
    const api = createApiClient({ baseUrl, key });
    const failure = (await must(api.POST('/v1/checks', { body: { text: 42 as unknown as string } })).catch((error: unknown) => error)) as ApiProblem;
    expect(failure.status).toBe(400);
    expect(failure.problem.errors?.map((error) => error.path)).toContain('text');
  });

  it('makes a problem of a failure that is not problem+json (a proxy’s HTML page)', () => {
    const problem = problemFromBody(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }), '<html>Bad gateway</html>');
    expect(problem.status).toBe(502);
    expect(problem.problem.title).toBe('Bad Gateway');
    expect(problem.message).toBe('The server answered 502 Bad Gateway.');
  });
});
