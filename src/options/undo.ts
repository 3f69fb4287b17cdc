/**
 * One pending undo at a time, as mail and file managers do: the last destructive action
 * (removing a pack, a site switch, a company, a never-mark word) can be taken back until
 * the next one replaces it. It is not timed out: a reader using a screen reader or a
 * keyboard gets as long as they need.
 */
import { messageOf } from './errors';
import { useCallback, useState } from 'preact/hooks';

export interface UndoEntry {
  /** What was done, e.g. “Removed “JD pack””. */
  label: string;
  run(): Promise<unknown>;
}

export type UndoState =
  | { status: 'idle' }
  | { status: 'offered'; entry: UndoEntry }
  | { status: 'running'; entry: UndoEntry }
  | { status: 'failed'; entry: UndoEntry; message: string };

export interface Undo {
  state: UndoState;
  offer(entry: UndoEntry): void;
  undo(): Promise<void>;
  dismiss(): void;
}

export function useUndo(): Undo {
  const [state, setState] = useState<UndoState>({ status: 'idle' });
  const offer = useCallback((entry: UndoEntry) => setState({ status: 'offered', entry }), []);
  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  const undo = useCallback(async () => {
    if (state.status !== 'offered' && state.status !== 'failed') return;
    const { entry } = state;
    setState({ status: 'running', entry });
    try {
      await entry.run();
      // A newer offer made meanwhile stays; only this entry is done.
      setState((s) => (s.status === 'running' && s.entry === entry ? { status: 'idle' } : s));
    } catch (error) {
      setState({ status: 'failed', entry, message: messageOf(error) });
    }
  }, [state]);
  return { state, offer, undo, dismiss };
}
