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
 *
 * Rows are stored in batches (one record per staging step, keyed [importId, batch]):
 * version 1 stored one record per company and per article, and the 110,000 puts of a big
 * pack (each cloned, key-extracted, indexed and sent to the browser process on its own)
 * were most of its import time.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { OwnCompanyInput, Overlay } from '../../shared/dataset/layers-schema';
import type { PackArticle, PackCompany, PackHeader } from '../../shared/dataset/pack-schema';
import type { CompiledPatterns, Problem } from '../../shared/messages';

export const READER_DB_NAME = 'company-context-reader';
export const READER_DB_VERSION = 2;

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
  id: string;
  company: PackCompany;
  /** CSV lists: the url column; and which texts were filled in from the name (never override a lower layer). */
  links?: string[];
  filled?: Array<'tagline' | 'description'>;
}

/** One staging step's companies. `batch` counts up from 0 within the import. */
export interface CompanyBatch {
  importId: string;
  batch: number;
  rows: PackCompanyRow[];
}

/** One staging step's articles, with every company they cover (the card finds a company's articles by it). */
export interface ArticleBatch {
  importId: string;
  batch: number;
  companies: string[];
  articles: PackArticle[];
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
  companyBatches: { key: [string, number]; value: CompanyBatch };
  articleBatches: { key: [string, number]; value: ArticleBatch; indexes: { 'by-company': string } };
  own: { key: string; value: OwnRecord };
  overlays: { key: string; value: OverlayRecord };
  meta: { key: ReaderMeta['key']; value: ReaderMeta };
}

export type ReaderDb = IDBPDatabase<ReaderSchema>;

type UpgradeTx = IDBPTransaction<ReaderSchema, Array<StoreNames<ReaderSchema>>, 'versionchange'>;
type Migration = (db: IDBPDatabase<ReaderSchema>, tx: UpgradeTx) => void | Promise<void>;

/** Version 1's row stores, which the schema type no longer names. */
const V1_COMPANIES = 'packCompanies';
const V1_ARTICLES = 'packArticles';

/** Rows per batch when version 1's rows are regrouped (the importer's staging steps are about this size). */
export const UPGRADE_BATCH = 200;

/**
 * MIGRATIONS[n] upgrades from version n to n + 1, inside the upgrade transaction: if one
 * fails, the transaction aborts and the database stays as it was.
 */
const MIGRATIONS: Migration[] = [
  (db) => {
    // Version 1, as it was (the next migration regroups its row stores).
    const raw = db as unknown as IDBPDatabase;
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('imports', { keyPath: 'importId' });
    const companies = raw.createObjectStore(V1_COMPANIES, { keyPath: ['importId', 'id'] });
    companies.createIndex('by-company', 'id');
    const articles = raw.createObjectStore(V1_ARTICLES, { keyPath: ['importId', 'id'] });
    articles.createIndex('by-company', 'article.companies', { multiEntry: true });
    db.createObjectStore('own', { keyPath: 'id' });
    db.createObjectStore('overlays', { keyPath: 'companyId' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  async (db, tx) => {
    // Rows -> batches. Every import's rows are copied, live or not (tidy decides later).
    db.createObjectStore('companyBatches', { keyPath: ['importId', 'batch'] });
    const articleBatches = db.createObjectStore('articleBatches', { keyPath: ['importId', 'batch'] });
    articleBatches.createIndex('by-company', 'companies', { multiEntry: true });
    const raw = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    await regroup(raw.objectStore(V1_COMPANIES), (importId, batch, rows: Array<PackCompanyRow & { importId?: string }>) =>
      tx.objectStore('companyBatches').put({ importId, batch, rows: rows.map(({ importId: _i, ...row }) => row) }),
    );
    await regroup(raw.objectStore(V1_ARTICLES), (importId, batch, rows: Array<{ article: PackArticle }>) => {
      const articles = rows.map((r) => r.article);
      return tx.objectStore('articleBatches').put({ importId, batch, companies: companiesOf(articles), articles });
    });
    db.deleteObjectStore(V1_COMPANIES as never);
    db.deleteObjectStore(V1_ARTICLES as never);
  },
];

/** Reads a version-1 row store in key order (grouped by import) and writes its rows in batches. */
async function regroup<R>(
  store: { getAll(query?: IDBKeyRange | null, count?: number): Promise<unknown[]> },
  write: (importId: string, batch: number, rows: R[]) => Promise<unknown>,
): Promise<void> {
  let after: IDBValidKey | null = null;
  let importId = '';
  let batch = 0;
  let pending: R[] = [];
  const writes: Array<Promise<unknown>> = [];
  const flush = () => {
    if (!pending.length) return;
    const w = write(importId, batch++, pending);
    w.catch(() => undefined); // an abort rejects every queued write; the first failure is the one reported
    writes.push(w);
    pending = [];
  };
  for (;;) {
    const page = (await store.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), 1000)) as Array<R & { importId: string; id: string }>;
    for (const row of page) {
      if (row.importId !== importId) {
        flush();
        importId = row.importId;
        batch = 0;
      }
      pending.push(row);
      if (pending.length === UPGRADE_BATCH) flush();
    }
    if (page.length < 1000) break;
    const last = page[page.length - 1]!;
    after = [last.importId, last.id];
  }
  flush();
  await Promise.all(writes);
}

/** Every company an article batch covers, once. */
export function companiesOf(articles: readonly PackArticle[]): string[] {
  const ids = new Set<string>();
  for (const a of articles) for (const c of a.companies) ids.add(c);
  return [...ids];
}

export function openReaderDb(name: string, onLost: () => void): Promise<ReaderDb> {
  return openDB<ReaderSchema>(name, READER_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Synchronous migrations run synchronously (stores are created while the upgrade event is dispatched).
      let chain: Promise<void> | undefined;
      for (let v = oldVersion; v < READER_DB_VERSION; v++) {
        const migrate = MIGRATIONS[v]!;
        if (chain) chain = chain.then(() => migrate(db, tx));
        else {
          const result = migrate(db, tx);
          if (result instanceof Promise) chain = result;
        }
      }
      // A migration that fails aborts the upgrade: the reader's data stays in the old layout
      // (and opening fails with the abort, which the caller sees).
      tx.done.catch(() => undefined);
      Promise.resolve(chain).catch(() => {
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
      });
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
