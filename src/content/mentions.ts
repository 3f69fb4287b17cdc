/**
 * The marked mentions of this frame, shared with the card and hover code. The scanner adds
 * and drops mentions per rescanned region; readers get them in document order.
 */
import { compareComposed } from './tree-order';
import { isRendered, watchVisibility, type VisibilityWatch } from './visibility';

export interface MarkedMention {
  companyId: string;
  range: Range;
  text: string;
}

export interface MentionStore {
  /** The mentions the reader can see (rendered text), in document order. */
  list(): readonly MarkedMention[];
  at(node: Node, offset: number): MarkedMention | undefined;
  subscribe(fn: () => void, signal: AbortSignal): void;
}

function byStart(a: MarkedMention, b: MarkedMention): number {
  const x = a.range;
  const y = b.range;
  return compareComposed(x.startContainer, x.startOffset, y.startContainer, y.startOffset);
}

/** The scanner's side of the store; readers get the MentionStore view. */
export interface MentionIndex extends MentionStore {
  /** Adds a mention unless the same range is already there; false when it was. */
  add(m: MarkedMention): boolean;
  /** Removes and returns every mention whose start node passes `test` (or whose range collapsed). */
  dropWhere(test: (node: Node) => boolean): MarkedMention[];
  clear(): void;
  /** Tells subscribers the list changed (once per settled batch of scanning). */
  notify(): void;
  /**
   * From now on, calls `onChange` when hidden mentions are shown or shown ones hidden; not
   * while changes made since the last notify() are still to be told (that notify covers it).
   */
  watchVisibility(onChange: () => void, signal: AbortSignal): void;
}

export function createMentionIndex(): MentionIndex {
  /** Keyed by the text node a mention starts in, which is also how hovers find them. */
  const byNode = new Map<Node, MarkedMention[]>();
  let sorted: MarkedMention[] | null = [];
  const listeners = new Set<() => void>();
  const all = () => (sorted ??= [...byNode.values()].flat().sort(byStart));
  let visibility: VisibilityWatch | undefined;
  /**
   * Mentions were added or dropped and notify() has not run yet: a scan is under way, and it
   * ends with a notify. The resize observer reports the box of every newly watched block on the
   * next frame; telling subscribers then would re-read the list and rewrite the card's summary
   * once a frame for the whole scan, and on a page of 200,000 elements each rewrite costs the
   * page a relayout (~20 ms of CPU a frame in the trace) it would not have had.
   */
  let untold = false;

  return {
    // Evaluated on every read, for mentions only: visibility changes without telling us.
    list: () => all().filter((m) => isRendered(m.range)),
    add(m) {
      const r = m.range;
      const same = byNode.get(r.startContainer);
      if (same?.some((o) => o.range.startOffset === r.startOffset && o.range.endContainer === r.endContainer && o.range.endOffset === r.endOffset)) {
        return false;
      }
      if (same) same.push(m);
      else byNode.set(r.startContainer, [m]);
      sorted = null;
      untold = true;
      visibility?.watch(r);
      return true;
    },
    dropWhere(test) {
      const dropped: MarkedMention[] = [];
      for (const [node, ms] of byNode) {
        // Live ranges collapse when the page edits their text: those are gone too.
        const keep = ms.filter((m) => !((m.range.collapsed || test(node)) && dropped.push(m)));
        if (keep.length === 0) byNode.delete(node);
        else if (keep.length !== ms.length) byNode.set(node, keep);
      }
      if (dropped.length > 0) {
        sorted = null;
        untold = true;
      }
      for (const m of dropped) visibility?.unwatch(m.range);
      return dropped;
    },
    clear() {
      for (const m of all()) visibility?.unwatch(m.range);
      byNode.clear();
      sorted = [];
    },
    at(node, offset) {
      // A hover lands in any node of a mention; most mentions sit in one text node.
      for (const m of byNode.get(node) ?? []) if (m.range.isPointInRange(node, offset)) return m;
      return all().find((m) => {
        const r = m.range;
        return (r.startContainer !== r.endContainer || r.startContainer.nodeType !== Node.TEXT_NODE) && r.isPointInRange(node, offset);
      });
    },
    subscribe(fn, signal) {
      if (signal.aborted) return;
      listeners.add(fn);
      signal.addEventListener('abort', () => listeners.delete(fn), { once: true });
    },
    notify() {
      untold = false;
      for (const fn of listeners) fn();
    },
    watchVisibility(onChange, signal) {
      visibility = watchVisibility(() => untold || onChange(), signal);
      for (const m of all()) visibility.watch(m.range);
    },
  };
}
