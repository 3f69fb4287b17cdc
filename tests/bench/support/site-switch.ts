/**
 * A full rescan, as a reader causes one: the served site (127.0.0.1) switched off, then on.
 * Waits on the content script's own answers, not on the highlight registry: a page without a
 * mention registers no highlight at all.
 */
import type { ChromiumExtension } from '../../e2e/support/chromium';

interface Answer {
  enabled: boolean;
  stats: { scanMs: number; longestChunkMs?: number };
}

/** Switches off, runs `whileOff` once the frame says it is off, switches on; the answer once the rescan is done. */
export async function rescanAfterOffOn<A extends Answer>(ext: ChromiumExtension, url: string, whileOff?: () => Promise<unknown>): Promise<A> {
  const ask = () => ext.sendToTab<A>(url, { type: 'page/mentions' });
  await ext.sendToBackground({ type: 'settings/site', host: '127.0.0.1', enabled: false });
  while ((await ask()).enabled);
  await whileOff?.();
  await ext.sendToBackground({ type: 'settings/site', host: '127.0.0.1', enabled: true });
  // page/mentions answers once the first full scan is over; until the switch arrives it says "off".
  let again = await ask();
  while (!again.enabled) again = await ask();
  return again;
}
