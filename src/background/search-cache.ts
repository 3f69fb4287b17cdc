/**
 * The search index, built lazily once per version of what it indexes and kept in memory:
 * building it costs far more than a query. The version is the bundled dataset's plus the
 * reader's layers' revision (data/layers-service.ts), so an import or an own company is
 * searchable at the next query. It is handed the page matcher of the same layers
 * (name-finder.ts), so phrases holding a known name find that company.
 */
import type { Article, Company } from '../shared/dataset/schema';
import type { CompiledPatterns, SearchResult } from '../shared/messages';
import type { SearchOptions } from '../shared/search/index';
import { loadNameFinder } from './name-finder';

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
  /** Resolves once every article is indexed (a large dataset is indexed in the background). */
  complete?: Promise<void>;
}
export type BuildSearchIndex = (companies: Company[], articles: Article[], options?: SearchOptions) => SearchIndex;

export interface SearchSource {
  version: string;
  read(): Promise<{ companies: Company[]; articles: Article[] }>;
}

export function createSearchCache(source: () => Promise<SearchSource>, build: BuildSearchIndex, patterns?: () => Promise<CompiledPatterns>) {
  let cached: { version: string; index: Promise<SearchIndex> } | undefined;
  return async function search(query: string, limit?: number): Promise<SearchResult[]> {
    const current = await source();
    if (cached?.version !== current.version) {
      // The read is done first; the build is plain CPU work after it, outside the
      // database, so a bug in the index can never trigger a database rebuild.
      const findNames = patterns ? loadNameFinder(patterns) : Promise.resolve(undefined);
      const entry = {
        version: current.version,
        index: Promise.all([current.read(), findNames]).then(([d, find]) => build(d.companies, d.articles, find ? { findNames: find } : {})),
      };
      // A mark, not a log: benchmarks read it from the worker to time keystrokes only once
      // the build (which shares the worker's one thread with every message) is over.
      entry.index.then(
        (index) => index.complete?.then(() => performance.mark('cc-search-index-complete')),
        () => undefined, // the failure reaches the caller through `cached.index` below
      );
      entry.index.catch(() => {
        if (cached === entry) cached = undefined;
      });
      cached = entry;
    }
    return (await cached.index).search(query, limit);
  };
}
