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

/**
 * The least any content script must do on its first pass over a page, timed once, cold:
 * walk every text node reading its text and its parent's tag (where the text belongs:
 * skipped, which block), then look at every element for an open shadow root. Run in a
 * fresh isolated world (as a content script is), where no node has a JS wrapper yet;
 * `document.body` is read before the clock starts (a world's first DOM access sets it up).
 */
export function minimalColdWalk(): { ms: number; nodes: number; chars: number; hosts: number } {
  const body = document.body;
  const t0 = performance.now();
  let nodes = 0;
  let chars = 0;
  let scripts = 0;
  let hosts = 0;
  let last: Node | null = null;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    chars += (n as Text).data.length;
    const parent = n.parentNode;
    if (parent !== last) {
      last = parent;
      if ((parent as Element).localName === 'script') scripts++;
    }
  }
  const all = body.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.shadowRoot) hosts++;
  return { ms: performance.now() - t0, nodes: nodes - scripts, chars, hosts };
}

/**
 * A bare matcher's first pass, timed once, cold (as minimalColdWalk): the least first pass
 * plus every visible text node's text tested against all the aliases by one native RegExp
 * (escaped, case-insensitive) — finding names and nothing else: no folding, no boundaries,
 * no blocks joined across inline elements, no skipped editors or hidden text, no slicing.
 * What the ratio would be for a matcher that skips everything our scan decides.
 */
export function bareMatcherColdWalk(aliases: string[]): { ms: number; nodes: number; hits: number; hosts: number } {
  const body = document.body;
  const rx = new RegExp(aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  const t0 = performance.now();
  let nodes = 0;
  let hits = 0;
  let last: Node | null = null;
  let skipped = false;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    const data = (n as Text).data;
    const parent = n.parentNode;
    if (parent !== last) {
      last = parent;
      const tag = (parent as Element).localName;
      skipped = tag === 'script' || tag === 'style';
    }
    if (!skipped && rx.test(data)) hits++;
  }
  let hosts = 0;
  const all = body.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.shadowRoot) hosts++;
  return { ms: performance.now() - t0, nodes, hits, hosts };
}

/** Runs `fn` in a new isolated world of the page's main frame (over CDP), as a content script would. */
export async function inIsolatedWorld<R, A>(page: Page, fn: (arg: A) => R, arg?: A): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `bench-${Date.now()}` });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: source(fn, arg), contextId: executionContextId, returnByValue: true });
    if (exceptionDetails) throw new Error(`isolated-world probe failed: ${exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await cdp.detach();
  }
}

/** What the page's own heartbeat saw (see pageHeartbeat). */
export interface Beat {
  ticks: number;
  /** Every wait of the 5 ms timer beyond its interval that was ≥ 50 ms: [page time it ended, ms]. */
  waits: Array<[number, number]>;
  /** Long animation frames (≥ 50 ms): [start, duration, style and layout ms]. */
  frames: Array<[number, number, number]>;
}

/**
 * The page's side of the bench, as a page's own script: a 5 ms heartbeat (setInterval) that
 * records every time it had to wait ≥ 50 ms more than asked, and the long animation frames
 * with their style-and-layout part (LoAF's styleAndLayoutStart to the frame's end). It runs
 * in the page's main world, not the extension's, so it sees what the page's own work sees.
 */
export function pageHeartbeat(): void {
  const w = window as unknown as { __ccBeat: Beat };
  const beat: Beat = { ticks: 0, waits: [], frames: [] };
  w.__ccBeat = beat;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const late = now - last - 5;
    last = now;
    beat.ticks++;
    if (late >= 50) beat.waits.push([now, late]);
  }, 5);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { styleAndLayoutStart?: number }>) {
        const style = e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0;
        beat.frames.push([e.startTime, e.duration, style]);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No LoAF in this browser: frames stay empty.
  }
}

/** The heartbeat as an inline <script> for a page the bench serves itself. */
export const HEARTBEAT_TAG = `<script>${source(pageHeartbeat)}</script>`;

/** The page's heartbeat record between two page times (from ≤ t < to). */
export function beatBetween(range: [number, number]): { waits: number; longestWait: number; longFrames: number; longestStyle: number; ticks: number } {
  const [from, to] = range;
  const beat = (window as unknown as { __ccBeat?: Beat }).__ccBeat;
  // A page that replaced its own window state (document.open) lost the heartbeat: counted as none, ticks -1.
  if (!beat) return { waits: 0, longestWait: 0, longFrames: 0, longestStyle: 0, ticks: -1 };
  const waits = beat.waits.filter(([t]) => t >= from && t < to).map(([, ms]) => ms);
  const frames = beat.frames.filter(([t]) => t >= from && t < to);
  return {
    waits: waits.length,
    longestWait: Math.max(0, ...waits),
    longFrames: frames.length,
    longestStyle: Math.max(0, ...frames.map(([, , s]) => s)),
    ticks: beat.ticks,
  };
}

/**
 * Installed before any page script, in the page's main world, on pages loaded with `?cc-sheet`:
 * adopts a sheet of the given rules at document_start, as our early-sheet script does, so the
 * bench can have the page remove that same sheet itself (removeEarlySheet).
 */
export function adoptEarlySheetInPage(css: string): void {
  if (!location.search.includes('cc-sheet')) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  (window as unknown as { __ccSheet: CSSStyleSheet }).__ccSheet = sheet;
}

/** The page removes the sheet adoptEarlySheetInPage gave it, as switching a site off removes ours; the removal's own ms. */
export function removeEarlySheet(): number {
  const sheet = (window as unknown as { __ccSheet?: CSSStyleSheet }).__ccSheet;
  const t = performance.now();
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  return performance.now() - t;
}
