/** What to say when there are no results to list: nothing found, not ready yet, or an error. */
import type { PopupTranslate } from './strings';
import type { SearchState } from './use-search';

export function SearchStatus({ state, onRetry, t }: { state: SearchState; onRetry(): void; t: PopupTranslate }) {
  if (state.status === 'done' && state.results.length === 0) {
    return (
      <p class="state-empty" role="status">
        {t('popupNoResults', [state.query])}
      </p>
    );
  }
  if (state.status === 'error' && state.notReady) {
    return (
      <p class="state-wait" role="status">
        {t('popupNotReady')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p class="state-error" role="alert">
        {t('popupError', [state.message])}{' '}
        <button type="button" onClick={onRetry}>
          {t('popupRetry')}
        </button>
      </p>
    );
  }
  return null;
}
