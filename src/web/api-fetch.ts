/**
 * The page's typed API client: openapi-fetch over the types generated from the OpenAPI document
 * (api-schema.ts), so a request or response the API does not document fails to compile.
 * Credentials ride on every request through one middleware: the HttpOnly session cookie with the
 * session's CSRF token on every change, or `Authorization: Bearer KEY` for an integration's key.
 */
import createClient, { type Client } from 'openapi-fetch';
import { ApiProblem, problemFromBody } from './api-problem.js';
import type { paths } from './api-schema.js';

export { ApiProblem } from './api-problem.js';
export type ApiPaths = paths;
export type Api = Client<paths>;

/** The JSON body a path and method answer on success (200 or 201). */
export type ResponseBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer Responses;
}
  ? Responses extends { 200: { content: { 'application/json': infer Body } } }
    ? Body
    : Responses extends { 201: { content: { 'application/json': infer Body } } }
      ? Body
      : never
  : never;

/** The JSON body a path and method take. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type CheckRequest = RequestBody<'/v1/checks', 'post'>;
export type CheckReport = ResponseBody<'/v1/checks', 'post'>;
export type CheckMessage = CheckReport['messages'][number];
export type ValidationResult = ResponseBody<'/v1/validations', 'post'>;
export type ValidatedClaim = ValidationResult['claims'][number];
export type FiguresResult = ResponseBody<'/v1/figures', 'get'>;
export type ScoreGrid = ResponseBody<'/v1/score', 'get'>;
export type StoredSection = ResponseBody<'/v1/sections', 'post'>;
export type SectionRequest = RequestBody<'/v1/sections', 'post'>;
export type ResponseLimit = NonNullable<SectionRequest['limit']>;
export type SessionState = ResponseBody<'/v1/session', 'get'>;
export type UserSummary = ResponseBody<'/v1/users', 'get'>['users'][number];
export type InviteSummary = ResponseBody<'/v1/invites', 'get'>['invites'][number];
export type Role = UserSummary['role'];

/** What sign-in and invitation acceptance answer, and GET /v1/session when someone is signed in. */
export interface SignedIn {
  user: UserSummary;
  csrfToken: string;
  expiresAt: string;
}

export interface ApiClientOptions {
  baseUrl?: string;
  /** An integration's API key, sent as a bearer token. */
  key?: string;
  /** A signed-in person's CSRF token, sent on every request that changes something. */
  csrfToken?: string;
  /** Called once per 401 answer: the key was revoked or the session ended mid-visit. */
  onUnauthorised?: () => void;
  /** The fetch to send requests with (default: the global one, looked up at each call). */
  fetch?: (request: Request) => Promise<Response>;
}

const JSON_ACCEPT = 'application/json, application/problem+json';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApiClient(options: ApiClientOptions = {}): Api {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', credentials: 'same-origin', fetch: options.fetch ?? ((request) => globalThis.fetch(request)) });
  client.use({
    onRequest({ request }) {
      if (options.key) request.headers.set('authorization', `Bearer ${options.key}`);
      else if (options.csrfToken && !SAFE_METHODS.has(request.method.toUpperCase())) request.headers.set('x-csrf-token', options.csrfToken);
      if (!request.headers.has('accept')) request.headers.set('accept', JSON_ACCEPT);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401 && options.onUnauthorised) queueMicrotask(options.onUnauthorised);
      return response;
    },
  });
  return client;
}

type Outcome = { data?: unknown; error?: unknown; response: Response };

/**
 * The body of a successful call, or its problem thrown as ApiProblem, so screens keep one
 * try/catch around an await instead of checking `error` after every call.
 */
export async function must<T extends Outcome>(pending: Promise<T>): Promise<NonNullable<T['data']>> {
  const outcome = await pending;
  if (!outcome.response.ok || outcome.error !== undefined) throw problemFromBody(outcome.response, outcome.error);
  return outcome.data as NonNullable<T['data']>;
}

/** The file name the server gave a download (Content-Disposition), or the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
}

/** The signed-in person, or null when this browser has no live session. */
export async function currentSession(api: Api): Promise<SignedIn | null> {
  const state = await must(api.GET('/v1/session'));
  return state.signedIn && state.user && state.csrfToken && state.expiresAt ? { user: state.user, csrfToken: state.csrfToken, expiresAt: state.expiresAt } : null;
}

export function isProblem(error: unknown, status?: number): error is ApiProblem {
  return error instanceof ApiProblem && (status === undefined || error.status === status);
}
