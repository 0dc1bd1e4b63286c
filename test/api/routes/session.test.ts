/**
 * Signed-in people over HTTP: cookie flags, no session fixation, CSRF on every state-changing
 * route, role checks, sign-out everywhere, sign-in limits per address and cross-organisation 404.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvite } from '../../../src/access/accept-invite.js';
import { createInvite, INVITE_LIFETIME_MS } from '../../../src/access/create-invite.js';
import type { Role } from '../../../src/access/roles.js';
import { saveSection } from '../../../src/access/save-section.js';
import { CSRF_HEADER, csrfTokenFor, SESSION_COOKIE } from '../../../src/access/session-token.js';
import { buildApp } from '../../../src/api/app.js';
import { SIGN_IN_ATTEMPTS_PER_MINUTE } from '../../../src/api/routes/session.js';
import { ZSectionSchema } from '../../../src/section/section-schema.js';
import { bearer, setUpApi, type ApiFixture } from '../api-fixture.js';

const PASSWORD = 'a long enough passphrase';
/** The public routes: no caller yet, so they are guarded by origin and by limits instead of CSRF tokens. */
const PUBLIC_CHANGES = new Set(['POST /v1/session', 'POST /v1/invites/accept']);

let fx: ApiFixture;
const people = {} as Record<'admin' | 'writer' | 'reviewer' | 'otherWriter', { token: string; email: string }>;
let sectionOfA: string;
let address = 0;
/** A fresh client address per sign-in, so the per-address limit only bites where a test wants it to. */
const nextAddress = () => `10.0.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

function asPerson(token: string, withCsrf = true): Record<string, string> {
  return { cookie: `${SESSION_COOKIE}=${token}`, ...(withCsrf ? { [CSRF_HEADER]: csrfTokenFor(token) } : {}) };
}

function sessionCookieOf(response: LightMyRequestResponse) {
  return response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
}

/** Who GET /v1/session says is signed in with this cookie (it answers 200 either way). */
async function signedInAs(token: string): Promise<string | null> {
  const response = await fx.app.inject({ method: 'GET', url: '/v1/session', headers: asPerson(token, false) });
  expect(response.statusCode).toBe(200);
  const body = response.json() as { signedIn: boolean; user?: { email: string }; csrfToken?: string };
  if (body.signedIn) expect(body.csrfToken).toBe(csrfTokenFor(token));
  return body.signedIn ? body.user!.email : null;
}

function problemType(response: LightMyRequestResponse): string {
  return String((response.json() as { type?: string }).type ?? '').split('/').pop() ?? '';
}

async function person(role: Role, organisation: string, email: string) {
  const invite = await createInvite({ db: fx.db, organisation: { slug: organisation }, email, role });
  const session = await acceptInvite({ db: fx.db, token: invite.token, name: role, password: PASSWORD });
  return { token: session.token, email };
}

beforeAll(async () => {
  fx = await setUpApi('pglite');
  [people.admin, people.writer, people.reviewer, people.otherWriter] = await Promise.all([
    person('admin', fx.a.slug, 'admin@a.example'),
    person('writer', fx.a.slug, 'writer@a.example'),
    person('reviewer', fx.a.slug, 'reviewer@a.example'),
    person('writer', fx.b.slug, 'writer@b.example'),
  ]);
  const section = ZSectionSchema.parse(JSON.parse(await readFile('fixtures/sections/harbour-care-q2-involvement.json', 'utf8')));
  sectionOfA = (await saveSection({ db: fx.db, organisationId: fx.a.id, section })).id;
}, 120_000);
afterAll(async () => fx?.close());

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict cookie scoped to the API, Secure only over HTTPS, and answers a CSRF token', async () => {
    const response = await fx.app.inject({ method: 'POST', url: '/v1/session', remoteAddress: nextAddress(), payload: { email: 'WRITER@a.example', password: PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = sessionCookieOf(response)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/v1' });
    expect(cookie.secure).toBeFalsy();
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'writer@a.example', role: 'writer', organisation: fx.a.slug });
    expect(body.csrfToken).toBe(csrfTokenFor(cookie.value));
    expect(JSON.stringify(body)).not.toContain(cookie.value);

    // The same sign-in arriving over TLS gets a Secure cookie.
    const app = await buildApp({ db: fx.db });
    app.addHook('onRequest', async (request) => {
      Object.assign(request.raw.socket, { encrypted: true });
    });
    const overTls = await app.inject({ method: 'POST', url: '/v1/session', remoteAddress: nextAddress(), payload: { email: 'writer@a.example', password: PASSWORD } });
    await app.close();
    expect(overTls.statusCode).toBe(200);
    expect(sessionCookieOf(overTls)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
  });

  it('never promotes a session token planted before sign-in (no session fixation)', async () => {
    // The attacker signs in to their own account and plants that cookie in the victim's browser.
    const planted = people.otherWriter.token;
    const response = await fx.app.inject({
      method: 'POST',
      url: '/v1/session',
      remoteAddress: nextAddress(),
      headers: { cookie: `${SESSION_COOKIE}=${planted}` },
      payload: { email: 'reviewer@a.example', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const issued = sessionCookieOf(response)!.value;
    expect(issued).not.toBe(planted);
    // The planted session is over, and the new one belongs to the person who signed in.
    expect((await fx.app.inject({ method: 'GET', url: '/v1/services', headers: asPerson(planted) })).statusCode).toBe(401);
    expect(await signedInAs(planted)).toBeNull();
    expect(await signedInAs(issued)).toBe('reviewer@a.example');
    people.otherWriter = await person('writer', fx.b.slug, `writer-${randomUUID()}@b.example`);
  });

  it('refuses a wrong password and an unknown email alike, and another site’s sign-in form', async () => {
    const wrong = await fx.app.inject({ method: 'POST', url: '/v1/session', remoteAddress: nextAddress(), payload: { email: 'admin@a.example', password: 'not the password' } });
    const unknown = await fx.app.inject({ method: 'POST', url: '/v1/session', remoteAddress: nextAddress(), payload: { email: 'nobody@a.example', password: 'not the password' } });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(sessionCookieOf(wrong)).toBeUndefined();
    for (const url of PUBLIC_CHANGES) {
      const [, path] = url.split(' ');
      const response = await fx.app.inject({ method: 'POST', url: path!, remoteAddress: nextAddress(), headers: { origin: 'https://evil.example' }, payload: { email: 'admin@a.example', password: PASSWORD, token: 'x'.repeat(43), name: 'Eve' } });
      expect(response.statusCode, url).toBe(403);
      expect(sessionCookieOf(response), url).toBeUndefined();
    }
  });

  it(`limits sign-in attempts to ${SIGN_IN_ATTEMPTS_PER_MINUTE} a minute per address`, async () => {
    const from = nextAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= SIGN_IN_ATTEMPTS_PER_MINUTE; attempt += 1) {
      const response = await fx.app.inject({ method: 'POST', url: '/v1/session', remoteAddress: from, payload: { email: `guess${attempt}@a.example`, password: 'guessing' } });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, SIGN_IN_ATTEMPTS_PER_MINUTE).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('CSRF', () => {
  it('every state-changing route refuses a session cookie without the session’s CSRF token', async () => {
    const spec = (await fx.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const changes = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method: method.toUpperCase() as 'POST', path: path.replace(/\{[^}]+\}/g, randomUUID()), route: `${method.toUpperCase()} ${path}` })),
    );
    const guarded = changes.filter((change) => !PUBLIC_CHANGES.has(change.route));
    expect(guarded.map((change) => change.route)).toEqual(expect.arrayContaining(['POST /v1/imports', 'POST /v1/sections', 'POST /v1/invites', 'DELETE /v1/session', 'DELETE /v1/sessions']));
    const { token } = people.admin;
    for (const change of guarded) {
      for (const headers of [asPerson(token, false), { ...asPerson(token, false), [CSRF_HEADER]: csrfTokenFor(people.writer.token) }, { ...asPerson(token, false), [CSRF_HEADER]: '' }]) {
        const response = await fx.app.inject({ method: change.method, url: change.path, headers: { ...headers, 'content-type': 'application/json' }, payload: '{}' });
        expect(response.statusCode, change.route).toBe(403);
        expect(problemType(response), change.route).toBe('forbidden');
      }
    }
    // With its token the same session gets through to the route.
    const checked = await fx.app.inject({ method: 'POST', url: '/v1/checks', headers: asPerson(token), payload: { text: 'We involve families.' } });
    expect(checked.statusCode).toBe(200);
    // Reads need no token; an API key needs none either (no ambient credential to forge).
    expect((await fx.app.inject({ method: 'GET', url: '/v1/services', headers: asPerson(token, false) })).statusCode).toBe(200);
    expect((await fx.app.inject({ method: 'POST', url: '/v1/checks', headers: bearer(fx.a.key), payload: { text: 'We involve families.' } })).statusCode).toBe(200);
  });
});

describe('roles and organisations', () => {
  it('a reviewer cannot import or draft, a writer cannot invite, an API key cannot manage people', async () => {
    const reviewerImport = await fx.app.inject({ method: 'POST', url: '/v1/imports?dryRun=true', headers: { ...asPerson(people.reviewer.token), 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--\r\n' });
    expect(reviewerImport.statusCode).toBe(403);
    expect(reviewerImport.json().detail).toMatch(/reviewer/);
    const reviewerDraft = await fx.app.inject({ method: 'POST', url: '/v1/sections', headers: asPerson(people.reviewer.token), payload: { question: 'How do you involve families?', period: '2026-Q2', drafter: 'template' } });
    expect(reviewerDraft.statusCode).toBe(403);
    expect((await fx.app.inject({ method: 'GET', url: '/v1/figures?period=2026-Q2', headers: asPerson(people.reviewer.token) })).statusCode).toBe(200);
    const writerInvite = await fx.app.inject({ method: 'POST', url: '/v1/invites', headers: asPerson(people.writer.token), payload: { email: 'new@a.example', role: 'admin' } });
    expect(writerInvite.statusCode).toBe(403);
    expect((await fx.app.inject({ method: 'GET', url: '/v1/users', headers: asPerson(people.writer.token) })).statusCode).toBe(403);
    expect((await fx.app.inject({ method: 'GET', url: '/v1/users', headers: bearer(fx.a.key) })).statusCode).toBe(403);
    // The writer's import gets past the role check (to the multipart reader).
    const writerImport = await fx.app.inject({ method: 'POST', url: '/v1/imports?dryRun=true', headers: { ...asPerson(people.writer.token), 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--\r\n' });
    expect(writerImport.statusCode).not.toBe(403);
  });

  it('an admin invites by a one-time link and sees only their own organisation’s people', async () => {
    const created = await fx.app.inject({ method: 'POST', url: '/v1/invites', headers: { ...asPerson(people.admin.token), host: 'bids.example' }, payload: { email: 'dee@a.example', role: 'reviewer' } });
    expect(created.statusCode).toBe(200);
    const { link, invite } = created.json();
    expect(link).toMatch(/^http:\/\/bids\.example\/accept-invite#[A-Za-z0-9_-]{43}$/);
    expect(invite).toMatchObject({ email: 'dee@a.example', role: 'reviewer', usedAt: null });
    const token = link.split('#')[1];
    const accept = () => fx.app.inject({ method: 'POST', url: '/v1/invites/accept', remoteAddress: nextAddress(), payload: { token, name: 'Dee', password: PASSWORD } });
    const first = await accept();
    expect(first.statusCode).toBe(200);
    expect(first.json().user).toMatchObject({ email: 'dee@a.example', role: 'reviewer', organisation: fx.a.slug });
    expect((await accept()).statusCode).toBe(404);
    const users = (await fx.app.inject({ method: 'GET', url: '/v1/users', headers: asPerson(people.admin.token) })).json().users as { email: string }[];
    expect(users.map((user) => user.email)).toContain('dee@a.example');
    expect(users.map((user) => user.email)).not.toContain('writer@b.example');
  });

  it('an expired invitation link is refused through the API like a used one, and signs nobody in', async () => {
    const madeAt = new Date(Date.now() - INVITE_LIFETIME_MS - 60_000);
    const invite = await createInvite({ db: fx.db, organisation: { slug: fx.a.slug }, email: 'late@a.example', role: 'writer', now: madeAt });
    const response = await fx.app.inject({ method: 'POST', url: '/v1/invites/accept', remoteAddress: nextAddress(), payload: { token: invite.token, name: 'Late', password: PASSWORD } });
    expect(response.statusCode).toBe(404);
    expect(sessionCookieOf(response)).toBeUndefined();
    expect(await fx.db.prisma.user.count({ where: { email: 'late@a.example' } })).toBe(0);
  });

  it('another organisation’s section is 404 to a signed-in person, as it is to an API key', async () => {
    expect((await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionOfA}`, headers: asPerson(people.writer.token) })).statusCode).toBe(200);
    for (const headers of [asPerson(people.otherWriter.token), bearer(fx.b.key)]) {
      const response = await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionOfA}`, headers });
      expect(response.statusCode).toBe(404);
      const document = await fx.app.inject({ method: 'GET', url: `/v1/sections/${sectionOfA}/document.md`, headers });
      expect(document.statusCode).toBe(404);
    }
  });

  it('an Authorization header wins over a cookie, so integrations behave as before', async () => {
    const response = await fx.app.inject({ method: 'GET', url: '/v1/users', headers: { ...bearer(fx.a.key), ...asPerson(people.admin.token) } });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toMatch(/API key/);
  });
});

describe('sign-out', () => {
  it('signs out of this browser, and everywhere', async () => {
    const signInFresh = async () =>
      sessionCookieOf(await fx.app.inject({ method: 'POST', url: '/v1/session', remoteAddress: nextAddress(), payload: { email: 'admin@a.example', password: PASSWORD } }))!.value;
    const [laptop, phone] = [await signInFresh(), await signInFresh()];
    const out = await fx.app.inject({ method: 'DELETE', url: '/v1/session', headers: asPerson(laptop) });
    expect(out.statusCode).toBe(200);
    expect(sessionCookieOf(out)).toMatchObject({ value: '', path: '/v1' });
    expect(await signedInAs(laptop)).toBeNull();
    expect(await signedInAs(phone)).toBe('admin@a.example');

    const tablet = await signInFresh();
    const everywhere = await fx.app.inject({ method: 'DELETE', url: '/v1/sessions', headers: asPerson(tablet) });
    expect(everywhere.json().signedOut).toBeGreaterThanOrEqual(3);
    for (const token of [phone, tablet, people.admin.token]) expect((await fx.app.inject({ method: 'GET', url: '/v1/services', headers: asPerson(token) })).statusCode).toBe(401);
  });
});
