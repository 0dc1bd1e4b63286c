/**
 * Builds the bid writers' page: `vite build --config src/web/vite.config.ts` writes dist/web,
 * which src/api/plugins/serve-web.ts serves. Preact's JSX goes through Oxc's automatic runtime, so no
 * framework plugin is needed; everything is bundled (no CDN, no outside fonts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Chart.js is the largest part; a warning above this means a controller crept in unused.
    chunkSizeWarningLimit: 250,
  },
  server: {
    // `vite --config src/web/vite.config.ts` during development, with `assured serve` on 3000.
    proxy: { '/v1': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' },
  },
});
