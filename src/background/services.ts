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
import { broadcastEnabled } from './broadcast';
import { createSettings, readBackup, settledFirst, type Settings } from './settings';
import { createBackup } from './data/backup';
import { createImporter, type Importer } from './data/importer';
import { createLayers, type Layers } from './data/layers-service';
import { createReaderStore, type ReaderStore } from './data/reader-store';
import { READER_DB_NAME } from './data/reader-db';

export interface Services {
  platform: Platform;
  database: Database;
  settings: Settings;
  search: ReturnType<typeof createSearchCache>;
  patterns(): Promise<CompiledPatterns>;
  badge: Badge;
  pending: PendingSearch;
  /** The reader's own data (docs/readers-data.md). */
  reader: ReaderStore;
  layers: Layers;
  importer: Importer;
  backup: ReturnType<typeof createBackup>;
}

export interface ServiceOptions {
  buildSearchIndex: BuildSearchIndex;
  dbName?: string;
  /** Keys of storage.local a backup carries (the settings page's hover preferences). */
  backupStorageKeys?: readonly string[];
}

/** A random token: import ids, undo tokens. */
function token(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

export function createServices(platform: Platform, options: ServiceOptions): Services {
  const database = createDatabase({
    name: options.dbName ?? DB_NAME,
    // Not memoised: it is read once per seeding, and holding it would keep the whole dataset in memory.
    loadDataset: () => loadDataset(platform),
    readSettingsBackup: () => readBackup(platform.local),
  });
  const now = () => platform.now();
  // Written only by the backup's restore; everyone else goes through `settings` below.
  const rawSettings = createSettings(database, platform.local);
  // Its own database: db/recover.ts may delete the dataset's, never the reader's.
  const reader = createReaderStore(options.dbName ? `${options.dbName}-reader` : READER_DB_NAME, now, token);
  const patterns = once(() => loadPatterns(platform));
  const layers = createLayers({ database, reader, tabs: platform.tabs, packagedPatterns: patterns });
  const changed = () => layers.changed().catch((error: unknown) => console.warn('[company-context] tabs not told of new patterns:', error));
  const importer = createImporter({
    reader,
    async knownCompanies() {
      const ids = (await layers.current()).merged.byId;
      return (id) => ids.has(id);
    },
    changed,
    packInfo: layers.packInfo,
    now,
    newId: token,
    restoreBackup: (text, mode) => backup.restore(text, mode),
  });
  const backup = createBackup({
    reader,
    // The global switch ('*') travels with the per-site ones.
    sites: () => database.use(async (db) => Object.fromEntries((await db.getAll('settings')).map((r) => [r.key, r.enabled]))),
    async setSites(sites, replace) {
      if (replace) {
        const before = await database.use((db) => db.getAllKeys('settings'));
        for (const key of before) if (!(key in sites)) await rawSettings.remove(key);
      }
      for (const [key, enabled] of Object.entries(sites)) await rawSettings.set(key, enabled);
      await broadcastEnabled(platform.tabs, rawSettings.effective);
    },
    storageKeys: options.backupStorageKeys ?? ['hoverPrefs'],
    readStorage: async (key) => (await platform.local.get(key))[key],
    writeStorage: (items) => platform.local.set(items),
    async removeStorage(keys) {
      for (const key of keys) await platform.local.remove(key);
    },
    now,
    newId: token,
    changed,
  });
  // No switch is read or written before a restore's switches are written out (backup.ts).
  const settings = settledFirst(rawSettings, backup.settled);
  return {
    platform,
    database,
    settings,
    search: createSearchCache(() => layers.searchSource(), options.buildSearchIndex, () => layers.patterns()),
    patterns: () => layers.patterns(),
    badge: createBadge({ session: platform.session, setBadgeText: (tabId, text) => platform.setBadgeText(tabId, text) }),
    pending: createPendingSearch(platform.session, now),
    reader,
    layers,
    importer,
    backup,
  };
}
