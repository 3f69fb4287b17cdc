/**
 * Copies user settings from the storage.local mirror back into a database that has not
 * had them yet (a first install, or one rebuilt after it was lost or corrupt). Values
 * already in the database win: it is written first, the mirror second.
 */
import type { CcDatabase } from './schema';

export type SettingsBackup = Record<string, boolean>;

export async function restoreSettings(db: CcDatabase, backup: SettingsBackup, now = Date.now()): Promise<number> {
  const tx = db.transaction(['settings', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const settings = tx.objectStore('settings');
  if (await meta.get('settings-restored')) {
    await tx.done;
    return 0;
  }
  const present = new Set(await settings.getAllKeys());
  const missing = Object.entries(backup).filter(([key]) => !present.has(key));
  await Promise.all([
    ...missing.map(([key, enabled]) => settings.put({ key, enabled })),
    meta.put({ key: 'settings-restored', at: now }),
    tx.done,
  ]);
  return missing.length;
}
