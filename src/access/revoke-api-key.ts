/**
 * Revokes a key by its id or its visible prefix. Revoking twice keeps the first revocation time.
 */
import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import { UUID_PATTERN } from '../shared/uuid-pattern.js';
import type { ApiKeySummary } from './access-schema.js';
import { announceApiKeyRevoked } from './api-key-revocations.js';
import { toApiKeySummary } from './to-summary.js';

export interface RevokeApiKeyOptions {
  db: Database;
  /** The key's id (UUID) or its prefix as `assured key list` shows it. */
  idOrPrefix: string;
  /** Limit the search to one organisation (slug). */
  organisation?: string;
  now?: Date;
}

export async function revokeApiKey(options: RevokeApiKeyOptions): Promise<ApiKeySummary> {
  const { db, idOrPrefix } = options;
  const scope = options.organisation ? { organisation: { slug: options.organisation } } : {};
  const where = UUID_PATTERN.test(idOrPrefix) ? { id: idOrPrefix, ...scope } : { prefix: idOrPrefix, ...scope };
  const matches = await db.prisma.apiKey.findMany({ where, select: { id: true, revokedAt: true }, take: 2 });
  if (matches.length === 0) throw new AppError('NOT_FOUND', `No API key with id or prefix "${idOrPrefix}".`);
  if (matches.length > 1) throw new AppError('CONFLICT', `Several keys start with "${idOrPrefix}"; revoke by id (see \`assured key list\`).`);
  const match = matches[0]!;
  const row = await db.prisma.apiKey.update({
    where: { id: match.id },
    data: { revokedAt: match.revokedAt ?? options.now ?? new Date() },
    include: { organisation: { select: { slug: true } } },
  });
  announceApiKeyRevoked(row.id);
  return toApiKeySummary(row);
}
