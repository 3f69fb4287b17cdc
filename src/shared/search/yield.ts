/**
 * Running long work as a chain of short tasks, so the worker answers messages in between.
 * Plain nested timers are clamped to 4 ms each in browsers, which for hundreds of 3 ms
 * slices would more than double a build; these ways of yielding are not clamped.
 */
type PostTask = (run: () => void, options: { priority: 'background' }) => Promise<unknown>;

export interface Yielder {
  /** Runs `run` as a later task, after whatever is already queued (messages included). */
  next(run: () => void): void;
  /** Frees the channel, if one was opened (an open port keeps node alive). */
  close(): void;
}

export function createYielder(): Yielder {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  // Chrome (and Firefox 142+): background priority, so queued messages always go first.
  if (scheduler?.postTask) return { next: (run) => void scheduler.postTask!(run, { priority: 'background' }), close: () => {} };
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    let pending: (() => void) | undefined;
    channel.port1.onmessage = () => {
      const run = pending;
      pending = undefined;
      run?.();
    };
    return {
      next(run) {
        pending = run;
        channel.port2.postMessage(null);
      },
      close() {
        channel.port1.close();
        channel.port2.close();
      },
    };
  }
  return { next: (run) => void setTimeout(run, 0), close: () => {} };
}
