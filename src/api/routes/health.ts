/**
 * Liveness (the process answers) and readiness (the database answers and every migration is
 * applied). Neither needs a key, so a load balancer can probe them.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingMigrations } from '../../data/database.js';
import { sendProblem } from '../plugins/errors.js';
import { ZProblemSchema } from '../problems.js';

const ZHealthSchema = z.object({ status: z.literal('ok') });
const ZReadySchema = z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgresql']) });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', { schema: { tags: ['health'], summary: 'Liveness', security: [], response: { 200: ZHealthSchema } } }, async () => ({ status: 'ok' as const }));

  app.get(
    '/ready',
    { schema: { tags: ['health'], summary: 'Readiness: database reachable, migrations applied', security: [], response: { 200: ZReadySchema, 503: ZProblemSchema } } },
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
