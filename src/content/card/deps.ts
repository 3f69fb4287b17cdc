/**
 * What the card needs from the extension, built inside the chunk from the two functions the
 * content bundle hands over (messaging and the browser's UI language), so content.js stays small.
 */
import type { Transport } from '../../shared/transport';
import type { GetMessage } from '../../shared/ui/i18n';
import { readerLang } from '../../shared/ui/lang';
import { browserUiLanguage, localeMessages } from '../../shared/ui/locale-messages';
import type { CardDeps } from './api';

export interface ExtensionHooks extends Pick<CardDeps, 'requestClose' | 'onContentShown'> {
  send: Transport['toBackground'];
  /** `i18n.getUILanguage()` and `i18n.getMessage`, from content.js (the chunk has no extension API wrapper). */
  uiLanguage: string | undefined;
  getMessage: GetMessage;
}

export function extensionDeps({ send, uiLanguage, getMessage, ...hooks }: ExtensionHooks): CardDeps {
  const lang = readerLang(browserUiLanguage(getMessage, uiLanguage), navigator.languages ?? [navigator.language]);
  let shortcut: Promise<string | null> | undefined;
  return {
    lang,
    getMessage: localeMessages(lang),
    loadCompany: (id) => send<'db/company'>({ type: 'db/company', id }),
    openSearch: (query) => void send<'tab/open-search'>({ type: 'tab/open-search', query: query.slice(0, 200) }).catch(() => undefined),
    async turnOffSite() {
      // The switch is per top-level site; a frame asks the background which one it is in.
      const { host } = await send<'settings/page'>({ type: 'settings/page' });
      await send<'settings/site'>({ type: 'settings/site', host, enabled: false });
    },
    // Asked once per page: the reader changes shortcuts rarely, and a stale one only misleads until reload.
    shortcut: () =>
      (shortcut ??= send<'tab/shortcut'>({ type: 'tab/shortcut' }).then(
        (r) => r.shortcut,
        () => null,
      )),
    openSettings: () => void send<'tab/open-options'>({ type: 'tab/open-options' }).catch(() => undefined),
    async neverMark(word) {
      await send<'data/never-mark'>({ type: 'data/never-mark', word, add: true });
    },
    ...hooks,
  };
}
