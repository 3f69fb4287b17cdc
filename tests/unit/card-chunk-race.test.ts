/**
 * The card chunk loads when the page is idle, and a pointer can get to a mention first (or a
 * tab shown again: Firefox runs no idle callback in a background tab). A pointer that comes to
 * rest on a mention before the chunk has arrived must still open its card, without moving
 * again: content.js hands the chunk where it rests (here), and the chunk's watcher opens the
 * card there (card-hover.test.ts, "already rests on").
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardChunk } from '../../src/content/card/api';
import type { CardControllerOptions } from '../../src/content/card/controller';
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
});
