/**
 * Loads the card chunk (card.js, a web-accessible ES module) once. Kept out of content.js so
 * Preact, floating-ui, hover detection and the styles cost nothing on pages with no mention.
 */
import browser from 'webextension-polyfill';
import type { CardChunk } from './api';

let chunk: Promise<CardChunk> | undefined;

export function loadCardChunk(): Promise<CardChunk> {
  if (!chunk) {
    chunk = import(browser.runtime.getURL('card.js')) as Promise<CardChunk>;
    chunk.catch(() => (chunk = undefined));
  }
  return chunk;
}

/** Runs `fn` when the page is idle (within 1 s at most), unless the signal aborts first. */
export function whenIdle(signal: AbortSignal, fn: () => void): void {
  const run = () => signal.aborted || fn();
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    signal.addEventListener('abort', () => cancelIdleCallback(id), { once: true });
  } else {
    const id = setTimeout(run, 200);
    signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }
}
