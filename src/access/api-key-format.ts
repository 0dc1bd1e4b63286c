/**
 * What an API key looks like: `asd_` + 32 random bytes in base64url (43 characters).
 * Only the SHA-256 of the whole key is stored; the prefix (first 12 characters) names it in lists.
 */
import { createHash } from 'node:crypto';

export const API_KEY_PREFIX = 'asd_';
export const API_KEY_BYTES = 32;
export const API_KEY_PATTERN = /^asd_[A-Za-z0-9_-]{43}$/;
export const API_KEY_VISIBLE_CHARACTERS = 12;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
