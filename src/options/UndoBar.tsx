/** The last destructive action, with Undo: a polite live region, so it is announced but never steals focus. */
import type { OptionsTranslate } from './strings';
import type { Undo } from './undo';

export function UndoBar({ undo, t }: { undo: Undo; t: OptionsTranslate }) {
  const { state } = undo;
  return (
    <div class="undo-bar" role="status" aria-live="polite" hidden={state.status === 'idle'}>
      {state.status === 'idle' ? null : (
        <>
          <span class="undo-label">{state.status === 'failed' ? t('optUndoFailed', [state.message]) : state.entry.label}</span>
          <button type="button" class="btn" data-action="undo" disabled={state.status === 'running'} onClick={() => void undo.undo()}>
            {t('optUndo')}
          </button>
          <button type="button" class="btn btn-quiet" aria-label={t('optDismiss')} title={t('optDismiss')} onClick={undo.dismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
