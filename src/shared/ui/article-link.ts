/**
 * Where a reader can open an article: its https `url`, else the address its source quotes
 * (`citedUrl`, often plain http). The address is used exactly as written — an https version
 * of a quoted http address is a guess that may lead nowhere — and anything but http(s) is
 * refused, whatever the dataset says (a pack could carry `javascript:`).
 */
import type { Article } from '../dataset/schema';

export interface ArticleLink {
  href: string;
  /** false for plain http: the UI marks the link as not secure. */
  secure: boolean;
}

export function articleLink(article: Pick<Article, 'url' | 'citedUrl'>): ArticleLink | null {
  for (const address of [article.url, article.citedUrl]) {
    if (!address) continue;
    let protocol: string;
    try {
      protocol = new URL(address).protocol;
    } catch {
      continue;
    }
    if (protocol === 'https:') return { href: address, secure: true };
    if (protocol === 'http:') return { href: address, secure: false };
  }
  return null;
}
