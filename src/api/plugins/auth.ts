/**
 * Authentication for every route of the scope that registers this plugin (the /v1 routes):
 * a bearer API key (integrations) or the session cookie of a signed-in person (the web page).
 * The caller's organisation becomes `request.auth`, and every route scopes its queries by it.
 * Cookie-authenticated requests that change anything must carry the session's CSRF token, and
 * every route needs the permission its method and path map to (src/access/roles.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthContext } from '../../access/access-schema.js';
import { hashApiKey } from '../../access/api-key-format.js';
import { onApiKeyRevoked } from '../../access/api-key-revocations.js';
import { authenticateApiKey } from '../../access/authenticate-api-key.js';
import { authenticateSession } from '../../access/authenticate-session.js';
import { permissionForRoute, roleAllows } from '../../access/roles.js';
import { CSRF_HEADER, csrfTokenMatches, SESSION_COOKIE } from '../../access/session-token.js';
import { AppError } from '../../shared/app-error.js';
import { LruCache } from '../../shared/lru-cache.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's organisation and key; set by the auth plugin, null outside /v1. */
    auth: AuthContext | null;
  }
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/**
 * How long an authenticated key is trusted without asking the database again. A key revoked
 * by another process (or another instance) stops working within this time; one revoked in
 * this process stops at once.
 */
export const API_KEY_CACHE_MS = 3_000;
const API_KEY_CACHE_ENTRIES = 10_000;

/** Keys authenticated recently, by the key's SHA-256; only successes are kept. */
class ApiKeyCache {
  private readonly entries = new LruCache<{ auth: AuthContext; until: number }>(API_KEY_CACHE_ENTRIES);
  private readonly stopListening = onApiKeyRevoked((apiKeyId) => this.forget(apiKeyId));
  private readonly hashById = new Map<string, string>();

  get(hash: string, now: number): AuthContext | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.until > now) return entry.auth;
    this.entries.delete(hash);
    return undefined;
  }

  set(hash: string, auth: AuthContext, now: number): void {
    this.entries.set(hash, { auth, until: now + API_KEY_CACHE_MS });
    if (auth.apiKeyId) this.hashById.set(auth.apiKeyId, hash);
    if (this.hashById.size > API_KEY_CACHE_ENTRIES * 2) this.hashById.clear();
  }

  private forget(apiKeyId: string): void {
    const hash = this.hashById.get(apiKeyId);
    if (hash) this.entries.delete(hash);
  }

  close(): void {
    this.stopListening();
  }
}
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The authenticated caller; routes under /v1 always have one. */
export function callerOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHORIZED', 'This endpoint needs an API key: send Authorization: Bearer KEY.');
  return request.auth;
}

/** The session cookie's token, when the request carries one. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const token = request.cookies?.[SESSION_COOKIE];
  return typeof token === 'string' && token.length > 0 ? token : undefined;
}

async function authenticateByCookie(request: FastifyRequest, token: string): Promise<AuthContext> {
  const auth = await authenticateSession({ db: request.server.db, token });
  const csrf = request.headers[CSRF_HEADER];
  if (!SAFE_METHODS.has(request.method) && !csrfTokenMatches(token, typeof csrf === 'string' ? csrf : undefined)) {
    throw new AppError('FORBIDDEN', `This change needs the page's CSRF token in the ${CSRF_HEADER} header; reload the page and try again.`);
  }
  return auth;
}

async function authenticateByKey(request: FastifyRequest, reply: FastifyReply, cache: ApiKeyCache): Promise<AuthContext> {
  const header = request.headers.authorization;
  const key = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
  if (!key) {
    reply.header('www-authenticate', 'Bearer');
    throw new AppError('UNAUTHORIZED', 'This endpoint needs an API key: send Authorization: Bearer KEY.');
  }
  const hash = hashApiKey(key);
  const cached = cache.get(hash, Date.now());
  if (cached) return cached;
  try {
    const auth = await authenticateApiKey({ db: request.server.db, key });
    cache.set(hash, auth, Date.now());
    return auth;
  } catch (error) {
    reply.header('www-authenticate', 'Bearer error="invalid_token"');
    throw error;
  }
}

export const apiKeyAuthPlugin = sharedPlugin(async (scope) => {
  const cache = new ApiKeyCache();
  scope.addHook('onClose', async () => cache.close());
  scope.addHook('onRequest', async (request, reply) => {
    // An Authorization header always wins, so integrations behave as before whatever cookies they hold.
    const token = request.headers.authorization === undefined ? sessionTokenOf(request) : undefined;
    request.auth = token ? await authenticateByCookie(request, token) : await authenticateByKey(request, reply, cache);
    const route = request.routeOptions.url;
    if (route === undefined) return;
    const permission = permissionForRoute(request.method, route);
    if (!roleAllows(request.auth.role, permission)) {
      const who = request.auth.role ? `A ${request.auth.role}` : 'An API key';
      throw new AppError('FORBIDDEN', `${who} may not do this (it needs the "${permission}" permission); ask an administrator.`);
    }
  });
}, 'assured-api-key-auth');
