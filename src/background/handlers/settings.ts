/** settings/*: the global and per-site switches. Every change is broadcast to the open tabs it affects. */
import type { Handlers } from '../../shared/router';
import { broadcastEnabled } from '../broadcast';
import { GLOBAL_KEY } from '../db/schema';
import { hostOf } from '../hosts';
import { HOVER_PREFS_KEY, parseHoverPrefs } from '../../shared/hover-prefs';
import type { Services } from '../services';

export function settingsHandlers(s: Services): Handlers<'settings/site' | 'settings/global' | 'settings/page' | 'settings/sites'> {
  const effective = (host: string) => s.settings.effective(host);
  return {
    'settings/site': async ({ host, enabled }) => {
      if (enabled !== undefined) {
        await s.settings.set(host, enabled);
        await broadcastEnabled(s.platform.tabs, effective, host);
      }
      return { host, enabled: await s.settings.get(host) };
    },
    'settings/global': async ({ enabled }) => {
      if (enabled !== undefined) {
        await s.settings.set(GLOBAL_KEY, enabled);
        await broadcastEnabled(s.platform.tabs, effective);
      }
      return { enabled: await s.settings.get(GLOBAL_KEY) };
    },
    'settings/sites': async ({ remove }) => {
      if (remove !== undefined) {
        await s.settings.remove(remove);
        await broadcastEnabled(s.platform.tabs, effective, remove);
      }
      return { sites: await s.settings.sites() };
    },
    'settings/page': async ({ start }, sender) => {
      // The tab's top-level site decides for all its frames; sender.url is the fallback
      // for senders without a tab (an extension page).
      const host = hostOf(sender.tab?.url ?? sender.url);
      const enabled = await effective(host);
      if (!start || !enabled) return { host, enabled };
      const [patterns, stored] = await Promise.all([s.patterns(), s.platform.local.get(HOVER_PREFS_KEY).catch(() => ({}))]);
      return { host, enabled, patterns, hoverPrefs: parseHoverPrefs((stored as Record<string, unknown>)[HOVER_PREFS_KEY]) };
    },
  };
}
