/**
 * Tells the background which companies this frame shows (for the toolbar badge), at most a
 * few times a second and only when the set changed.
 */
import type { MentionIndex } from './mentions';

const DEBOUNCE_MS = 250;

export function createFoundReporter(
  store: MentionIndex,
  send: (companyIds: string[]) => Promise<unknown>,
  signal: AbortSignal,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const report = (ids: string[]) => {
    const key = ids.join(',');
    if (key === last) return;
    last = key;
    // The background may be restarting; the next change reports again.
    send(ids).catch(() => undefined);
  };
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      report([]);
    },
    { once: true },
  );
  return () => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => report([...new Set(store.list().map((m) => m.companyId))].sort()), DEBOUNCE_MS);
  };
}
