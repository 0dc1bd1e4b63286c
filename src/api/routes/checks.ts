/**
 * POST /v1/checks: the draft checker's messages for a Markdown draft. With a period, numbers are
 * also validated against the organisation's evidence pack for that period. The checking runs on a
 * worker thread within a time budget.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkReportJsonCached } from '../../check/check-draft-cached.js';
import { ZCheckReportSchema } from '../../check/check-schema.js';
import { computeFigures } from '../../evidence/compute-figures.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';
import { ZPeriodParamSchema, ZServiceListSchema } from './query-params.js';

export function checkBodySchema(maxTextCharacters: number) {
  return z.object({
    text: z.string().max(maxTextCharacters).describe('The draft, as Markdown'),
    wordLimit: z.number().int().positive().max(100_000).optional().describe('The answer box limit in words; a longer draft is flagged'),
    charLimit: z.number().int().positive().max(1_000_000).optional().describe('The answer box limit in characters; a longer draft is flagged'),
    charLimitCountsSpaces: z.boolean().optional().describe('Whether spaces count towards charLimit (default: they do)'),
    period: ZPeriodParamSchema.optional().describe('Validate numbers against the evidence pack of this period'),
    services: ZServiceListSchema.optional().describe('With period: the services whose figures back the draft (default all)'),
  });
}

export const checksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/checks',
    {
      schema: {
        tags: ['drafts'],
        operationId: 'checkDraft',
        summary: 'Check a draft: vague and tokenistic wording, structure, anchors, jargon, readability, length',
        description:
          "Runs the draft checker over a Markdown draft and answers every finding with its rule, position and what was expected. With a period, the draft's numbers are also checked against the organisation's evidence pack for it. Nothing is stored.",
        body: checkBodySchema(app.limits.maxTextCharacters),
        response: { 200: jsonResponse('The checker\'s findings and a summary of the draft', ZCheckReportSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { text, wordLimit, charLimit, charLimitCountsSpaces, period, services } = request.body;
      const pack = period ? await computeFigures({ db: app.db, period, organisation: callerOf(request).organisationSlug, ...(services !== undefined ? { services } : {}) }) : undefined;
      const task = {
        text,
        ...(pack !== undefined ? { pack } : {}),
        ...(wordLimit !== undefined ? { wordLimit } : {}),
        ...(charLimit !== undefined ? { charLimit } : {}),
        ...(charLimitCountsSpaces !== undefined ? { charLimitCountsSpaces } : {}),
      };
      const json = await checkReportJsonCached(task, (work) => app.textWork.checkJson(work));
      // Already JSON of the documented shape, validated on a worker thread once per draft: a
      // reused result costs the serving thread no copy, schema walk or serialisation.
      return reply.type('application/json; charset=utf-8').serializer((payload: string) => payload).send(json as never);
    },
  );
};
