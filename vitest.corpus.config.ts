import { defineConfig } from 'vitest/config';

// Robustness over the 130 real pages of ../shared/corpus: its own run because it takes
// minutes; CI runs it as part of `npm test`.
export default defineConfig({
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
