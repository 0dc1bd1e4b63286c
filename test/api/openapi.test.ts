/**
 * The published contract: GET /docs/json is a valid OpenAPI 3.1 document in which every operation
 * is named, summarised and described, every property described, every error a problem+json with
 * its types, and every example real and valid. Then a property-based pass sends schema-valid and
 * schema-breaking requests to every operation: no 5xx, and only documented statuses and shapes.
 */
import { readFileSync } from 'node:fs';
import { compileErrors, validate } from '@readme/openapi-parser';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPE_BASE, PROBLEMS, type ProblemSlug } from '../../src/api/problems.js';
import { bearer, setUpApi, type ApiFixture } from './api-fixture.js';
import { ContractChecker, HTTP_METHODS, type OpenApiDocument, type Operation } from './openapi-contract.js';

const PACKAGE_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

function operationsOf(document: OpenApiDocument): { path: string; method: string; operation: Operation }[] {
  return Object.entries(document.paths).flatMap(([path, item]) => HTTP_METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method]! })));
}

/** Every property of every schema in the document, with where it sits and whether it is described. */
function undescribedProperties(node: unknown, where: string, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child, index) => undescribedProperties(child, `${where}/${index}`, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      // Example values are data, not schemas.
      if (key === 'examples' || key === 'example') continue;
      if (key === 'properties' && child !== null && typeof child === 'object') {
        for (const [name, property] of Object.entries(child)) {
          if (typeof (property as { description?: unknown }).description !== 'string') found.push(`${where}.${name}`);
          undescribedProperties(property, `${where}.${name}`, found);
        }
      } else undescribedProperties(child, `${where}/${key}`, found);
    }
  }
  return found;
}

