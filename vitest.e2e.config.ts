import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (dist/) in real browsers. Files run one at a
// time: each launches its own browser, and CI has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
