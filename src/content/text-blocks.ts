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

export class RunWalker {
  private readonly walkers: TreeWalker[] = [];
  private pending: Node | null = null;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private block: Node | null = null;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  private started = false;
  /** Set when the page removed the node we stood on between two chunks. */
  lost = false;

  /** `shallow`: only the root block's own text; nested blocks are rescanned on their own. */
  constructor(
    readonly root: Node,
    private readonly sink: RunSink,
    private readonly shallow = false,
  ) {}

  /** Works until `spent()` says the chunk is over; true when the whole root is done. */
  step(spent: () => boolean): boolean {
    if (!this.started && !this.start()) return true;
    const top = this.walkers[this.walkers.length - 1];
    if (top && !top.currentNode.isConnected && top.currentNode !== top.root) {
      this.lost = true;
      return true;
    }
    let visited = 0;
    while (this.walkers.length > 0) {
      const walker = this.walkers[this.walkers.length - 1]!;
      const node = this.pending ?? walker.nextNode();
      this.pending = null;
      if (!node) {
        this.flush();
        this.walkers.pop();
        continue;
      }
      if (node.nodeType === Node.TEXT_NODE) this.addText(node as Text);
      else this.visitElement(node as Element, walker);
      if (++visited % CLOCK_EVERY === 0 && spent()) {
        // Node offsets go stale once the page runs again: never carry a run over a yield.
        this.flush();
        return false;
      }
    }
    return true;
  }

  private start(): boolean {
    this.started = true;
    const root = this.root;
    if (!root.isConnected) return false;
    if (root.nodeType === Node.TEXT_NODE) {
      this.addText(root as Text);
      this.flush();
      return false;
    }
    const doc = root.ownerDocument ?? (root as Document);
    if (root.nodeType === Node.ELEMENT_NODE) {
      const el = root as Element;
      if (classify(el) === Kind.Skip) return false;
      this.walkers.push(doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT));
      if (el.shadowRoot) this.enterShadow(el.shadowRoot, doc);
      return true;
    }
    this.walkers.push(doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT));
    return true;
  }

  private visitElement(el: Element, walker: TreeWalker): void {
    const kind = classify(el);
    if (kind === Kind.Skip || (kind === Kind.Block && this.shallow)) {
      if (kind === Kind.Block) this.flush();
      this.pending = skipSubtree(walker);
      return;
    }
    if (kind !== Kind.Inline) this.flush();
    if (el.shadowRoot) this.enterShadow(el.shadowRoot, el.ownerDocument);
  }

  private enterShadow(shadow: ShadowRoot, doc: Document): void {
    this.flush();
    this.sink.onShadowRoot(shadow);
    this.walkers.push(doc.createTreeWalker(shadow, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT));
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.sink.counts.textNodes++;
    this.sink.counts.chars += data.length;
    const parent = node.parentNode;
    let block: Node;
    if (parent !== null && parent === this.lastParent) block = this.lastBlock!;
    else {
      block = blockOf(node);
      this.lastParent = parent;
      this.lastBlock = block;
    }
    if (block !== this.block || this.length > MAX_RUN_CHARS) {
      this.flush();
      this.block = block;
    }
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  private flush(): void {
    if (this.nodes.length === 0) return;
    const run: TextRun = { nodes: this.nodes, starts: this.starts, text: this.parts.length === 1 ? this.parts[0]! : this.parts.join('') };
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    // The shortest alias is two characters (小米); whitespace between blocks is most runs.
    if (run.text.length >= 2 && /\S/.test(run.text)) this.sink.onRun(run);
  }
}

/** Moves past `walker.currentNode` and everything under it; the next node, or null at the end. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
