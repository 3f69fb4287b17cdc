/**
 * Cooperative chunks: work for a few milliseconds, then give the page its main thread back
 * before continuing, so no task of ours comes near the 50 ms long-task mark.
 *
 * "Giving it back" must let the page's own queued tasks run first. scheduler.yield() does
 * not: its continuation is queued ahead of the page's tasks (measured in Chromium 156, a
 * page's 5 ms timer fired 0 times during a second of our chunks). A task posted at
 * user-visible priority queues behind what the page already has (its timers, messages,
 * input), and unlike 'background' it is never starved by a page that keeps its thread busy,
 * so the first scan (and page/mentions) always finishes. Without postTask (older
 * browsers), a plain setTimeout does the same.
 */
export const CHUNK_BUDGET_MS = 8;

interface TaskScheduler {
  postTask(callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'user-visible' });
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
