/**
 * Tells open tabs that their effective setting changed. Only tabs whose top-level host is
 * concerned get a message, sent to all their frames: a frame cannot tell its tab's
 * top-level host itself (a cross-origin iframe sees only its own), so it must be able to
 * apply any `page/enabled` it receives.
 */
import type { Request } from '../shared/messages';
import { hostOf } from './hosts';
import type { Platform } from './platform';

/**
 * `host` limits the broadcast to one site; without it every tab is told (global switch).
 * Resolves, once every message is sent, to the number of tabs told.
 */
export async function broadcastEnabled(
  tabs: Platform['tabs'],
  effective: (host: string) => Promise<boolean>,
  host?: string,
): Promise<number> {
  const open = await tabs.query({});
  const decided = new Map<string, Promise<boolean>>();
  const sends = open.map(async (tab) => {
    // Content scripts run on web pages only (manifest matches), so other tabs have no receiver.
    const tabHost = /^https?:/.test(tab.url ?? '') ? hostOf(tab.url) : '';
    if (tab.id === undefined || !tabHost || (host !== undefined && tabHost !== host)) return false;
    if (!decided.has(tabHost)) decided.set(tabHost, effective(tabHost));
    const message: Request<'page/enabled'> = { type: 'page/enabled', host: tabHost, enabled: await decided.get(tabHost)! };
    // Not awaited: the switch must answer even if a busy or stuck page never does. A tab
    // without our content script (a store page, a tab still loading) has no receiver.
    tabs.sendMessage(tab.id, message).catch(() => undefined);
    return true;
  });
  return (await Promise.all(sends)).filter(Boolean).length;
}
