/**
 * Drives a generator of work in slices of a few milliseconds, one task each, so the worker
 * keeps answering messages while a big matcher or merge is built. `onSlice` reports each
 * slice's length (the packs bench reads the longest).
 */
import { createYielder } from '../../shared/search/yield';

export const SLICE_MS = 8;

export interface SliceStats {
  slices: number;
  longestMs: number;
}

/** The longest slice run in this worker so far (reset by the bench). */
export const sliceStats: SliceStats = { slices: 0, longestMs: 0 };

export function runSliced<T>(steps: Generator<void, T>, budgetMs = SLICE_MS): Promise<T> {
  const yielder = createYielder();
  return new Promise<T>((resolve, reject) => {
    const slice = () => {
      const started = performance.now();
      try {
        for (;;) {
          const r = steps.next();
          if (r.done) {
            note(started);
            yielder.close();
            return resolve(r.value);
          }
          if (performance.now() - started >= budgetMs) break;
        }
      } catch (error) {
        yielder.close();
        return reject(error);
      }
      note(started);
      yielder.next(slice);
    };
    slice();
  });
}

function note(started: number): void {
  const ms = performance.now() - started;
  sliceStats.slices++;
  if (ms > sliceStats.longestMs) sliceStats.longestMs = ms;
}

/** A pause between slices of async work (an import's chunk): the next task, after queued messages. */
export function pause(): Promise<void> {
  const yielder = createYielder();
  return new Promise<void>((resolve) =>
    yielder.next(() => {
      yielder.close();
      resolve();
    }),
  );
}
