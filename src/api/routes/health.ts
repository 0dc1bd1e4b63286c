/**
 * Liveness (the process answers) and readiness (the database answers and every migration is
 * applied). Neither needs a key, so a load balancer can probe them.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingMigrations } from '../../data/database.js';
import { sendProblem } from '../plugins/errors.js';
import { problemResponse } from '../problems.js';
import { jsonResponse } from '../responses.js';

const ZHealthSchema = z.object({ status: z.literal('ok').describe('The process answers') });
const ZReadySchema = z.object({
  status: z.literal('ready').describe('The database answers and every migration is applied'),
  database: z.enum(['pglite', 'postgresql']).describe('Which database serves the API: embedded PGlite or a PostgreSQL server'),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'Liveness',
        description: 'Answers as long as the process runs; it does not touch the database. No key needed.',
        security: [],
        response: { 200: jsonResponse('The process is alive', ZHealthSchema) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        operationId: 'getReadiness',
        summary: 'Readiness: database reachable, migrations applied',
        description: 'Answers 200 once the database answers and every migration is applied, 503 otherwise, so a load balancer sends traffic only to a ready instance. No key needed.',
        security: [],
        response: { 200: jsonResponse('Ready to serve', ZReadySchema), 503: problemResponse(503, ['service-unavailable']) },
      },
    },
    async (request, reply) => {
      let pending: string[];
      try {
        pending = await pendingMigrations(app.db);
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return sendProblem(request, reply, 'service-unavailable', 'The database is not reachable.');
      }
      if (pending.length > 0) return sendProblem(request, reply, 'service-unavailable', `${pending.length} database migration(s) not applied yet: run \`assured db migrate\`.`);
      return { status: 'ready' as const, database: app.db.kind };
    },
  );
};
