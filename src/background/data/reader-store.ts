/**
 * The one way the background reaches the reader's database (reader-db.ts): opens it lazily,
 * tidies what an interrupted import or an expired undo left (once per worker life, before
 * any request reads it), and offers the few transactions the handlers need. Every write
 * that changes what the layers hold bumps `revision` in the same transaction.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { PackArticle } from '../../shared/dataset/pack-schema';
import { pause } from './sliced';
import {
  companiesOf,
  importRange,
  openReaderDb,
  type ImportRecord,
  type OverlayRecord,
  type OwnRecord,
  type PackCompanyRow,
  type PackRecord,
  type ReaderDb,
  type ReaderMeta,
  type ReaderSchema,
  type UndoAction,
} from './reader-db';

type Tx = IDBPTransaction<ReaderSchema, Array<StoreNames<ReaderSchema>>, 'readwrite'>;

export interface ReaderSnapshot {
  revision: number;
  bundledEnabled: boolean;
  /** Live packs (removed ones excluded), by order. */
  packs: PackRecord[];
  own: OwnRecord[];
  overlays: OverlayRecord[];
  neverMark: string[];
}

/** Stored batches read per request (each holds one staging step's rows, a few hundred). */
const READ_BATCHES = 2;

/** Every batch of one import in key order, read a few per request with a pause between: cloning 10,000 rows in one request is one long task. */
async function inBatches<S extends 'companyBatches' | 'articleBatches'>(d: ReaderDb, store: S, importId: string): Promise<Array<ReaderSchema[S]['value']>> {
  const out: Array<ReaderSchema[S]['value']> = [];
  let after = -1;
  for (;;) {
    const range = IDBKeyRange.bound([importId, after], [importId, []], true);
    const batches = (await d.getAll(store, range, READ_BATCHES)) as Array<ReaderSchema[S]['value']>;
    out.push(...batches);
    if (batches.length < READ_BATCHES) return out;
    after = batches[batches.length - 1]!.batch;
    await pause();
  }
}

