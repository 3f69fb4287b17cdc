/**
 * The reader's data is sacred: an interrupted import leaves the previous state whole with
 * no half pack; a new or corrupt bundled dataset, a removal, a failed import or a failed
 * restore never lose the reader's companies, notes, overlays, switches or settings.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { toBase64 } from '../../src/shared/dataset/pack-upload';
import { IMPORT_CHUNK_BYTES } from '../../src/shared/messages';
import { dataset, fakeBrowser, freshIndexedDB, messenger, servicesFor, type FakeBrowser } from './background-fakes';
import type { Services } from '../../src/background/services';
import { packJson, upload } from './pack-fixtures';

beforeEach(freshIndexedDB);
vi.setConfig({ testTimeout: 60_000 }); // the first compiled matcher folds every code point once

/** A pack of `n` articles: several chunks long. */
function bigPack(version: string, n = 3000) {
  const pack = packJson({ pack: { id: 'test-pack', name: 'Test pack', version } });
  for (let i = 0; i < n; i++) {
    pack.articles.push({ ...pack.articles[0]!, id: `story-${i}`, title: `Story number ${i} about ByteDance and its many products` });
  }
  return JSON.stringify(pack);
}

async function readerRows(name: string) {
  const db = await openDB(`${name}-reader`);
  const out = { companies: await db.count('companyBatches'), articles: await db.count('articleBatches'), imports: await db.getAll('imports') };
  db.close();
  return out;
}

/** Everything the settings page shows — layers, own data, every switch, the hover settings — for before/after comparisons. */
async function state(send: ReturnType<typeof messenger>, fake: FakeBrowser) {
  const { layers, conflicts } = await send({ type: 'data/layers' });
  const own = await send({ type: 'data/own' });
  const sites = await send({ type: 'settings/site', host: 'news.example' });
  return {
    layers: layers.map(({ installedAt: _i, ...l }) => (l.kind === 'own' ? { ...l, version: '' } : l)),
    conflicts,
    own: { ...own, companies: own.companies.map((c) => c.input), overlays: own.overlays.map((o) => o.overlay) },
    sites,
    all: await send({ type: 'settings/sites' }),
    global: await send({ type: 'settings/global' }),
    hover: fake.local.data.get('hoverPrefs'),
  };
}

async function readerMade(send: ReturnType<typeof messenger>, fake: FakeBrowser) {
  // The settings page writes the hover settings to storage.local itself.
  await fake.local.set({ hoverPrefs: { delayMs: 700, modifier: 'Alt', style: 'background' } });
  await send({ type: 'data/own-company-save', company: { names: { en: 'NIO', 'zh-Hans': '蔚来' }, note: 'EV maker', links: ['https://nio.com'] } });
  await send({ type: 'data/overlay-save', companyId: 'banma', overlay: { aliases: { en: ['Banma Tech'] }, note: 'my note' } });
  await send({ type: 'data/never-mark', word: '斑马', add: true });
  await send({ type: 'settings/site', host: 'news.example', enabled: false });
}

