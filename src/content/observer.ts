/**
 * Watches the page for late content (infinite scroll, SPA navigation, text edits) and turns
 * each batch of mutations into the smallest regions to rescan: an added block is scanned
 * whole; added inline content or edited text rescans only its block's own text.
 */
import type { ScanJob } from './scanner';
import { elementOf } from './element-of';
import { CARD_HOST_ATTR, Kind, blockOf, classify, isInSkippedRegion, isPageLevel } from './skip-rules';

/** contenteditable and hidden: text that becomes editable or hidden loses its marks, and is rescanned when it stops being so. */
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributeFilter: ['contenteditable', 'hidden'] };
/** Mutations come in storms (a feed renders 40 items): gather them before rescanning. */
const BATCH_MS = 100;

export interface PageObserver {
  /** Also watch a shadow root found while scanning (observers do not cross into them). */
  watch(root: Node): void;
  /** Forgets mutations queued so far: the wrapping fallback's own edits after each chunk. */
  discardPending(): void;
}

export function observePage(
  doc: Document,
  signal: AbortSignal,
  onBatch: (jobs: ScanJob[], removed: boolean) => void,
  /** Busy time of each batch (sorting records into jobs, dropping removed mentions). */
  onBusy: (ms: number) => void,
  /**
   * document.open() replaced the whole document: listeners the session put on it (hover)
   * are gone with the old one, so the session must start over.
   */
  onDocumentReplaced?: () => void,
): PageObserver {
  let pending: MutationRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const root = doc.documentElement;
  const observer = new MutationObserver((records) => {
    if (onDocumentReplaced && doc.documentElement !== root && records.some((r) => r.target === doc)) {
      observer.disconnect();
      return onDocumentReplaced();
    }
    pending.push(...records);
    timer ??= setTimeout(flush, BATCH_MS);
  });
  const flush = () => {
    timer = undefined;
    const records = pending;
    pending = [];
    if (!signal.aborted) {
      const started = performance.now();
      const { jobs, removed } = jobsFor(records);
      if (jobs.length > 0 || removed) onBatch(jobs, removed);
      onBusy(performance.now() - started);
    }
  };
  observer.observe(doc, OPTIONS);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      pending = [];
    },
    { once: true },
  );
  return { watch: (root) => observer.observe(root, OPTIONS), discardPending: () => void observer.takeRecords() };
}

function jobsFor(records: MutationRecord[]): { jobs: ScanJob[]; removed: boolean } {
  const jobs: ScanJob[] = [];
  const seen = new Set<Node>();
  let removed = false;
  const add = (root: Node, shallow: boolean) => {
    if (seen.has(root) || !root.isConnected) return;
    seen.add(root);
    jobs.push({ root, shallow });
  };
  /** The text around `node` changed: rescan its block's own runs, or just `node` when that block is the page. */
  const textChanged = (node: Node) => {
    const block = blockOf(node);
    if (isPageLevel(block)) add(node, false);
    else add(block, true);
  };
  /** Regions whose editable or hidden state changed: rescanned even when now skipped, which drops their marks. */
  const flipped: ScanJob[] = [];
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      if (target.isConnected && !isOurs(target) && !seen.has(target)) {
        seen.add(target);
        flipped.push({ root: target, shallow: false });
      }
      continue;
    }
    if (record.type === 'characterData') {
      if (!isOurs(target)) textChanged(target);
      continue;
    }
    if (record.removedNodes.length > 0) removed = true;
    if (record.addedNodes.length === 0 || isOurs(target)) continue;
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.TEXT_NODE) textChanged(node);
      else if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (el.hasAttribute(CARD_HOST_ATTR)) continue;
        const kind = classify(el);
        if (kind === Kind.Skip) continue;
        if (kind !== Kind.Inline || el.childElementCount > 0) add(el, false);
        if (kind !== Kind.Block) textChanged(el);
      }
    }
  }
  // Deep jobs first: a shallow rescan after them re-joins text across the added element's edges.
  jobs.sort((a, b) => Number(a.shallow) - Number(b.shallow));
  return { jobs: [...flipped, ...jobs.filter((j) => !isInSkippedRegion(j.root))], removed };
}

/** Inside our card, or in a region we never mark (an editor the user is typing in). */
function isOurs(node: Node): boolean {
  return !!elementOf(node)?.closest(`[${CARD_HOST_ATTR}]`);
}
