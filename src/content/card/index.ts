/**
 * The hover card's entry in the small content bundle. It watches the pointer over marked
 * mentions (src/content/hover) and drives the card, which lives in a lazily imported chunk
 * (card.js) with Preact and floating-ui. Aborting the signal removes every listener, timer,
 * highlight and the host element.
 */
import browser from 'webextension-polyfill';
import { browserTransport } from '../../shared/transport';
import { setActiveRange } from '../hover/active-highlight';
import { sameMention, watchHover } from '../hover/intent';
import type { MarkedMention, MentionStore } from '../mentions';
import type { CardView } from './api';
import { loadCardChunk, preloadWhenIdle } from './loader';
import { markIntentEnd, measurePainted } from './timing';

export interface CardController {
  open(m: MarkedMention, opts?: { focus?: boolean }): void;
  close(): void;
}

export interface InstallCardOptions {
  store: MentionStore;
  signal: AbortSignal;
  /** Hover-intent delay in ms (tests and benchmarks may shorten it). */
  intentMs?: number;
}

export function installCard(opts: InstallCardOptions): CardController {
  const { store, signal } = opts;
  let view: CardView | undefined;
  let current: MarkedMention | undefined;
  /** Bumped on every open/close so a chunk that loads late does not show a stale card. */
  let generation = 0;
  let preparing = 0;

  const close = () => {
    generation++;
    if (!current) return;
    current = undefined;
    setActiveRange(undefined);
    view?.hide();
  };

  const getView = async (): Promise<CardView> => {
    if (view) return view;
    const chunk = await loadCardChunk();
    view ??= chunk.createCardView({
      send: browserTransport.toBackground,
      getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
      requestClose: close,
      onContentShown: measurePainted,
    });
    return view;
  };

  const open = (m: MarkedMention, o: { focus?: boolean } = {}) => {
    if (signal.aborted) return;
    const mine = ++generation;
    const focus = o.focus ?? false;
    if (sameMention(m, current) && !focus) return;
    current = m;
    setActiveRange(m.range);
    getView().then(
      (v) => {
        if (mine === generation && !signal.aborted) v.show({ companyId: m.companyId, range: m.range, text: m.text, focus });
      },
      (error: unknown) => console.warn('Company Context: the card could not load', error),
    );
  };

  const hover = watchHover({
    store,
    signal,
    intentMs: opts.intentMs,
    inCard: (target) => !!view && target === view.host,
    current: () => current,
    open(m) {
      markIntentEnd();
      open(m);
    },
    pending(m) {
      const mine = ++preparing;
      if (!m) view?.discard();
      // A chunk that loads after the pointer moved on must not prepare a stale card.
      else getView().then((v) => mine === preparing && v.prepare({ companyId: m.companyId, range: m.range, text: m.text, focus: false }), () => undefined);
    },
    close,
  });

  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      hover.cancel();
      if (current) close();
    },
    { capture: true, signal },
  );

  // Warm the chunk once the page has something to hover.
  let preloaded = false;
  const maybePreload = () => {
    if (preloaded || store.list().length === 0) return;
    preloaded = true;
    preloadWhenIdle(signal);
  };
  store.subscribe(maybePreload, signal);
  maybePreload();

  signal.addEventListener(
    'abort',
    () => {
      close();
      view?.destroy();
      view = undefined;
    },
    { once: true },
  );

  return { open, close };
}
