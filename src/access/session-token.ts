/**
 * What a session cookie and an invite link carry: 32 random bytes in base64url. Only the
 * SHA-256 is stored. The CSRF token is derived from the session token (HMAC), so it needs no
 * storage, changes with every session, and cannot be computed by a page that cannot read the cookie.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_BYTES = 32;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const SESSION_COOKIE = 'assured_session';
export const CSRF_HEADER = 'x-csrf-token';
/** A working day and then some; after that the person signs in again. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('assured csrf v1').digest('base64url');
}

export function csrfTokenMatches(sessionToken: string, candidate: string | undefined): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
