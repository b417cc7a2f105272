import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    // Each test file gets its own module graph, hence its own in-memory database built from the real migrations.
    env: { DATABASE_URL: ':memory:' },
    setupFiles: ['tests/setup.ts'],
    // Seeding 193 States into a fresh database per file takes seconds on a busy 2-core machine; these are limits
    // against hangs, never performance assertions.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
  },
});
