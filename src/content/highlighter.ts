/**
 * Marks ranges with the CSS Custom Highlight API: nothing in the page's DOM changes, the
 * browser paints the underline. Where the API is missing the wrapping fallback takes over.
 * (The hovered mention's second highlight, company-context-active, is the hover code's; its
 * style lives in our one stylesheet and we clear it on switch-off.)
 */
import { ACTIVE_HIGHLIGHT, MENTION_HIGHLIGHT, hasEarlySheet, injectStyle } from './highlight-style';
import { createFallbackMarker } from './fallback-marker';
import { watchNearbyRanges, type NearbyRanges } from './nearby-ranges';

/** Past this many marks only those near the viewport are registered (nearby-ranges.ts); below it all are, and nothing is watched. */
const MANY_MARKS = 64;

export interface Marker {
  add(range: Range): void;
  remove(range: Range): void;
  /**
   * Paints what add() gathered since the last flush. The scanner calls it once a region is
   * done: every change to a registered highlight costs the page a style pass over the marked
   * text in its next frame, so ranges go in together rather than one frame at a time.
   * Resolves after the page's next frame when this flush adopted our stylesheet (see below).
   */
  flush(): Promise<void> | void;
  /**
   * Puts our highlight and stylesheet back if the page took them away (CSS.highlights.clear(),
   * a replaced registry entry, adoptedStyleSheets reset); true when everything was in place.
   */
  ensure(): boolean;
  /** True when marking changes the DOM (fallback): the observer must ignore those mutations. */
  readonly mutatesDom: boolean;
}

/**
 * Settles after the document's next rendering frame. A hidden document renders none (a
 * background tab): it settles at once there, and after `fallbackMs` if a frame never comes.
 */
export function afterNextFrame(doc: Document, fallbackMs = 1000): Promise<void> {
  const view = doc.defaultView;
  if (!view || doc.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    // A task after the frame, not the frame callback itself: style is recomputed after rAF callbacks run.
    view.requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}

/** happy-dom and old browsers: CSS.supports lies there, so test the objects themselves. */
export function hasHighlightApi(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/**
 * `onFirstMark`: called once, as the first range is added (a session sets up hover then).
 *
 * The marker proper is made with the first mark: a page without a mention (most pages) never
 * touches the Highlight API, whose first use in a frame's world cost ~0.2 ms of start-up
 * (renderer profile, 12 largest corpus pages). Until then nothing is marked, so there is
 * nothing to remove, flush or put back, and nothing of ours mutates the DOM.
 */
export function createMarker(doc: Document, signal: AbortSignal, onFirstMark?: () => void): Marker {
  let marker: Marker | undefined;
  return {
    get mutatesDom() {
      return marker?.mutatesDom ?? false;
    },
    add: (range) => (marker ??= markerNow(doc, signal, onFirstMark)).add(range),
    remove: (range) => marker?.remove(range),
    flush: () => marker?.flush(),
    ensure: () => marker?.ensure() ?? true,
  };
}

function markerNow(doc: Document, signal: AbortSignal, onFirstMark?: () => void): Marker {
  let marked = false;
  const first = () => {
    if (marked) return;
    marked = true;
    onFirstMark?.();
  };
  // The stylesheet is ours from the first mention: the one adopted at document_start where the
  // background registered it (top frames of sites that are on), else adopted then — its
  // ::highlight() rules dirty every element's style, and the next frame pays a full style
  // recalc (seconds on a page of 200,000 elements), which pages without a mention never pay.
  let sheet: CSSStyleSheet | undefined;
  const style = () => (sheet ??= injectStyle(doc, signal));
  if (!hasHighlightApi()) {
    const fallback = createFallbackMarker(doc, signal);
    return {
      ...fallback,
      add: (range) => {
        first();
        style();
        fallback.add(range);
      },
    };
  }
  // Registered with the first ranges too (flush): a page without a mention registers nothing.
  const mentions = new Highlight();
  const pending = new Set<Range>();
  /** Every range painted or to be painted when near (flushed), registered or not. Our own record, never the Highlight read back: in Firefox, reading it back from a content script (through its Xray wrapper) left it empty. */
  const ranges = new Set<Range>();
  /** Once there are many marks (MANY_MARKS): registers only those near the viewport. */
  let nearby: NearbyRanges | undefined;
  const register = (range: Range) => void mentions.add(range);
  const unregister = (range: Range) => void mentions.delete(range);
  signal.addEventListener(
    'abort',
    () => {
      if (CSS.highlights.get(MENTION_HIGHLIGHT) === mentions) CSS.highlights.delete(MENTION_HIGHLIGHT);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
      mentions.clear();
      pending.clear();
      ranges.clear();
    },
    { once: true },
  );
  return {
    mutatesDom: false,
    add: (range) => {
      first();
      pending.add(range);
    },
    remove: (range) => {
      if (pending.delete(range)) return;
      mentions.delete(range);
      if (ranges.delete(range)) nearby?.untrack(range);
    },
    flush() {
      if (pending.size === 0 || signal.aborted) return;
      const adopting = !sheet;
      // The sheet from document_start is already in the page's style: taking it over restyles nothing.
      const restyles = adopting && !hasEarlySheet(doc);
      // The sheet and the first ranges in the same frame: one style pass, not two.
      style();
      if (adopting) CSS.highlights.set(MENTION_HIGHLIGHT, mentions);
      if (!nearby && ranges.size + pending.size > MANY_MARKS && typeof IntersectionObserver === 'function') {
        // From now on the observer decides; what is registered stays until it says "far".
        nearby = watchNearbyRanges(register, unregister, signal);
        for (const range of ranges) nearby.track(range);
      }
      for (const range of pending) {
        ranges.add(range);
        if (nearby) nearby.track(range);
        else mentions.add(range);
      }
      pending.clear();
      // Adopting a new sheet leaves every element's style to recompute. The next read of style
      // (checkVisibility when the mentions are listed, right after the scan) would do it inside
      // our own task: seconds of CPU on a page of 200,000 elements (the renderer's trace). Let
      // the page's own next frame do it, then go on.
      if (restyles) return afterNextFrame(doc);
    },
    ensure() {
      if (signal.aborted) return true;
      let intact = true;
      // Nothing painted yet (no mention so far): nothing of ours to put back.
      if (!sheet) return true;
      if (CSS.highlights.get(MENTION_HIGHLIGHT) !== mentions) {
        CSS.highlights.set(MENTION_HIGHLIGHT, mentions);
        intact = false;
      }
      if (sheet && !doc.adoptedStyleSheets.includes(sheet)) {
        doc.adoptedStyleSheets.push(sheet);
        intact = false;
      }
      return intact;
    },
  };
}
