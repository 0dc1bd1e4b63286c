import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    // PGlite start-up and PostgreSQL round trips are slow on 2 cores; tests are not timed.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
