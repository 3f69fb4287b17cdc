/**
 * The card's controller, inside the lazily loaded chunk: watches the pointer over marked
 * mentions (src/content/hover) and drives the one card view. It lives in card.js, not in
 * content.js, because nothing can be hovered before the page has a mention, and the chunk is
 * loaded as soon as it has one. Aborting the signal removes every listener, timer, highlight
 * and the host element.
 */
import { setActiveRange } from '../hover/active-highlight';
import { sameMention, watchHover } from '../hover/intent';
import { watchTones } from '../hover/tone';
import type { MarkedMention, MentionStore } from '../mentions';
import type { HoverPrefs } from '../../shared/hover-prefs';
import type { CardView } from './api';
import type { ExtensionHooks } from './deps';
import { markIntentEnd, measurePainted } from './timing';

export interface CardController {
  open(m: MarkedMention, opts?: { focus?: boolean }): void;
  close(): void;
}

export interface CardControllerOptions {
  store: MentionStore;
  signal: AbortSignal;
  /** Hover-intent delay in ms (tests and benchmarks may shorten it); else the reader's setting. */
  intentMs?: number;
  /** The reader's hover settings, current (see hover-prefs-watch.ts). */
  prefs?: () => HoverPrefs;
  /** The pointer's last position seen by content.js before the chunk loaded. */
  initialPointer?: { x: number; y: number; target: EventTarget | null };
  send: ExtensionHooks['send'];
  uiLanguage: ExtensionHooks['uiLanguage'];
  getMessage: ExtensionHooks['getMessage'];
}

export function createCardController(
  opts: CardControllerOptions,
  createView: (hooks: ExtensionHooks) => CardView,
): CardController {
  const { store, signal } = opts;
  let view: CardView | undefined;
  let current: MarkedMention | undefined;

  const close = () => {
    if (!current) return;
    current = undefined;
    setActiveRange(undefined);
    view?.hide();
  };

  const getView = (): CardView =>
    (view ??= createView({ send: opts.send, uiLanguage: opts.uiLanguage, getMessage: opts.getMessage, requestClose: close, onContentShown: measurePainted }));

  // The chunk loads once the page has a mention: from then on the host carries the summary
  // of the page's mentions that screen readers can find (the marks themselves add no node).
  const summarise = () => {
    if (!signal.aborted) getView().summarise(store.list());
  };
  store.subscribe(summarise, signal);
  summarise();
  watchTones(store, signal);

  const open = (m: MarkedMention, o: { focus?: boolean } = {}) => {
    if (signal.aborted) return;
    const focus = o.focus ?? false;
    if (sameMention(m, current) && !focus) return;
    current = m;
    setActiveRange(m.range);
    getView().show({ companyId: m.companyId, range: m.range, text: m.text, focus });
  };

  const hover = watchHover({
    store,
    signal,
    intentMs: opts.intentMs ?? (opts.prefs ? () => opts.prefs!().delayMs : undefined),
    modifier: opts.prefs ? () => opts.prefs!().modifier : undefined,
    initial: opts.initialPointer,
    inCard: (target) => !!view && target === view.host,
    current: () => current,
    open(m) {
      markIntentEnd();
      open(m);
    },
    pending(m) {
      if (!m) view?.discard();
      else getView().prepare({ companyId: m.companyId, range: m.range, text: m.text, focus: false });
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
