/**
 * The moment content.js starts running its modules. index.ts imports this first, so the
 * clock starts before the other modules (webextension-polyfill's set-up included) run.
 */
export const scriptStart = performance.now();
