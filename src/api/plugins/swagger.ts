/**
 * OpenAPI document generated from the routes' zod schemas, served with Swagger UI at /docs
 * (the JSON at /docs/json).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { sharedPlugin } from './shared-plugin.js';

export const DOCS_PREFIX = '/docs';

export const swaggerPlugin = sharedPlugin(async (app) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Assured API',
        version: '1.0.0',
        description:
          'Dated, sourced, validated involvement evidence for UK social care tenders. Every /v1 endpoint needs `Authorization: Bearer KEY` ' +
          '(create one with `assured key create --org SLUG`) and sees only its own organisation. Errors are RFC 9457 problem+json.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An Assured API key (asd_…)' } } },
      security: [{ apiKey: [] }],
    },
    transform: createJsonSchemaTransform({ skipList: [DOCS_PREFIX, `${DOCS_PREFIX}/`, `${DOCS_PREFIX}/*`, `${DOCS_PREFIX}/json`, `${DOCS_PREFIX}/yaml`, `${DOCS_PREFIX}/static/*`, `${DOCS_PREFIX}/initOAuth`, `${DOCS_PREFIX}/uiConfig`] }),
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
}, 'assured-swagger');
