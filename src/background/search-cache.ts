/**
 * The search index, built lazily from the database once per dataset version and kept in
 * memory: building it costs far more than a query, and the dataset changes only with an
 * extension update.
 */
import type { Article, Company } from '../shared/dataset/schema';
import type { SearchResult } from '../shared/messages';
import type { Database } from './db/recover';
import { readAll } from './db/queries';

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
}
export type BuildSearchIndex = (companies: Company[], articles: Article[]) => SearchIndex;

export function createSearchCache(database: Database, build: BuildSearchIndex) {
  let cached: { version: string; index: Promise<SearchIndex> } | undefined;
  return async function search(query: string, limit?: number): Promise<SearchResult[]> {
    const index = await database.use(
      async (db, version) => {
        if (cached?.version !== version || version === null) {
          // Reading happens in one transaction; the build is plain CPU work after it closed.
          const entry = { version: version ?? '', index: readAll(db).then((d) => build(d.companies, d.articles)) };
          entry.index.catch(() => {
            if (cached === entry) cached = undefined;
          });
          cached = entry;
        }
        return cached.index;
      },
      { dataset: true },
    );
    return index.search(query, limit);
  };
}
