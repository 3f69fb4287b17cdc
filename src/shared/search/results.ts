/**
 * Turning the best hits into the `SearchResult`s the popup shows: the spelling that
 * matched, the ranges to mark in it, and for articles the field (or summary snippet)
 * that holds the query.
 */
import type { Article, Company } from '../dataset/schema';
import type { SearchResult } from '../messages';
import { fieldText, type ArticleField, type ArticleHit } from './article-index';
import type { CompanyHit, CompanyIndex } from './company-index';
import { markKeyRange, markPieces, snippet, type Marked } from './highlight';
import { fold } from './normalise';
import { queryTokens } from './tokens';

/** Where to look for words of the query when no headline holds it whole: summaries first. */
const WORD_FIELDS: readonly ArticleField[] = ['summaryEn', 'summaryKo', 'summaryZh', 'title', 'titleEn'];

export function companyResult(
  index: CompanyIndex,
  c: Company,
  hit: Pick<CompanyHit, 'key' | 'keyRange'>,
  score: number,
  query: string,
  similar: boolean,
): SearchResult {
  const { text, lang } = index.spelling(hit.key, query);
  const marked = markKeyRange(text, hit.keyRange);
  return {
    id: c.id,
    kind: 'company',
    names: c.names,
    tagline: c.tagline,
    matched: marked.text,
    matchedLang: lang,
    ranges: marked.ranges,
    score,
    ...(similar ? { similar: true } : {}),
  };
}

export function articleResult(a: Article, hit: ArticleHit, score: number, query: string, key: string, similar: boolean): SearchResult {
  const marked = hit.field ? markPieces(fieldText(a, hit.field), [key]) : markWords(a, query);
  const { id, title, url, citedUrl, publisher, date, companies } = a;
  return {
    id,
    kind: 'article',
    title,
    matched: marked.text,
    ranges: marked.ranges,
    score,
    url,
    ...(citedUrl ? { citedUrl } : {}),
    publisher,
    date,
    companies,
    ...(similar ? { similar: true } : {}),
  };
}

/**
 * The field holding most words of the query, cut around them; the headline when none
 * holds any (an article listed because it is about the company the query names).
 */
function markWords(a: Article, query: string): Marked {
  const pieces = queryTokens(query).map((t) => t.text);
  // Pick the field with the cheap fold (each field folded once: this runs for every
  // article returned, per keystroke), then map only that one.
  let best: ArticleField | undefined;
  let bestCount = 0;
  for (const f of WORD_FIELDS) {
    const k = fold(fieldText(a, f));
    let n = 0;
    for (const p of pieces) if (k.includes(p)) n++;
    if (n > bestCount) [best, bestCount] = [f, n];
    if (n === pieces.length) break;
  }
  return best ? snippet(markPieces(fieldText(a, best), pieces)) : { text: a.title, ranges: [] };
}
