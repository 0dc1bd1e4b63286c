/**
 * One app per test file: an in-memory PGlite (or, in CI, a fresh PostgreSQL database) with two
 * organisations. `small-test` holds all of fixtures/small; `other-care` holds the same services
 * and people but only five April reviews, so every figure of the two differs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApiKey } from '../../src/access/create-api-key.js';
import { createOrganisation } from '../../src/access/create-organisation.js';
import { buildApp } from '../../src/api/app.js';
import type { ApiLimitsInput } from '../../src/api/limits.js';
import type { Database, DatabaseKind } from '../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../src/data/import/import-files.js';
import { openTestDatabase } from '../support/test-database.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { ContractChecker, type OpenApiDocument } from './openapi-contract.js';

export const SMALL_DIR = path.resolve('fixtures/small');

export async function smallFiles(): Promise<ImportFileInput[]> {
  return readFixtureFiles(SMALL_DIR);
}

export interface Tenant {
  slug: string;
  id: string;
  key: string;
  keyId: string;
}

export interface ApiFixture {
  db: Database;
  app: FastifyInstance;
  a: Tenant;
  b: Tenant;
  /** Responses so far that do not match the OpenAPI document; close() fails when there are any. */
  contractViolations: string[];
  close: () => Promise<void>;
}

export function bearer(key: string): { authorization: string } {
  return { authorization: `Bearer ${key}` };
}

export async function otherCareFiles(): Promise<ImportFileInput[]> {
  const read = (name: string) => readFile(path.join(SMALL_DIR, name));
  const reviews = (await read('reviews.csv')).toString('utf8').trim().split('\n');
  const april = [reviews[0]!, ...reviews.filter((line) => /,\d\d\/04\/2026,/.test(line)).slice(0, 5)];
  return [
    { name: 'services.csv', content: await read('services.csv') },
    { name: 'people.csv', content: await read('people.csv') },
    { name: 'reviews.csv', content: Buffer.from(`${april.join('\n')}\n`) },
  ];
}

export async function setUpApi(kind: DatabaseKind, limits: ApiLimitsInput = {}): Promise<ApiFixture> {
  const db = await openTestDatabase(kind);
  const imported = await importFiles({ db, files: await smallFiles() });
  if (imported.errorCount > 0) throw new Error(`fixtures/small did not import: ${imported.files.flatMap((file) => file.errors.map((error) => error.message)).join('; ')}`);
  const keyA = await createApiKey({ db, organisation: 'small-test', name: 'tests' });
  const orgB = await createOrganisation({ db, name: 'Other Care', bidderName: 'Other Care' });
  const importedB = await importFiles({ db, files: await otherCareFiles(), organisation: orgB.slug });
  if (importedB.errorCount > 0) throw new Error('other-care files did not import');
  const keyB = await createApiKey({ db, organisation: orgB.slug, name: 'tests' });
  const orgA = await db.prisma.organisation.findUniqueOrThrow({ where: { slug: 'small-test' } });
  const app = await buildApp({ db, limits });
  await app.ready();
  const contractViolations = checkResponsesAgainstContract(app);
  return {
    db,
    app,
    a: { slug: 'small-test', id: orgA.id, key: keyA.key, keyId: keyA.id },
    b: { slug: orgB.slug, id: orgB.id, key: keyB.key, keyId: keyB.id },
    contractViolations,
    close: async () => {
      await app.close();
      await db.close();
      if (contractViolations.length > 0) throw new Error(`Responses that do not match the OpenAPI document:\n${[...new Set(contractViolations)].slice(0, 30).join('\n')}`);
    },
  };
}

/**
 * Every response the tests receive through app.inject is checked against the app's OpenAPI
 * document (status, content type, JSON body); mismatches are collected, not thrown, so the test
 * that made the request still reports its own assertions.
 */
export function checkResponsesAgainstContract(app: FastifyInstance): string[] {
  const violations: string[] = [];
  const checker = new ContractChecker(app.swagger() as unknown as OpenApiDocument);
  const inject = app.inject.bind(app) as (options: unknown) => Promise<{ statusCode: number; headers: Record<string, unknown>; body: string }>;
  (app as unknown as { inject: unknown }).inject = async (options: unknown) => {
    const response = await inject(options);
    const { method = 'GET', url = '/' } = (typeof options === 'string' ? { url: options } : options) as { method?: string; url?: string | { pathname: string } };
    const issues = checker.check({ method, url: typeof url === 'string' ? url : url.pathname, statusCode: response.statusCode, headers: response.headers, body: response.body });
    if (issues) violations.push(...issues);
    return response;
  };
  return violations;
}

/** A multipart/form-data body built by hand, so tests control every byte. */
export function multipartBody(parts: { name: string; filename?: string; content: string | Buffer; contentType?: string }[], boundary = 'assuredTestBoundary'): { payload: Buffer; headers: Record<string, string> } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.filename === undefined ? `form-data; name="${part.name}"` : `form-data; name="${part.name}"; filename="${part.filename}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.filename === undefined ? '' : `Content-Type: ${part.contentType ?? 'text/csv'}\r\n`}\r\n`));
    chunks.push(Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
