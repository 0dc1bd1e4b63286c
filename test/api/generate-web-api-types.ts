/**
 * The web page's API types, generated from the OpenAPI document with openapi-typescript and
 * committed as src/web/api-schema.ts, so the page and the API cannot drift:
 * test/api/web-api-types.test.ts fails when the committed file differs from a fresh rendering.
 * Run: npx tsx test/api/generate-web-api-types.ts
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../../src/api/app.js';
import { openDatabase } from '../../src/data/database.js';

export const WEB_API_SCHEMA_FILE = fileURLToPath(new URL('../../src/web/api-schema.ts', import.meta.url));

const HEADER = '// Generated from the OpenAPI document (GET /docs/json) by test/api/generate-web-api-types.ts: do not edit.\n// Regenerate with: npx tsx test/api/generate-web-api-types.ts\n\n';

/** The API's OpenAPI document, as the server publishes it (no database is touched). */
export async function currentOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = await openDatabase({ dataDir: 'memory://' });
  const app = await buildApp({ db });
  try {
    await app.ready();
    return (await app.inject({ method: 'GET', url: '/docs/json' })).json();
  } finally {
    await app.close();
    await db.close();
  }
}

type Json = Record<string, unknown>;
const SHARED_SCHEMA_MIN_CHARACTERS = 400;

/**
 * The document inlines every schema where it is used; schemas used more than once (the problem
 * details, the evidence pack, the section) become named components so their types are written once.
 */
function withSharedSchemas(document: Json): Json {
  const uses = new Map<string, { count: number; name: string }>();
  const names = new Set<string>();
  const nameFor = (hint: string) => {
    const base = (hint.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase()).replace(/^./, (first) => first.toUpperCase()) || 'Schema').slice(0, 40);
    let name = base;
    for (let index = 2; names.has(name); index += 1) name = `${base}${index}`;
    names.add(name);
    return name;
  };
  const count = (node: unknown, hint: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => count(child, hint));
    if (node === null || typeof node !== 'object') return;
    const object = node as Json;
    if (object.type === 'object') {
      const text = JSON.stringify(object);
      if (text.length >= SHARED_SCHEMA_MIN_CHARACTERS) {
        const seen = uses.get(text);
        if (seen) seen.count += 1;
        else uses.set(text, { count: 1, name: nameFor(hint) });
      }
    }
    for (const [key, child] of Object.entries(object)) count(child, key === 'properties' || key === 'items' || key === 'schema' ? hint : key);
  };
  count(document.paths, 'schema');
  const shared = new Map([...uses].filter(([, use]) => use.count > 1));
  const components: Json = {};
  const replace = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(replace);
    if (node === null || typeof node !== 'object') return node;
    const use = (node as Json).type === 'object' ? shared.get(JSON.stringify(node)) : undefined;
    const copy = Object.fromEntries(Object.entries(node as Json).map(([key, child]) => [key, replace(child)]));
    if (!use) return copy;
    components[use.name] = copy;
    return { $ref: `#/components/schemas/${use.name}` };
  };
  const paths = replace(document.paths);
  return { ...document, paths, components: { ...(document.components as Json | undefined), schemas: components } };
}

export async function renderWebApiTypes(document: Record<string, unknown>): Promise<string> {
  // Examples are documentation, not types; leaving them out keeps the generated file small.
  const withoutExamples = JSON.parse(JSON.stringify(document, (key, value) => (key === 'examples' || key === 'example' ? undefined : value))) as Json;
  const ast = await openapiTS(withSharedSchemas(withoutExamples) as never, { alphabetize: true });
  return `${HEADER}${astToString(ast)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(WEB_API_SCHEMA_FILE, await renderWebApiTypes(await currentOpenApiDocument()));
  console.log(`Wrote ${WEB_API_SCHEMA_FILE}`);
}
