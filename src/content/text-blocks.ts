/**
 * Walks a subtree in chunks and cuts its visible text into runs: consecutive text nodes of
 * the same block, so a name split over nodes (<b>Ali</b>baba) is matched as one word.
 *
 * Only text nodes are visited (SHOW_TEXT): handing every element to script is what makes
 * a DOM walk slow. What an element means for its text (skipped? which block?) is decided
 * once per ancestor and cached. Open shadow roots are found in a separate pass over the
 * root's elements and walked after it (the store sorts mentions into document order).
 */
import type { Screen } from '../shared/matcher';
import { LONG_TEXT, windowAt } from './long-text';
import { classify, Kind, SKIP_ATTR_SELECTOR, SKIPPED_TAGS } from './skip-rules';

export interface TextRun {
  nodes: Text[];
  /** Offset of each node's first character in `text` (negative when `text` begins inside the node). */
  starts: number[];
  text: string;
  /** Only hits starting in [from, to) of `text` count (a window of a long node, see long-text.ts). */
  accept?: { from: number; to: number };
}

export interface RunSink {
  onRun(run: TextRun): void;
  onShadowRoot(root: ShadowRoot): void;
  counts: { textNodes: number; chars: number };
  /** Pre-check fed node by node: runs it rejects are never joined or passed to onRun. */
  screen?: Screen;
}

export interface RunWalker {
  /**
   * Works until `spent()` says the chunk is over: true when the whole root is done, 'lost'
   * when the page removed the node we stood on between two chunks (start the root over).
   */
  step(spent: () => boolean): boolean | 'lost';
}

/** Where a node's text belongs: the block that cuts its runs, or the skipped element it is in. */
interface Place {
  skip: Node | null;
  block: Node;
}

const ELEMENT = 1; // Node.ELEMENT_NODE, without a global look-up per node
/** How the gate's walk stopped (see gateWalk). */
const enum Gate {
  Open,
  End,
  Spent,
}
/**
 * A root with more elements than this skips the two once-per-root queries below: each is a
 * pass over every element in one task (hundreds of ms on a 200,000-element page), and on a
 * root that big the walk yields many times anyway, after which the answers are dropped.
 */
const SHORTCUT_MAX_ELEMENTS = 20_000;

/** Long runs are cut so one match call stays small; a name across the cut is lost, rarely. */
const MAX_RUN_CHARS = 8_000;
/** Work units between two looks at the clock: one per node, one per 128 characters matched. */
const CLOCK_EVERY = 64;