export function createReaderStore(name: string, now: () => number, newToken: () => string) {
  let connection: Promise<ReaderDb> | undefined;
  let tidied: Promise<void> | undefined;
  /** The next batch number of each import staged in this worker life (an import never outlives it). */
  const nextBatch = new Map<string, number>();

  const open = (): Promise<ReaderDb> => {
    const current = (connection ??= openReaderDb(name, () => {
      // Another context upgrades or deletes it: close, and reopen on the next request.
      void current.then((db) => db.close(), () => undefined);
      if (connection === current) connection = undefined;
    }));
    current.catch(() => {
      if (connection === current) connection = undefined;
    });
    return current;
  };

  /** The database, after start-up tidying (deleting rows nobody points to). */
  const db = async (): Promise<ReaderDb> => {
    const d = await open();
    await (tidied ??= tidy(d).catch((error: unknown) => {
      tidied = undefined;
      throw error;
    }));
    return d;
  };

  async function bump(tx: Tx): Promise<void> {
    const meta = tx.objectStore('meta');
    const rev = (await meta.get('revision')) as Extract<ReaderMeta, { key: 'revision' }> | undefined;
    await meta.put({ key: 'revision', value: (rev?.value ?? 0) + 1 });
  }

  /** Staged imports from an earlier worker life were interrupted; retired ones are superseded. */
  async function tidy(d: ReaderDb): Promise<void> {
    const imports = await d.getAll('imports');
    const undo = (await d.get('meta', 'undo')) as Extract<ReaderMeta, { key: 'undo' }> | undefined;
    const undoPack = undo?.action.kind === 'pack' ? undo.action.packId : undefined;
    const removed = (await d.getAll('packs')).filter((p) => p.removed && p.id !== undoPack);
    for (const p of removed) await purgePack(d, p.id);
    for (const i of imports) if (i.state !== 'live') await purgeImport(d, i.importId);
  }

  async function purgeImport(d: ReaderDb, importId: string): Promise<void> {
    // Three deletes of key ranges: IndexedDB does the work off our thread, in one transaction.
    nextBatch.delete(importId);
    const tx = d.transaction(['companyBatches', 'articleBatches', 'imports'], 'readwrite');
    await Promise.all([
      tx.objectStore('companyBatches').delete(importRange(importId)),
      tx.objectStore('articleBatches').delete(importRange(importId)),
      tx.objectStore('imports').delete(importId),
      tx.done,
    ]);
  }

  async function purgePack(d: ReaderDb, packId: string): Promise<void> {
    const pack = await d.get('packs', packId);
    if (!pack?.removed) return;
    const tx = d.transaction(['packs', 'imports'], 'readwrite');
    await Promise.all([tx.objectStore('packs').delete(packId), tx.objectStore('imports').put({ importId: pack.importId, state: 'retired', startedAt: pack.installedAt }), tx.done]);
    await purgeImport(d, pack.importId);
  }

  /** Stores the undo for `action`, purging what the previous undo kept alive. */
  async function setUndo(tx: Tx, action: UndoAction): Promise<{ token: string; previous?: UndoAction }> {
    const meta = tx.objectStore('meta');
    const previous = (await meta.get('undo')) as Extract<ReaderMeta, { key: 'undo' }> | undefined;
    const token = newToken();
    await meta.put({ key: 'undo', token, action, at: now() });
    return { token, previous: previous?.action };
  }

  const afterUndoReplaced = async (d: ReaderDb, previous: UndoAction | undefined) => {
    if (previous?.kind === 'pack') await purgePack(d, previous.packId);
  };

  return {
    db,
    async close(): Promise<void> {
      const d = await connection?.catch(() => undefined);
      connection = undefined;
      tidied = undefined;
      d?.close();
    },

    async snapshot(): Promise<ReaderSnapshot> {
      const d = await db();
      const tx = d.transaction(['packs', 'own', 'overlays', 'meta'], 'readonly');
      const meta = tx.objectStore('meta');
      const [packs, own, overlays, rev, bundled, never] = await Promise.all([
        tx.objectStore('packs').getAll(),
        tx.objectStore('own').getAll(),
        tx.objectStore('overlays').getAll(),
        meta.get('revision'),
        meta.get('bundled'),
        meta.get('never-mark'),
      ]);
      await tx.done;
      return {
        revision: rev?.key === 'revision' ? rev.value : 0,
        bundledEnabled: bundled?.key === 'bundled' ? bundled.enabled : true,
        packs: packs.filter((p) => !p.removed).sort((a, b) => a.order - b.order),
        own,
        overlays,
        neverMark: never?.key === 'never-mark' ? never.words : [],
      };
    },

    /** Every company row of one import. */
    async packCompanies(importId: string): Promise<PackCompanyRow[]> {
      return (await inBatches(await db(), 'companyBatches', importId)).flatMap((b) => b.rows);
    },

    async packArticles(importId: string): Promise<PackArticle[]> {
      return (await inBatches(await db(), 'articleBatches', importId)).flatMap((b) => b.articles);
    },

    /** Articles of the given imports that cover `companyId`. */
    async articlesOf(companyId: string, importIds: ReadonlySet<string>): Promise<PackArticle[]> {
      const batches = await (await db()).getAllFromIndex('articleBatches', 'by-company', companyId);
      return batches.filter((b) => importIds.has(b.importId)).flatMap((b) => b.articles.filter((a) => a.companies.includes(companyId)));
    },

    async beginImport(importId: string): Promise<void> {
      const record: ImportRecord = { importId, state: 'staging', startedAt: now() };
      nextBatch.set(importId, 0);
      await (await db()).put('imports', record);
    },

    /**
     * One staging transaction: one batch of companies and one of articles, under an import id
     * no pack points to yet. Two puts whatever the number of rows: structured-cloning one
     * array is far cheaper than a put per row.
     */
    async stage(importId: string, companies: PackCompanyRow[], articles: PackArticle[]): Promise<void> {
      if (companies.length === 0 && articles.length === 0) return;
      const batch = nextBatch.get(importId) ?? 0;
      nextBatch.set(importId, batch + 1);
      const d = await db();
      const tx = d.transaction(['companyBatches', 'articleBatches'], 'readwrite');
      // Queued synchronously; a put that fails aborts the whole transaction (tx.done rejects).
      const writes = [
        companies.length ? tx.objectStore('companyBatches').put({ importId, batch, rows: companies }) : undefined,
        articles.length ? tx.objectStore('articleBatches').put({ importId, batch, companies: companiesOf(articles), articles }) : undefined,
      ];
      for (const w of writes) w?.catch(() => undefined);
      await tx.done;
    },

    async dropImport(importId: string): Promise<void> {
      await purgeImport(await db(), importId);
    },

    /**
     * The moment a pack goes live: one small transaction points the pack at its import and
     * retires the one it replaces. Before it, nothing changed; after it, the pack is whole.
     */
    async commitPack(record: PackRecord): Promise<void> {
      const d = await db();
      const tx = d.transaction(['packs', 'imports', 'meta'], 'readwrite');
      const packs = tx.objectStore('packs');
      const imports = tx.objectStore('imports');
      const old = await packs.get(record.id);
      const all = await packs.getAll();
      if (old) {
        record.order = old.order;
        record.enabled = old.enabled;
        await imports.put({ importId: old.importId, packId: old.id, state: 'retired', startedAt: old.installedAt });
      } else record.order = all.reduce((m, p) => Math.max(m, p.order + 1), 0);
      await packs.put(record);
      await imports.put({ importId: record.importId, packId: record.id, state: 'live', startedAt: record.installedAt });
      await bump(tx);
      await tx.done;
      if (old) await purgeImport(d, old.importId);
    },

    async packIds(): Promise<Set<string>> {
      return new Set(await (await db()).getAllKeys('packs'));
    },

    async getPack(id: string): Promise<PackRecord | undefined> {
      const p = await (await db()).get('packs', id);
      return p?.removed ? undefined : p;
    },

    async setPack(id: string, change: { enabled?: boolean; order?: number }): Promise<boolean> {
      const d = await db();
      const tx = d.transaction(['packs', 'meta'], 'readwrite');
      const store = tx.objectStore('packs');
      if (id === 'bundled') {
        if (change.enabled !== undefined) await tx.objectStore('meta').put({ key: 'bundled', enabled: change.enabled });
        await bump(tx);
        await tx.done;
        return true;
      }
      const pack = await store.get(id);
      if (!pack || pack.removed) {
        await tx.done;
        return false;
      }
      if (change.enabled !== undefined) pack.enabled = change.enabled;
      if (change.order !== undefined) {
        const others = (await store.getAll()).filter((p) => p.id !== id && !p.removed).sort((a, b) => a.order - b.order);
        others.splice(Math.min(change.order, others.length), 0, pack);
        others.forEach((p, i) => (p.order = i));
        for (const p of others) if (p.id !== id) await store.put(p);
      }
      await store.put(pack);
      await bump(tx);
      await tx.done;
      return true;
    },

    /** Hides the pack at once; its rows stay until the undo is superseded. */
    async removePack(id: string): Promise<string | null> {
      const d = await db();
      const tx = d.transaction(['packs', 'meta'], 'readwrite');
      const pack = await tx.objectStore('packs').get(id);
      if (!pack || pack.removed) {
        await tx.done;
        return null;
      }
      await tx.objectStore('packs').put({ ...pack, removed: true });
      const { token, previous } = await setUndo(tx, { kind: 'pack', packId: id });
      await bump(tx);
      await tx.done;
      await afterUndoReplaced(d, previous);
      return token;
    },

    async undo(token: string): Promise<boolean> {
      const d = await db();
      const tx = d.transaction(['packs', 'own', 'overlays', 'meta'], 'readwrite');
      const meta = tx.objectStore('meta');
      const undo = (await meta.get('undo')) as Extract<ReaderMeta, { key: 'undo' }> | undefined;
      if (!undo || undo.token !== token) {
        await tx.done;
        return false;
      }
      const a = undo.action;
      if (a.kind === 'pack') {
        const pack = await tx.objectStore('packs').get(a.packId);
        if (pack) {
          delete pack.removed;
          await tx.objectStore('packs').put(pack);
        }
      } else if (a.kind === 'own') await tx.objectStore('own').put(a.record);
      else if (a.kind === 'overlay') await tx.objectStore('overlays').put(a.record);
      else {
        const never = await meta.get('never-mark');
        const words = never?.key === 'never-mark' ? never.words : [];
        if (!words.includes(a.word)) await meta.put({ key: 'never-mark', words: [...words, a.word] });
      }
      await meta.delete('undo');
      await bump(tx);
      await tx.done;
      return true;
    },

    async saveOwn(record: OwnRecord): Promise<void> {
      const d = await db();
      const tx = d.transaction(['own', 'meta'], 'readwrite');
      await tx.objectStore('own').put(record);
      await bump(tx);
      await tx.done;
    },

    async deleteOwn(id: string): Promise<string | null> {
      const d = await db();
      const tx = d.transaction(['own', 'packs', 'meta'], 'readwrite');
      const record = await tx.objectStore('own').get(id);
      if (!record) {
        await tx.done;
        return null;
      }
      await tx.objectStore('own').delete(id);
      const { token, previous } = await setUndo(tx, { kind: 'own', record });
      await bump(tx);
      await tx.done;
      await afterUndoReplaced(d, previous);
      return token;
    },

    /** An empty overlay removes it (undoable). */
    async saveOverlay(record: OverlayRecord, empty: boolean): Promise<string | undefined> {
      const d = await db();
      const tx = d.transaction(['overlays', 'meta'], 'readwrite');
      const store = tx.objectStore('overlays');
      const before = await store.get(record.companyId);
      let result: { token: string; previous?: UndoAction } | undefined;
      if (empty) {
        await store.delete(record.companyId);
        if (before) result = await setUndo(tx, { kind: 'overlay', record: before });
      } else await store.put(record);
      await bump(tx);
      await tx.done;
      await afterUndoReplaced(d, result?.previous);
      return result?.token;
    },

    async neverMark(word: string, add: boolean): Promise<{ words: string[]; undo?: string }> {
      const d = await db();
      const tx = d.transaction(['meta'], 'readwrite');
      const meta = tx.objectStore('meta');
      const never = await meta.get('never-mark');
      const words = never?.key === 'never-mark' ? never.words : [];
      const next = add ? (words.includes(word) ? words : [...words, word]) : words.filter((w) => w !== word);
      await meta.put({ key: 'never-mark', words: next });
      const undo = !add && next.length < words.length ? await setUndo(tx, { kind: 'never-mark', word }) : undefined;
      await bump(tx);
      await tx.done;
      await afterUndoReplaced(d, undo?.previous);
      return { words: next, undo: undo?.token };
    },

    /** Cached compiled matcher, keyed by what it was compiled from. */
    async cachedPatterns(stamp: string) {
      const m = await (await db()).get('meta', 'patterns');
      return m?.key === 'patterns' && m.stamp === stamp ? m.patterns : undefined;
    },
    async cachePatterns(stamp: string, patterns: Extract<ReaderMeta, { key: 'patterns' }>['patterns']): Promise<void> {
      await (await db()).put('meta', { key: 'patterns', stamp, patterns });
    },
  };
}

export type ReaderStore = ReturnType<typeof createReaderStore>;
