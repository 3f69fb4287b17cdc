/**
 * The moment a content bundle starts running its modules. Every bundle imports this first:
 * in content-frame.js (entry.ts) it is the entry's start, in content-main.js (index.ts) the
 * start of the rest's module evaluation, in content.js (top.ts) the top frame's start, so each
 * clock starts before its other modules run.
 */
export const scriptStart = performance.now();
