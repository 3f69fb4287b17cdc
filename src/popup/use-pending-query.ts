/**
 * Picks up a query the context menu's "Look up" left with the background (read once), for
 * browsers that open the popup without a `?q=`.
 */
import { useEffect } from 'preact/hooks';
import type { Transport } from '../shared/transport';

export function usePendingQuery(transport: Transport, wanted: boolean, apply: (query: string) => void): void {
  useEffect(() => {
    if (!wanted) return;
    transport.toBackground<'tab/pending-search'>({ type: 'tab/pending-search' }).then(
      ({ query }) => {
        if (query) apply(query);
      },
      () => undefined,
    );
    // Once, at start-up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
