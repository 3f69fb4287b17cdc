/** Chromium's trace through a CDP session: start it, keep the events wanted, and hand them over once tracing is complete. */
import type { CDPSession } from 'playwright-core';

/** Starts tracing `categories` through `cdp`; stop() ends it, detaches, and answers the events `keep` accepted (typed as the caller reads them). */
export async function recordTrace<E>(cdp: CDPSession, categories: string, keep: (e: E) => boolean): Promise<{ stop(): Promise<E[]> }> {
  const events: E[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as E[]) if (keep(ev)) events.push(ev);
  });
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' } as never);
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach().catch(() => undefined);
      return events;
    },
  };
}
