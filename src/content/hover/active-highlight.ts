/** Marks the hovered/open mention with a second highlight so the page shows which one the card is about. */
const ACTIVE = 'company-context-active';

export function setActiveRange(range: Range | undefined): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  if (range) CSS.highlights.set(ACTIVE, new Highlight(range));
  else CSS.highlights.delete(ACTIVE);
}
