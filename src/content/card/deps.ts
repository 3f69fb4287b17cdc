/**
 * What the card needs from the extension, built inside the chunk from the two functions the
 * content bundle hands over (messaging and i18n), so content.js stays small.
 */
import type { Transport } from '../../shared/transport';
import { uiLang } from '../../shared/ui/lang';
import type { CardDeps } from './api';

export interface ExtensionHooks extends Pick<CardDeps, 'getMessage' | 'requestClose' | 'onContentShown'> {
  send: Transport['toBackground'];
}

export function extensionDeps({ send, ...hooks }: ExtensionHooks): CardDeps {
  return {
    lang: uiLang(navigator.language),
    loadCompany: (id) => send<'db/company'>({ type: 'db/company', id }),
    openSearch: (query) => void send<'tab/open-search'>({ type: 'tab/open-search', query: query.slice(0, 200) }).catch(() => undefined),
    async turnOffSite() {
      // The switch is per top-level site; a frame asks the background which one it is in.
      const { host } = await send<'settings/page'>({ type: 'settings/page' });
      await send<'settings/site'>({ type: 'settings/site', host, enabled: false });
    },
    async neverMark(word) {
      await send<'data/never-mark'>({ type: 'data/never-mark', word, add: true });
    },
    openOptions: () => void send<'tab/open-options'>({ type: 'tab/open-options' }).catch(() => undefined),
    ...hooks,
  };
}
