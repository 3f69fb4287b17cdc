/**
 * The moment content-main.js (index.ts) starts evaluating its modules: index.ts imports this
 * first, so the clock starts before its other modules run.
 */
export const scriptStart = performance.now();
