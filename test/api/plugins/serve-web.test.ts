/** The page is served beside the API without ever answering for an API path. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiPath, registerWebApp } from '../../../src/api/plugins/serve-web.js';

const INDEX = '<!doctype html><title>Assured test page</title><div id="app"></div>';

/** A stand-in for the API: its own 404 and one route under each reserved prefix. */
async function apiLike(root: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.setNotFoundHandler((request, reply) => reply.code(404).type('application/problem+json').send({ type: 'not-found', status: 404, detail: request.url }));
  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/v1/figures', async () => ({ figures: [] }));
  app.get('/docs', async () => 'docs');
  await registerWebApp(app, { root });
  await app.ready();
  return app;
}

describe('registerWebApp', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'assured-web-root-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), INDEX);
    await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    app = await apiLike(dir);
  });

  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['/', '/sign-in', '/dashboard', '/check', '/build', '/data?x=1'])('answers index.html for the page path %s, with a strict CSP and no caching', async (url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const response = await app.inject({ url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log(1)');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API its own routes and its own 404s', async () => {
    expect((await app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/v1/figures' })).json()).toEqual({ figures: [] });
    for (const url of ['/v1/nothing', '/v1', '/health/x', '/ready', '/docs/unknown', '/missing.js', '/assets/gone.css']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/problem\+json/);
    }
  });

  it('tells the operator to build the page when dist/web is missing', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'assured-web-empty-'));
    const bare = await apiLike(empty);
    try {
      const response = await bare.inject({ url: '/dashboard' });
      expect(response.statusCode).toBe(503);
      expect(response.body).toContain('npm run build:web');
      expect((await bare.inject({ url: '/health' })).statusCode).toBe(200);
      expect((await bare.inject({ url: '/v1/nothing' })).statusCode).toBe(404);
    } finally {
      await bare.close();
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('recognises API paths by whole segments', () => {
    expect(isApiPath('/v1/figures?period=2026-Q2')).toBe(true);
    expect(isApiPath('/docs')).toBe(true);
    expect(isApiPath('/v10')).toBe(false);
    expect(isApiPath('/healthy')).toBe(false);
    expect(isApiPath('/dashboard')).toBe(false);
  });
});
