// Unit and integration tests under plain Node: shared/, db/, electron handlers, CLI, exchange.
// The browser end-to-end suite has its own config (vitest.e2e.config.ts) because it builds and serves the UI.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    globalSetup: ['test/isolatedDataDir.ts'],
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
