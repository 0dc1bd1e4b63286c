/**
 * Serves the built web page (dist/web) from the API's own origin, so the page and the API share
 * one address and one set of keys. Hashed assets are cached for a year; index.html is answered
 * for `/` and every other page path (the page routes on the client), but never for the API's
 * own paths or for missing files, which keep the API's problem+json 404.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** Paths that belong to the API: the page never answers for them. */
export const API_PATH_PREFIXES = ['/v1', '/health', '/ready', '/docs'] as const;

// The page loads only its own scripts, styles and data; inline style attributes set through the
// DOM (Chart.js sizing the canvas) are CSSOM writes, which style-src 'self' allows.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Assured: web page not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1b;">
<h1>The web page has not been built yet</h1>
<p>The API is running, but the page's files are missing. Build them with:</p>
<pre style="background: #f3f3f3; padding: 0.75rem;">npm run build:web</pre>
<p>then reload this page. The API itself is described at <a href="/docs">/docs</a>.</p>
</body>
</html>
`;

export function isApiPath(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return API_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** A last segment with a dot (`/favicon.ico`, `/assets/x.js`) names a file, not a page. */
function looksLikeFile(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return path.posix.basename(pathname).includes('.');
}

function pageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer');
}

export interface WebAppOptions {
  /** Folder of the built page; default dist/web beside src. */
  root?: string;
}

export async function registerWebApp(app: FastifyInstance, options: WebAppOptions = {}): Promise<void> {
  const root = path.resolve(options.root ?? DEFAULT_WEB_ROOT);
  const built = existsSync(path.join(root, 'index.html'));

  await app.register(async (web) => {
    const routeOptions = { schema: { hide: true } };
    if (built) {
      await web.register(fastifyStatic, {
        root,
        prefix: '/',
        // One route per built file, read at start-up: no catch-all that could shadow the API.
        wildcard: false,
        index: false,
        // Hashed names under assets/ never change content; anything else is revalidated.
        cacheControl: false,
        setHeaders(reply, filePath) {
          reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
          reply.header('x-content-type-options', 'nosniff');
        },
      });
    }

    const sendPage = (request: FastifyRequest, reply: FastifyReply) => {
      if (isApiPath(request.url) || looksLikeFile(request.url)) return reply.callNotFound();
      if (!built) return pageHeaders(reply).code(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
      return pageHeaders(reply).sendFile('index.html', root);
    };
    web.get('/', routeOptions, sendPage);
    web.get('/*', routeOptions, sendPage);
  });
}