/** `shallow`: only the root block's own text; nested blocks are rescanned on their own. */
export function createRunWalker(root: Node, sink: RunSink, shallow = false): RunWalker {
  const places = new Map<Node, Place>();
  const roots: Node[] = [];
  let walker: TreeWalker | null = null;
  /**
   * Elements of the current root still to check for a shadow root, and where we are: a live
   * collection read with item(i) — never its length nor `list[i]`, each of which counts the
   * whole subtree in one task first (9–20 ms on 200,000 elements) — or a walker for roots
   * that have no getElementsByTagName (shadow roots).
   */
  let hosts: HTMLCollectionOf<Element> | TreeWalker | null = null;
  let hostIndex = 0;
  const screen = sink.screen;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let runChars = 0;
  /** Whether the current run goes to onRun: the screen found a possible mention (always, without a screen). */
  let keep = !screen;
  let block: Node | null = null;
  let lastParent: Node | null = null;
  let lastPlace: Place | null = null;
  /*
   * Answers asked of the page once per root, valid only until the page runs again (it may
   * add an editor or a <br> while we yield): null means "look at every node" instead.
   * brParents: parents with a <br> child, the only text whose previous sibling matters.
   * flagged: the root's elements carrying an attribute that may make them skipped (null
   * also outside the root, e.g. for its ancestors).
   */
  let brParents: Set<Node> | null = null;
  let lastHasBr = false;
  let flagged: Set<Element> | null = null;
  let textNodes = 0;
  let chars = 0;
  let started = false;
  let work = 0;
  /** A text node too long for one chunk, matched window by window (long-text.ts); `next`: where the next window begins. */
  let long: { node: Text; data: string; next: number } | null = null;
  /*
   * The gate (deep walks with a screen): the screen is fed the text of every node in one stream,
   * with nothing else done per node — no run, no block, no look at its ancestors. Most pages hold
   * no mention, and there the walk costs little more than reading the text. Where the screen
   * answers "maybe", the block of that node is read exactly (a shallow walk of its own runs, as
   * without the gate) before the gate walks on; each block once per walk.
   */
  const gating = !!screen && !shallow;
  /** The direct parent of the last text node is a skipped tag (script, style …): its text is not fed. */
  let skipText = false;
  let exact: { block: Node; walker: RunWalker } | null = null;
  const exactDone = new Set<Node>();
  /** A block's exact walk: its own runs only; its nodes were counted by the gate already. */
  const exactSink: RunSink = { ...sink, counts: { textNodes: 0, chars: 0 } };
  const exactWalker = (block: Node) => createRunWalker(block, exactSink, true);

  const placeOf = (start: Node): Place => {
    let place = places.get(start);
    if (place) return place;
    const path: Node[] = [];
    for (let n: Node | null = start; n && !(place = places.get(n)); n = n.parentNode) path.push(n);
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i]!;
      if (!place?.skip) {
        if (node.nodeType !== ELEMENT) place = { skip: null, block: node };
        else {
          const kind = classify(node as Element, flagged ? flagged.has(node as Element) : undefined);
          if (kind === Kind.Skip) place = { skip: node, block: node };
          else if (kind !== Kind.Inline || !place) place = { skip: null, block: node };
        }
      }
      places.set(node, place!);
    }
    return place!;
  };

  const flush = () => {
    if (nodes.length === 0) return;
    if (keep) {
      // Only runs the screen let through are joined into one string and matched.
      let text = '';
      for (const n of nodes) {
        starts.push(text.length);
        text += n.data;
      }
      // The shortest alias is two characters (小米); white space alone is never a mention.
      if (text.length >= 2 && /\S/.test(text)) {
        sink.onRun({ nodes, starts, text });
        nodes = [];
        starts = [];
      } else starts.length = 0;
    }
    // Runs the screen rejected (most) leave no garbage behind: the array is used again.
    nodes.length = 0;
    work += runChars >> 7;
    runChars = 0;
    keep = !screen;
    screen?.reset();
  };

  /** Matches the long node's windows until the chunk is over; true when the node is done. */
  const stepLong = (spent: () => boolean): boolean => {
    const { node, data } = long!;
    // The page changed it while we yielded: its mutation record rescans it.
    if (node.data !== data || !node.isConnected) return !(long = null);
    while (long!.next < data.length) {
      const w = windowAt(data.length, long!.next);
      const text = data.slice(w.sliceStart, w.sliceEnd);
      screen?.reset();
      if (!screen || screen.feed(text)) {
        sink.onRun({ nodes: [node], starts: [-w.sliceStart], text, accept: { from: w.from - w.sliceStart, to: w.to - w.sliceStart } });
      }
      long!.next = w.to;
      if (spent()) return false;
    }
    screen?.reset();
    long = null;
    return true;
  };

  const addText = (node: Text, place: Place) => {
    const data = node.data;
    if (data.length === 0) return;
    textNodes++;
    chars += data.length;
    if (data.length > LONG_TEXT) {
      // Matched on its own, window by window: it ends the run before it and starts a new one after.
      flush();
      block = null;
      long = { node, data, next: 0 };
      return;
    }
    // A <br> between two text nodes of one block is a line break: a new run.
    if (place.block !== block || runChars > MAX_RUN_CHARS || (lastHasBr && node.previousSibling?.nodeName === 'BR')) {
      flush();
      block = place.block;
    }
    nodes.push(node);
    runChars += data.length;
    if (!keep) keep = screen!.feed(data);
  };

  /** Moves the walker past `el`'s subtree when `el` lies inside the walked root. */
  const jumpPast = (el: Node) => {
    if (!walker || el === walker.root || !walker.root.contains(el)) return;
    let last = el;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
  };

  const visitText = (node: Text) => {
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      lastPlace = placeOf(parent ?? node);
      lastHasBr = parent !== null && (brParents === null || brParents.has(parent));
    }
    const place = lastPlace!;
    // Text right inside a skipped element (script, style): its siblings hit the cache above.
    if (place.skip) return place.skip === parent ? undefined : jumpPast(place.skip);
    if (shallow && place.block !== root) {
      flush();
      return jumpPast(place.block);
    }
    addText(node, place);
  };

  const addHost = (el: Element) => {
    const shadow = el.shadowRoot;
    if (shadow && !placeOf(el).skip) {
      sink.onShadowRoot(shadow);
      roots.push(shadow);
    }
  };

  /** Finds open shadow roots under the current root, a few hundred elements per look at the clock. */
  const findHosts = (spent: () => boolean): boolean => {
    const list = hosts;
    if (!list) return true;
    // Two loops rather than one with a function per element: this one visits every element.
    // Nearly no element hosts a shadow root: only those go through addHost.
    if ('nextNode' in list) {
      for (let el = list.nextNode() as Element | null; el; el = list.nextNode() as Element | null) {
        if (el.shadowRoot) addHost(el);
        if ((++hostIndex & 511) === 0 && spent()) return false;
      }
    } else {
      for (let el = list.item(hostIndex); el; el = list.item(hostIndex)) {
        if (el.shadowRoot) addHost(el);
        if ((++hostIndex & 511) === 0 && spent()) return false;
      }
    }
    hosts = null;
    return true;
  };

  /** The gate found a possible mention ending in `node`: read its block exactly (unless skipped or read already). */
  const openExact = (node: Text) => {
    screen!.reset();
    const place = placeOf(node.parentNode ?? node);
    if (place.skip || exactDone.has(place.block)) return;
    exactDone.add(place.block);
    exact = { block: place.block, walker: exactWalker(place.block) };
  };

  /**
   * The gate's walk over the current root: feeds the screen node by node until a block is opened
   * (Gate.Open), the root is done (Gate.End) or the chunk is over (Gate.Spent). One tight loop:
   * it visits every text node of the page.
   */
  const gateWalk = (nodes: TreeWalker, spent: () => boolean): Gate => {
    const feed = screen!;
    let parent0 = lastParent;
    let skip = skipText;
    // The counters in locals, written back once: in V8's interpreter (where a first scan runs)
    // each read or write of the closure's variables is a bytecode of its own, per text node.
    let seen = 0;
    let units = 0;
    let clock = work;
    let result: Gate = Gate.End;
    for (let node = nodes.nextNode() as Text | null; node; node = nodes.nextNode() as Text | null) {
      const parent = node.parentNode;
      if (parent !== parent0) {
        parent0 = parent;
        // A shadow root or document has no localName: never skipped. (No nodeType read: one DOM call less per parent.)
        skip = parent !== null && SKIPPED_TAGS.has((parent as Element).localName);
      }
      if (!skip) {
        const data = node.data;
        const length = data.length;
        if (length > 0) {
          seen++;
          units += length;
          clock += length >> 7;
          // A node too long for one chunk goes to the exact walk, which matches it window by window.
          if (length > LONG_TEXT || feed.feed(data, true)) {
            openExact(node);
            if (exact) {
              result = Gate.Open;
              break;
            }
          }
        }
      }
      if (++clock >= CLOCK_EVERY) {
        clock = 0;
        if (spent()) {
          result = Gate.Spent;
          break;
        }
      }
    }
    textNodes += seen;
    chars += units;
    work = clock;
    lastParent = parent0;
    skipText = skip;
    return result;
  };

  /** Works on the block being read exactly; true when it is done. */
  const stepExact = (spent: () => boolean): boolean => {
    while (exact) {
      const result = exact.walker.step(spent);
      if (result === false) return false;
      // The page removed what the exact walk stood on: read the block again if it is still there.
      if (result === 'lost' && exact.block.isConnected) exact.walker = exactWalker(exact.block);
      else exact = null;
    }
    screen!.reset();
    return true;
  };

  const nextRoot = (): boolean => {
    const r = roots.shift();
    if (!r) return false;
    const doc = r.ownerDocument ?? (r as Document);
    walker = doc.createTreeWalker(r, NodeFilter.SHOW_TEXT);
    lastParent = null;
    const el = r.nodeType === ELEMENT ? (r as Element) : null;
    const all = el?.getElementsByTagName('*');
    // Two native queries per root instead of a look at every node: <br>s and skip attributes
    // (only where they are cheap; null answers mean "look at each node"). Not for a shallow
    // walk, which reads only its block's own text, nor under the gate, which reads no block
    // but those it opens (each a shallow walk).
    if (all && !shallow && !gating && !all.item(SHORTCUT_MAX_ELEMENTS)) {
      brParents = new Set();
      const brs = el!.getElementsByTagName('br');
      for (let k = 0; k < brs.length; k++) brParents.add(brs[k]!.parentNode!);
      flagged = new Set(el!.querySelectorAll(SKIP_ATTR_SELECTOR));
    } else brParents = flagged = null;
    if (!shallow) {
      if (el) addHost(el);
      hosts = all ?? doc.createTreeWalker(r, NodeFilter.SHOW_ELEMENT);
      hostIndex = 0;
    }
    return true;
  };

  const start = (): boolean => {
    started = true;
    // A document in designMode is one big editor (rescanning it drops its marks).
    if (!root.isConnected || (root.ownerDocument ?? (root as Document)).designMode === 'on') return false;
    if (root.nodeType === Node.TEXT_NODE) {
      visitText(root as Text);
      flush();
      return long !== null;
    }
    if (placeOf(root).skip) return false;
    roots.push(root);
    return nextRoot();
  };

  return {
    step(spent) {
      // Resuming after a yield: the page may have changed, stop trusting the per-root answers,
      // and the cached places too (an ancestor may have become editable or hidden). Kept
      // across chunks, the cache also held a wrapper for every element of the page for the
      // whole scan: on a page of 200,000 elements the collector then paused inside our chunks
      // for 20–50 ms at a time (chunks of 39–98 ms by our clock, 4 loads in 8 over 50 ms;
      // cleared per chunk: 26–45 ms, none over 50, and the scan ~10 % faster).
      if (started) {
        brParents = null;
        flagged = null;
        lastParent = null;
        places.clear();
      }
      try {
        if (!started && !start()) return true;
        if (walker && !walker.currentNode.isConnected && walker.currentNode !== walker.root) return 'lost';
        work = 0;
        for (;;) {
          if (hosts && !findHosts(spent)) return false;
          if (exact && !stepExact(spent)) return false;
          if (long && !stepLong(spent)) return false;
          if (!walker) return true;
          if (gating) {
            const gate = gateWalk(walker, spent);
            if (gate === Gate.Spent) return false;
            if (gate === Gate.End) {
              walker = null;
              if (!nextRoot()) return true;
            }
            continue;
          }
          const node = walker.nextNode() as Text | null;
          if (!node) {
            flush();
            walker = null;
            if (!nextRoot()) return true;
            continue;
          }
          // Text of a block being read, the common case, without a call per node.
          const parent = node.parentNode;
          if (parent === lastParent && lastPlace!.skip === null && (!shallow || lastPlace!.block === root)) addText(node, lastPlace!);
          else visitText(node);
          if (++work >= CLOCK_EVERY) {
            work = 0;
            if (!spent()) continue;
            // Node offsets go stale once the page runs again: never carry a run over a yield.
            flush();
            return false;
          }
        }
      } finally {
        sink.counts.textNodes += textNodes;
        sink.counts.chars += chars;
        textNodes = chars = 0;
      }
    },
  };
}
