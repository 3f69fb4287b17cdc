/**
 * Keeps the card next to its mention with floating-ui: the mention's Range is a virtual
 * reference (its line boxes for multi-line mentions), the card flips and shifts to stay inside
 * the viewport (or the frame), shrinks to the space available, and follows scrolling and zoom.
 */
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

const PADDING = 8;
/**
 * The first view (docs/card.md) is built to fit well under this without scrolling; "More"
 * expands in place and the card then scrolls inside this height.
 */
const MAX_HEIGHT = 560;

function rangeReference(range: Range): VirtualElement {
  const context = range.commonAncestorContainer;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: context instanceof Element ? context : (context.parentElement ?? undefined),
  };
}

/**
 * Positions `floating` at `range` until the returned cleanup runs. `onGone` fires when the
 * mention has left the view after having been visible (a just-opened card whose mention is
 * still scrolling in must not close).
 */
export function follow(range: Range, floating: HTMLElement, onGone: () => void): () => void {
  const reference = rangeReference(range);
  let seen = false;
  const update = async () => {
    const { x, y, middlewareData } = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        inline(),
        flip({ padding: PADDING }),
        shift({ padding: PADDING }),
        size({
          padding: PADDING,
          apply({ availableHeight, availableWidth, elements }) {
            elements.floating.style.maxHeight = `${Math.min(MAX_HEIGHT, Math.max(120, availableHeight))}px`;
            elements.floating.style.maxWidth = `${Math.max(200, availableWidth)}px`;
          },
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    // Whole pixels keep text crisp and the card identical wherever it lands.
    Object.assign(floating.style, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px`, visibility: 'visible' });
    const hidden = middlewareData.hide?.referenceHidden ?? false;
    if (!hidden) seen = true;
    else if (seen) onGone();
  };
  return autoUpdate(reference, floating, () => void update());
}
