/**
 * People: password hashes (memory-hard parameters), invites (one use, expiry), sign-in lockout
 * after repeated failures, sessions (expiry, sign-out everywhere) and the role table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvite } from '../../src/access/accept-invite.js';
import { authenticateSession } from '../../src/access/authenticate-session.js';
import { createInvite, INVITE_LIFETIME_MS } from '../../src/access/create-invite.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import { hashParameters, hashPassword, verifyPassword } from '../../src/access/password-hash.js';
import { permissionForRoute, roleAllows, ROLES } from '../../src/access/roles.js';
import { SESSION_LIFETIME_MS } from '../../src/access/session-token.js';
import { LOCK_MS, MAX_FAILED_SIGN_INS, signIn } from '../../src/access/sign-in.js';
import { signOutEverywhere } from '../../src/access/sign-out.js';
import type { Database } from '../../src/data/database.js';
import { isAppError } from '../../src/shared/app-error.js';
import { openTestDatabase } from '../support/test-database.js';

const PASSWORD = 'correct horse battery staple';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe('password hashes', () => {
  it('use scrypt with N = 2^17, r = 8, p = 1, a 16-byte salt and a 32-byte key, salted per hash', async () => {
    const [first, second] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(hashParameters(first)).toEqual({ N: 131072, r: 8, p: 1, saltBytes: 16, keyBytes: 32 });
    // 128 · N · r bytes of memory per hash: 128 MiB.
    expect(128 * 131072 * 8).toBe(128 * 1024 * 1024);
    expect(first).not.toBe(second);
    expect(first).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, first)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, first)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'sha256$abc')).toBe(false);
  });
});

describe('roles', () => {
  it('a reviewer cannot import or draft; a writer cannot approve or invite; an API key cannot manage people', () => {
    expect(roleAllows('reviewer', permissionForRoute('POST', '/v1/imports'))).toBe(false);
    expect(roleAllows('reviewer', permissionForRoute('POST', '/v1/sections'))).toBe(false);
    expect(roleAllows('reviewer', permissionForRoute('GET', '/v1/figures'))).toBe(true);
    expect(roleAllows('reviewer', permissionForRoute('POST', '/v1/checks'))).toBe(true);
    const approve = permissionForRoute('POST', '/v1/bids/:bidId/questions/:questionId/approve');
    expect(approve).toBe('approve');
    expect(roleAllows('writer', approve)).toBe(false);
    expect(roleAllows('reviewer', approve)).toBe(true);
    expect(roleAllows('writer', permissionForRoute('POST', '/v1/invites'))).toBe(false);
    expect(roleAllows(null, permissionForRoute('POST', '/v1/invites'))).toBe(false);
    expect(roleAllows(null, permissionForRoute('POST', '/v1/imports'))).toBe(true);
    for (const role of ROLES) expect(roleAllows(role, 'own-session')).toBe(true);
    // Unlisted changes need `write`, which a reviewer lacks: new routes fail closed for reviewers.
    expect(roleAllows('reviewer', permissionForRoute('PATCH', '/v1/something-new/:id'))).toBe(false);
  });
});

describe('invites, sign-in and sessions', () => {
  let db: Database;
  const now = new Date('2026-12-01T09:00:00Z');

  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    await createOrganisation({ db, name: 'Harbour Care', slug: 'harbour' });
  });
  afterAll(async () => db?.close());

  it('an invite works once, and not after it expires', async () => {
    const invite = await createInvite({ db, organisation: { slug: 'harbour' }, email: ' Ann@Example.org ', role: 'writer', now });
    expect(invite.email).toBe('ann@example.org');
    expect(new Date(invite.expiresAt).getTime() - now.getTime()).toBe(INVITE_LIFETIME_MS);
    expect(await db.prisma.invite.count({ where: { tokenHash: invite.token } })).toBe(0);
    // Two uses at once: exactly one wins.
    const outcomes = await Promise.all([
      codeOf(acceptInvite({ db, token: invite.token, name: 'Ann', password: PASSWORD, now })),
      codeOf(acceptInvite({ db, token: invite.token, name: 'Ann again', password: PASSWORD, now })),
    ]);
    expect(outcomes.sort()).toEqual(['NOT_FOUND', 'ok']);
    expect(await codeOf(acceptInvite({ db, token: invite.token, name: 'Ann', password: PASSWORD, now }))).toBe('NOT_FOUND');
    expect(await db.prisma.user.count({ where: { email: 'ann@example.org' } })).toBe(1);

    const late = await createInvite({ db, organisation: { slug: 'harbour' }, email: 'bob@example.org', role: 'reviewer', now });
    const afterExpiry = new Date(now.getTime() + INVITE_LIFETIME_MS + 1);
    expect(await codeOf(acceptInvite({ db, token: late.token, name: 'Bob', password: PASSWORD, now: afterExpiry }))).toBe('NOT_FOUND');
    expect(await codeOf(acceptInvite({ db, token: 'x'.repeat(43), name: 'Bob', password: PASSWORD, now }))).toBe('NOT_FOUND');
    expect(await codeOf(createInvite({ db, organisation: { slug: 'harbour' }, email: 'ANN@example.org', role: 'admin', now }))).toBe('CONFLICT');
    expect(await codeOf(acceptInvite({ db, token: late.token, name: 'Bob', password: 'short', now }))).toBe('INVALID_INPUT');
  });

  it(`locks an account after ${MAX_FAILED_SIGN_INS} failed sign-ins, even for the right password, until the lock ends`, async () => {
    const invite = await createInvite({ db, organisation: { slug: 'harbour' }, email: 'cat@example.org', role: 'reviewer', now });
    await acceptInvite({ db, token: invite.token, name: 'Cat', password: PASSWORD, now });
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt += 1) {
      expect(await codeOf(signIn({ db, email: 'cat@example.org', password: 'wrong password here', now }))).toBe('UNAUTHORIZED');
    }
    expect(await codeOf(signIn({ db, email: 'cat@example.org', password: PASSWORD, now }))).toBe('UNAUTHORIZED');
    const later = new Date(now.getTime() + LOCK_MS + 1);
    const session = await signIn({ db, email: 'CAT@example.org', password: PASSWORD, now: later });
    expect(session.user.role).toBe('reviewer');
    expect(await codeOf(signIn({ db, email: 'nobody@example.org', password: PASSWORD, now }))).toBe('UNAUTHORIZED');
  });

  it('sessions end when they expire and when the person signs out everywhere', async () => {
    const first = await signIn({ db, email: 'ann@example.org', password: PASSWORD, now });
    const second = await signIn({ db, email: 'ann@example.org', password: PASSWORD, now });
    expect(first.token).not.toBe(second.token);
    const caller = await authenticateSession({ db, token: first.token, now });
    expect(caller).toMatchObject({ role: 'writer', apiKeyId: null, userId: first.user.id });
    expect(await codeOf(authenticateSession({ db, token: first.token, now: new Date(now.getTime() + SESSION_LIFETIME_MS) }))).toBe('UNAUTHORIZED');
    expect(await signOutEverywhere({ db, userId: first.user.id })).toBeGreaterThanOrEqual(2);
    expect(await codeOf(authenticateSession({ db, token: first.token, now }))).toBe('UNAUTHORIZED');
    expect(await codeOf(authenticateSession({ db, token: second.token, now }))).toBe('UNAUTHORIZED');
  });
});
