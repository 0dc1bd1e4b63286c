/** The web page's generated API types match the OpenAPI document the server publishes today. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { currentOpenApiDocument, renderWebApiTypes, WEB_API_SCHEMA_FILE } from './generate-web-api-types.js';

describe('src/web/api-schema.ts', () => {
  it('is what openapi-typescript makes of the current OpenAPI document (regenerate: npx tsx test/api/generate-web-api-types.ts)', async () => {
    const committed = await readFile(WEB_API_SCHEMA_FILE, 'utf8');
    const fresh = await renderWebApiTypes(await currentOpenApiDocument());
    expect(committed === fresh, 'src/web/api-schema.ts is out of date: run npx tsx test/api/generate-web-api-types.ts').toBe(true);
  });
});
