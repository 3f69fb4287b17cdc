import { defineConfig } from 'vitest/config';

// Unit tests: logic only, in happy-dom (no layout, no Highlight API, no IndexedDB:
// tests that need a database import fake-indexeddb/auto).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    // No unit test asserts a time: the limit only catches a hang. vitest's 5 s default fired on
    // tests that compile the real matcher or random alias sets (1–2 s alone) when a 2-core
    // machine ran at load 30+, i.e. by chance; 30 s still ends a hang quickly.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
