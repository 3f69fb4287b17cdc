/**
 * BENCH ONLY, never in a shipped build: answers db/patterns with the synthetic 100,000-alias
 * automaton. Imported before the real background so its listener answers first; every
 * other message falls through to the real handlers.
 */
import browser from 'webextension-polyfill';
import { synthesizePatterns } from '../../../src/shared/matcher/index';

const synthetic = synthesizePatterns(100_000);
browser.runtime.onMessage.addListener((message: unknown) =>
  (message as { type?: unknown } | null)?.type === 'db/patterns' ? Promise.resolve(synthetic) : undefined,
);
