import { defineConfig } from 'vitest/config';

// Unit tests: logic only, in happy-dom (no layout, no Highlight API, no IndexedDB:
// tests that need a database import fake-indexeddb/auto).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
