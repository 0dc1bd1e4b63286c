/**
 * POST /v1/validations: every numeric claim of a draft checked against an evidence pack, either
 * the organisation's own for a period or one sent with the request. The validating runs on a
 * worker thread within a time budget.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZValidatedClaimSchema } from '../../claims/claims-schema.js';
import { computeFigures } from '../../evidence/compute-figures.js';
import { ZEvidencePackSchema } from '../../evidence/evidence-pack-schema.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';
import { ZPeriodParamSchema, ZServiceListSchema } from './query-params.js';

export function validationBodySchema(maxTextCharacters: number) {
  return z
    .object({
      text: z.string().max(maxTextCharacters).describe('The draft, as Markdown'),
      period: ZPeriodParamSchema.optional().describe("Validate against the organisation's evidence pack for this period"),
      services: ZServiceListSchema.optional().describe('With period: the services whose figures back the draft (default all)'),
      pack: ZEvidencePackSchema.optional().describe('Or validate against this evidence pack (output of GET /v1/figures)'),
    })
    .refine((body) => (body.period === undefined) !== (body.pack === undefined), {
      message: 'Give either period or pack, not both and not neither',
      path: ['period'],
    });
}

export const ZValidationResultSchema = z.object({
  claims: z.array(ZValidatedClaimSchema).describe('Every numeric or practice claim of the draft, in order, with what backs it or what is wrong'),
  ok: z.boolean().describe('false when any claim is a mismatch or unsupported'),
});

export const validationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/validations',
    {
      schema: {
        tags: ['drafts'],
        operationId: 'validateDraft',
        summary: 'Validate the numbers of a draft against an evidence pack',
        description:
          "Finds every number and practice statement in a Markdown draft and checks each against the organisation's evidence pack for a period, or against a pack sent with the request. Nothing is stored.",
        body: validationBodySchema(app.limits.maxTextCharacters),
        response: { 200: jsonResponse('Every claim with its status, and whether all are backed', ZValidationResultSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { text, period, services, pack } = request.body;
      const evidence = pack ?? (await computeFigures({ db: app.db, period: period!, organisation: callerOf(request).organisationSlug, ...(services !== undefined ? { services } : {}) }));
      const json = await app.textWork.validateJson({ text, pack: evidence });
      // Already JSON of the documented shape, serialised off the serving thread.
      return reply.type('application/json; charset=utf-8').serializer((payload: string) => payload).send(json as never);
    },
  );
};
