/**
 * User settings: the global switch and per-site switches, both on by default. The
 * database is the source of truth; after every change the whole set is mirrored to
 * storage.local, which is what a rebuilt database restores from (db/restore.ts).
 */
import type { Database } from './db/recover';
import type { SettingsBackup } from './db/restore';
import { GLOBAL_KEY, type CcDatabase } from './db/schema';
import type { KeyValueArea } from './platform';

export const BACKUP_KEY = 'settings';

export interface Settings {
  get(key: string): Promise<boolean>;
  set(key: string, enabled: boolean): Promise<void>;
  /** What a page on `host` should do: the global switch and the site's switch. */
  effective(host: string): Promise<boolean>;
  /** Every per-site switch the reader set (the global switch excluded), by host. */
  sites(): Promise<Array<{ host: string; enabled: boolean }>>;
  /** Forgets a site's switch: the site follows the default (on) again. */
  remove(key: string): Promise<void>;
}

export async function readBackup(local: KeyValueArea): Promise<SettingsBackup> {
  const stored = (await local.get(BACKUP_KEY))[BACKUP_KEY];
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(Object.entries(stored).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
}

async function readMany(db: CcDatabase, keys: string[]): Promise<boolean[]> {
  const tx = db.transaction('settings', 'readonly');
  const records = await Promise.all(keys.map((k) => tx.store.get(k)));
  await tx.done;
  return records.map((r) => r?.enabled ?? true);
}

export function createSettings(database: Database, local: KeyValueArea): Settings {
  const change = async (write: (db: CcDatabase) => Promise<unknown>) => {
    const all = await database.use(async (db) => {
      await write(db);
      return db.getAll('settings');
    });
    // Outside database.use: a storage.local failure is no reason to rebuild the database,
    // nor to report a failure: the setting is saved, only its spare copy is stale.
    await local
      .set({ [BACKUP_KEY]: Object.fromEntries(all.map((r) => [r.key, r.enabled])) })
      .catch((error: unknown) => console.warn('[company-context] settings mirror not updated:', error));
  };
  return {
    get: (key) => database.use(async (db) => (await readMany(db, [key]))[0]!),
    set: (key, enabled) => change((db) => db.put('settings', { key, enabled })),
    remove: (key) => change((db) => db.delete('settings', key)),
    sites: () =>
      database.use(async (db) =>
        (await db.getAll('settings'))
          .filter((r) => r.key !== GLOBAL_KEY)
          .map((r) => ({ host: r.key, enabled: r.enabled }))
          .sort((a, b) => a.host.localeCompare(b.host)),
      ),
    effective: (host) =>
      database.use(async (db) => (await readMany(db, [GLOBAL_KEY, host])).every(Boolean)),
  };
}

/**
 * `settings`, each call waiting for `ready` first: a restore committed by a background that
 * stopped before writing its switches out must not be overtaken by a read or a new switch.
 */
export function settledFirst(settings: Settings, ready: () => Promise<void>): Settings {
  const after =
    <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await ready();
      return f(...args);
    };
  return {
    get: after(settings.get),
    set: after(settings.set),
    effective: after(settings.effective),
    sites: after(settings.sites),
    remove: after(settings.remove),
  };
}
