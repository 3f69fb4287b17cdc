/**
 * The search field. It owns the keyboard: ↑/↓ move the selection, Enter opens it, Escape
 * clears the query and, on an empty field, closes the popup.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PopupTranslate } from './strings';

export interface SearchBoxProps {
  query: string;
  onQuery(q: string): void;
  onMove(delta: 1 | -1): void;
  onEnter(): void;
  onClose(): void;
  /** The id of the selected option, for screen readers (aria-activedescendant). */
  activeId?: string;
  listId: string;
  expanded: boolean;
  t: PopupTranslate;
}

export function SearchBox(props: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    // Read by the search benchmark: the popup is usable from here on.
    if (!performance.getEntriesByName('cc-popup-interactive').length) performance.mark('cc-popup-interactive');
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing) return; // keys that belong to the Korean/Chinese IME
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      props.onMove(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onEnter();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (props.query) props.onQuery('');
      else props.onClose();
    }
  };

  return (
    <div class="search">
      <input
        ref={input}
        id="search"
        type="search"
        role="combobox"
        aria-label={props.t('popupSearchLabel')}
        aria-autocomplete="list"
        aria-expanded={props.expanded}
        aria-controls={props.listId}
        aria-activedescendant={props.activeId}
        placeholder={props.t('popupSearchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={props.query}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
