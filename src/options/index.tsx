/**
 * The settings page's entry: wires the real browser into an OptionsEnv and renders the App.
 * `#add=<text>` (the context menu's "Add … as a company") opens My companies prefilled.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { HOVER_PREFS_KEY, parseHoverPrefs } from '../shared/hover-prefs';
import { browserTransport } from '../shared/transport';
import { uiLang } from '../shared/ui/lang';
import popupCss from '../popup/popup.css';
import { readAddHash } from './add-hash';
import { App } from './App';
import type { OptionsEnv } from './env';
import optionsCss from './options.css';
import { makeOptionsTranslate } from './strings';

const lang = uiLang(browser.i18n.getUILanguage?.() ?? navigator.language);
document.documentElement.lang = lang;
const t = makeOptionsTranslate((key, subs) => browser.i18n.getMessage(key, subs));
document.title = t('optTitle');

const env: OptionsEnv = {
  transport: browserTransport,
  t,
  lang,
  prefs: {
    get: async () => parseHoverPrefs((await browser.storage.local.get(HOVER_PREFS_KEY))[HOVER_PREFS_KEY]),
    set: (prefs) => browser.storage.local.set({ [HOVER_PREFS_KEY]: prefs }),
  },
  storage: {
    async estimate() {
      const e = await navigator.storage?.estimate?.();
      return e?.usage !== undefined && e.quota !== undefined ? { usage: e.usage, quota: e.quota } : null;
    },
    persisted: async () => (await navigator.storage?.persisted?.()) ?? false,
    persist: async () => (await navigator.storage?.persist?.()) ?? false,
  },
  download(filename, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    // After the click has handed the URL to the download.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  addText: readAddHash(location.hash),
};

// The context menu may open #add= on a page that is already open: start again with it.
addEventListener('hashchange', () => {
  if (readAddHash(location.hash) !== null) location.reload();
});

const style = document.createElement('style');
style.textContent = `${popupCss}\n${optionsCss}`;
document.head.append(style);
render(<App env={env} />, document.getElementById('app')!);
