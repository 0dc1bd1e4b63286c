/** GET /v1/services: the caller's services, so a page can offer them without computing figures. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZServiceSummarySchema } from '../../access/access-schema.js';
import { listServices } from '../../access/list-services.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';

export const servicesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/services',
    { schema: { tags: ['evidence'], summary: "The organisation's services (reference, name, locality)", response: { 200: z.object({ services: z.array(ZServiceSummarySchema) }), ...problemResponses } } },
    async (request) => ({ services: await listServices({ db: app.db, organisationSlug: callerOf(request).organisationSlug }) }),
  );
};
