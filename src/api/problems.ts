/**
 * RFC 9457 problem details: the one place where domain error codes and HTTP failures become
 * a status, a stable `type` URI and a title. `type` URIs never change once published.
 */
import { z } from 'zod';
import type { AppErrorCode } from '../shared/app-error.js';

export const PROBLEM_TYPE_BASE = 'https://assured.example/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export const PROBLEMS = {
  'validation-error': { status: 400, title: 'The request does not match the schema' },
  'bad-request': { status: 400, title: 'The request could not be read' },
  'invalid-input': { status: 400, title: 'The request cannot be processed as given' },
  unauthorized: { status: 401, title: 'A valid API key is required' },
  forbidden: { status: 403, title: 'Not allowed for this caller' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict with the current state' },
  'payload-too-large': { status: 413, title: 'The request is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'import-rejected': { status: 422, title: 'The import was rejected' },
  'export-blocked': { status: 422, title: 'The export gate found unverified content' },
  'bid-inconsistent': { status: 422, title: 'The bid’s answers disagree with each other' },
  'idempotency-key-reused': { status: 422, title: 'The Idempotency-Key was used with a different request' },
  'page-limit-exceeded': { status: 422, title: 'An answer renders over its page limit' },
  'renderer-unavailable': { status: 503, title: 'The document could not be rendered to count its pages' },
  'calendar-out-of-range': { status: 422, title: 'The period is outside the working-day calendar' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Internal server error' },
  'model-unavailable': { status: 502, title: 'The language model did not answer' },
  'service-unavailable': { status: 503, title: 'The service is not available' },
  overloaded: { status: 503, title: 'The server is too busy to take this request' },
  'work-limit-exceeded': { status: 503, title: 'The work exceeded its time or memory budget and was stopped' },
  'request-timeout': { status: 408, title: 'The request took too long to arrive' },
  'headers-too-large': { status: 431, title: 'The request headers are too large' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemSlug = keyof typeof PROBLEMS;

export const PROBLEM_FOR_CODE: Readonly<Record<AppErrorCode, ProblemSlug>> = {
  INVALID_INPUT: 'invalid-input',
  NOT_FOUND: 'not-found',
  CONFLICT: 'conflict',
  UNAUTHORIZED: 'unauthorized',
  FORBIDDEN: 'forbidden',
  IMPORT_REJECTED: 'import-rejected',
  CALENDAR_OUT_OF_RANGE: 'calendar-out-of-range',
  EXPORT_BLOCKED: 'export-blocked',
  BID_INCONSISTENT: 'bid-inconsistent',
  IDEMPOTENCY_KEY_REUSED: 'idempotency-key-reused',
  PAGE_LIMIT_EXCEEDED: 'page-limit-exceeded',
  RENDERER_UNAVAILABLE: 'renderer-unavailable',
  DATABASE: 'service-unavailable',
  MODEL: 'model-unavailable',
  OVERLOADED: 'overloaded',
  WORK_LIMIT: 'work-limit-exceeded',
  INTERNAL: 'internal-error',
};

/**
 * 5xx problems whose detail is written for the client (what was stopped, what to do) and holds
 * nothing internal; every other 5xx answers a generic detail.
 */
export const CLIENT_WORDED_SERVER_PROBLEMS: ReadonlySet<ProblemSlug> = new Set(['overloaded', 'work-limit-exceeded', 'renderer-unavailable']);

/** Statuses other than these pass through as the nearest problem by status. */
export function problemForStatus(status: number): ProblemSlug {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 405:
      return 'method-not-allowed';
    case 408:
      return 'request-timeout';
    case 409:
      return 'conflict';
    case 413:
      return 'payload-too-large';
    case 415:
      return 'unsupported-media-type';
    case 429:
      return 'rate-limited';
    case 431:
      return 'headers-too-large';
    case 503:
      return 'service-unavailable';
    default:
      return status >= 500 ? 'internal-error' : 'bad-request';
  }
}

export function problemType(slug: ProblemSlug): string {
  return `${PROBLEM_TYPE_BASE}${slug}`;
}

export const ZFieldErrorSchema = z.object({
  location: z.string().describe('Which part of the request: body, querystring, params or headers'),
  path: z.string().describe('Dotted path inside it ("files.0.name"); empty for the part as a whole'),
  pointer: z.string().describe('JSON Pointer into the request part, e.g. "/files/0/name"'),
  message: z.string().describe('What is wrong with the field and what was expected'),
});
export type FieldError = z.infer<typeof ZFieldErrorSchema>;

export const ZProblemSchema = z
  .looseObject({
    type: z.string().describe(`A stable URI naming the kind of problem (${PROBLEM_TYPE_BASE}…); never changes once published`),
    title: z.string().describe('A short summary of the kind of problem, the same for every occurrence'),
    status: z.number().int().describe('The HTTP status code'),
    detail: z.string().describe('What went wrong with this request, and what to do about it'),
    instance: z.string().optional().describe('The request path'),
    requestId: z.string().optional().describe('The request id, also sent as the X-Request-Id header; quote it when reporting a problem'),
    errors: z.array(ZFieldErrorSchema).optional().describe('Field paths of a validation error'),
  })
  .describe('RFC 9457 problem details (application/problem+json)');
export type Problem = z.infer<typeof ZProblemSchema>;

/** The media type problem responses are documented with (sent with a charset). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Problems that only the HTTP parser or the router answer, never an operation. */
const CONNECTION_PROBLEMS: ReadonlySet<ProblemSlug> = new Set(['request-timeout', 'headers-too-large', 'method-not-allowed']);

function problemsByStatus(): Map<number, ProblemSlug[]> {
  const byStatus = new Map<number, ProblemSlug[]>();
  for (const [slug, { status }] of Object.entries(PROBLEMS) as [ProblemSlug, { status: number }][]) {
    if (CONNECTION_PROBLEMS.has(slug)) continue;
    byStatus.set(status, [...(byStatus.get(status) ?? []), slug]);
  }
  return byStatus;
}

/** One documented error status: the problem schema with `type` limited to the problems of that status. */
export function problemResponse(status: number, slugs: readonly ProblemSlug[]) {
  const types = slugs.map(problemType) as [string, ...string[]];
  return {
    description: slugs.map((slug) => PROBLEMS[slug].title).join('; '),
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: ZProblemSchema.extend({
          type: z.enum(types).describe(`A stable URI naming the kind of problem: ${slugs.map((slug) => `\`${slug}\` (${PROBLEMS[slug].title.toLowerCase()})`).join(', ')}`),
          status: z.literal(status).describe('The HTTP status code'),
        }),
      },
    },
  };
}

/**
 * Every failure an authenticated operation can answer, one documented status each: any domain
 * error can surface through any operation, so all of them are listed.
 */
export const problemResponses = Object.fromEntries([...problemsByStatus()].map(([status, slugs]) => [status, problemResponse(status, slugs)]));
