/**
 * Version 2 of the reader's database stores pack rows in batches. A reader who installed
 * packs, made companies, overlays and never-mark words under version 1 keeps every one of
 * them through the upgrade; an upgrade that fails leaves version 1 as it was.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { READER_DB_VERSION, UPGRADE_BATCH } from '../../src/background/data/reader-db';
import { fakeBrowser, freshIndexedDB, messenger, servicesFor } from './background-fakes';
import { packJson } from './pack-fixtures';

beforeEach(freshIndexedDB);
vi.setConfig({ testTimeout: 60_000 }); // the first compiled matcher folds every code point once

const ARTICLES = 1234; // more than one page (1,000 rows) of the regrouping, and a partial last batch

/** Version 1's layout, frozen here as it shipped (reader-db.ts no longer describes it). */
async function openV1(name: string): Promise<IDBPDatabase> {
  return openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('packs', { keyPath: 'id' });
      db.createObjectStore('imports', { keyPath: 'importId' });
      db.createObjectStore('packCompanies', { keyPath: ['importId', 'id'] }).createIndex('by-company', 'id');
      db.createObjectStore('packArticles', { keyPath: ['importId', 'id'] }).createIndex('by-company', 'article.companies', { multiEntry: true });
      db.createObjectStore('own', { keyPath: 'id' });
      db.createObjectStore('overlays', { keyPath: 'companyId' });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  });
}

const base = packJson();
const company = base.companies[0]!;
const article = (i: number) => ({ ...base.articles[0]!, id: `story-${String(i).padStart(4, '0')}`, title: `Story ${i} about ByteDance` });
const pack = (id: string, importId: string, order: number, articles: number) => ({
  id,
  name: `Pack ${id}`,
  version: '1',
  importId,
  enabled: true,
  order,
  installedAt: 1,
  format: 'json',
  counts: { companies: 1, articles, facts: 1 },
  warnings: [],
});

/** A version-1 database as a reader would have it: two packs, a half-staged import, own data. */
async function readerV1(name: string, corrupt = false): Promise<void> {
  const db = await openV1(name);
  const tx = db.transaction(['packs', 'imports', 'packCompanies', 'packArticles', 'own', 'overlays', 'meta'], 'readwrite');
  const put = (store: string, value: unknown) => void tx.objectStore(store).put(value);
  put('packs', pack('big', 'imp-big', 0, ARTICLES));
  put('packs', pack('small', 'imp-small', 1, 1));
  put('imports', { importId: 'imp-big', packId: 'big', state: 'live', startedAt: 1 });
  put('imports', { importId: 'imp-small', packId: 'small', state: 'live', startedAt: 1 });
  put('imports', { importId: 'imp-half', state: 'staging', startedAt: 2 });
  put('packCompanies', { importId: 'imp-big', id: 'bytedance', company, links: ['https://example.com/bd'] });
  put('packCompanies', { importId: 'imp-small', id: 'tinyco', company: { ...company, id: 'tinyco', names: { en: 'Tinyco' }, aliases: {}, relations: [] } });
  put('packCompanies', { importId: 'imp-half', id: 'halfco', company: { ...company, id: 'halfco', names: { en: 'Halfco' }, aliases: {} } });
  for (let i = 0; i < ARTICLES; i++) put('packArticles', { importId: 'imp-big', id: article(i).id, article: article(i) });
  put('packArticles', { importId: 'imp-small', id: 'tiny-story', article: { ...article(0), id: 'tiny-story', companies: ['tinyco'] } });
  put('packArticles', { importId: 'imp-half', id: 'half-story', article: corrupt ? { id: 'half-story' } : { ...article(0), id: 'half-story', companies: ['halfco'] } });
  put('own', { id: 'nio', input: { id: 'nio', names: { en: 'NIO', 'zh-Hans': '蔚来' }, note: 'EV maker', links: ['https://nio.com'] }, updatedAt: 3 });
  put('overlays', { companyId: 'banma', overlay: { aliases: { en: ['Banma Tech'] }, note: 'my note' }, updatedAt: 4 });
  put('meta', { key: 'never-mark', words: ['斑马'] });
  put('meta', { key: 'revision', value: 7 });
  await tx.done;
  db.close();
}

describe('the reader database upgrade to batched rows', () => {
  it("keeps every pack, own company, overlay and never-mark word; drops only the interrupted import's rows", async () => {
    const name = 'upgrade-1';
    await readerV1(`${name}-reader`);
    const s = servicesFor(fakeBrowser(), name);
    const send = messenger(s);

    const snapshot = await s.reader.snapshot();
    expect(snapshot.packs.map((p) => [p.id, p.importId, p.order])).toEqual([
      ['big', 'imp-big', 0],
      ['small', 'imp-small', 1],
    ]);
    expect(snapshot.revision).toBe(7);
    const own = await send({ type: 'data/own' });
    expect(own.companies.map((c) => c.input)).toEqual([{ id: 'nio', names: { en: 'NIO', 'zh-Hans': '蔚来' }, note: 'EV maker', links: ['https://nio.com'] }]);
    expect(own.overlays.map((o) => o.overlay)).toEqual([{ aliases: { en: ['Banma Tech'] }, note: 'my note' }]);
    expect(own.neverMark).toEqual(['斑马']);

    // Every row, in the order version 1 kept them (by id within an import).
    expect(await s.reader.packCompanies('imp-big')).toEqual([{ id: 'bytedance', company, links: ['https://example.com/bd'] }]);
    const articles = await s.reader.packArticles('imp-big');
    expect(articles).toEqual(Array.from({ length: ARTICLES }, (_, i) => article(i)));
    expect((await s.reader.packArticles('imp-small')).map((a) => a.id)).toEqual(['tiny-story']);

    // The card and the settings page read them as before.
    const card = await send({ type: 'db/company', id: 'bytedance' });
    expect(card!.articles).toHaveLength(ARTICLES);
    expect(card!.origins?.map((o) => o.name)).toContain('Pack big');
    expect((await send({ type: 'db/company', id: 'tinyco' }))!.articles.map((a) => a.id)).toEqual(['tiny-story']);
    const { layers } = await send({ type: 'data/layers' });
    expect(layers.map((l) => l.id)).toEqual(['bundled', 'big', 'small', 'own']);

    // The staged import nobody pointed to was regrouped, then tidied away like any other.
    const db = await openDB(`${name}-reader`);
    expect(db.version).toBe(READER_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articleBatches', 'companyBatches', 'imports', 'meta', 'overlays', 'own', 'packs']);
    expect((await db.getAll('imports')).map((i: { importId: string }) => i.importId).sort()).toEqual(['imp-big', 'imp-small']);
    expect(await db.count('articleBatches')).toBe(Math.ceil(ARTICLES / UPGRADE_BATCH) + 1);
    db.close();
    await s.reader.close();
    await s.database.close();
  });

  it('an upgrade that fails leaves version 1 and its rows as they were', async () => {
    const name = 'upgrade-2';
    await readerV1(`${name}-reader`, true); // an article row the regrouping cannot read
    const s = servicesFor(fakeBrowser(), name);
    await expect(s.reader.snapshot()).rejects.toThrow();
    await s.reader.close();
    await s.database.close();

    const db = await openDB(`${name}-reader`);
    expect(db.version).toBe(1);
    expect(await db.count('packArticles')).toBe(ARTICLES + 2);
    expect(await db.count('own')).toBe(1);
    expect(await db.count('overlays')).toBe(1);
    db.close();
  });
});
