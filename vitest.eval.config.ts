import { defineConfig } from 'vitest/config';

// `npm run eval`: the labelled precision/recall set (tests/eval), in happy-dom like the unit tests.
export default defineConfig({
  test: {
    include: ['tests/eval/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    // The DOM cases run a real scan each: generous under a loaded machine, never a speed check.
    testTimeout: 120_000,
  },
});
