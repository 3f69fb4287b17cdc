/**
 * The hover card's entry in the small content bundle. Everything else — hover detection,
 * Preact, floating-ui, the styles — lives in the lazily imported chunk (card.js), loaded when
 * the page is idle once it has a mention to hover, so pages without mentions pay nothing and
 * content.js stays small.
 */
import browser from 'webextension-polyfill';
import { browserTransport } from '../../shared/transport';
import type { HoverPrefs } from '../../shared/hover-prefs';
import type { MarkedMention, MentionStore } from '../mentions';
import type { CardController } from './controller';
import { loadCardChunk, whenIdle } from './loader';
import { mentionAtPoint } from '../hover/hit-test';
import { createTapClickGuard } from '../hover/tap-click';

export type { CardController };

export interface InstallCardOptions {
  store: MentionStore;
  signal: AbortSignal;
  /** Hover-intent delay in ms (tests and benchmarks may shorten it). */
  intentMs?: number;
  /** The reader's hover settings, current. */
  prefs?: () => HoverPrefs;
}

export function installCard(opts: InstallCardOptions): CardController {
  const { store, signal } = opts;
  let controller: Promise<CardController> | undefined;
  /** Bumped on every open/close so an open that waited for the chunk does not outlive a close. */
  let generation = 0;

  // Until the chunk's own hover watcher runs, remember where the pointer is (it may already
  // rest on a mention when the chunk arrives), and take pointer activity as the cue to load.
  let pointer: { x: number; y: number; target: EventTarget | null } | undefined;
  const tracking = new AbortController();
  signal.addEventListener('abort', () => tracking.abort(), { once: true });
  document.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      pointer = { x: e.clientX, y: e.clientY, target: e.target };
      if (store.list().length > 0) void load().catch(() => undefined);
    },
    { capture: true, passive: true, signal: tracking.signal },
  );

  // A tap on a mention before the chunk has loaded (it loads when the page is idle, so a quick
  // finger can come first): the chunk's watcher is not there yet to open the card and keep a
  // link under the mention from being followed, so this does what it would. The click that
  // follows the tap is swallowed whenever it comes, even after the chunk has arrived.
  const tapClick = createTapClickGuard();
  document.addEventListener(
    'pointerup',
    (e) => {
      if (e.pointerType !== 'touch') return;
      const m = mentionAtPoint(store, e.clientX, e.clientY);
      if (!m) return;
      tapClick.arm(e.clientX, e.clientY);
      api.open(m);
    },
    { capture: true, passive: true, signal: tracking.signal },
  );
  document.addEventListener('click', tapClick.onClick, { capture: true, signal });

  const load = (): Promise<CardController> => {
    controller ??= loadCardChunk().then((chunk) => {
      if (signal.aborted) throw new Error('switched off');
      tracking.abort();
      return chunk.installCardUi({
        ...opts,
        initialPointer: pointer,
        send: browserTransport.toBackground,
        uiLanguage: browser.i18n.getUILanguage?.(),
        getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
      });
    });
    // A failed load (extension reloaded, a page CSP quirk) may succeed on the next try.
    controller.catch(() => (controller = undefined));
    return controller;
  };

  let requested = false;
  const loadOnceMentioned = () => {
    if (requested || store.list().length === 0) return;
    requested = true;
    whenIdle(signal, () => void load().catch(() => undefined));
  };
  store.subscribe(loadOnceMentioned, signal);
  loadOnceMentioned();

  const api: CardController = {
    open(m: MarkedMention, o?: { focus?: boolean }) {
      const mine = ++generation;
      load().then(
        (c) => mine === generation && c.open(m, o),
        (error: unknown) => signal.aborted || console.warn('Company Context: the card could not load', error),
      );
    },
    close() {
      generation++;
      void controller?.then((c) => c.close(), () => undefined);
    },
  };
  return api;
}
