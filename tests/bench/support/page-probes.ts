/**
 * In-page measurements for the scan benchmark. Functions here run in the page (main world),
 * so they use only DOM APIs; `source()` ships them as text with a stub for the `__name`
 * helper tsx adds to named functions (it does not exist in the page).
 */
import type { Page } from 'playwright-core';

export function source<A>(fn: (arg: A) => unknown, arg?: A): string {
  return `(() => { var __name = (f) => f; return (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
}

export function inPage<R, A>(page: Page, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return page.evaluate(source(fn, arg)) as Promise<R>;
}

/** Installed before any page script: records long animation frames with their scripts. */
export function recordLongFrames(): void {
  const w = window as unknown as { __ccLong: Array<{ duration: number; blocking: number; ext: number }> };
  w.__ccLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { blockingDuration?: number; scripts?: Array<{ sourceURL: string; duration: number }> }>) {
        const ext = (e.scripts ?? []).filter((s) => s.sourceURL.startsWith('chrome-extension://')).reduce((t, s) => t + s.duration, 0);
        w.__ccLong.push({ duration: e.duration, blocking: e.blockingDuration ?? 0, ext });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No LoAF in this browser: the benchmark reports no attribution.
  }
}

/** The floor: one bare TreeWalker pass reading every text node, timed over a batch. */
export function floorPass(passes: number): { ms: number; firstMs: number; nodes: number; chars: number } {
  let nodes = 0;
  let chars = 0;
  let firstMs = 0;
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    if (p === 1) firstMs = performance.now() - t0;
    nodes = 0;
    chars = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes++;
      chars += (n as Text).data.length;
    }
  }
  return { ms: (performance.now() - t0) / passes, firstMs, nodes, chars };
}

/** mark.js (already injected) highlighting the same aliases; resolves with its busy time. */
export function runMarkJs(aliases: string[]): Promise<{ ms: number; marks: number }> {
  const MarkCtor = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
  return new Promise((resolve) => {
    const t0 = performance.now();
    new MarkCtor(document.body).mark(aliases, {
      separateWordSearch: false,
      done: (marks: number) => resolve({ ms: performance.now() - t0, marks }),
    });
  });
}
