/**
 * For browsers without the Highlight API only: wraps each mention's text in an inline
 * <company-context-mark> (no box of its own, so no layout change) and takes every wrapper
 * out again, merging the text back, on switch-off.
 */
import { MARK_TAG } from './mark-tag';
import type { Marker } from './highlighter';

export function createFallbackMarker(doc: Document, signal: AbortSignal): Marker {
  const marks = new Map<Range, HTMLElement[]>();

  const unwrap = (mark: HTMLElement) => {
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    // Joins the text we split (and the empty leftovers surroundContents leaves) back together.
    parent.normalize();
  };

  signal.addEventListener(
    'abort',
    () => {
      for (const list of marks.values()) list.forEach(unwrap);
      marks.clear();
    },
    { once: true },
  );

  return {
    mutatesDom: true,
    add(range) {
      const wrapped = textPieces(range).map((piece) => {
        const mark = doc.createElement(MARK_TAG);
        piece.surroundContents(mark);
        return mark;
      });
      if (wrapped.length === 0) return;
      marks.set(range, wrapped);
      range.setStartBefore(wrapped[0]!);
      range.setEndAfter(wrapped[wrapped.length - 1]!);
    },
    remove(range) {
      marks.get(range)?.forEach(unwrap);
      marks.delete(range);
    },
    // Wrappers are in the DOM as soon as they are made, and the page cannot unregister them.
    flush: () => undefined,
    ensure: () => true,
  };
}

/** One range per text node the mention covers: surroundContents needs a single container. */
function textPieces(range: Range): Range[] {
  const { startContainer: start, endContainer: end } = range;
  if (start === end) return start.nodeType === Node.TEXT_NODE ? [range.cloneRange()] : [];
  const doc = start.ownerDocument!;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const pieces: Range[] = [];
  walker.currentNode = start;
  for (let node: Node | null = start; node; node = walker.nextNode()) {
    const piece = doc.createRange();
    piece.selectNodeContents(node);
    if (node === start) piece.setStart(node, range.startOffset);
    if (node === end) piece.setEnd(node, range.endOffset);
    if (!piece.collapsed) pieces.push(piece);
    if (node === end) break;
  }
  return pieces;
}
