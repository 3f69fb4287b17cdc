/**
 * What a company result says, in the reader's language: its name, the spelling the query
 * matched when that is another one ("Meituan · 美團"), and its one-line tagline. The one
 * place the results pick a language, from the `lang` the popup was given (env.lang).
 */
import type { SearchResult } from '../shared/messages';
import { companyName, localText, type UiLang } from '../shared/ui/lang';

export type CompanyResult = Extract<SearchResult, { kind: 'company' }>;

export interface CompanyText {
  name: string;
  /** The matched spelling, when it is not the name shown. */
  spelling?: string;
  tagline: string;
}

export function companyText(r: CompanyResult, lang: UiLang): CompanyText {
  const name = companyName(r.names, lang);
  const tagline = localText(r.tagline, lang);
  return r.matched === name ? { name, tagline } : { name, spelling: r.matched, tagline };
}
