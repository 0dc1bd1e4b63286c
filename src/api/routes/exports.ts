/** GET /v1/exports: which sections left the building, when, by which key, with which evidence, a page at a time. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZExportFormatSchema, ZExportRecordSchema } from '../../access/access-schema.js';
import { pageExports } from '../../access/page-exports.js';
import { ZPeriodParamSchema } from './query-params.js';
import { ZCreatedAfterParamSchema, ZCursorParamSchema, ZPageLinksSchema, pageLimitSchema, pageLinks } from './pages.js';
import { UUID_PATTERN } from '../../shared/uuid-pattern.js';
import { callerOf } from '../plugins/auth.js';
import { exportDocumentRoutes } from './export-documents.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';

export const ZExportsQuerySchema = z.object({
  sectionId: z.string().regex(UUID_PATTERN, 'expected a section id (UUID)').optional().describe('Only the exports of this section'),
  limit: pageLimitSchema(100, 1000),
  cursor: ZCursorParamSchema,
  format: ZExportFormatSchema.optional().describe('Only exports in this format'),
  status: z.enum(['verified', 'unverified']).optional().describe('verified: the gate passed; unverified: exported despite it, with a reason'),
  period: ZPeriodParamSchema.optional().describe('Only exports of sections drafted for this period, as labelled (e.g. 2026-Q2)'),
  createdAfter: ZCreatedAfterParamSchema,
});

export const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  // The submission, verification pack and portal text of several sections: POST /v1/exports/….
  await app.register(exportDocumentRoutes);
  app.get(
    '/exports',
    {
      schema: {
        tags: ['sections'],
        operationId: 'listExports',
        summary: 'Export records, newest first, a page at a time',
        description: 'Every export of a section as a document: when, in which format, by which key, with which figures and import batches, and the reason when it went out despite a failed gate.',
        querystring: ZExportsQuerySchema,
        response: { 200: jsonResponse('A page of export records', ZPageLinksSchema.extend({ exports: z.array(ZExportRecordSchema).describe('Export records, newest first') })), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { sectionId, limit, cursor, format, status, period, createdAfter } = request.query;
      const page = await pageExports({
        db: app.db,
        organisationId: callerOf(request).organisationId,
        limit,
        ...(cursor !== undefined ? { cursor } : {}),
        ...(sectionId !== undefined ? { sectionId } : {}),
        ...(format !== undefined ? { format } : {}),
        ...(status !== undefined ? { status } : {}),
        ...(period !== undefined ? { period } : {}),
        ...(createdAfter !== undefined ? { createdAfter } : {}),
      });
      return { exports: page.items, ...pageLinks(request, reply, page.nextCursor) };
    },
  );
};
