/**
 * The hover tests' page: a paragraph "Hello Banma!" whose mention occupies x 50..100,
 * y 10..30 on screen. happy-dom has no layout and no caretPositionFromPoint, so both are
 * faked here, once for every hover test.
 */
import { vi } from 'vitest';
import type { MarkedMention, MentionStore } from '../../src/content/mentions';

export function mentionOnScreen() {
  const p = document.createElement('p');
  p.textContent = 'Hello Banma!';
  document.body.append(p);
  const text = p.firstChild!;
  const range = document.createRange();
  range.setStart(text, 6);
  range.setEnd(text, 11);
  const mention: MarkedMention = { companyId: 'banma', range, text: 'Banma' };
  const store: MentionStore = {
    list: () => [mention],
    at: (node, offset) => (node === text && offset >= 6 && offset <= 11 ? mention : undefined),
    subscribe: () => undefined,
  };
  vi.spyOn(range, 'getClientRects').mockReturnValue([new DOMRect(50, 10, 50, 20)] as unknown as DOMRectList);
  // The caret snaps to the nearest character, wherever the pointer is on the line.
  const caret = (x: number) => ({ offsetNode: text, offset: Math.max(0, Math.min(12, Math.round(x / 10))) });
  (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = (x: number) => caret(x);
  return { p, mention, store };
}

/** Undoes mentionOnScreen() and any fake timers (for afterEach). */
export function clearHoverFixture(): void {
  document.body.replaceChildren();
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  vi.useRealTimers();
  vi.restoreAllMocks();
}
