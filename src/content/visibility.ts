/**
 * Whether the reader can see a mention: a mention inside display:none, a closed <details>,
 * content-visibility:hidden or visibility:hidden text is marked (the highlight paints
 * nothing there) but not reported, counted or listed until it is shown.
 *
 * Asked lazily, only about mentions, when a list is read (page/mentions, the badge's report,
 * navigation), so the scan never forces style. A ResizeObserver on the block holding each
 * mention says when its box appears or goes (an ancestor's display toggles, a <details>
 * opens), so the badge follows without a rescan. Blocks, not the text's own element: the
 * observer reports no size for inline boxes, so a <span> would never change.
 */
import { elementOf } from './element-of';
import { blockOf } from './skip-rules';

export function isRendered(range: Range): boolean {
  const el = elementOf(range.startContainer);
  if (!el?.isConnected) return false;
  // Browsers without checkVisibility (none we support) count everything, as before.
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
}

export interface VisibilityWatch {
  watch(range: Range): void;
  unwatch(range: Range): void;
}

const holder = (range: Range): Element | null => {
  const block = blockOf(range.startContainer);
  return block.nodeType === Node.ELEMENT_NODE ? (block as Element) : null;
};

/** Calls `onChange` when an element holding a mention is shown or hidden (its box appears or goes). */
export function watchVisibility(onChange: () => void, signal: AbortSignal): VisibilityWatch {
  const counts = new Map<Element, number>();
  const shown = new WeakMap<Element, boolean>();
  const noop: VisibilityWatch = { watch() {}, unwatch() {} };
  if (typeof ResizeObserver !== 'function' || signal.aborted) return noop;
  const observer = new ResizeObserver((entries) => {
    let changed = false;
    for (const { target, contentRect } of entries) {
      const now = contentRect.width > 0 || contentRect.height > 0;
      // A first observation counts as a change too: inside a closed <details> (or any skipped
      // content) it only arrives once the box exists, which is exactly when it was shown.
      if (shown.get(target) !== now) changed = true;
      shown.set(target, now);
    }
    if (changed && !signal.aborted) onChange();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    watch(range) {
      const el = holder(range);
      if (!el) return;
      const n = counts.get(el) ?? 0;
      counts.set(el, n + 1);
      if (n === 0) observer.observe(el);
    },
    unwatch(range) {
      const el = holder(range);
      const n = el ? counts.get(el) : undefined;
      if (!el || n === undefined) return;
      if (n > 1) counts.set(el, n - 1);
      else {
        counts.delete(el);
        observer.unobserve(el);
      }
    },
  };
}
