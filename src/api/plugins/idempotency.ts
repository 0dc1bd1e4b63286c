/**
 * Idempotency-Key on the POSTs that create something (routes with `config.idempotent`): the same
 * key with the same request answers the first response again for 24 hours; the same key with
 * another request is refused (422); a key whose first request is still being served answers 409.
 * Only successful responses are kept: after a failure the key is free for a retry.
 * Keys are stored per organisation in the database, so every API instance sees them.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from '../../access/idempotency-records.js';
import { AppError } from '../../shared/app-error.js';
import { callerOf } from './auth.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route creates something and honours Idempotency-Key. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    /** The idempotency record this request claimed, completed or released when it is answered. */
    idempotencyRecordId: string | null;
  }
}

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** JSON with object keys sorted, so the same request hashes the same whatever its key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  if (Buffer.isBuffer(value)) return JSON.stringify(createHash('sha256').update(value).digest('hex'));
  return JSON.stringify(value) ?? 'null';
}

/**
 * Claims the request's Idempotency-Key, if it sent one: answers the stored response of a retry
 * and returns the reply, refuses a reused key, or returns undefined when the request is to be served.
 * `request` is what identifies the request besides its operation (its query and body, or the files read).
 */
export async function idempotencyGate(request: FastifyRequest, reply: FastifyReply, requestContent: unknown): Promise<FastifyReply | undefined> {
  const key = request.headers[IDEMPOTENCY_KEY_HEADER];
  if (key === undefined || request.idempotencyRecordId) return undefined;
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw new AppError('INVALID_INPUT', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID is a good choice), sent once.');
  }
  const caller = callerOf(request);
  const requestHash = createHash('sha256')
    .update(canonicalJson({ operation: `${request.method} ${request.routeOptions.url}`, request: requestContent }))
    .digest('hex');
  const claim = await claimIdempotencyKey({
    db: request.server.db,
    organisationId: caller.organisationId,
    key,
    requestHash,
    abandonedAfterMs: request.server.limits.requestTimeoutMs * 4,
  });
  switch (claim.kind) {
    case 'claimed':
      request.idempotencyRecordId = claim.recordId;
      return undefined;
    case 'mismatch':
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request in the last 24 hours; send a new key for a new request.');
    case 'in-flight':
      throw new AppError('CONFLICT', 'A request with this Idempotency-Key is still being served; retry it in a moment.', { details: { retryAfterSeconds: 1 } });
    case 'replay':
      reply.code(claim.statusCode).header('idempotent-replayed', 'true');
      if (claim.contentType) reply.header('content-type', claim.contentType);
      if (claim.location) reply.header('location', claim.location);
      return reply.send(claim.body);
  }
}

export const idempotencyPlugin = sharedPlugin(async (scope) => {
  scope.decorateRequest('idempotencyRecordId', null);

  scope.addHook('preHandler', async (request, reply) => {
    // A multipart body is read by the handler, which calls the gate with the files it read.
    if (!request.routeOptions.config.idempotent || request.isMultipart()) return;
    await idempotencyGate(request, reply, { query: request.query, body: request.body });
  });

  scope.addHook('onSend', async (request, reply, payload) => {
    const recordId = request.idempotencyRecordId;
    if (!recordId) return payload;
    request.idempotencyRecordId = null;
    const db = request.server.db;
    try {
      if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
        const contentType = reply.getHeader('content-type');
        const location = reply.getHeader('location');
        await completeIdempotencyKey({
          db,
          recordId,
          response: { statusCode: reply.statusCode, contentType: typeof contentType === 'string' ? contentType : null, location: typeof location === 'string' ? location : null, body: payload },
        });
      } else {
        await releaseIdempotencyKey({ db, recordId });
      }
    } catch (error) {
      // The response itself is fine; a retry will serve the request again.
      request.log.error({ err: error }, 'idempotency record not stored');
    }
    return payload;
  });
}, 'assured-idempotency');
