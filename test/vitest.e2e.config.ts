// End-to-end tests: Debian Chromium driven by playwright-core against the HTTP harness (test/harness).
// Run after `npm run build:web`; one file at a time because each starts its own harness and browser.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    globalSetup: ['test/isolatedDataDir.ts'],
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
