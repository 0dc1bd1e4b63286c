/** GET /v1/score: the 0–2 self-score grid of the caller's organisation for a period. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scoreSelfAssessment, ZScoreGridSchema } from '../../evidence/score-self-assessment.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';
import { ZPeriodParamSchema, ZServicesParamSchema } from './query-params.js';

export const ZScoreQuerySchema = z.object({ period: ZPeriodParamSchema, service: ZServicesParamSchema });

export const scoreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/score',
    {
      schema: {
        tags: ['evidence'],
        operationId: 'getScore',
        summary: 'The self-score grid (ten dimensions, 0–2, target 17 of 20)',
        description: 'Scores the organisation on ten dimensions of involvement for a period, from its records where they decide and from its self-assessment where they cannot, with the next step for each dimension below full marks.',
        querystring: ZScoreQuerySchema,
        response: { 200: jsonResponse('The self-score grid for the period', ZScoreGridSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { period, service } = request.query;
      return scoreSelfAssessment({ db: app.db, period, organisation: callerOf(request).organisationSlug, ...(service !== undefined ? { services: service } : {}) });
    },
  );
};
