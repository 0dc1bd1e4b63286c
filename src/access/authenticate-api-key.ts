/**
 * Turns a bearer key into the caller's organisation. The key is found by its SHA-256, so no
 * constant-time comparison is needed; revoked keys and unknown keys fail alike (UNAUTHORIZED).
 * `lastUsedAt` is written at most once a minute per key, so busy keys do not write on every request.
 */
import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import type { AuthContext } from './access-schema.js';
import { API_KEY_PATTERN, hashApiKey } from './api-key-format.js';

export const LAST_USED_RESOLUTION_MS = 60_000;

export interface AuthenticateApiKeyOptions {
  db: Database;
  key: string;
  now?: Date;
}

const REJECTED = 'The API key is missing, unknown or revoked.';

export async function authenticateApiKey(options: AuthenticateApiKeyOptions): Promise<AuthContext> {
  const { db, key } = options;
  if (!API_KEY_PATTERN.test(key)) throw new AppError('UNAUTHORIZED', REJECTED);
  const row = await db.prisma.apiKey.findUnique({
    where: { hash: hashApiKey(key) },
    select: { id: true, prefix: true, revokedAt: true, lastUsedAt: true, organisationId: true, organisation: { select: { slug: true } } },
  });
  if (!row || row.revokedAt) throw new AppError('UNAUTHORIZED', REJECTED);
  const now = options.now ?? new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.prisma.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { organisationId: row.organisationId, organisationSlug: row.organisation.slug, apiKeyId: row.id, apiKeyPrefix: row.prefix, userId: null, role: null, callerKey: `key:${row.id}` };
}