describe('an import interrupted by the background stopping', () => {
  it('leaves the previous pack whole, lists no half pack, and start-up deletes the staged rows', async () => {
    const fake = fakeBrowser();
    const name = 'interrupt-1';
    let s = servicesFor(fake, name);
    let send = messenger(s);
    expect((await upload(send, 'p.json', bigPack('1'))).state).toBe('done');
    const before = await state(send, fake);
    const v1Rows = await readerRows(name);

    // Version 2 replaces it: two chunks arrive, then the worker is gone.
    const bytes = new TextEncoder().encode(bigPack('2'));
    expect(bytes.length).toBeGreaterThan(2 * IMPORT_CHUNK_BYTES);
    const start = await send({ type: 'data/import-start', fileName: 'p.json', size: bytes.length, onConflict: 'replace' });
    for (let seq = 0; seq < 2; seq++) {
      const chunk = bytes.subarray(seq * IMPORT_CHUNK_BYTES, (seq + 1) * IMPORT_CHUNK_BYTES);
      const st = await send({ type: 'data/import-chunk', importId: start.importId, seq, base64: toBase64(chunk), last: false });
      expect(st.state).toBe('receiving');
    }
    expect((await readerRows(name)).articles).toBeGreaterThan(v1Rows.articles); // staged, not live
    await s.reader.close();
    await s.database.close();

    s = servicesFor(fake, name); // the next worker
    send = messenger(s);
    expect(await state(send, fake)).toEqual(before);
    const { articles } = await send({ type: 'db/company', id: 'bytedance' });
    expect(articles).toHaveLength(3001);
    expect(await readerRows(name)).toEqual(v1Rows);
    // Read back batch by batch over several requests, none lost or repeated at the seams.
    const pack = (await s.reader.snapshot()).packs[0]!;
    const all = await s.reader.packArticles(pack.importId);
    expect(new Set(all.map((a) => a.id)).size).toBe(3001);
    // The page's next chunk learns the import is gone.
    const late = await send({ type: 'data/import-chunk', importId: start.importId, seq: 2, base64: '', last: true });
    expect(late.problems[0]?.message).toMatch(/interrupted/);
  });

  it('a first import interrupted lists nothing', async () => {
    const fake = fakeBrowser();
    let s = servicesFor(fake, 'interrupt-2');
    const bytes = new TextEncoder().encode(bigPack('1'));
    let send = messenger(s);
    const start = await send({ type: 'data/import-start', fileName: 'p.json', size: bytes.length });
    await send({ type: 'data/import-chunk', importId: start.importId, seq: 0, base64: toBase64(bytes.subarray(0, IMPORT_CHUNK_BYTES)), last: false });
    await s.reader.close();
    s = servicesFor(fake, 'interrupt-2');
    send = messenger(s);
    expect((await send({ type: 'data/layers' })).layers.map((l) => l.id)).toEqual(['bundled', 'own']);
    expect(await readerRows('interrupt-2')).toEqual({ companies: 0, articles: 0, imports: [] });
  });
});

describe("the reader's data survives", () => {
  it('a new bundled dataset version', async () => {
    const fake = fakeBrowser();
    let s = servicesFor(fake, 'bundle-1');
    let send = messenger(s);
    await upload(send, 'p.json', JSON.stringify(packJson()));
    await readerMade(send, fake);
    const before = await state(send, fake);
    await s.database.close();
    await s.reader.close();
    fake.packaged.dataset = dataset('v2');
    s = servicesFor(fake, 'bundle-1');
    send = messenger(s);
    const after = await state(send, fake);
    expect(after.layers.find((l) => l.id === 'bundled')?.version).toBe('v2');
    expect({ ...after, layers: after.layers.filter((l) => l.id !== 'bundled') }).toEqual({ ...before, layers: before.layers.filter((l) => l.id !== 'bundled') });
  });

  it('a corrupt dataset database being deleted and rebuilt', async () => {
    const fake = fakeBrowser();
    const s = servicesFor(fake, 'corrupt-1');
    const send = messenger(s);
    await upload(send, 'p.json', JSON.stringify(packJson()));
    await readerMade(send, fake);
    const before = await state(send, fake);
    await s.database.close();
    // Damage: a database at our version without our stores (see db-recover.test.ts).
    indexedDB.deleteDatabase('corrupt-1');
    const broken = await openDB('corrupt-1', 1, { upgrade: (db) => void db.createObjectStore('junk') });
    broken.close();
    expect(await state(send, fake)).toEqual(before);
    expect((await send({ type: 'db/company', id: 'bytedance' })).company.id).toBe('bytedance');
  });

  it('a failed import and a failed restore', async () => {
    const { send, fake, before } = await prepared('fail-1');
    const bad = packJson({ pack: { id: 'other', name: 'Other', version: '1' } });
    (bad.companies[0] as { tagline: unknown }).tagline = {};
    expect((await upload(send, 'other.json', JSON.stringify(bad))).state).toBe('failed');
    expect(await state(send, fake)).toEqual(before);
    const { text } = await send({ type: 'data/backup-export' });
    const broken = JSON.parse(text) as { own: Array<{ input: { names: unknown } }> };
    broken.own[0]!.input.names = {};
    const restored = await upload(send, 'b.json', JSON.stringify(broken), { purpose: 'backup', restore: 'replace' });
    expect(restored.state).toBe('failed');
    expect(restored.problems[0]?.where).toBe('$.own[0].input.names');
    expect(await state(send, fake)).toEqual(before);
  });

  it('removing a pack (and undo brings it back as it was)', async () => {
    const { send, fake, before } = await prepared('remove-1');
    const { undo } = await send({ type: 'data/pack-remove', id: 'test-pack' });
    const removed = await state(send, fake);
    // Only the pack's layer changes: companies, notes, overlays, switches and settings stay.
    expect({ ...removed, layers: [], conflicts: [] }).toEqual({ ...before, layers: [], conflicts: [] });
    await send({ type: 'data/undo', token: undo });
    expect(await state(send, fake)).toEqual(before);
  });
});

