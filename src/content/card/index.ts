/**
 * The hover card's entry in the (small) content bundle: hover detection and hit-testing
 * live here; the card itself (Preact, floating-ui, styles) is a lazily imported chunk.
 * STUB: signature published for the detection engineer; implementation follows.
 */
import type { MarkedMention, MentionStore } from '../mentions';

export interface CardController {
  open(m: MarkedMention, opts?: { focus?: boolean }): void;
  close(): void;
}

export function installCard(opts: { store: MentionStore; signal: AbortSignal }): CardController {
  void opts;
  return { open() {}, close() {} };
}
