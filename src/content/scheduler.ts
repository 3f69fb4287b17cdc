/**
 * Cooperative chunks: work for a few milliseconds, then give the page its main thread back
 * before continuing, so no task of ours comes near the 50 ms long-task mark.
 */
export const CHUNK_BUDGET_MS = 8;

interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work(spent)` chunk after chunk until it returns true (done) or `signal` aborts.
 * `spent()` tells the work when its chunk is over; `onChunk` receives each chunk's busy time.
 */
export async function runInChunks(
  work: (spent: () => boolean) => boolean,
  signal: AbortSignal,
  onChunk: (ms: number) => void,
): Promise<void> {
  while (!signal.aborted) {
    const started = performance.now();
    const deadline = started + CHUNK_BUDGET_MS;
    const done = work(() => performance.now() >= deadline);
    onChunk(performance.now() - started);
    if (done) return;
    await yieldToPage();
  }
}
