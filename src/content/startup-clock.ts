/**
 * The moment a content bundle starts running its modules. Both bundles import this first:
 * in content.js (entry.ts) it is the entry's start, in content-main.js (index.ts) the start
 * of the rest's module evaluation, so each clock starts before its other modules run.
 */
export const scriptStart = performance.now();
