/**
 * The popup's UI strings. Keys live in src/_locales/<lang>/messages.json; the English here
 * is the fallback when getMessage returns "" (unit tests, a key missing in a locale).
 */
import { makeTranslator, type GetMessage } from '../shared/ui/i18n';

export const POPUP_MESSAGES = {
  popupSearchLabel: 'Search companies and articles',
  popupSearchPlaceholder: 'Alibaba, 샤오미, 美团, ㅅㅇㅁ…',
  popupSuggestions: 'Try one of these',
  popupNoResults: 'Nothing matches “$1”. Try another spelling, or the Korean or Chinese name.',
  popupNotReady: 'The company data is still being prepared…',
  popupError: 'Search is unavailable: $1',
  popupRetry: 'Try again',
  popupBack: 'Back',
  popupCompany: 'Company',
  popupArticle: 'Article',
  popupNoLink: 'No link to this article is known; here is its summary.',
  popupOpensNewTab: 'opens in a new tab',
  popupSiteSwitch: 'Highlight on $1',
  popupGlobalSwitch: 'Highlight on all sites',
  popupSiteUnavailable: 'This page cannot be highlighted (browser and store pages are off limits to extensions).',
  popupOnThisPage: 'On this page',
  popupNoMentions: 'No companies found on this page.',
  popupMentions: '$1 mentions',
  popupLoading: 'Loading…',
  popupResults: 'Results',
  popupTitle: 'Company Context',
  popupShortcut: 'Keyboard: $1 opens the next company on the page.',
  popupSettings: 'Settings',
  popupSimilarMatch: 'Similar spelling, not an exact match',
} as const;

export type PopupMessageKey = keyof typeof POPUP_MESSAGES;
export type PopupTranslate = (key: PopupMessageKey, substitutions?: string[]) => string;

export const makePopupTranslate = (getMessage?: GetMessage): PopupTranslate => makeTranslator(POPUP_MESSAGES, getMessage);
