/** GET /v1/services: the caller's services, so a page can offer them without computing figures. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZServiceSummarySchema } from '../../access/access-schema.js';
import { listServices } from '../../access/list-services.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';

export const servicesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/services',
    {
      schema: {
        tags: ['evidence'],
        operationId: 'listServices',
        summary: "The organisation's services (reference, name, locality)",
        description: 'Lists the services of the organisation as imported, so a client can offer them as filters without computing any figures.',
        response: { 200: jsonResponse('The services', z.object({ services: z.array(ZServiceSummarySchema).describe('Every service of the organisation, by reference') })), ...problemResponses },
      },
    },
    async (request) => ({ services: await listServices({ db: app.db, organisationSlug: callerOf(request).organisationSlug }) }),
  );
};
