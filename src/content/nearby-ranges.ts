/**
 * Which marked ranges lie near the viewport, for a page with many marks. While a custom
 * highlight holds ranges, Chromium repaints every one of them at each DOM change of the page:
 * on a page that never stops changing (a live feed appending a paragraph every 10 ms, 20 s,
 * ~400 marks by the end) Paint + PrePaint took 1.2–1.5 s of every 10 s with all the marks
 * registered, and the page appended 2.4 % fewer paragraphs than without the extension; with
 * only the first ten registered, 0.6 % fewer (`npx tsx tests/bench/run.ts storm`, same run).
 * So past a number of marks only those within a viewport's height of the screen are
 * registered, and scrolling brings the others in.
 *
 * An IntersectionObserver on the element holding each range (its text node's parent) says
 * when it comes near or goes: no layout is read by us, and the browser computes it with the
 * frame it renders anyway.
 */
import { elementOf } from './element-of';

/** The margin around the viewport inside which ranges are registered: a screen above and below. */
const NEAR = '100% 0px 100% 0px';

export interface NearbyRanges {
  /** Follows `range`: `show` gets it once its element is near (at once if it already is). */
  track(range: Range): void;
  /** Stops following `range` (it was removed; the caller unregisters it). */
  untrack(range: Range): void;
}

/** `show`/`hide` register and unregister ranges as their elements come near the viewport and go. */
export function watchNearbyRanges(show: (range: Range) => void, hide: (range: Range) => void, signal: AbortSignal): NearbyRanges {
  const ranges = new Map<Element, Set<Range>>();
  // Each range's element as it was when tracked: a live range moves when the page removes its text.
  const holders = new Map<Range, Element>();
  const near = new WeakMap<Element, boolean>();
  const observer = new IntersectionObserver(
    (entries) => {
      if (signal.aborted) return;
      for (const { target, isIntersecting } of entries) {
        if (near.get(target) === isIntersecting) continue;
        near.set(target, isIntersecting);
        for (const range of ranges.get(target) ?? []) (isIntersecting ? show : hide)(range);
      }
    },
    { rootMargin: NEAR },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    track(range) {
      const el = elementOf(range.startContainer);
      // No element to watch (a range in a bare document fragment): always painted.
      if (!el) return show(range);
      let set = ranges.get(el);
      if (!set) {
        ranges.set(el, (set = new Set()));
        observer.observe(el);
      }
      set.add(range);
      holders.set(range, el);
      // Already known: follow its state now. Unknown: the observer's first report decides.
      const state = near.get(el);
      if (state === true) show(range);
      else if (state === false) hide(range);
    },
    untrack(range) {
      const el = holders.get(range);
      const set = el && ranges.get(el);
      if (!el || !set) return;
      holders.delete(range);
      set.delete(range);
      if (set.size === 0) {
        ranges.delete(el);
        near.delete(el);
        observer.unobserve(el);
      }
    },
  };
}
