/** GET /v1/exports: which sections left the building, when, by which key, with which evidence. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZExportRecordSchema } from '../../access/access-schema.js';
import { listExports } from '../../access/list-exports.js';
import { UUID_PATTERN } from '../../shared/uuid-pattern.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';

export const ZExportsQuerySchema = z.object({
  sectionId: z.string().regex(UUID_PATTERN, 'expected a section id (UUID)').optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/exports',
    {
      schema: {
        tags: ['sections'],
        summary: 'Export records, newest first',
        querystring: ZExportsQuerySchema,
        response: { 200: z.object({ exports: z.array(ZExportRecordSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { sectionId, limit } = request.query;
      return { exports: await listExports({ db: app.db, organisationId: callerOf(request).organisationId, ...(sectionId !== undefined ? { sectionId } : {}), limit }) };
    },
  );
};
