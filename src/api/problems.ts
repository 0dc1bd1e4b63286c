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
  /** Which part of the request: body, querystring, params or headers. */
  location: z.string(),
  /** Dotted path inside it ("files.0.name"); empty for the part as a whole. */
  path: z.string(),
  /** JSON Pointer into the request part, e.g. "/files/0/name". */
  pointer: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof ZFieldErrorSchema>;

export const ZProblemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    /** Field paths of a validation error. */
    errors: z.array(ZFieldErrorSchema).optional(),
  })
  .describe('RFC 9457 problem details (application/problem+json)');
export type Problem = z.infer<typeof ZProblemSchema>;

/** Response schemas every documented route shares for its failures. */
export const problemResponses = {
  '4xx': ZProblemSchema,
  '5xx': ZProblemSchema,
} as const;
