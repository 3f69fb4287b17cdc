/**
 * The reader's own data, in its own IndexedDB database. It is kept apart from the dataset
 * database (db/schema.ts) on purpose: that one is a cache of the packaged dataset, which
 * db/recover.ts deletes and rebuilds when it is corrupt; this one is never deleted by us.
 *
 * Packs are written in two steps. Their rows are keyed by an import id and written in
 * many small transactions while the file arrives ("staging"); nothing reads rows whose
 * import id no pack points to. One small transaction then points the pack at the new
 * import id (and retires the old one): that is the moment the pack goes live. An import
 * interrupted at any point leaves staged rows nobody points to; start-up deletes them.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OwnCompanyInput, Overlay } from '../../shared/dataset/layers-schema';
import type { PackArticle, PackCompany, PackHeader } from '../../shared/dataset/pack-schema';
import type { CompiledPatterns, Problem } from '../../shared/messages';

export const READER_DB_NAME = 'company-context-reader';
export const READER_DB_VERSION = 1;

export interface PackRecord extends PackHeader {
  /** The rows of this import are the pack's content. */
  importId: string;
  enabled: boolean;
  order: number;
  installedAt: number;
  format: 'json' | 'csv';
  counts: { companies: number; articles: number; facts: number };
  warnings: Problem[];
  /** Removed, awaiting undo; its rows are purged when the undo expires. */
  removed?: boolean;
}

export interface ImportRecord {
  importId: string;
  packId?: string;
  /** staging: rows still arriving (or abandoned); live: a pack points to it; retired: to be purged. */
  state: 'staging' | 'live' | 'retired';
  startedAt: number;
}

export interface PackCompanyRow {
  importId: string;
  id: string;
  company: PackCompany;
  /** CSV lists: the url column; and which texts were filled in from the name (never override a lower layer). */
  links?: string[];
  filled?: Array<'tagline' | 'description'>;
}

export interface PackArticleRow {
  importId: string;
  id: string;
  article: PackArticle;
}

export interface OwnRecord {
  id: string;
  input: OwnCompanyInput;
  updatedAt: number;
}

export interface OverlayRecord {
  companyId: string;
  overlay: Overlay;
  updatedAt: number;
}

export type UndoAction =
  | { kind: 'pack'; packId: string }
  | { kind: 'own'; record: OwnRecord }
  | { kind: 'overlay'; record: OverlayRecord }
  | { kind: 'never-mark'; word: string };

export type ReaderMeta =
  | { key: 'never-mark'; words: string[] }
  | { key: 'bundled'; enabled: boolean }
  /** Bumped in every transaction that changes what the layers hold: the matcher's cache key. */
  | { key: 'revision'; value: number }
  | { key: 'undo'; token: string; action: UndoAction; at: number }
  | { key: 'patterns'; stamp: string; patterns: CompiledPatterns }
  /** A committed restore's settings that live outside this database, until written there (backup.ts). */
  | { key: 'restore-settings'; token: string; sites: Record<string, boolean>; replace: boolean; storage: Record<string, unknown>; removeStorage: string[] };

export interface ReaderSchema extends DBSchema {
  packs: { key: string; value: PackRecord };
  imports: { key: string; value: ImportRecord };
  packCompanies: { key: [string, string]; value: PackCompanyRow; indexes: { 'by-company': string } };
  packArticles: { key: [string, string]; value: PackArticleRow; indexes: { 'by-company': string } };
  own: { key: string; value: OwnRecord };
  overlays: { key: string; value: OverlayRecord };
  meta: { key: ReaderMeta['key']; value: ReaderMeta };
}

export type ReaderDb = IDBPDatabase<ReaderSchema>;

type Migration = (db: IDBPDatabase<ReaderSchema>) => void;

/** MIGRATIONS[n] upgrades from version n to n + 1; they only create or reshape stores. */
const MIGRATIONS: Migration[] = [
  (db) => {
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('imports', { keyPath: 'importId' });
    const companies = db.createObjectStore('packCompanies', { keyPath: ['importId', 'id'] });
    companies.createIndex('by-company', 'id');
    const articles = db.createObjectStore('packArticles', { keyPath: ['importId', 'id'] });
    articles.createIndex('by-company', 'article.companies', { multiEntry: true });
    db.createObjectStore('own', { keyPath: 'id' });
    db.createObjectStore('overlays', { keyPath: 'companyId' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];

export function openReaderDb(name: string, onLost: () => void): Promise<ReaderDb> {
  return openDB<ReaderSchema>(name, READER_DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < READER_DB_VERSION; v++) MIGRATIONS[v]?.(db);
    },
    blocking() {
      // Another context upgrades or deletes it: step aside, reopen on the next request.
      onLost();
    },
    terminated: onLost,
  });
}

/** Every row of one import: [importId] .. [importId, +∞). */
export function importRange(importId: string): IDBKeyRange {
  return IDBKeyRange.bound([importId], [importId, []]);
}
