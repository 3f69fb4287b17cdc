/**
 * Loads the card chunk (card.js, a web-accessible ES module) once. Kept out of content.js so
 * Preact, floating-ui and the styles cost nothing on pages where nobody hovers a mention.
 */
import browser from 'webextension-polyfill';
import type { CardChunk } from './api';

let chunk: Promise<CardChunk> | undefined;

export function loadCardChunk(): Promise<CardChunk> {
  if (!chunk) {
    const url = browser.runtime.getURL('card.js');
    chunk = import(url) as Promise<CardChunk>;
    // A failed load (extension reloaded, page CSP quirk) may succeed on the next hover.
    chunk.catch(() => {
      chunk = undefined;
    });
  }
  return chunk;
}

/** Warms the chunk when the page is idle, so the first hover does not wait for it. */
export function preloadWhenIdle(signal: AbortSignal): void {
  const run = () => {
    if (!signal.aborted) loadCardChunk().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    signal.addEventListener('abort', () => cancelIdleCallback(id), { once: true });
  } else {
    const id = setTimeout(run, 500);
    signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }
}
