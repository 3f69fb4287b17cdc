/**
 * Moving to mentions for the popup ("on this page") and the keyboard command: scroll the
 * mention into view, then let the card open on it.
 */
import type { MarkedMention, MentionStore } from './mentions';
import { elementOf } from './element-of';

export interface CardOpener {
  open(m: MarkedMention, opts?: { focus?: boolean }): void;
}

function scrollTo(m: MarkedMention): void {
  elementOf(m.range.startContainer)?.scrollIntoView({ block: 'center' });
  // Then up to a fifth of the window's height: the card's first view (≤ 560 px) opens below
  // it without scrolling, where a centred mention left it half the screen.
  const top = m.range.getBoundingClientRect().top;
  const wanted = window.innerHeight / 5;
  if (top > wanted) window.scrollBy({ top: top - wanted, behavior: 'instant' });
}

export function createNavigator(store: MentionStore, card: CardOpener) {
  let current: MarkedMention | undefined;
  const go = (m: MarkedMention, focus: boolean) => {
    current = m;
    scrollTo(m);
    card.open(m, { focus });
  };
  return {
    reveal(companyId: string): boolean {
      const m = store.list().find((x) => x.companyId === companyId);
      // Chosen in the popup, from the keyboard as often as not: the card takes focus, so a
      // keyboard or screen-reader user lands inside it (Escape returns to the page).
      if (m) go(m, true);
      return !!m;
    },
    /** After the last one visited, else the first below the viewport's top; wraps around. */
    next(): boolean {
      const list = store.list();
      if (list.length === 0) return false;
      const at = current ? list.indexOf(current) : -1;
      const m = at >= 0 ? list[(at + 1) % list.length]! : (list.find((x) => x.range.getBoundingClientRect().top >= 0) ?? list[0]!);
      go(m, true);
      return true;
    },
  };
}
