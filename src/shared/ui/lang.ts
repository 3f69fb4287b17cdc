/**
 * Which of the dataset's languages to show a reader, and picking text in it. The dataset
 * always has English and Korean; Chinese where written, so every lookup falls back to English.
 */
import type { Company, LocalText } from '../dataset/schema';

export type UiLang = 'en' | 'ko' | 'zh-Hans' | 'zh-Hant';

/** Maps a BCP 47 tag (navigator.language) to the language the card is shown in. */
export function uiLang(tag: string): UiLang {
  const t = tag.toLowerCase();
  if (t.startsWith('ko')) return 'ko';
  if (t.startsWith('zh')) {
    // Traditional script: explicit Hant, or the regions that write it by default.
    return /hant|-(tw|hk|mo)\b/.test(t) ? 'zh-Hant' : 'zh-Hans';
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
