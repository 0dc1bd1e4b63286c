/**
 * Authenticated keys are kept for a few seconds so a busy integration does not cost a database
 * lookup per request. A key revoked elsewhere (another instance, straight in the database) must
 * still stop working within 5 seconds; one revoked through this process stops at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/access/create-api-key.js';
import { revokeApiKey } from '../../../src/access/revoke-api-key.js';
import { API_KEY_CACHE_MS } from '../../../src/api/plugins/auth.js';
import { bearer, setUpApi, type ApiFixture } from '../api-fixture.js';

const REVOCATION_LIMIT_MS = 5_000;

describe('API key cache on pglite', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await setUpApi('pglite');
  });
  afterAll(async () => {
    await fx.close();
  });

  const status = async (key: string) => (await fx.app.inject({ method: 'GET', url: '/v1/exports', headers: bearer(key) })).statusCode;

  it('keeps a key for less than the revocation limit', () => {
    expect(API_KEY_CACHE_MS).toBeLessThan(REVOCATION_LIMIT_MS);
  });

  it('a key revoked in the database by another process stops working within 5 s', async () => {
    const key = await createApiKey({ db: fx.db, organisation: fx.a.slug, name: 'revoked elsewhere' });
    expect(await status(key.key)).toBe(200);
    const cachedAt = Date.now();
    // Another instance revokes it: straight in the shared database, no announcement here.
    await fx.db.prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    const first = await status(key.key);
    // Served from the cache while the entry is fresh (unless this machine stalled past it).
    if (Date.now() - cachedAt < API_KEY_CACHE_MS / 2) expect(first).toBe(200);
    let answer = first;
    while (answer === 200 && Date.now() - cachedAt < REVOCATION_LIMIT_MS + 1_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await status(key.key);
    }
    expect(answer).toBe(401);
    expect(Date.now() - cachedAt).toBeLessThan(REVOCATION_LIMIT_MS);
  });

  it('a key revoked through this process stops working at once, though it was just used', async () => {
    const key = await createApiKey({ db: fx.db, organisation: fx.a.slug, name: 'revoked here' });
    expect(await status(key.key)).toBe(200);
    await revokeApiKey({ db: fx.db, idOrPrefix: key.id });
    expect(await status(key.key)).toBe(401);
  });

  it('an unknown key is never cached as valid, and a valid key keeps working', async () => {
    expect(await status(`asd_${'x'.repeat(43)}`)).toBe(401);
    expect(await status(fx.a.key)).toBe(200);
    expect(await status(fx.a.key)).toBe(200);
  });
});
