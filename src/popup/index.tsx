/**
 * The popup's entry: wires the real browser into a PopupEnv and renders the App.
 * `?tab=<id>` makes it act for that tab (tests, and the extension's search page opened
 * from the context menu where a popup cannot be); `?q=` prefills the search.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import detailCss from '../shared/ui/detail.css';
import { makeTranslate } from '../shared/ui/i18n';
import { readerLang } from '../shared/ui/lang';
import { browserUiLanguage, localeMessages } from '../shared/ui/locale-messages';
import { browserTransport } from '../shared/transport';
import { NEXT_MENTION } from '../background/commands';
import { App } from './App';
import type { PopupEnv } from './env';
import popupCss from './popup.css';
import { makePopupTranslate } from './strings';

async function findTab(param: string | null): Promise<number | null> {
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

const params = new URLSearchParams(location.search);
// One language for labels and content: the browser's UI locale, then navigator.languages.
const lang = readerLang(
  browserUiLanguage((key) => browser.i18n.getMessage(key), browser.i18n.getUILanguage?.()),
  navigator.languages ?? [navigator.language],
);
const getMessage = localeMessages(lang);
document.documentElement.lang = lang;

const env: PopupEnv = {
  transport: browserTransport,
  tabId: findTab(params.get('tab')).catch(() => null),
  initialQuery: params.get('q')?.slice(0, 200) ?? '',
  openTab: async (url) => {
    await browser.tabs.create({ url });
  },
  close: () => window.close(),
  openOptions: () => void browser.runtime.openOptionsPage().then(() => window.close()),
  lang,
  t: makePopupTranslate(getMessage),
  detailT: makeTranslate(getMessage),
  shortcut: (browser.commands?.getAll?.() ?? Promise.resolve([])).then(
    (all) => all.find((c) => c.name === NEXT_MENTION)?.shortcut || null,
    () => null,
  ),
};

const style = document.createElement('style');
style.textContent = `${detailCss}\n${popupCss}`;
document.head.append(style);
render(<App env={env} />, document.getElementById('app')!);
