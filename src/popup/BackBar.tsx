/** "Back" to the search; it takes focus so Enter/Space or Escape return at once. */
import { useEffect, useRef } from 'preact/hooks';
import type { PopupTranslate } from './strings';

export function BackBar({ onBack, t }: { onBack(): void; t: PopupTranslate }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div class="back-bar">
      <button ref={button} type="button" class="back" onClick={onBack}>
        ← {t('popupBack')}
      </button>
    </div>
  );
}
