/** Small helpers over the article list a company arrives with (newest first). */
import type { Article } from '../dataset/schema';
import { formatPeriod } from './format';
import type { UiLang } from './lang';

/** The headline as published when the reader reads its language, else the English one. */
export function articleTitle(article: Article, lang: UiLang): string {
  const family = (l: string) => l.split('-')[0];
  return family(article.language) === family(lang) ? article.title : article.titleEn;
}

export function articlesById(articles: readonly Article[]): ReadonlyMap<string, Article> {
  return new Map(articles.map((a) => [a.id, a]));
}

/**
 * "Publisher · date", or the date alone when the source names no publisher: an unknown
 * publisher is absent data, not a sentence to show.
 */
export function articleMeta(article: Pick<Article, 'publisher' | 'date'>, lang: UiLang, separator = ' · '): string {
  const date = formatPeriod(article.date, lang);
  return article.publisher ? `${article.publisher}${separator}${date}` : date;
}
