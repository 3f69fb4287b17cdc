/** tab/*: the badge, and opening the search or the settings page from a page. */
import { ProtocolError, type Handlers } from '../../shared/router';
import { NEXT_MENTION } from '../commands';
import { openSearch } from '../open-search';
import type { Services } from '../services';

export function tabHandlers(s: Services): Handlers<'tab/found' | 'tab/open-search' | 'tab/pending-search' | 'tab/shortcut' | 'tab/open-options'> {
  return {
    'tab/found': async ({ companyIds }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new ProtocolError('"tab/found" must come from a tab');
      return { count: await s.badge.found(tabId, sender.frameId ?? 0, companyIds, sender.tab?.url) };
    },
    'tab/open-search': ({ query }) => openSearch(s.platform, s.pending, query),
    'tab/pending-search': async () => ({ query: await s.pending.take() }),
    'tab/shortcut': async () => ({ shortcut: (await s.platform.shortcut?.(NEXT_MENTION).catch(() => null)) ?? null }),
    'tab/open-options': async () => {
      await s.platform.tabs.create({ url: s.platform.extensionUrl('options.html') });
      return { opened: true };
    },
  };
}
