import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mentionAtPoint } from '../../src/content/hover/hit-test';
import { watchHover } from '../../src/content/hover/intent';
import type { MarkedMention, MentionStore } from '../../src/content/mentions';
import { clearHoverFixture, mentionOnScreen } from './hover-fixture';

const setup = mentionOnScreen;

afterEach(clearHoverFixture);

describe('mentionAtPoint', () => {
  it('finds the mention under the pointer', () => {
    const { store, mention } = setup();
    expect(mentionAtPoint(store, 75, 20)).toBe(mention);
  });

  it('ignores a caret that snapped to the mention from outside its box', () => {
    const { store } = setup();
    // Below the line: the caret still lands inside "Banma", but the pointer is not on it.
    expect(mentionAtPoint(store, 75, 60)).toBeUndefined();
    expect(mentionAtPoint(store, 20, 20)).toBeUndefined();
  });
});

describe('hover intent', () => {
  let ac: AbortController;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    ac = new AbortController();
  });
  afterEach(() => ac.abort());

  /** `initial`: where the pointer was before the watcher existed (the card chunk arrived late). */
  function watch(store: MentionStore, initial?: { x: number; y: number }) {
    let current: MarkedMention | undefined;
    const open = vi.fn((m: MarkedMention) => (current = m));
    const close = vi.fn(() => (current = undefined));
    const pending = vi.fn();
    const card = document.createElement('div');
    document.body.append(card);
    const hover = watchHover({ store, signal: ac.signal, inCard: (t) => t === card, current: () => current, open, close, pending, intentMs: 200, closeMs: 300, initial: initial && { ...initial, target: document.body } });
    const move = (x: number, y: number, target: EventTarget = document.body) => {
      target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerType: 'mouse' }));
      vi.advanceTimersByTime(20); // one frame
    };
    return { open, close, pending, card, move, hover };
  }

  it('opens after resting on a mention for the intent delay, not before', () => {
    const { store, mention } = setup();
    const { open, move } = watch(store);
    move(75, 20);
    vi.advanceTimersByTime(150);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(open).toHaveBeenCalledWith(mention);
  });

  it('opens the card of the mention the pointer already rests on, after the delay, with no move', () => {
    const { store, mention } = setup();
    const { open } = watch(store, { x: 75, y: 20 });
    vi.advanceTimersByTime(20 + 150);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(open).toHaveBeenCalledWith(mention);
  });

  it('opens nothing when the pointer was last seen off every mention', () => {
    const { store } = setup();
    const { open } = watch(store, { x: 10, y: 60 });
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });

  it('does not open when the pointer only passes over, and drops what it prepared', () => {
    const { store, mention } = setup();
    const { open, pending, move } = watch(store);
    move(75, 20);
    expect(pending).toHaveBeenLastCalledWith(mention);
    move(300, 300);
    expect(pending).toHaveBeenLastCalledWith(undefined);
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });

  it('keeps the card while the pointer travels into it, closes after leaving both', () => {
    const { store } = setup();
    const { close, card, move } = watch(store);
    move(75, 20);
    vi.advanceTimersByTime(250);
    move(75, 45); // the gap between mention and card
    vi.advanceTimersByTime(100);
    move(80, 60, card);
    vi.advanceTimersByTime(1000);
    expect(close).not.toHaveBeenCalled();
    move(600, 600);
    vi.advanceTimersByTime(400);
    expect(close).toHaveBeenCalledOnce();
  });

  it('does not open when cancelled (Escape) during the delay', () => {
    const { store } = setup();
    const { open, move, hover } = watch(store);
    move(75, 20);
    vi.advanceTimersByTime(100);
    hover.cancel();
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens at once on a touch tap, and a tap elsewhere closes', () => {
    const { store, mention } = setup();
    const { open, close } = watch(store);
    const tap = (x: number, y: number) =>
      document.body.dispatchEvent(new PointerEvent('pointerup', { clientX: x, clientY: y, bubbles: true, pointerType: 'touch' }));
    tap(75, 20);
    expect(open).toHaveBeenCalledWith(mention);
    tap(400, 400);
    expect(close).toHaveBeenCalledOnce();
  });

  it('keeps the tap that opens a card from following the link; the second tap on it is the page’s', () => {
    const { store, p } = setup();
    const { open } = watch(store);
    const tap = (x: number, y: number) => {
      p.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: y, bubbles: true, pointerType: 'touch' }));
      p.dispatchEvent(new PointerEvent('pointerup', { clientX: x, clientY: y, bubbles: true, pointerType: 'touch' }));
      const click = new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, cancelable: true });
      p.dispatchEvent(click);
      return click.defaultPrevented;
    };
    expect(tap(75, 20)).toBe(true); // opened the card: no navigation
    expect(open).toHaveBeenCalledOnce();
    expect(tap(75, 20)).toBe(false); // the same mention again: the link works
    expect(open).toHaveBeenCalledOnce();
    expect(tap(400, 400)).toBe(false); // elsewhere: closes, never blocks the page
  });

  it('stops listening when the signal aborts', () => {
    const { store } = setup();
    const { open, move } = watch(store);
    ac.abort();
    move(75, 20);
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });
});
