/**
 * Creates an API key for an organisation and returns it once: only its SHA-256 is stored,
 * so a lost key cannot be shown again, only revoked and replaced.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import type { CreatedApiKey } from './access-schema.js';
import { API_KEY_BYTES, API_KEY_PREFIX, API_KEY_VISIBLE_CHARACTERS, hashApiKey } from './api-key-format.js';
import { toApiKeySummary } from './to-summary.js';

export interface CreateApiKeyOptions {
  db: Database;
  /** Organisation slug. */
  organisation: string;
  /** What the key is for ("bid team laptop"); defaults to "default". */
  name?: string;
}

export async function createApiKey(options: CreateApiKeyOptions): Promise<CreatedApiKey> {
  const { db } = options;
  const organisation = await db.prisma.organisation.findUnique({ where: { slug: options.organisation }, select: { id: true } });
  if (!organisation) throw new AppError('NOT_FOUND', `No organisation "${options.organisation}". Create it with \`assured org create NAME\`.`);
  const name = (options.name ?? 'default').trim();
  if (name.length === 0 || name.length > 100) throw new AppError('INVALID_INPUT', 'A key name needs 1 to 100 characters.');
  const key = `${API_KEY_PREFIX}${randomBytes(API_KEY_BYTES).toString('base64url')}`;
  const row = await db.prisma.apiKey.create({
    data: { organisationId: organisation.id, name, prefix: key.slice(0, API_KEY_VISIBLE_CHARACTERS), hash: hashApiKey(key) },
    include: { organisation: { select: { slug: true } } },
  });
  return { ...toApiKeySummary(row), key };
}
