/**
 * A full rescan, as a reader causes one: the served site (127.0.0.1) switched off, then on.
 * Waits on the content script's own answers, not on the highlight registry: a page without a
 * mention registers no highlight at all.
 *
 * The switch is sent from one extension page opened before the measured window, as the popup
 * is open before the reader clicks. Opening a page for each message (the e2e helper
 * `sendToBackground` does) is work of the bench on every process of a 2-core machine, inside
 * the window: on the 12 largest corpus pages it gave the page's heartbeat 8 waits ≥ 50 ms over
 * 12 rescans, against 1 with the switch page opened beforehand and 1 for the same messages
 * about another site (session 14, an ad-hoc probe alternating the three per page).
 */
import type { Page } from 'playwright-core';
import type { ChromiumExtension } from '../../e2e/support/chromium';

interface Answer {
  enabled: boolean;
  stats: { scanMs: number; longestChunkMs?: number };
}

/** The popup's side of the switch: an extension page, open until close(). */
export interface SiteSwitch {
  set(host: string, enabled: boolean): Promise<unknown>;
  close(): Promise<void>;
}

export async function openSiteSwitch(ext: ChromiumExtension): Promise<SiteSwitch> {
  const page: Page = await ext.context.newPage();
  await page.goto(ext.probeUrl);
  return {
    set: (host, enabled) => page.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'settings/site', host, enabled }),
    close: () => page.close(),
  };
}

/** The served pages' host: switching it off and on rescans the page. */
export const SERVED_HOST = '127.0.0.1';
/** A host no tab shows: switching it off and on sends the same messages and rescans nothing. */
export const OTHER_HOST = 'example.invalid';

/**
 * Switches `host` off, runs `whileOff` once the page's frame says it is off, switches it on;
 * the page's answer once its rescan is done. With OTHER_HOST the same messages go out and the
 * page, never switched, answers at once: what the bench's own traffic costs the page.
 */
export async function rescanAfterOffOn<A extends Answer>(
  ext: ChromiumExtension,
  url: string,
  sw: SiteSwitch,
  whileOff?: () => Promise<unknown>,
  host = SERVED_HOST,
): Promise<A> {
  const ask = () => ext.sendToTab<A>(url, { type: 'page/mentions' });
  const ours = host === SERVED_HOST;
  await sw.set(host, false);
  let answer = await ask();
  while (ours && answer.enabled) answer = await ask();
  await whileOff?.();
  await sw.set(host, true);
  // page/mentions answers once the first full scan is over; until the switch arrives it says "off".
  answer = await ask();
  while (!answer.enabled) answer = await ask();
  return answer;
}
