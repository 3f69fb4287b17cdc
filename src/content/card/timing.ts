/**
 * Hover-to-paint timing for tests/bench/hover.bench.ts. User-timing entries are per document
 * and visible to the page, so they are written only on pages that opt in with
 * <html data-company-context-bench>; elsewhere the extension leaves no trace in the timeline.
 */
const INTENT = 'company-context:intent-end';
export const MEASURE = 'company-context:hover-to-paint';

const enabled = () => document.documentElement.hasAttribute('data-company-context-bench');

export function markIntentEnd(): void {
  if (enabled()) performance.mark(INTENT);
}

/** Called when the card's content is in the DOM: the next frame paints it. */
export function measurePainted(): void {
  if (!enabled() || performance.getEntriesByName(INTENT, 'mark').length === 0) return;
  // rAF runs just before the frame is drawn; a task queued from it runs just after.
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.measure(MEASURE, INTENT);
      performance.clearMarks(INTENT);
    }, 0),
  );
}
