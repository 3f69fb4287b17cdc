/**
 * The search index, built lazily from the database once per dataset version and kept in
 * memory: building it costs far more than a query, and the dataset changes only with an
 * extension update. It is handed the page matcher (name-finder.ts), so phrases holding a
 * known name find that company.
 */
import type { Article, Company } from '../shared/dataset/schema';
import type { CompiledPatterns, SearchResult } from '../shared/messages';
import type { SearchOptions } from '../shared/search/index';
import type { Database } from './db/recover';
import { readAll } from './db/queries';
import { loadNameFinder } from './name-finder';

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
  /** Resolves once every article is indexed (a large dataset is indexed in the background). */
  complete?: Promise<void>;
}
export type BuildSearchIndex = (companies: Company[], articles: Article[], options?: SearchOptions) => SearchIndex;

export function createSearchCache(database: Database, build: BuildSearchIndex, patterns?: () => Promise<CompiledPatterns>) {
  let cached: { version: string; index: Promise<SearchIndex> } | undefined;
  return async function search(query: string, limit?: number): Promise<SearchResult[]> {
    const version = await database.use(async (_db, v) => v ?? '', { dataset: true });
    if (cached?.version !== version) {
      // The read is one transaction; the build is plain CPU work after it, outside
      // database.use, so a bug in the index can never trigger a database rebuild.
      const read = database.use((db) => readAll(db), { dataset: true });
      const findNames = patterns ? loadNameFinder(patterns) : Promise.resolve(undefined);
      const entry = {
        version,
        index: Promise.all([read, findNames]).then(([d, find]) => build(d.companies, d.articles, find ? { findNames: find } : {})),
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
