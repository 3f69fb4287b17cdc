/** Marks the hovered/open mention with a second highlight so the page shows which one the card is about. */
import { ACTIVE_HIGHLIGHT } from '../highlight-style';

export function setActiveRange(range: Range | undefined): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  if (!range) {
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    return;
  }
  const active = new Highlight(range);
  // Above the mention and tone highlights, so its underline and tint are the ones painted.
  active.priority = 2;
  CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
}
