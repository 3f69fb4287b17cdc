/**
 * The UI strings of src/_locales, bundled, so labels follow the one language `readerLang`
 * chose. `browser.i18n.getMessage` only ever answers in the browser's UI locale (or the
 * default, English): a reader whose UI is French but who reads Korean would get English
 * labels around Korean content. The files are the same ones the browser reads.
 */
import en from '../../_locales/en/messages.json';
import ko from '../../_locales/ko/messages.json';
import zh from '../../_locales/zh_CN/messages.json';
import type { GetMessage } from './i18n';
import type { UiLang } from './lang';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Table = Record<string, Entry>;

const TABLES: Record<UiLang, Table> = { en, ko, 'zh-Hans': zh, 'zh-Hant': zh };

/** getMessage in the reader's language, with named $PLACEHOLDERS$ and $1 expanded as the browser does. */
export function localeMessages(lang: UiLang): GetMessage {
  const table = TABLES[lang];
  return (key, subs) => {
    const entry = table[key] ?? (en as Table)[key];
    if (!entry) return '';
    const named = entry.message.replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
    return named.replace(/\$(\d)/g, (_, i: string) => subs?.[Number(i) - 1] ?? '');
  };
}

/**
 * The browser's UI locale as its own messages show it. Chromium started with --lang=ko serves
 * the Korean _locales while `getUILanguage()` (and `@@ui_locale`) still say en-US, so the
 * language browser.i18n actually answers in is read from one of our strings. English may be
 * the default filling in for a locale we lack (fr): then getUILanguage() has the last word.
 */
export function browserUiLanguage(getMessage: GetMessage, getUILanguage: string | undefined): string | undefined {
  const served = getMessage(PROBE);
  if (served) {
    for (const lang of ['ko', 'zh-Hans'] as const) if (served === TABLES[lang][PROBE]?.message) return lang;
  }
  return getUILanguage;
}
const PROBE = 'cardClose';
