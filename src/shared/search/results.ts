/**
 * Turning the best hits into the `SearchResult`s the popup shows: the spelling that
 * matched, the ranges to mark in it, and for articles the field (or summary snippet)
 * that holds the query.
 */
import type { Article, Company } from '../dataset/schema';
import type { SearchResult } from '../messages';
import { fieldText, type ArticleField, type ArticleHit } from './article-index';
import type { CompanyHit, CompanyIndex } from './company-index';
import { markKeyRange, markPieces, snippet } from './highlight';
import { fold } from './normalise';
import { queryTokens } from './tokens';

/** Where to look for words of the query when no headline holds it whole: summaries first. */
const WORD_FIELDS: readonly ArticleField[] = ['summaryEn', 'summaryKo', 'title', 'titleEn'];

export function companyResult(index: CompanyIndex, c: Company, hit: CompanyHit, score: number, query: string): SearchResult {
  const { text, lang } = index.spelling(hit.key, query);
  const marked = markKeyRange(text, hit.keyRange);
  return { id: c.id, kind: 'company', title: c.names[lang] ?? c.names.en, matched: marked.text, ranges: marked.ranges, score };
}

export function articleResult(a: Article, hit: ArticleHit, score: number, query: string, key: string): SearchResult {
  let marked;
  if (hit.field) marked = markPieces(fieldText(a, hit.field), [key]);
  else {
    const pieces = queryTokens(query).map((t) => t.text);
    // Pick the field holding most pieces with the cheap fold (each field folded once: this
    // runs for every article returned, per keystroke), then map only that one.
    let best = WORD_FIELDS[0]!;
    let bestCount = -1;
    for (const f of WORD_FIELDS) {
      const k = fold(fieldText(a, f));
      let n = 0;
      for (const p of pieces) if (k.includes(p)) n++;
      if (n > bestCount) [best, bestCount] = [f, n];
      if (n === pieces.length) break;
    }
    marked = snippet(markPieces(fieldText(a, best), pieces));
  }
  const { id, title, url, publisher, date, companies } = a;
  return { id, kind: 'article', title, matched: marked.text, ranges: marked.ranges, score, url, publisher, date, companies };
}
