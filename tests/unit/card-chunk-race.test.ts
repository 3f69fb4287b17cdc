/**
 * The card chunk loads when the page is idle, and a pointer can get to a mention first (or a
 * tab shown again: Firefox runs no idle callback in a background tab). A pointer that comes to
 * rest on a mention before the chunk has arrived must still open its card, without moving again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardChunk } from '../../src/content/card/api';
import type { CardControllerOptions } from '../../src/content/card/controller';
import { watchHover } from '../../src/content/hover/intent';
import type { MarkedMention } from '../../src/content/mentions';
import { clearHoverFixture, mentionOnScreen } from './hover-fixture';

let arrive: (chunk: CardChunk) => void = () => undefined;
vi.mock('../../src/content/card/loader', () => ({
  loadCardChunk: () => new Promise<CardChunk>((resolve) => (arrive = resolve)),
  // The page never goes idle here: only the pointer can start the load.
  whenIdle: () => undefined,
}));
const { installCard } = await import('../../src/content/card/index');

const move = (x: number, y: number, target: EventTarget = document.body) =>
  target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerType: 'mouse' }));

describe('a pointer that reaches a mention before the card chunk', () => {
  let ac: AbortController;
  beforeEach(() => {
    ac = new AbortController();
    (globalThis as { chrome: { i18n?: unknown } }).chrome.i18n = { getUILanguage: () => 'en', getMessage: () => '' };
  });
  afterEach(() => {
    ac.abort();
    clearHoverFixture();
  });

  it('starts the load, and the chunk is handed where the pointer rests now', async () => {
    const { store } = mentionOnScreen();
    const installCardUi = vi.fn((_o: CardControllerOptions) => ({ open: vi.fn(), close: vi.fn() }));
    installCard({ store, signal: ac.signal });
    move(10, 20);
    move(75, 20);
    arrive({ createCardView: vi.fn(), installCardUi } as unknown as CardChunk);
    await vi.waitFor(() => expect(installCardUi).toHaveBeenCalledOnce());
    expect(installCardUi.mock.calls[0]![0].initialPointer).toMatchObject({ x: 75, y: 20 });
  });

  it('opens the card of the mention the pointer rests on, after the delay, with no further move', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const { store, mention } = mentionOnScreen();
    let current: MarkedMention | undefined;
    const open = vi.fn((m: MarkedMention) => (current = m));
    watchHover({ store, signal: ac.signal, inCard: () => false, current: () => current, open, close: vi.fn(), intentMs: 200, initial: { x: 75, y: 20, target: document.body } });
    vi.advanceTimersByTime(20 + 150);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(open).toHaveBeenCalledWith(mention);
  });

  it('opens nothing when the pointer was last seen off every mention', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const { store } = mentionOnScreen();
    const open = vi.fn();
    watchHover({ store, signal: ac.signal, inCard: () => false, current: () => undefined, open, close: vi.fn(), intentMs: 200, initial: { x: 10, y: 60, target: document.body } });
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });
});
