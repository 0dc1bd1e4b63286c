/**
 * OpenAPI document generated from the routes' zod schemas, served with Swagger UI at /docs
 * (the JSON at /docs/json). The document's version is the package's; query flags are documented
 * as booleans although they arrive as text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { QUERY_BOOLEAN_MARK } from '../routes/query-params.js';
import { sharedPlugin } from './shared-plugin.js';

export const DOCS_PREFIX = '/docs';

const PACKAGE = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
export const API_VERSION = PACKAGE.version;

type JsonSchemaNode = Record<string, unknown>;

/** A real request and its response for one operation, made against the fixture provider. */
export interface OperationExample {
  body?: unknown;
  query?: Record<string, string>;
  response: { status: number; contentType?: string; body: unknown };
}

/** Written by test/api/generate-openapi-examples.ts from fixtures/small. */
export const EXAMPLES_FILE = fileURLToPath(new URL('../openapi-examples.json', import.meta.url));
const EXAMPLE_SUMMARY = 'Small Test Care, the fixture provider';

function readExamples(): Record<string, OperationExample> {
  return existsSync(EXAMPLES_FILE) ? (JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')) as Record<string, OperationExample>) : {};
}

interface DocumentOperation {
  operationId?: string;
  parameters?: { in: string; name: string; example?: unknown }[];
  requestBody?: { content?: Record<string, { examples?: unknown }> };
  responses?: Record<string, { content?: Record<string, { examples?: unknown }> }>;
}

/** Puts each operation's example on its query parameters, its JSON body and its success response. */
function withExamples<Document extends object>(document: Document, examples: Record<string, OperationExample>): Document {
  const paths = (document as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations) as DocumentOperation[]) {
      const example = operation.operationId ? examples[operation.operationId] : undefined;
      if (!example) continue;
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'query' && example.query?.[parameter.name] !== undefined) parameter.example = example.query[parameter.name];
      }
      const jsonBody = operation.requestBody?.content?.['application/json'];
      if (jsonBody && example.body !== undefined) jsonBody.examples = { fixture: { summary: EXAMPLE_SUMMARY, value: example.body } };
      const content = operation.responses?.[String(example.response.status)]?.content ?? {};
      for (const [mediaType, media] of Object.entries(content)) {
        if (example.response.contentType === undefined || example.response.contentType === mediaType) media.examples = { fixture: { summary: EXAMPLE_SUMMARY, value: example.response.body } };
      }
    }
  }
  return document;
}

/**
 * zod's own JSON Schema, with two corrections: empty branches of a union are dropped (as the type
 * provider does by default), and a query flag is a boolean rather than its accepted spellings.
 */
function overrideJsonSchema(context: { zodSchema: unknown; jsonSchema: JsonSchemaNode }): void {
  const schema = context.jsonSchema;
  if (Array.isArray(schema.anyOf)) schema.anyOf = (schema.anyOf as JsonSchemaNode[]).filter((branch) => Object.keys(branch).length > 0);
  if (schema[QUERY_BOOLEAN_MARK] !== undefined) {
    const description = schema.description;
    for (const key of Object.keys(schema)) delete schema[key];
    Object.assign(schema, { type: 'boolean' }, description !== undefined ? { description } : {});
  }
}

const zodTransform = createJsonSchemaTransform({
  skipList: [DOCS_PREFIX, `${DOCS_PREFIX}/`, `${DOCS_PREFIX}/*`, `${DOCS_PREFIX}/json`, `${DOCS_PREFIX}/yaml`, `${DOCS_PREFIX}/static/*`, `${DOCS_PREFIX}/initOAuth`, `${DOCS_PREFIX}/uiConfig`],
  zodToJsonConfig: { override: overrideJsonSchema },
});

/** The header a creating POST honours, documented as a parameter (the plugin reads it, not the route schema). */
const IDEMPOTENCY_HEADERS = {
  type: 'object',
  properties: {
    'Idempotency-Key': {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      pattern: '^[\\x21-\\x7e]+$',
      description: 'Any unique string (a UUID is a good choice): a retry with the same key and request answers the first response again, for 24 hours; the same key with another request is refused (422).',
    },
  },
};

const TAGS = [
  { name: 'health', description: 'Liveness and readiness, without a key' },
  { name: 'imports', description: 'Involvement records in: CSV, XLSX and JSON files, with row-level reports' },
  { name: 'evidence', description: 'Figures, the self-score grid and services, computed from the imported records' },
  { name: 'drafts', description: 'Checking and validating a draft answer' },
  { name: 'sections', description: 'Drafted tender sections, their documents and the record of every export' },
];

export const swaggerPlugin = sharedPlugin(async (app) => {
  const examples = readExamples();
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Assured API',
        version: API_VERSION,
        description:
          'Dated, sourced, validated involvement evidence for UK social care tenders. Every /v1 endpoint needs `Authorization: Bearer KEY` ' +
          '(create one with `assured key create --org SLUG`) and sees only its own organisation. Errors are RFC 9457 problem+json.',
      },
      tags: TAGS,
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An Assured API key (asd_…)' } } },
      security: [{ apiKey: [] }],
    },
    transform: (input) => {
      const output = zodTransform(input);
      return input.route.config?.idempotent ? { ...output, schema: { ...output.schema, headers: IDEMPOTENCY_HEADERS } } : output;
    },
    transformObject: (input) => withExamples(jsonSchemaTransformObject(input), examples),
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
}, 'assured-swagger');
