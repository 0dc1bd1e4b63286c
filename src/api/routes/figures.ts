/** GET /v1/figures: the evidence pack of the caller's organisation for a period. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { computeFigures } from '../../evidence/compute-figures.js';
import { ZFiguresResultSchema } from '../../evidence/figures-schema.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';
import { ZPeriodParamSchema, ZServicesParamSchema } from './query-params.js';

export const ZFiguresQuerySchema = z.object({
  period: ZPeriodParamSchema,
  service: ZServicesParamSchema,
  cases: z.coerce.number().int().min(0).max(20).optional().describe('Up to this many consented, verified case examples'),
});

export const figuresRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/figures',
    {
      schema: {
        tags: ['evidence'],
        operationId: 'getFigures',
        summary: 'The evidence pack: dated, sourced figures with place anchors',
        description:
          "Computes the organisation's figures for a period from its imported records: every figure with its value, the previous period's, the standard it is held to and the files it came from. Optionally for some services only, and with verified case examples.",
        querystring: ZFiguresQuerySchema,
        response: { 200: jsonResponse('The evidence pack for the period', ZFiguresResultSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { period, service, cases } = request.query;
      return computeFigures({
        db: app.db,
        period,
        organisation: callerOf(request).organisationSlug,
        ...(service !== undefined ? { services: service } : {}),
        ...(cases !== undefined ? { cases } : {}),
      });
    },
  );
};
