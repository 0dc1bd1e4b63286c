/**
 * The one error handler: every failure leaves as RFC 9457 problem+json. Domain errors map by code
 * (src/api/problems.ts); validation errors list field paths; 5xx responses carry a generic detail
 * and the request id, never the error's message or stack, which go to the log only.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError } from '../../shared/app-error.js';
import {
  CLIENT_WORDED_SERVER_PROBLEMS,
  PROBLEM_CONTENT_TYPE,
  PROBLEM_FOR_CODE,
  PROBLEMS,
  problemForStatus,
  problemType,
  type FieldError,
  type Problem,
  type ProblemSlug,
} from '../problems.js';
import { RouteMethods } from '../route-methods.js';
import { isApiPath } from './serve-web.js';
import { sharedPlugin } from './shared-plugin.js';

const MAX_FIELD_ERRORS = 50;

/** Extension members that carry a domain error's details to the client, by problem. */
const DETAIL_MEMBER: Partial<Record<ProblemSlug, string>> = {
  'import-rejected': 'report',
  'export-blocked': 'gate',
};

/** Seconds a client should wait before retrying, when a domain error's details give them. */
function retryAfterOf(details: unknown): number | undefined {
  const seconds = typeof details === 'object' && details !== null ? (details as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

function pathOf(instancePath: string): string {
  return instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
}

function fieldErrors(error: FastifyError): FieldError[] {
  const location = error.validationContext ?? 'body';
  return (error.validation ?? []).slice(0, MAX_FIELD_ERRORS).map((issue) => ({
    location,
    path: pathOf(issue.instancePath),
    pointer: issue.instancePath === '/' ? '' : issue.instancePath,
    message: issue.message ?? 'is not valid',
  }));
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  slug: ProblemSlug,
  detail: string,
  extensions: Record<string, unknown> = {},
  statusOverride?: number,
): FastifyReply {
  const { title } = PROBLEMS[slug];
  const status = statusOverride ?? PROBLEMS[slug].status;
  const problem: Problem = {
    type: problemType(slug),
    title,
    status,
    detail,
    instance: request.url.split('?')[0]!.slice(0, 200),
    requestId: request.id,
    ...extensions,
  };
  return reply.code(status).header('content-type', PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(problem);
}

function statusOf(error: FastifyError): number | undefined {
  const status = error.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : undefined;
}

/**
 * Errors fastify raises before routing (a URL that cannot be decoded), which never reach the
 * error handler: given to the constructor's `frameworkErrors` option.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = statusOf(error) ?? 400;
  request.log.info({ problem: problemForStatus(status), code: error.code }, 'request rejected before routing');
  void sendProblem(request, reply, problemForStatus(status), status < 500 ? 'The request URL could not be decoded.' : PROBLEMS['internal-error'].title, {}, status < 500 ? status : 500);
}

/** What Node's HTTP parser refused, before fastify saw a request, by the parser's error code. */
const CLIENT_ERRORS: Readonly<Record<string, { slug: ProblemSlug; detail: string }>> = {
  HPE_HEADER_OVERFLOW: { slug: 'headers-too-large', detail: 'The request line and headers together exceed the size the server accepts; send fewer or shorter headers.' },
  ERR_HTTP_REQUEST_TIMEOUT: { slug: 'request-timeout', detail: 'The request did not arrive completely in time.' },
  ERR_HTTP_HEADERS_TIMEOUT: { slug: 'request-timeout', detail: 'The request headers did not arrive completely in time.' },
};
const MALFORMED_REQUEST = { slug: 'bad-request', detail: 'The request is not valid HTTP.' } as const;

/**
 * Requests Node's HTTP parser refuses (headers too large, malformed, too slow) never become
 * fastify requests: given to the constructor's `clientErrorHandler` option, this answers them as
 * problem+json on the raw socket and closes it.
 */
export function clientErrorHandler(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { slug, detail } = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED_REQUEST;
  const { title, status } = PROBLEMS[slug];
  const requestId = randomUUID();
  this.log.info({ problem: slug, code: error.code, requestId }, 'request refused by the HTTP parser');
  if (socket.writable) {
    const body = JSON.stringify({ type: problemType(slug), title, status, detail, requestId } satisfies Problem);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

export const errorsPlugin = sharedPlugin(async (app) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // The request stream is always destroyed once its body has been read; only a closed socket means nobody is listening.
    if (reply.sent || reply.raw.destroyed) return;
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const errors = fieldErrors(error);
      request.log.info({ problem: 'validation-error', fields: errors.map((field) => `${field.location}:${field.path}`) }, 'request rejected');
      const where = errors.map((field) => (field.path ? `${field.location}.${field.path}` : field.location));
      return sendProblem(request, reply, 'validation-error', `Invalid ${[...new Set(where)].slice(0, 5).join(', ')}: see errors for each field.`, { errors });
    }
    if (isAppError(error)) {
      const slug = PROBLEM_FOR_CODE[error.code];
      const status = PROBLEMS[slug].status;
      const retryAfterSeconds = retryAfterOf(error.details);
      if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
      if (status >= 500 && !CLIENT_WORDED_SERVER_PROBLEMS.has(slug)) {
        request.log.error({ err: error, code: error.code }, 'request failed');
        return sendProblem(request, reply, slug, `${PROBLEMS[slug].title}. Quote request id ${request.id} when reporting it.`);
      }
      if (status >= 500) request.log.warn({ problem: slug, code: error.code }, 'request not served');
      else request.log.info({ problem: slug, code: error.code }, 'request rejected');
      const member = DETAIL_MEMBER[slug];
      return sendProblem(request, reply, slug, error.message, member && error.details !== undefined ? { [member]: error.details } : {});
    }
    const status = statusOf(error);
    if (status !== undefined && status < 500) {
      const slug = problemForStatus(status);
      request.log.info({ problem: slug, code: error.code }, 'request rejected');
      // Fastify's and its plugins' 4xx messages describe the request, not the server.
      return sendProblem(request, reply, slug, error.message || PROBLEMS[slug].title, {}, status);
    }
    request.log.error({ err: error }, 'request failed');
    const slug = status === 503 ? 'service-unavailable' : 'internal-error';
    return sendProblem(request, reply, slug, `${PROBLEMS[slug].title}. Quote request id ${request.id} when reporting it.`);
  });

  const routeMethods = new RouteMethods();
  app.addHook('onRoute', (route) => {
    if (isApiPath(route.url)) routeMethods.add(route.url, route.method);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const allowed = isApiPath(path) ? routeMethods.allowed(path) : [];
    // A path the router could not match with its own method (a parameter too long) is simply not found.
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      request.log.info({ problem: 'method-not-allowed' }, 'method not allowed');
      reply.header('allow', allowed.join(', '));
      return sendProblem(request, reply, 'method-not-allowed', `${request.method.slice(0, 20)} is not allowed on this path; it answers ${allowed.join(', ')}.`);
    }
    request.log.info({ problem: 'not-found' }, 'no such route');
    return sendProblem(request, reply, 'not-found', 'There is no such endpoint; the API is described at /docs.');
  });
}, 'assured-errors');
