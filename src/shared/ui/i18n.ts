/**
 * The detail view's UI strings. Keys live in src/_locales/<lang>/messages.json; the English
 * here is the fallback when a browser returns "" (unit tests, a key missing in a locale).
 */
export const UI_MESSAGES = {
  cardLoading: 'Loading…',
  cardError: 'Could not load this company.',
  cardRetry: 'Try again',
  cardClose: 'Close',
  cardKeyFacts: 'Key facts',
  cardApprox: 'approx.',
  cardAsOf: 'as of $1',
  cardGeneralKnowledge: 'General knowledge',
  cardRelated: 'Related companies',
  cardArticles: 'Latest articles',
  cardSearch: 'Search in Company Context',
  cardTurnOff: 'Turn off on this site',
  cardChart: 'Chart: $1',
  cardOtherNames: 'Also known as',
  cardOpensNewTab: '(opens in a new tab)',
  cardNotSecure: 'Not secure',
  cardNotSecureHint: 'Plain http: the connection to this site is not encrypted.',
  cardMore: 'More',
  cardLess: 'Less',
  cardMoreFacts: 'More facts',
  cardStale: 'older than 3 years',
  cardShortcut: '$1: next company on the page',
  cardSettings: 'Settings',
  cardPageSummary: 'Company Context marked $1 on this page.',
  cardPageSummaryKey: 'Press $1 to open the next one with its facts.',
  cardChartTable: 'Values',
  cardPeriod: 'Period',
  cardNeverMark: 'Don’t mark “$1”',
  cardFromPack: 'from “$1”',
  cardYourNote: 'your note',
  cardReaderNotes: 'Your notes',
} as const;

export type UiMessageKey = keyof typeof UI_MESSAGES;
export type Translate = (key: UiMessageKey, substitutions?: string[]) => string;
export type GetMessage = (key: string, substitutions?: string[]) => string;

/**
 * Wraps a getMessage (browser.i18n's) with an English fallback table and $1 substitution.
 * Shared by the card's and the popup's string tables.
 */
export function makeTranslator<K extends string>(fallback: Record<K, string>, getMessage?: GetMessage) {
  return (key: K, subs?: string[]): string => {
    const found = getMessage?.(key, subs);
    if (found) return found;
    return fallback[key].replace(/\$(\d)/g, (_, i: string) => subs?.[Number(i) - 1] ?? '');
  };
}

export const makeTranslate = (getMessage?: GetMessage): Translate => makeTranslator(UI_MESSAGES, getMessage);
