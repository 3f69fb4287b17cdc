/** What the card chunk needs from the extension, wired to the real messaging API. */
import browser from 'webextension-polyfill';
import { browserTransport } from '../../shared/transport';
import { uiLang } from '../../shared/ui/lang';
import type { CardDeps } from './api';

export function extensionDeps(hooks: Pick<CardDeps, 'requestClose' | 'onContentShown'>): CardDeps {
  return {
    lang: uiLang(navigator.language),
    getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
    loadCompany: (id) => browserTransport.toBackground<'db/company'>({ type: 'db/company', id }),
    openSearch: (query) => void browserTransport.toBackground({ type: 'tab/open-search', query: query.slice(0, 200) }).catch(() => undefined),
    async turnOffSite() {
      // The switch is per top-level site; a frame asks the background which one it is in.
      const { host } = await browserTransport.toBackground<'settings/page'>({ type: 'settings/page' });
      await browserTransport.toBackground({ type: 'settings/site', host, enabled: false });
    },
    ...hooks,
  };
}
