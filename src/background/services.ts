/**
 * Wires the background's parts together from a Platform. index.ts builds one from the
 * real browser; unit tests build one from fakes.
 */
import type { CompiledPatterns } from '../shared/messages';
import { createBadge, type Badge } from './badge';
import { createDatabase, type Database } from './db/recover';
import { DB_NAME } from './db/schema';
import { loadDataset, loadPatterns, once } from './packaged';
import { createPendingSearch, type PendingSearch } from './pending-search';
import type { Platform } from './platform';
import { createSearchCache, type BuildSearchIndex } from './search-cache';
import { createSettings, readBackup, type Settings } from './settings';

export interface Services {
  platform: Platform;
  database: Database;
  settings: Settings;
  search: ReturnType<typeof createSearchCache>;
  patterns(): Promise<CompiledPatterns>;
  badge: Badge;
  pending: PendingSearch;
}

export interface ServiceOptions {
  buildSearchIndex: BuildSearchIndex;
  dbName?: string;
}

export function createServices(platform: Platform, options: ServiceOptions): Services {
  const database = createDatabase({
    name: options.dbName ?? DB_NAME,
    // Not memoised: it is read once per seeding, and holding it would keep the whole dataset in memory.
    loadDataset: () => loadDataset(platform),
    readSettingsBackup: () => readBackup(platform.local),
  });
  const patterns = once(() => loadPatterns(platform));
  return {
    platform,
    database,
    settings: createSettings(database, platform.local),
    search: createSearchCache(database, options.buildSearchIndex, patterns),
    patterns,
    badge: createBadge({ session: platform.session, setBadgeText: (tabId, text) => platform.setBadgeText(tabId, text) }),
    pending: createPendingSearch(platform.session, () => platform.now()),
  };
}
