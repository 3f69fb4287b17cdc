/**
 * One enabled period of the content script in this frame: matcher, marker, scanner,
 * observer and card, all tied to one AbortSignal so switching off is a single abort().
 */
import type { CompiledPatterns, ScanStats } from '../shared/messages';
import { createMatcherSteps, type Matcher } from '../shared/matcher';
import { installCard } from './card/index';
import { createFoundReporter } from './found-reporter';
import { watchHoverPrefs } from './hover-prefs-watch';
import { setHighlightStyle } from './highlight-style';
import { DEFAULT_HOVER_PREFS, type HoverPrefs } from '../shared/hover-prefs';
import { whenFrameCanShowText } from './frame-gate';
import { createMarker } from './highlighter';
import { createMentionIndex, type MentionIndex } from './mentions';
import { createNavigator } from './navigation';
import { observePage } from './observer';
import { runInChunks } from './scheduler';
import { createScanner } from './scanner';
import { addBusy, addStartup, createStats } from './stats';
import { watchTextState, type TextStateWatch } from './text-state';

export interface SessionDeps {
  loadPatterns(): Promise<CompiledPatterns>;
  /** The reader's hover settings as last known (settings/page brings them); defaults if absent. */
  hoverPrefs?: HoverPrefs;
  /** Hears each change of the hover settings this session sees, so the next session starts from it. */
  onHoverPrefs?(prefs: HoverPrefs): void;
  reportFound(companyIds: string[]): Promise<unknown>;
  /** document.open() replaced the document: this session is over, start another. */
  onDocumentReplaced?(): void;
}

export interface Session {
  /** Settles when the first full scan of the frame has finished (or the session ended). */
  readonly ready: Promise<void>;
  readonly store: MentionIndex;
  readonly stats: ScanStats;
  reveal(companyId: string): boolean;
  next(): boolean;
  /** Puts our marks back if the page unregistered them, before anything is reported. */
  check(): void;
}

export function startSession(doc: Document, signal: AbortSignal, deps: SessionDeps): Session {
  const store = createMentionIndex();
  // Set before the first mark is drawn, so marks appear in the reader's style from the start.
  const known = deps.hoverPrefs ?? DEFAULT_HOVER_PREFS;
  setHighlightStyle(known.style);
  const stats = createStats();
  let card: ReturnType<typeof installCard> | undefined;
  let textState: TextStateWatch | undefined;
  // Hover exists only where there is something to hover: the card, the live settings and the
  // input side of the text-state watch are set up with the first mark, so a page without a
  // mention (most pages) never pays for them.
  const firstMark = () => {
    const prefs = watchHoverPrefs(signal, known, deps.onHoverPrefs);
    card = installCard({ store, signal, prefs });
    textState?.watchInput();
  };
  const navigator = createNavigator(store, { open: (m, opts) => card?.open(m, opts) });
  let firstScanDone!: () => void;
  const ready = new Promise<void>((resolve) => {
    firstScanDone = resolve;
    signal.addEventListener('abort', () => resolve(), { once: true });
  });

  const begin = (patterns: CompiledPatterns, matcher: Matcher) => {
    if (signal.aborted) return;
    const marker = createMarker(doc, signal, firstMark);
    const report = createFoundReporter(store, deps.reportFound, signal);
    const settled = () => {
      store.notify();
      report();
    };
    store.watchVisibility(settled, signal);
    const observer = observePage(doc, signal, (jobs, removed) => {
      if (removed) for (const m of store.dropWhere((node) => !node.isConnected)) marker.remove(m.range);
      for (const job of jobs) scanner.enqueue(job);
      if (jobs.length === 0) settled();
    }, (ms) => addBusy(stats, ms), deps.onDocumentReplaced);
    const scanner = createScanner({
      matcher,
      companyIds: patterns.companyIds,
      store,
      marker,
      stats,
      signal,
      onShadowRoot: (root) => observer.watch(root),
      // The fallback marker (no Highlight API) wraps text: the observer must not hear its own changes.
      afterChunk: () => {
        if (marker.mutatesDom) observer.discardPending();
      },
      onIdle: settled,
    });
    signal.addEventListener('abort', () => store.clear(), { once: true });
    textState = watchTextState(doc, signal, marker, () => scanner.enqueue({ root: doc.body ?? doc.documentElement, shallow: false }));
    if (doc.designMode === 'on') firstScanDone();
    // A page that never stops mutating never drains the queue: page/mentions waits for this job only.
    else {
      const onDone = () => {
        stats.firstScanMs = stats.scanMs;
        firstScanDone();
      };
      scanner.enqueue({ root: doc.body ?? doc.documentElement, shallow: false, onDone });
    }
  };

  // A frame that cannot show text yet answers page/mentions with nothing, and starts later.
  const view = doc.defaultView;
  const gate = view ? whenFrameCanShowText(view, signal) : new Promise<void>(() => undefined);
  if (gate) firstScanDone();
  // Without patterns there is nothing to mark; report an empty page rather than hang.
  Promise.resolve(gate)
    .then(() => deps.loadPatterns())
    .then(async (patterns) => {
      // Decoding is sliced (a 100,000-alias dataset takes tens of milliseconds): start-up
      // work, like setting up; the first scan chunk that runs inside begin() is in scanMs.
      const steps = createMatcherSteps(patterns);
      let matcher: Matcher | undefined;
      await runInChunks((spent) => {
        for (let r = steps.next(); ; r = steps.next()) {
          if (r.done) return !!(matcher = r.value);
          if (spent()) return false;
        }
      }, signal, addStartup);
      if (!matcher) return firstScanDone();
      const since = performance.now();
      const scanned = stats.scanMs;
      begin(patterns, matcher);
      addStartup(performance.now() - since - (stats.scanMs - scanned));
    })
    .catch(() => firstScanDone());
  return { ready, store, stats, reveal: navigator.reveal, next: navigator.next, check: () => textState?.check() };
}
