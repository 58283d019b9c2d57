import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One copy of graphql: Vite would give workspace sources the ESM build while Node-loaded
// Apollo packages get the CommonJS one, and `instanceof GraphQLError` would fail between them.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: ['packages/*/src/**/*.spec.ts', 'subgraphs/*/src/**/*.spec.ts', 'subgraphs/*/test/**/*.integration-test.ts', 'subgraphs/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['test/kit/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    env: { LOG_LEVEL: 'silent' },
  },
});
