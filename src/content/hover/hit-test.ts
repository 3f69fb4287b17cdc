/**
 * Which marked mention, if any, is under a point. The caret APIs snap to the nearest text
 * (a point in a margin still yields a caret), so a candidate counts only when the point lies
 * inside one of its range's line boxes.
 */
import type { MarkedMention, MentionStore } from '../mentions';

interface CaretPoint {
  node: Node;
  offset: number;
}

// Spec: [{highlight, ranges}]; Chrome's first version answered bare Highlights.
type HighlightsFromPoint = (x: number, y: number) => Array<{ highlight: Highlight } | Highlight>;
const MENTION_HIGHLIGHT = 'company-context-mention';

function caretAt(x: number, y: number): CaretPoint | undefined {
  const doc = document as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * Where the browser can say which highlights are under the point, a miss answers "no"
 * cheaply; a hit still goes through the store, which maps ranges to companies.
 */
function highlightMiss(x: number, y: number): boolean {
  const fromPoint = (CSS as unknown as { highlights?: { highlightsFromPoint?: HighlightsFromPoint } }).highlights?.highlightsFromPoint;
  if (typeof fromPoint !== 'function') return false;
  try {
    const mention = CSS.highlights.get(MENTION_HIGHLIGHT);
    if (!mention) return false; // marked some other way (fallback): no shortcut
    const hits = fromPoint.call(CSS.highlights, x, y);
    return !hits.some((h) => h === mention || ('highlight' in h && h.highlight === mention));
  } catch {
    return false;
  }
}

export function mentionAtPoint(store: MentionStore, x: number, y: number): MarkedMention | undefined {
  if (highlightMiss(x, y)) return undefined;
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  // The caret sits between characters: the character under the pointer may be just before it.
  const candidates = [store.at(caret.node, caret.offset), caret.offset > 0 ? store.at(caret.node, caret.offset - 1) : undefined];
  return candidates.find((m) => m !== undefined && rangeContainsPoint(m.range, x, y));
}
