/**
 * The background's IndexedDB layout. The dataset stores are a cache of the packaged
 * dataset (rebuilt from it at will); `settings` is the only user data, which is why it is
 * also mirrored to storage.local (see ../settings.ts).
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Article, Company } from '../../shared/dataset/schema';

export const DB_NAME = 'company-context';
/** Bump together with a new step in MIGRATIONS (open.ts). */
export const DB_VERSION = 1;

/** The settings key of the global switch: `*` is never a hostname, so it cannot collide. */
export const GLOBAL_KEY = '*';

export interface SettingRecord {
  /** A hostname (per-site switch) or GLOBAL_KEY. */
  key: string;
  enabled: boolean;
}

export type MetaRecord =
  /** Written in the same transaction as the dataset rows, so it is true exactly when they are there. */
  | { key: 'dataset'; version: string; seededAt: number }
  /** Settings were copied back from the storage.local mirror into this database. */
  | { key: 'settings-restored'; at: number };

export interface CcSchema extends DBSchema {
  companies: { key: string; value: Company };
  articles: {
    key: string;
    value: Article;
    indexes: { 'by-company': string; 'by-date': string };
  };
  settings: { key: string; value: SettingRecord };
  meta: { key: MetaRecord['key']; value: MetaRecord };
}

export type CcDatabase = IDBPDatabase<CcSchema>;

export const STORE_NAMES = ['companies', 'articles', 'settings', 'meta'] as const;
