/**
 * Opens the database, running every migration the stored version has not seen yet.
 * Migrations only create or reshape stores: they run inside the versionchange
 * transaction, where nothing but IndexedDB work may be awaited.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_VERSION, STORE_NAMES, type CcDatabase, type CcSchema } from './schema';

type UpgradeTx = IDBPTransaction<CcSchema, StoreNames<CcSchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<CcSchema>, tx: UpgradeTx) => void;

/** MIGRATIONS[n] upgrades a database from version n to n + 1. */
const MIGRATIONS: Migration[] = [
  (db) => {
    db.createObjectStore('companies', { keyPath: 'id' });
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('by-company', 'companies', { multiEntry: true });
    articles.createIndex('by-date', 'date');
    db.createObjectStore('settings', { keyPath: 'key' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];

export class CorruptDatabaseError extends Error {
  override name = 'CorruptDatabaseError';
}

export interface OpenCallbacks {
  /** The connection went away (another context deletes or upgrades it, or the browser closed it). */
  onLost(): void;
}

export async function openDatabase(name: string, callbacks: OpenCallbacks): Promise<CcDatabase> {
  const db = await openDB<CcSchema>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]?.(database, tx);
    },
    blocking() {
      // Someone wants to delete or upgrade the database: step aside instead of blocking them.
      db.close();
      callbacks.onLost();
    },
    terminated: () => callbacks.onLost(),
  });
  // A database at our version but without our stores was damaged or written by someone else.
  const missing = STORE_NAMES.filter((s) => !db.objectStoreNames.contains(s));
  if (missing.length > 0) {
    db.close();
    throw new CorruptDatabaseError(`Database "${name}" lacks stores: ${missing.join(', ')}`);
  }
  return db;
}
