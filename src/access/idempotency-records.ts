/**
 * Idempotency records: the first response to a create request sent with an Idempotency-Key,
 * kept per organisation and key for a day. The unique (organisation, key) row is claimed with an
 * insert that skips duplicates, so of several API instances on one database exactly one serves a
 * key; the others see it in flight or replay its response.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../data/database.js';

/** How long a key and its response are kept. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  statusCode: number;
  contentType: string | null;
  location: string | null;
  body: string;
}

export type IdempotencyClaim =
  /** The key is new (or its earlier request was abandoned): serve the request, then complete or release it. */
  | { kind: 'claimed'; recordId: string }
  /** Same key, same request, already answered: send this again. */
  | ({ kind: 'replay' } & StoredResponse)
  /** Same key, another request. */
  | { kind: 'mismatch' }
  /** Same key, same request, still being served elsewhere. */
  | { kind: 'in-flight' };

export interface ClaimIdempotencyKeyOptions {
  db: Database;
  organisationId: string;
  key: string;
  /** SHA-256 of what identifies the request: operation, query and body. */
  requestHash: string;
  /** A claim older than this without a response is taken to be abandoned (a crashed instance). */
  abandonedAfterMs: number;
  now?: Date;
}

export async function claimIdempotencyKey(options: ClaimIdempotencyKeyOptions): Promise<IdempotencyClaim> {
  const { db, organisationId, key, requestHash } = options;
  const now = options.now ?? new Date();
  await db.prisma.idempotencyRecord.deleteMany({ where: { organisationId, expiresAt: { lt: now } } });
  const recordId = randomUUID();
  const inserted = await db.prisma.idempotencyRecord.createMany({
    data: [{ id: recordId, organisationId, key, requestHash, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) }],
    skipDuplicates: true,
  });
  if (inserted.count === 1) return { kind: 'claimed', recordId };

  const existing = await db.prisma.idempotencyRecord.findUnique({ where: { organisationId_key: { organisationId, key } } });
  // Expired and removed by another request in between: the key is free again.
  if (!existing) return claimIdempotencyKey(options);
  if (existing.requestHash !== requestHash) return { kind: 'mismatch' };
  if (existing.statusCode !== null && existing.body !== null) {
    return { kind: 'replay', statusCode: existing.statusCode, contentType: existing.contentType, location: existing.location, body: existing.body };
  }
  if (now.getTime() - existing.createdAt.getTime() < options.abandonedAfterMs) return { kind: 'in-flight' };
  // Take over an abandoned claim, unless another request took it over first.
  const taken = await db.prisma.idempotencyRecord.updateMany({ where: { id: existing.id, createdAt: existing.createdAt, statusCode: null }, data: { createdAt: now } });
  return taken.count === 1 ? { kind: 'claimed', recordId: existing.id } : { kind: 'in-flight' };
}

export async function completeIdempotencyKey(options: { db: Database; recordId: string; response: StoredResponse }): Promise<void> {
  const { statusCode, contentType, location, body } = options.response;
  await options.db.prisma.idempotencyRecord.updateMany({ where: { id: options.recordId }, data: { statusCode, contentType, location, body } });
}

/** The request failed: free the key so the client can retry it. */
export async function releaseIdempotencyKey(options: { db: Database; recordId: string }): Promise<void> {
  await options.db.prisma.idempotencyRecord.deleteMany({ where: { id: options.recordId, statusCode: null } });
}