describe('the OpenAPI document (pglite)', () => {
  let fx: ApiFixture;
  let document: OpenApiDocument;
  let checker: ContractChecker;
  let sectionId: string;

  beforeAll(async () => {
    fx = await setUpApi('pglite', { rateLimitMax: 1_000_000, maxTextCharacters: 5_000 });
    document = (await fx.app.inject({ method: 'GET', url: '/docs/json' })).json();
    checker = new ContractChecker(document);
    const created = await fx.app.inject({ method: 'POST', url: '/v1/sections', headers: bearer(fx.a.key), payload: { question: 'How do you involve families in reviews?', period: '2026-Q2' } });
    sectionId = created.json().id;
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('validates as OpenAPI 3.1 and carries the package version', async () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.version).toBe(PACKAGE_VERSION);
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('names, summarises and describes every operation, with unique operation ids', () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(10);
    const missing = operations.filter(({ operation }) => !operation.operationId || !operation.summary || !operation.description).map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) expect(response.description, `${operation.operationId} ${status}`).not.toBe('Default Response');
    }
  });

  it('describes every property and every parameter', () => {
    expect(undescribedProperties(document.paths, '')).toEqual([]);
    const parameters = operationsOf(document).flatMap(({ operation }) => (operation.parameters ?? []).filter((parameter) => !parameter.description).map((parameter) => `${operation.operationId} ${parameter.name}`));
    expect(parameters).toEqual([]);
  });

  it('documents every error status as application/problem+json with the problem types it can carry', () => {
    for (const { path, operation } of operationsOf(document)) {
      const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      if (path.startsWith('/v1/')) expect(Object.keys(operation.responses), `${operation.operationId} needs a key`).toContain('401');
      for (const [status, response] of errors) {
        expect(Object.keys(response.content ?? {}), `${operation.operationId} ${status}`).toEqual(['application/problem+json']);
        const schema = response.content!['application/problem+json']!.schema as { properties: { type: { enum: string[] } } };
        expect(schema.properties.type.enum.length).toBeGreaterThan(0);
        for (const type of schema.properties.type.enum) {
          expect(type.startsWith(PROBLEM_TYPE_BASE)).toBe(true);
          expect(PROBLEMS[type.slice(PROBLEM_TYPE_BASE.length) as ProblemSlug].status).toBe(Number(status));
        }
      }
    }
  });

  it('types query flags as booleans and counts as integers', () => {
    const parameter = (operationId: string, name: string) =>
      operationsOf(document).find(({ operation }) => operation.operationId === operationId)!.operation.parameters!.find((candidate) => candidate.name === name)!.schema;
    expect(parameter('createImport', 'dryRun')).toMatchObject({ type: 'boolean' });
    expect(parameter('createImport', 'skipInvalid')).toMatchObject({ type: 'boolean' });
    expect(parameter('getFigures', 'cases')).toMatchObject({ type: 'integer' });
    expect(parameter('listExports', 'limit')).toMatchObject({ type: 'integer' });
  });

  it('gives every operation real examples (from the fixture provider) that match its schemas', () => {
    const withoutExample: string[] = [];
    for (const { operation } of operationsOf(document)) {
      const success = Object.entries(operation.responses).filter(([status]) => Number(status) < 300);
      const examples = success.flatMap(([status, response]) =>
        Object.entries(response.content ?? {}).flatMap(([media, content]) => Object.values(content.examples ?? {}).map((example) => ({ status, media, schema: content.schema!, value: example.value }))),
      );
      // A Word document has no example to show in the document; its request still needs one.
      const onlyBinary = success.every(([, response]) => Object.keys(response.content ?? {}).every((media) => media.includes('openxmlformats')));
      if (examples.length === 0 && !onlyBinary) withoutExample.push(String(operation.operationId));
      const jsonRequest = operation.requestBody?.content['application/json'];
      if (jsonRequest && Object.keys(jsonRequest.examples ?? {}).length === 0) withoutExample.push(`${operation.operationId} (request)`);
      for (const example of examples) {
        const validateExample = checker.validator(example.schema);
        expect(validateExample(example.value), `${operation.operationId} ${example.status} ${JSON.stringify(validateExample.errors?.slice(0, 3))}`).toBe(true);
      }
      for (const content of Object.values(operation.requestBody?.content ?? {})) {
        for (const example of Object.values(content.examples ?? {})) {
          const validateExample = checker.validator(content.schema!);
          expect(validateExample(example.value), `${operation.operationId} request ${JSON.stringify(validateExample.errors?.slice(0, 3))}`).toBe(true);
        }
      }
    }
    expect(withoutExample).toEqual([]);
  });

  it('answers valid and broken requests to every operation with documented statuses and shapes only, never a 5xx', async () => {
    const operations = operationsOf(document);
    const failures: string[] = [];
    const started = Date.now();
    for (const { path, method, operation } of operations) {
      const queryParameters = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
      const jsonBody = operation.requestBody?.content['application/json'];
      const bodyExample = Object.values(jsonBody?.examples ?? {})[0]?.value as Record<string, unknown> | undefined;
      const queryExample = Object.fromEntries(queryParameters.filter((parameter) => parameter.required || (parameter as { example?: unknown }).example !== undefined).map((parameter) => [parameter.name, String((parameter as { example?: unknown }).example ?? '')]));
      const anyText = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '0', '-1', '1e999', 'true', '2026-Q2', '../..', '%00'));
      const request = fc.record({
        query: fc.oneof(
          fc.constant(queryExample),
          queryParameters.length === 0 ? fc.constant(queryExample) : fc.tuple(fc.constantFrom(...queryParameters.map((parameter) => parameter.name)), anyText).map(([name, value]) => ({ ...queryExample, [name]: value })),
        ),
        body: bodyExample === undefined
          ? fc.constant(undefined)
          : fc.oneof(
              fc.constant(bodyExample as unknown),
              fc.tuple(fc.constantFrom(...Object.keys(bodyExample)), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => ({ ...bodyExample, [key]: value })),
              fc.constantFrom(...Object.keys(bodyExample)).map((key) => Object.fromEntries(Object.entries(bodyExample).filter(([name]) => name !== key))),
              fc.jsonValue({ maxDepth: 2 }),
            ),
        id: fc.oneof(fc.constant(sectionId), fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent)),
      });
      const heavy = operation.operationId === 'createSection' || operation.operationId === 'getFigures' || operation.operationId === 'getScore';
      await fc.assert(
        fc.asyncProperty(request, async ({ query, body, id }) => {
          const url = `${path.replace('{id}', id)}?${new URLSearchParams(query).toString()}`;
          const response = await fx.app.inject({ method: method.toUpperCase() as 'GET', url, headers: bearer(fx.a.key), ...(body !== undefined ? { payload: body as object } : {}) });
          if (response.statusCode >= 500) failures.push(`${method.toUpperCase()} ${url} → ${response.statusCode} ${response.body.slice(0, 200)}`);
          failures.push(...(checker.check({ method, url, statusCode: response.statusCode, headers: response.headers, body: response.body }) ?? [`${method} ${url}: no documented operation`]));
        }),
        { numRuns: heavy ? 4 : 10, seed: 20, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
    // Kept small: the whole pass stays well inside the suite's budget.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