async function prepared(name: string) {
  const fake = fakeBrowser();
  const s = servicesFor(fake, name);
  const send = messenger(s);
  await upload(send, 'p.json', JSON.stringify(packJson()));
  await readerMade(send, fake);
  return { s, send, fake, before: await state(send, fake) };
}

describe('backup and restore', () => {
  it('backup → remove everything → restore gives the same state', async () => {
    const { send, fake, before } = await prepared('backup-1');
    const { text, fileName } = await send({ type: 'data/backup-export' });
    expect(fileName).toMatch(/^company-context-backup-\d{4}-\d\d-\d\d\.json$/);
    await send({ type: 'data/pack-remove', id: 'test-pack' });
    await send({ type: 'data/own-company-delete', id: 'nio' });
    await send({ type: 'data/overlay-save', companyId: 'banma', overlay: {} });
    await send({ type: 'data/never-mark', word: '斑马', add: false });
    await send({ type: 'settings/site', host: 'news.example', enabled: true });
    await fake.local.remove('hoverPrefs');
    expect((await state(send, fake)).own).toEqual({ companies: [], overlays: [], neverMark: [] });
    const restored = await upload(send, fileName, text, { purpose: 'backup', restore: 'replace' });
    expect(restored.problems).toEqual([]);
    expect(await state(send, fake)).toEqual(before);
    expect((await send({ type: 'db/company', id: 'bytedance' })).articles).toHaveLength(1);
  });

  it('merge keeps what is there and adds the backup', async () => {
    const { send } = await prepared('backup-2');
    const { text } = await send({ type: 'data/backup-export' });
    await send({ type: 'data/own-company-save', company: { names: { en: 'Li Auto' } } });
    await upload(send, 'b.json', text, { purpose: 'backup', restore: 'merge' });
    const own = await send({ type: 'data/own' });
    expect(own.companies.map((c) => c.id).sort()).toEqual(['li-auto', 'nio']);
  });
});

describe("the reader's own edits change what is marked", () => {
  it('an own company, an overlay alias and a never-mark word', async () => {
    const { send } = await prepared('edits-1');
    const { createMatcher } = await import('../../src/shared/matcher');
    const patterns = await send({ type: 'db/patterns' });
    const m = createMatcher(patterns);
    const found = (text: string) => m.find(text).map((h) => patterns.companyIds[h.company]);
    expect(found('蔚来 and Banma Tech')).toEqual(['nio', 'banma']);
    expect(found('斑马 alone')).toEqual([]); // never-marked
    const { company, reader } = await send({ type: 'db/company', id: 'banma' });
    expect(company.aliases.en).toContain('Banma Tech');
    expect(reader).toEqual({ note: 'my note', links: [] });
    const nio = await send({ type: 'db/company', id: 'nio' });
    expect(nio.origins).toEqual([{ kind: 'own', name: 'own' }]);
    expect(nio.reader?.links).toEqual([{ url: 'https://nio.com/', text: 'https://nio.com' }]);
  });
});

describe('the compiled matcher cached in the reader database', () => {
  it('is compiled again when an earlier version cached it in an older wire format', async () => {
    const { send, fake } = await prepared('format-1');
    const first = await send({ type: 'db/patterns' });
    expect((first.data as { format: string }).format).toBe('aho-corasick/5');
    // What an upgrade finds: the same stamp, the payload of the previous format.
    const db = await openDB('format-1-reader');
    const meta = (await db.get('meta', 'patterns')) as { patterns: { data: Record<string, unknown> } };
    meta.patterns.data = { ...meta.patterns.data, format: 'aho-corasick/3' };
    await db.put('meta', meta);
    db.close();
    const restarted = messenger(servicesFor(fake, 'format-1'));
    const again = await restarted({ type: 'db/patterns' });
    expect((again.data as { format: string }).format).toBe('aho-corasick/5');
    const { createMatcher } = await import('../../src/shared/matcher');
    expect(createMatcher(again).find('蔚来').map((h) => again.companyIds[h.company])).toEqual(['nio']);
  });
});

