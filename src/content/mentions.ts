/**
 * The marked mentions of this frame, shared with the card and hover code. The scanner adds
 * and drops mentions per rescanned region; readers get them in document order.
 */
import { compareComposed } from './tree-order';

export interface MarkedMention {
  companyId: string;
  range: Range;
  text: string;
}

export interface MentionStore {
  list(): readonly MarkedMention[];
  at(node: Node, offset: number): MarkedMention | undefined;
  subscribe(fn: () => void, signal: AbortSignal): void;
}

function byStart(a: MarkedMention, b: MarkedMention): number {
  const x = a.range;
  const y = b.range;
  return compareComposed(x.startContainer, x.startOffset, y.startContainer, y.startOffset);
}

export class MentionIndex implements MentionStore {
  /** Keyed by the text node a mention starts in, which is also how hovers find them. */
  private readonly byNode = new Map<Node, MarkedMention[]>();
  private sorted: MarkedMention[] | null = [];
  private readonly listeners = new Set<() => void>();

  /** Adds a mention unless the same range is already there; false when it was. */
  add(m: MarkedMention): boolean {
    const node = m.range.startContainer;
    const list = this.byNode.get(node);
    if (list?.some((o) => o.range.startOffset === m.range.startOffset && o.range.endContainer === m.range.endContainer && o.range.endOffset === m.range.endOffset)) {
      return false;
    }
    if (list) list.push(m);
    else this.byNode.set(node, [m]);
    this.sorted = null;
    return true;
  }

  /** Removes and returns every mention whose start node passes `test`. */
  dropWhere(test: (node: Node, m: MarkedMention) => boolean): MarkedMention[] {
    const dropped: MarkedMention[] = [];
    for (const [node, list] of this.byNode) {
      const keep = list.filter((m) => {
        // Live ranges collapse when the page edits their text: treat those as gone too.
        const gone = m.range.collapsed || test(node, m);
        if (gone) dropped.push(m);
        return !gone;
      });
      if (keep.length === 0) this.byNode.delete(node);
      else if (keep.length !== list.length) this.byNode.set(node, keep);
    }
    if (dropped.length > 0) this.sorted = null;
    return dropped;
  }

  clear(): MarkedMention[] {
    const all = [...this.byNode.values()].flat();
    this.byNode.clear();
    this.sorted = [];
    return all;
  }

  get size(): number {
    let n = 0;
    for (const list of this.byNode.values()) n += list.length;
    return n;
  }

  list(): readonly MarkedMention[] {
    this.sorted ??= [...this.byNode.values()].flat().sort(byStart);
    return this.sorted;
  }

  at(node: Node, offset: number): MarkedMention | undefined {
    // A hover lands in any node of a mention; most mentions sit in one node.
    for (const m of this.byNode.get(node) ?? []) if (m.range.isPointInRange(node, offset)) return m;
    for (const m of this.list()) {
      const r = m.range;
      if ((r.startContainer !== r.endContainer || r.startContainer.nodeType !== Node.TEXT_NODE) && r.isPointInRange(node, offset)) return m;
    }
    return undefined;
  }

  subscribe(fn: () => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.listeners.add(fn);
    signal.addEventListener('abort', () => this.listeners.delete(fn), { once: true });
  }

  /** Tells subscribers the list changed (called once per finished batch of scanning). */
  notify(): void {
    for (const fn of this.listeners) fn();
  }
}
