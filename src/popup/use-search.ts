/**
 * Results for the current query, asked of the background on every keystroke. Answers can
 * arrive out of order; only the answer to the latest query is ever shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../shared/messages';
import type { Transport } from '../shared/transport';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; results: SearchResult[] }
  | { status: 'error'; query: string; message: string; notReady: boolean };

const NOT_READY = /not (yet )?ready|seed|loading|upgrad|no dataset/i;
export const RESULT_LIMIT = 20;

export function useSearch(transport: Transport, query: string): { state: SearchState; retry(): void } {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const seq = ++latest.current;
    const q = query.trim();
    if (!q) {
      setState({ status: 'idle' });
      return;
    }
    // Keep showing the previous results while the next answer is on its way (no flicker).
    setState((prev) => (prev.status === 'done' ? prev : { status: 'loading', query: q }));
    transport.toBackground<'db/search'>({ type: 'db/search', query: q.slice(0, 200), limit: RESULT_LIMIT }).then(
      ({ results }) => {
        if (seq === latest.current) setState({ status: 'done', query: q, results });
      },
      (e: unknown) => {
        if (seq !== latest.current) return;
        const message = e instanceof Error ? e.message : String(e);
        setState({ status: 'error', query: q, message, notReady: NOT_READY.test(message) });
      },
    );
  }, [transport, query, attempt]);

  // While the background is still seeding the dataset, try again by itself.
  useEffect(() => {
    if (state.status !== 'error' || !state.notReady) return;
    const timer = setTimeout(() => setAttempt((a) => a + 1), 500);
    return () => clearTimeout(timer);
  }, [state]);

  return { state, retry: () => setAttempt((a) => a + 1) };
}