describe('a restore interrupted by the background stopping', () => {
  const hover = (fake: FakeBrowser) => fake.local.data.get('hoverPrefs');

  /**
   * A backup of state A (pack, own company, overlay, never-mark, news.example off, a hover
   * delay of 700 ms), then state B (all of it changed), and the backup's text.
   */
  async function twoStates(name: string) {
    const { s, send, fake, before: a } = await prepared(name);
    const { text } = await send({ type: 'data/backup-export' });
    await send({ type: 'data/pack-remove', id: 'test-pack' });
    await send({ type: 'data/own-company-delete', id: 'nio' });
    await send({ type: 'data/own-company-save', company: { names: { en: 'Li Auto' } } });
    await send({ type: 'data/never-mark', word: '斑马', add: false });
    await send({ type: 'settings/site', host: 'news.example', enabled: true });
    await send({ type: 'settings/site', host: 'other.example', enabled: false });
    await fake.local.remove('hoverPrefs');
    const b = await state(send, fake);
    expect(b).not.toEqual(a);
    return { fake, s, send, a, b, text };
  }

  /** Makes `method` of `target` hang at its first call `when` accepts (the worker stops there); resolves when it is reached. */
  function stopAt<T extends object, K extends keyof T>(target: T, method: K, when: (...args: unknown[]) => boolean = () => true) {
    const original = target[method];
    let reached!: () => void;
    const stopped = new Promise<void>((resolve) => (reached = resolve));
    target[method] = ((...args: unknown[]) => {
      if (!when(...args)) return (original as (...a: unknown[]) => unknown).apply(target, args);
      reached();
      return new Promise(() => undefined);
    }) as T[K];
    return { stopped, restore: () => (target[method] = original) };
  }

  async function nextLife(fake: FakeBrowser, name: string, s: Services) {
    await s.reader.close();
    await s.database.close();
    const next = servicesFor(fake, name);
    return { s: next, send: messenger(next) };
  }

  it('stopped after the swap, before switches and hover settings are written: start-up finishes it, all new', async () => {
    const name = 'restore-stop-1';
    const { fake, s, a, send, text } = await twoStates(name);
    // The worker stops while writing the first switch out (its storage.local mirror): the reader's layers are swapped.
    const stop = stopAt(fake.local, 'set');
    void upload(send, 'b.json', text, { purpose: 'backup', restore: 'replace' });
    await stop.stopped;
    stop.restore();
    expect(fake.local.data.has('hoverPrefs')).toBe(false); // not written in the life that stopped
    const next = await nextLife(fake, name, s);
    expect(await state(next.send, fake)).toEqual(a);
    // Rolled forward once: the record is gone and a later switch is not overwritten.
    await next.send({ type: 'settings/site', host: 'news.example', enabled: true });
    const again = await nextLife(fake, name, next.s);
    expect((await again.send({ type: 'settings/site', host: 'news.example' })).enabled).toBe(true);
  });

  it('stopped between the switches and the hover settings: start-up finishes it, all new', async () => {
    const name = 'restore-stop-2';
    const { fake, s, a, send, text } = await twoStates(name);
    // Sites are written (each with its storage.local mirror), then the hover settings' write never ends.
    const stop = stopAt(fake.local, 'set', (items) => 'hoverPrefs' in (items as object));
    void upload(send, 'b.json', text, { purpose: 'backup', restore: 'replace' });
    await stop.stopped;
    stop.restore();
    const next = await nextLife(fake, name, s);
    expect(await state(next.send, fake)).toEqual(a);
  });

  it('stopped while its packs are staged: start-up finds everything as it was, staged rows deleted', async () => {
    const name = 'restore-stop-3';
    const { fake, s, b, send, text } = await twoStates(name);
    const rows = await readerRows(name);
    const stop = stopAt(s.reader, 'stage');
    void upload(send, 'b.json', text, { purpose: 'backup', restore: 'replace' });
    await stop.stopped;
    stop.restore();
    const next = await nextLife(fake, name, s);
    expect(await state(next.send, fake)).toEqual(b);
    expect(await readerRows(name)).toEqual(rows);
  });

  it('a failure writing the hover settings is retried by the next read of a switch, in the same life', async () => {
    const { fake, a, send, text } = await twoStates('restore-stop-4');
    const set = fake.local.set;
    let failed = 0;
    fake.local.set = async (items) => {
      if ('hoverPrefs' in items && failed++ === 0) throw new Error('storage is busy');
      return set(items);
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await upload(send, 'b.json', text, { purpose: 'backup', restore: 'replace' })).state).toBe('done');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    expect(hover(fake)).toBeUndefined();
    expect(await state(send, fake)).toEqual(a);
    expect(failed).toBe(2);
  });
});
