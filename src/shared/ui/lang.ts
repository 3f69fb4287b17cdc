/**
 * Which of the dataset's languages to show a reader, and picking text in it. The dataset
 * always has English and Korean; Chinese where written, so every lookup falls back to English.
 *
 * One resolver (`readerLang`) decides for labels and content alike: the card and the popup
 * once showed Korean labels (from the browser's UI locale) around English content (from
 * `navigator.language`).
 */
import type { Company, LocalText } from '../dataset/schema';

export type UiLang = 'en' | 'ko' | 'zh-Hans' | 'zh-Hant';

/** The language a BCP 47 tag asks for, or undefined when we have none of it. */
function supported(tag: string): UiLang | undefined {
  const t = tag.toLowerCase();
  if (t === 'en' || t.startsWith('en-') || t.startsWith('en_')) return 'en';
  if (t.startsWith('ko')) return 'ko';
  if (t.startsWith('zh')) {
    // Traditional script: explicit Hant, or the regions that write it by default.
    return /hant|[-_](tw|hk|mo)\b/.test(t) ? 'zh-Hant' : 'zh-Hans';
  }
  return undefined;
}

/** Maps a BCP 47 tag to the language the card is shown in (English for anything else). */
export function uiLang(tag: string): UiLang {
  return supported(tag) ?? 'en';
}

/**
 * The reader's language: the browser's UI locale first (`i18n.getUILanguage()`, which also
 * picks the extension's _locales), then the page-facing preferences (`navigator.languages`),
 * in order; English when none of them is ours.
 */
export function readerLang(uiLanguage: string | undefined, languages: readonly string[] = []): UiLang {
  for (const tag of [uiLanguage, ...languages]) {
    const found = tag ? supported(tag) : undefined;
    if (found) return found;
  }
  return 'en';
}

/** The locale Intl formats with: the reader's own tag when it is in the shown language. */
export function intlLocale(lang: UiLang): string {
  return lang === 'zh-Hans' ? 'zh-CN' : lang === 'zh-Hant' ? 'zh-TW' : lang;
}

export function localText(text: LocalText, lang: UiLang): string {
  if (lang === 'ko') return text.ko;
  if (lang !== 'en' && text.zh) return text.zh;
  return text.en;
}

export function companyName(names: Company['names'], lang: UiLang): string {
  return names[lang] ?? (lang === 'zh-Hant' ? names['zh-Hans'] : lang === 'zh-Hans' ? names['zh-Hant'] : undefined) ?? names.en;
}

/** The company's names in the other languages, without repeats, for the header's second line. */
export function otherNames(names: Company['names'], lang: UiLang): string[] {
  const shown = companyName(names, lang);
  const all = [names.en, names.ko, names['zh-Hans'], names['zh-Hant'], names.ja];
  return [...new Set(all.filter((n): n is string => !!n && n !== shown))];
}
