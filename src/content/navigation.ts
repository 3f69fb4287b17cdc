/**
 * Moving to mentions for the popup ("on this page") and the keyboard command: scroll the
 * mention into view, then let the card open on it.
 */
import type { MarkedMention, MentionStore } from './mentions';

export interface CardOpener {
  open(m: MarkedMention, opts?: { focus?: boolean }): void;
}

function scrollTo(m: MarkedMention): void {
  const node = m.range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: 'center' });
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
      if (m) go(m, false);
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
