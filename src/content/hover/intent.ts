/**
 * Hover intent over marked mentions: pointer moves are hit-tested at most once a frame; a
 * mention opens after resting on it for `intentMs`; leaving both mention and card closes
 * after `closeMs` (the grace that lets the pointer travel into the card). A touch tap opens
 * at once and is kept from following the link the mention sits in; a second tap on the same
 * mention is the page's again (it follows the link); a tap elsewhere closes the card. Every
 * listener and timer dies with the signal.
 */
import type { Modifier } from '../../shared/hover-prefs';
import type { MarkedMention, MentionStore } from '../mentions';
import { mentionAtPoint } from './hit-test';
import { createTapClickGuard } from './tap-click';

export const HOVER_INTENT_MS = 200;
const KEY_FLAG = { Alt: 'altKey', Control: 'ctrlKey', Shift: 'shiftKey', Meta: 'metaKey' } as const;
export const HOVER_CLOSE_MS = 300;

export interface HoverOptions {
  store: MentionStore;
  signal: AbortSignal;
  /** Whether an event target is (inside) the card, whose events retarget to its host. */
  inCard(target: EventTarget | null): boolean;
  /** The mention whose card is open, if any. */
  current(): MarkedMention | undefined;
  open(m: MarkedMention): void;
  close(): void;
  /** The pointer came to rest on a mention (a chance to prepare its card while the delay
   * runs), or, with undefined, moved on before the delay ended. */
  pending?(m: MarkedMention | undefined): void;
  /** A number, or the reader's current setting (read each time a delay starts). */
  intentMs?: number | (() => number);
  /** Open cards only while this key is held (the reader's setting; 'none' = always). */
  modifier?: () => Modifier;
  closeMs?: number;
  /** Where the pointer was before this watcher existed: it may already rest on a mention. */
  initial?: { x: number; y: number; target: EventTarget | null };
}

export function sameMention(a: MarkedMention | undefined, b: MarkedMention | undefined): boolean {
  return a === b || (!!a && !!b && a.companyId === b.companyId && a.range === b.range);
}

export function watchHover(o: HoverOptions): { cancel(): void } {
  const { signal } = o;
  const intentMs = () => (typeof o.intentMs === 'function' ? o.intentMs() : (o.intentMs ?? HOVER_INTENT_MS));
  const modifier = () => o.modifier?.() ?? 'none';
  /** Whether the required key is down, from the last pointer or key event. */
  let held = false;
  const closeMs = o.closeMs ?? HOVER_CLOSE_MS;
  let pending: { m: MarkedMention; timer: ReturnType<typeof setTimeout> } | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last: { x: number; y: number; target: EventTarget | null } | undefined;

  const cancelIntent = () => {
    if (!pending) return;
    clearTimeout(pending.timer);
    pending = undefined;
    o.pending?.(undefined);
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = () => {
    if (!o.current() || closeTimer !== undefined) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      o.close();
    }, closeMs);
  };

  const settle = (x: number, y: number, target: EventTarget | null) => {
    if (o.inCard(target)) {
      cancelIntent();
      cancelClose();
      return;
    }
    const found = mentionAtPoint(o.store, x, y);
    // Without the required key a mention is just text, except the one whose card is open.
    const m = found && (modifier() === 'none' || held || sameMention(found, o.current())) ? found : undefined;
    if (!m) {
      cancelIntent();
      scheduleClose();
      return;
    }
    if (sameMention(m, o.current())) {
      cancelIntent();
      cancelClose();
      return;
    }
    if (sameMention(m, pending?.m)) return;
    cancelIntent();
    o.pending?.(m);
    pending = {
      m,
      timer: setTimeout(() => {
        pending = undefined;
        cancelClose();
        o.open(m);
      }, intentMs()),
    };
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    const key = modifier();
    held = key !== 'none' && e[KEY_FLAG[key]];
    last = { x: e.clientX, y: e.clientY, target: e.target };
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (last && !signal.aborted) settle(last.x, last.y, last.target);
    });
  };
  const onOut = (e: PointerEvent) => {
    // Leaving the window: nothing is under the pointer any more.
    if (e.relatedTarget === null && e.pointerType !== 'touch') {
      cancelIntent();
      scheduleClose();
    }
  };
  /** The click a tap that opened a card is about to cause: it must not follow a link. */
  const tapClick = createTapClickGuard();
  const onUp = (e: PointerEvent) => {
    if (e.pointerType !== 'touch' || o.inCard(e.target)) return;
    const m = mentionAtPoint(o.store, e.clientX, e.clientY);
    cancelIntent();
    if (m && sameMention(m, o.current())) return; // the second tap: the page's link works
    if (m) {
      tapClick.arm(e.clientX, e.clientY);
      o.open(m);
    } else if (o.current()) o.close();
  };
  const onDown = (e: PointerEvent) => {
    tapClick.disarm();
    // A press elsewhere dismisses the card, as with any popover.
    if (e.pointerType === 'touch' || !o.current() || o.inCard(e.target)) return;
    if (!mentionAtPoint(o.store, e.clientX, e.clientY)) o.close();
  };

  if (o.initial) {
    last = o.initial;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (last && !signal.aborted) settle(last.x, last.y, last.target);
    });
  }

  const onKey = (e: KeyboardEvent) => {
    const key = modifier();
    if (key === 'none' || e.key !== key) return;
    held = e.type === 'keydown';
    // Pressing the key while resting on a mention is the cue: no need to move the pointer.
    if (held && !e.repeat && last) settle(last.x, last.y, last.target);
  };

  const opts = { capture: true, passive: true, signal };
  document.addEventListener('keydown', onKey, opts);
  document.addEventListener('keyup', onKey, opts);
  document.addEventListener('pointermove', onMove, opts);
  document.addEventListener('pointerout', onOut, opts);
  document.addEventListener('pointerup', onUp, opts);
  document.addEventListener('pointerdown', onDown, opts);
  // Not passive: it cancels the link navigation of the tap that opened a card.
  document.addEventListener('click', tapClick.onClick, { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      cancelIntent();
      cancelClose();
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
  // Escape while the delay runs: the card that was about to open must not.
  return { cancel: cancelIntent };
}
