/**
 * The scan queue: regions to (re)scan, worked through in chunks. Scanning a region first
 * drops the mentions it held, so rescans never duplicate; each run of text is matched once
 * and every hit becomes a live Range, stored and marked.
 */
import type { Screen } from '../shared/matcher';
import type { ScanStats } from '../shared/messages';
import type { Marker } from './highlighter';
import type { MentionIndex, MarkedMention } from './mentions';
import { runInChunks } from './scheduler';
import { addBusy } from './stats';
import { blockOf } from './skip-rules';
import { createRunWalker, type TextRun } from './text-blocks';
import { containsComposed } from './tree-order';

export interface Hit {
  start: number;
  end: number;
  company: number;
}
export interface TextMatcher {
  find(text: string): Hit[];
  /** A pre-check fed node by node; without one every run goes to find(). */
  screen?(): Screen;
}

/** deep: the root and all under it; shallow: only the text runs whose block is `root`. */
export interface ScanJob {
  root: Node;
  shallow: boolean;
  /** Called once the region is done (the first full scan resolves page/mentions with it). */
  onDone?: () => void;
}

export interface ScannerDeps {
  matcher: TextMatcher;
  companyIds: readonly string[];
  store: MentionIndex;
  marker: Marker;
  stats: ScanStats;
  signal: AbortSignal;
  onShadowRoot(root: ShadowRoot): void;
  /** After each chunk's work (the fallback marker discards its own mutations there). */
  afterChunk?(): void;
  /** Called each time the queue drains. */
  onIdle(): void;
}

/** Past this many queued regions one rescan of the whole page is cheaper than sorting them out. */
const MAX_QUEUED = 300;

export interface Scanner {
  enqueue(job: ScanJob): void;
}

export function createScanner(deps: ScannerDeps): Scanner {
  const { signal, stats, store, marker } = deps;
  let queue: ScanJob[] = [];
  let running = false;

  const drop = (job: ScanJob) => {
    const test = job.shallow ? (node: Node) => blockOf(node) === job.root : (node: Node) => containsComposed(job.root, node);
    for (const m of store.dropWhere(test)) marker.remove(m.range);
  };

  const match = (run: TextRun) => {
    const hits = deps.matcher.find(run.text);
    if (hits.length === 0) return;
    const { nodes, starts, text, accept } = run;
    const found: MarkedMention[] = [];
    let i = 0;
    for (const hit of hits) {
      const companyId = deps.companyIds[hit.company];
      if (companyId === undefined || hit.end <= hit.start) continue;
      // A window of a long node: hits starting in its context belong to the windows around it.
      if (accept && (hit.start < accept.from || hit.start >= accept.to)) continue;
      // Hits come in text order, so the node pointer only moves forward.
      if (hit.start < starts[i]!) i = 0;
      while (i + 1 < nodes.length && starts[i + 1]! <= hit.start) i++;
      let j = i;
      while (j + 1 < nodes.length && starts[j + 1]! < hit.end) j++;
      const range = nodes[i]!.ownerDocument.createRange();
      try {
        range.setStart(nodes[i]!, hit.start - starts[i]!);
        range.setEnd(nodes[j]!, hit.end - starts[j]!);
      } catch {
        continue; // the node changed under us; its mutation record brings it back
      }
      found.push({ companyId, range, text: text.slice(hit.start, hit.end) });
    }
    // Ranges first, marks second: a wrapping marker splits nodes, and live ranges follow.
    for (const m of found) if (store.add(m)) marker.add(m.range);
  };

  const loop = async () => {
    running = true;
    try {
      for (let job = queue.shift(); job && !signal.aborted; job = queue.shift()) {
        drop(job);
        const screen = deps.matcher.screen?.();
        const walker = createRunWalker(job.root, { onRun: match, onShadowRoot: deps.onShadowRoot, counts: stats, screen }, job.shallow);
        let result = false as boolean | 'lost';
        await runInChunks((spent) => (result = walker.step(spent)) !== false, signal, (ms) => {
          addBusy(stats, ms);
          deps.afterChunk?.();
        });
        // A region's marks are painted together (see Marker.flush).
        await marker.flush();
        // The page removed what we stood on mid-walk: start the region over.
        if (result === 'lost' && job.root.isConnected) queue.push(job);
        else job.onDone?.();
      }
    } finally {
      running = false;
    }
    if (!signal.aborted) deps.onIdle();
  };

  return {
    enqueue(job) {
      if (signal.aborted) return;
      const covered = queue.find((o) => (o.root === job.root ? !o.shallow || job.shallow : !o.shallow && containsComposed(o.root, job.root)));
      if (covered) {
        covered.onDone = chain(covered.onDone, job.onDone);
        return;
      }
      if (!job.shallow) {
        const inside = queue.filter((o) => containsComposed(job.root, o.root));
        for (const o of inside) job.onDone = chain(job.onDone, o.onDone);
        queue = queue.filter((o) => !inside.includes(o));
      }
      queue.push(job);
      if (queue.length > MAX_QUEUED) {
        const doc = job.root.ownerDocument ?? (job.root as Document);
        const all = queue.map((o) => o.onDone);
        queue = [{ root: doc.body ?? doc.documentElement, shallow: false, onDone: () => all.forEach((fn) => fn?.()) }];
      }
      if (!running) void loop();
    },
  };
}

/** Both callbacks, in order (a merged job keeps the promises of the jobs it replaced). */
function chain(a?: () => void, b?: () => void): (() => void) | undefined {
  return a && b ? () => (a(), b()) : (a ?? b);
}
