/**
 * Walks a subtree in chunks and cuts its visible text into runs: consecutive text nodes of
 * the same block, so a name split over nodes (<b>Ali</b>baba) is matched as one word.
 * Skipped regions are jumped over without visiting their descendants, and open shadow
 * roots are entered where their host stands.
 */
import { blockOf, classify, Kind } from './skip-rules';

export interface TextRun {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

export interface RunSink {
  onRun(run: TextRun): void;
  onShadowRoot(root: ShadowRoot): void;
  counts: { textNodes: number; chars: number };
}

/** Long runs are cut so one match call stays small; a name across the cut is lost, rarely. */
const MAX_RUN_CHARS = 16_000;
/** How many nodes between two looks at the clock. */
const CLOCK_EVERY = 64;
const SHOW = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;

export interface RunWalker {
  /** Works until `spent()` says the chunk is over; true when the whole root is done. */
  step(spent: () => boolean): boolean;
  /** True when the page removed the node we stood on between two chunks. */
  readonly lost: boolean;
}

/** `shallow`: only the root block's own text; nested blocks are rescanned on their own. */
export function createRunWalker(root: Node, sink: RunSink, shallow = false): RunWalker {
  const walkers: TreeWalker[] = [];
  let pending: Node | null = null;
  /** A skip that ran off the end of the walker's root: nextNode() would start over. */
  let ended = false;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let block: Node | null = null;
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;
  let started = false;
  let lost = false;

  const flush = () => {
    if (nodes.length === 0) return;
    const run: TextRun = { nodes, starts, text: parts.length === 1 ? parts[0]! : parts.join('') };
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
    // The shortest alias is two characters (小米); whitespace between blocks is most runs.
    if (run.text.length >= 2 && /\S/.test(run.text)) sink.onRun(run);
  };

  const addText = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    sink.counts.textNodes++;
    sink.counts.chars += data.length;
    const parent = node.parentNode;
    let b: Node;
    if (parent !== null && parent === lastParent) b = lastBlock!;
    else {
      b = blockOf(node);
      lastParent = parent;
      lastBlock = b;
    }
    if (b !== block || length > MAX_RUN_CHARS) {
      flush();
      block = b;
    }
    nodes.push(node);
    starts.push(length);
    parts.push(data);
    length += data.length;
  };

  const enterShadow = (shadow: ShadowRoot, doc: Document) => {
    flush();
    sink.onShadowRoot(shadow);
    walkers.push(doc.createTreeWalker(shadow, SHOW));
  };

  const visitElement = (el: Element, walker: TreeWalker) => {
    const kind = classify(el);
    if (kind === Kind.Skip || (kind === Kind.Block && shallow)) {
      if (kind === Kind.Block) flush();
      pending = skipSubtree(walker);
      ended = pending === null;
      return;
    }
    if (kind !== Kind.Inline) flush();
    if (el.shadowRoot) enterShadow(el.shadowRoot, el.ownerDocument);
  };

  const start = (): boolean => {
    started = true;
    if (!root.isConnected) return false;
    if (root.nodeType === Node.TEXT_NODE) {
      addText(root as Text);
      flush();
      return false;
    }
    const doc = root.ownerDocument ?? (root as Document);
    const el = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
    if (el && classify(el) === Kind.Skip) return false;
    walkers.push(doc.createTreeWalker(root, SHOW));
    if (el?.shadowRoot) enterShadow(el.shadowRoot, doc);
    return true;
  };

  return {
    get lost() {
      return lost;
    },
    step(spent) {
      if (!started && !start()) return true;
      const top = walkers[walkers.length - 1];
      if (top && !top.currentNode.isConnected && top.currentNode !== top.root) {
        lost = true;
        return true;
      }
      let visited = 0;
      while (walkers.length > 0) {
        const walker = walkers[walkers.length - 1]!;
        const node = ended ? null : (pending ?? walker.nextNode());
        pending = null;
        ended = false;
        if (!node) {
          flush();
          walkers.pop();
          continue;
        }
        if (node.nodeType === Node.TEXT_NODE) addText(node as Text);
        else visitElement(node as Element, walker);
        if (++visited % CLOCK_EVERY === 0 && spent()) {
          // Node offsets go stale once the page runs again: never carry a run over a yield.
          flush();
          return false;
        }
      }
      return true;
    },
  };
}

/** Moves past `walker.currentNode` and everything under it; the next node, or null at the end. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
