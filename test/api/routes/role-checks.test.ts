/**
 * Role checks on every endpoint. Each operation the OpenAPI document lists, called by an
 * administrator, a writer, a reviewer and an API key (with the session's CSRF token, so only the
 * role decides), is refused with 403 exactly when the caller lacks the permission the route
 * needs, and never otherwise. The pairs the product must hold are then named outright, so that a
 * route missing from the permission table (and so needing only `read` or `write`) fails here too.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvite } from '../../../src/access/accept-invite.js';
import { createInvite } from '../../../src/access/create-invite.js';
import { permissionForRoute, roleAllows, type Role } from '../../../src/access/roles.js';
import { CSRF_HEADER, csrfTokenFor, SESSION_COOKIE } from '../../../src/access/session-token.js';
import { bearer, setUpApi, type ApiFixture } from '../api-fixture.js';

/** Routes open before anyone is signed in: guarded by origin and limits, not by role. */
const PUBLIC_ROUTES = new Set(['POST /v1/session', 'GET /v1/session', 'POST /v1/invites/accept']);
/** Routes that end the caller's own session(s): each call gets a session of its own. */
const SESSION_ENDING = new Set(['DELETE /v1/session', 'DELETE /v1/sessions']);

type Caller = Role | 'api-key';
const CALLERS: Caller[] = ['admin', 'writer', 'reviewer', 'api-key'];

let fx: ApiFixture;
let made = 0;

async function sessionHeaders(role: Role): Promise<Record<string, string>> {
  made += 1;
  const invite = await createInvite({ db: fx.db, organisation: { slug: fx.a.slug }, email: `${role}-${made}@roles.example`, role });
  const { token } = await acceptInvite({ db: fx.db, token: invite.token, name: role, password: 'a long enough passphrase' });
  return { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrfTokenFor(token) };
}

function problemType(response: LightMyRequestResponse): string {
  try {
    return String((response.json() as { type?: string }).type ?? '').split('/').pop() ?? '';
  } catch {
    return '';
  }
}

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the OpenAPI document writes it: `/v1/bids/{bidId}`. */
  path: string;
  /** As fastify registered it, which the permission table names: `/v1/bids/:bidId`. */
  route: string;
  name: string;
}

let operations: Operation[];
const headersOf = {} as Record<Caller, Record<string, string>>;

beforeAll(async () => {
  fx = await setUpApi('pglite');
  const spec = (await fx.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(spec.paths)
    .filter(([path]) => path.startsWith('/v1/'))
    .flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method: method.toUpperCase() as Operation['method'], path, route: path.replace(/\{([^}]+)\}/g, ':$1'), name: `${method.toUpperCase()} ${path}` })),
    )
    .filter((operation) => !PUBLIC_ROUTES.has(operation.name));
  headersOf.admin = await sessionHeaders('admin');
  headersOf.writer = await sessionHeaders('writer');
  headersOf.reviewer = await sessionHeaders('reviewer');
  headersOf['api-key'] = bearer(fx.a.key);
}, 120_000);
afterAll(async () => fx?.close());

async function call(operation: Pick<Operation, 'method' | 'path'>, headers: Record<string, string>) {
  const url = operation.path.replace(/\{[^}]+\}/g, () => randomUUID());
  const changes = operation.method !== 'GET';
  return fx.app.inject({ method: operation.method, url, headers: changes ? { ...headers, 'content-type': 'application/json' } : headers, ...(changes ? { payload: '{}' } : {}) });
}

describe('role checks on every endpoint', () => {
  it('refuses a caller exactly when its role lacks the permission the route needs', async () => {
    expect(operations.length).toBeGreaterThan(30);
    const wrong: string[] = [];
    for (const operation of operations) {
      const permission = permissionForRoute(operation.method, operation.route);
      for (const caller of CALLERS) {
        const headers = SESSION_ENDING.has(operation.name) && caller !== 'api-key' ? await sessionHeaders(caller) : headersOf[caller];
        const response = await call(operation, headers);
        const allowed = roleAllows(caller === 'api-key' ? null : caller, permission);
        const refused = response.statusCode === 403 && problemType(response) === 'forbidden';
        if (allowed === refused) wrong.push(`${operation.name} as ${caller} (needs ${permission}): ${response.statusCode}`);
        if (response.statusCode >= 500) wrong.push(`${operation.name} as ${caller}: ${response.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a writer cannot approve or return; a reviewer cannot import, draft or edit; an API key cannot approve or manage people', async () => {
    const refusals: [Caller, Operation['method'], string][] = [
      ['writer', 'POST', '/v1/bids/{bidId}/questions/{questionId}/approve'],
      ['writer', 'POST', '/v1/bids/{bidId}/questions/{questionId}/return'],
      ['writer', 'POST', '/v1/invites'],
      ['writer', 'GET', '/v1/users'],
      ['reviewer', 'POST', '/v1/imports'],
      ['reviewer', 'POST', '/v1/imports/error-workbook'],
      ['reviewer', 'PUT', '/v1/import-mappings/{name}'],
      ['reviewer', 'POST', '/v1/bids'],
      ['reviewer', 'POST', '/v1/bids/{bidId}/drafts'],
      ['reviewer', 'POST', '/v1/bids/{bidId}/questions/{questionId}/versions'],
      ['reviewer', 'POST', '/v1/sections'],
      ['api-key', 'POST', '/v1/bids/{bidId}/questions/{questionId}/approve'],
      ['api-key', 'POST', '/v1/invites'],
    ];
    for (const [caller, method, path] of refusals) {
      expect(operations.some((operation) => operation.name === `${method} ${path}`), `${method} ${path} is documented`).toBe(true);
      const response = await call({ method, path }, headersOf[caller]);
      expect(response.statusCode, `${method} ${path} as ${caller}`).toBe(403);
      expect(problemType(response)).toBe('forbidden');
    }
    // And the other side: a reviewer reaches approval (past the role check, to the missing bid).
    const approval = await call({ method: 'POST', path: '/v1/bids/{bidId}/questions/{questionId}/approve' }, headersOf.reviewer);
    expect(approval.statusCode).not.toBe(403);
  });
});
