import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests, and integration tests that get a real PostgreSQL from the
// global setup (TEST_DATABASE_URL, else a Testcontainers container, else embedded Postgres).
export default defineConfig({
  // graphql ships CommonJS (main) and ESM (module) builds; Node loads the former for the libraries,
  // so the project's own imports must get the same one, or the schema's types come from two realms.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        extends: true,
        // The first extraction test of a file loads the lexicons and gazetteers, which alone can
        // take more than the default 5 s on a loaded machine: a bound for hangs, not a speed check.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          setupFiles: ['test/integration/setup-file.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
