/**
 * The search behind the popup: companies (every name, alias and search term in every
 * language) and articles (headlines and summaries), folded for case, width, accents and
 * traditional/simplified Han, with Korean initial-consonant and one-typo matching.
 * Pure: the background builds it once from the dataset and answers `db/search` with it.
 */
import type { Article, Company } from '../dataset/schema';
import type { SearchResult } from '../messages';
import { ArticleIndex, SEGMENT } from './article-index';
import { CompanyIndex } from './company-index';
import { hasJamo } from './hangul';
import { fold } from './normalise';
import { score } from './rank';
import { articleResult, companyResult } from './results';
import { TopK } from './top-k';
import { createYielder } from './yield';

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
}

/** What `buildSearchIndex` returns: a SearchIndex that also says when every article is in. */
export interface IncrementalSearchIndex extends SearchIndex {
  /** Resolves once all articles are indexed (at once for up to SYNC_ARTICLES of them). */
  complete: Promise<void>;
}

/** Up to this many articles are indexed before `buildSearchIndex` returns; more, a segment per task. */
export const SYNC_ARTICLES = 3 * SEGMENT;

interface Hit {
  kind: 'company' | 'article';
  index: number;
}

export function buildSearchIndex(companies: Company[], articles: Article[]): IncrementalSearchIndex {
  const companyIndex = new CompanyIndex(companies);
  // Newest first: ties among articles go to the newer one, and capped lists keep them.
  const byDate = articles.map((_, i) => i).sort((x, y) => cmpDesc(articles[x]!.date, articles[y]!.date) || x - y);
  const recency = new Int32Array(articles.length);
  byDate.forEach((a, rank) => (recency[a] = articles.length - rank));
  const articleIndex = new ArticleIndex(articles, byDate);
  const complete = indexArticles(articleIndex, articles.length);

  const index: IncrementalSearchIndex = {
    complete,
    search(query, limit = 20) {
      const key = fold(query);
      if (!key) return [];
      const top = new TopK<Hit>(limit);
      companyIndex.search(key, (c, value) => {
        const s = score(value, 'company', companies[c]!.primary === true);
        if (top.admits(s)) top.add({ score: s, recency: 0, order: c, item: { kind: 'company', index: c } });
      });
      // Initials are a way to type Korean names, not article text.
      if (!hasJamo(key)) {
        articleIndex.search(query, key, (a, value) => {
          const s = score(value, 'article');
          if (top.admits(s)) top.add({ score: s, recency: recency[a]!, order: a, item: { kind: 'article', index: a } });
        });
      }
      return top
        .best()
        .map(({ item, score: s }) =>
          item.kind === 'company'
            ? companyResult(companyIndex, companies[item.index]!, companyIndex.hit(item.index), s, query)
            : articleResult(articles[item.index]!, articleIndex.hit(item.index, key), s, query, key),
        );
    },
  };
  // Run each kind of query once while nobody is waiting, so the first real keystrokes after
  // the worker starts do not pay for compiling the search code.
  void complete.then(() => setTimeout(() => WARM_UP.forEach((q) => index.search(q)), 0));
  return index;
}

const WARM_UP = ['a', 'al', 'ali', 'alibaab', 'ㅅ', '샤오', '샤옴', '美', '美团', 'x y'];

/** Longest stretch of indexing between two chances for the worker to answer a message. */
const SLICE_MS = 3;

/**
 * Indexes the newest SYNC_ARTICLES at once, then the rest in slices of SLICE_MS so a large
 * dataset never blocks the background (and the keystrokes it answers) for long: the index
 * is rebuilt whenever the worker restarts, i.e. while the user may already be typing.
 */
function indexArticles(index: ArticleIndex, count: number): Promise<void> {
  for (let done = 0; done < Math.min(count, SYNC_ARTICLES); done += SEGMENT) index.indexNextSegment();
  if (index.complete) return Promise.resolve();
  const tasks = createYielder();
  return new Promise((resolve) => {
    const step = () => {
      const until = performance.now() + SLICE_MS;
      if (index.indexSome(() => performance.now() >= until)) return tasks.next(step);
      tasks.close();
      resolve();
    };
    tasks.next(step);
  });
}

function cmpDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
