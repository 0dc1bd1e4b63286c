/**
 * The Assured HTTP API as a fastify instance that does not listen (server.ts does). Plugins load
 * external → app → routes: zod compilers and swagger, then errors, limits and auth, then one
 * route module per resource under /v1. Domain code never sees fastify.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { registerWebApp } from './plugins/serve-web.js';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { TextWorkPool } from '../check/run-check-isolated.js';
import type { Database } from '../data/database.js';
import { isAppError } from '../shared/app-error.js';
import { ZApiLimitsSchema, type ApiLimits, type ApiLimitsInput } from './limits.js';
import { apiKeyAuthPlugin, callerOf } from './plugins/auth.js';
import { rateLimitStoreFor } from './plugins/rate-limit-store.js';
import { clientErrorHandler, errorsPlugin, frameworkErrorHandler } from './plugins/errors.js';
import { idempotencyPlugin } from './plugins/idempotency.js';
import { swaggerPlugin } from './plugins/swagger.js';
import { checksRoutes } from './routes/checks.js';
import { exportsRoutes } from './routes/exports.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { figuresRoutes } from './routes/figures.js';
import { healthRoutes } from './routes/health.js';
import { importsRoutes } from './routes/imports.js';
import { scoreRoutes } from './routes/score.js';
import { servicesRoutes } from './routes/services.js';
import { sessionPublicRoutes, sessionRoutes } from './routes/session.js';
import { usersRoutes } from './routes/users.js';
import { sectionsRoutes, type SectionDrafterModel } from './routes/sections.js';
import { tenderPacksRoutes } from './routes/tender-packs.js';
import { bidsRoutes } from './routes/bids.js';
import { validationsRoutes } from './routes/validations.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    limits: ApiLimits;
    /** Language model for `drafter: "llm"`; absent means the template drafter only. */
    llm: SectionDrafterModel | undefined;
    /** Worker threads for the checker and the claim validator, off the event loop. */
    textWork: TextWorkPool;
  }
}

export interface BuildAppOptions {
  db: Database;
  /** Pino options, true for defaults, false (default) for silence. */
  logger?: FastifyServerOptions['logger'];
  limits?: ApiLimitsInput;
  llm?: SectionDrafterModel;
}

export type AssuredApp = FastifyInstance & { withTypeProvider<T extends ZodTypeProvider>(): FastifyInstance };

/** Logs say what was asked and how it ended, never bodies, headers (keys) or query values. */
function loggerOptions(logger: BuildAppOptions['logger']): NonNullable<FastifyServerOptions['logger']> {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return {
    level: 'info',
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
    serializers: {
      req: (request: { method: string; url: string; ip?: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
    },
    ...base,
  };
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const limits = ZApiLimitsSchema.parse(options.limits ?? {});
  const app = Fastify({
    logger: loggerOptions(options.logger),
    genReqId: () => randomUUID(),
    bodyLimit: limits.bodyBytes,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // external
  await app.register(swaggerPlugin);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: limits.uploadBytes, files: limits.maxFiles, fields: 10, fieldSize: limits.mappingBytes, parts: limits.maxFiles + 10, headerPairs: 100 },
  });

  // app
  app.decorate('db', options.db);
  app.decorate('limits', limits);
  app.decorate('llm', options.llm);
  const textWork = new TextWorkPool({
    ...(limits.workThreads !== undefined ? { threads: limits.workThreads } : {}),
    queue: limits.workQueue,
    timeBudgetMs: limits.workTimeBudgetMs,
    memoryMb: limits.workMemoryMb,
    onError: (error) => app.log.error({ err: error }, 'a text-work thread failed'),
  });
  app.decorate('textWork', textWork);
  app.addHook('onClose', () => textWork.close());
  app.decorateRequest('auth', null);
  await app.register(errorsPlugin);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // routes
  await app.register(healthRoutes);
  // Sign-in and invitation acceptance: the only /v1 routes without a caller.
  await app.register(sessionPublicRoutes, { prefix: '/v1' });
  await app.register(
    async (v1) => {
      // Failed authentications are counted per client address, and an address past the limit is
      // refused before its key is looked up; authenticated requests are then counted per key.
      // On PostgreSQL the counters live in the database, so several instances enforce one limit.
      await v1.register(rateLimit, {
        global: false,
        max: limits.rateLimitPerAddressMax ?? limits.rateLimitMax,
        timeWindow: limits.rateLimitWindowMs,
        keyGenerator: (request) => request.ip,
        ...rateLimitStoreFor(options.db, 'address', { max: limits.rateLimitPerAddressMax ?? limits.rateLimitMax, windowMs: limits.rateLimitWindowMs }),
      });
      const failedAuthentications = v1.createRateLimit();
      v1.addHook('onRequest', async (request, reply) => {
        const seen = await failedAuthentications(request, { increment: false });
        if (seen.isAllowed || seen.remaining > 0) return;
        reply.header('retry-after', String(seen.ttlInSeconds));
        throw Object.assign(new Error(`Too many requests without a valid API key from this address; retry in ${seen.ttlInSeconds} s.`), { statusCode: 429 });
      });
      v1.addHook('onError', async (request, _reply, error) => {
        if (isAppError(error) && error.code === 'UNAUTHORIZED') await failedAuthentications(request);
      });
      await v1.register(apiKeyAuthPlugin);
      await v1.register(rateLimit, {
        hook: 'preHandler',
        max: limits.rateLimitMax,
        timeWindow: limits.rateLimitWindowMs,
        keyGenerator: (request) => callerOf(request).callerKey,
        ...rateLimitStoreFor(options.db, 'key', { max: limits.rateLimitMax, windowMs: limits.rateLimitWindowMs }),
      });
      await v1.register(idempotencyPlugin);
      await v1.register(importsRoutes);
      await v1.register(figuresRoutes);
      await v1.register(dashboardRoutes);
      await v1.register(servicesRoutes);
      await v1.register(scoreRoutes);
      await v1.register(checksRoutes);
      await v1.register(validationsRoutes);
      await v1.register(sectionsRoutes);
      await v1.register(exportsRoutes);
      await v1.register(tenderPacksRoutes);
      await v1.register(bidsRoutes);
      await v1.register(sessionRoutes);
      await v1.register(usersRoutes);
    },
    { prefix: '/v1' },
  );

  // The bid writers' web page, same origin as the API.
  await registerWebApp(app, {});
  return app;
}
