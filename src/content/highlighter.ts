/**
 * Marks ranges with the CSS Custom Highlight API: nothing in the page's DOM changes, the
 * browser paints the underline. Where the API is missing the wrapping fallback takes over.
 * (The hovered mention's second highlight, company-context-active, is the hover code's; its
 * style lives in our one stylesheet and we clear it on switch-off.)
 */
import { ACTIVE_HIGHLIGHT, MENTION_HIGHLIGHT, injectStyle } from './highlight-style';
import { createFallbackMarker } from './fallback-marker';

export interface Marker {
  add(range: Range): void;
  remove(range: Range): void;
  /** True when marking changes the DOM (fallback): the observer must ignore those mutations. */
  readonly mutatesDom: boolean;
}

/** happy-dom and old browsers: CSS.supports lies there, so test the objects themselves. */
export function hasHighlightApi(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

export function createMarker(doc: Document, signal: AbortSignal): Marker {
  // The stylesheet goes in with the first mention, not before: its ::highlight() rules dirty
  // every element's style, and the first DOM read after that pays a full style recalc. Most
  // pages mention no company and so never pay it.
  let styled = false;
  const style = () => {
    if (styled) return;
    styled = true;
    injectStyle(doc, signal);
  };
  if (!hasHighlightApi()) {
    const fallback = createFallbackMarker(doc, signal);
    return {
      mutatesDom: fallback.mutatesDom,
      add: (range) => {
        style();
        fallback.add(range);
      },
      remove: (range) => fallback.remove(range),
    };
  }
  const mentions = new Highlight();
  CSS.highlights.set(MENTION_HIGHLIGHT, mentions);
  signal.addEventListener(
    'abort',
    () => {
      if (CSS.highlights.get(MENTION_HIGHLIGHT) === mentions) CSS.highlights.delete(MENTION_HIGHLIGHT);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
      mentions.clear();
    },
    { once: true },
  );
  return {
    mutatesDom: false,
    add: (range) => {
      style();
      mentions.add(range);
    },
    remove: (range) => void mentions.delete(range),
  };
}
