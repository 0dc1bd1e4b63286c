/**
 * Bearer API keys for every route of the scope that registers this plugin (the /v1 routes):
 * the key's organisation becomes `request.auth`, and every route scopes its queries by it.
 */
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../../access/access-schema.js';
import { authenticateApiKey } from '../../access/authenticate-api-key.js';
import { AppError } from '../../shared/app-error.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's organisation and key; set by the auth plugin, null outside /v1. */
    auth: AuthContext | null;
  }
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/** The authenticated caller; routes under /v1 always have one. */
export function callerOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHORIZED', 'This endpoint needs an API key: send Authorization: Bearer KEY.');
  return request.auth;
}

export const apiKeyAuthPlugin = sharedPlugin(async (scope) => {
  scope.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization;
    const key = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
    if (!key) {
      reply.header('www-authenticate', 'Bearer');
      throw new AppError('UNAUTHORIZED', 'This endpoint needs an API key: send Authorization: Bearer KEY.');
    }
    try {
      request.auth = await authenticateApiKey({ db: scope.db, key });
    } catch (error) {
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw error;
    }
  });
}, 'assured-api-key-auth');
