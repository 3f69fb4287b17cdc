import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundUnderTest, freshIndexedDB } from './background-fakes';
import { CSV_LIST, packJson, upload } from './pack-fixtures';
import { createMatcher } from '../../src/shared/matcher';

beforeEach(freshIndexedDB);
// The first matcher compiled in a process folds every code point once (about a second, far
// more on a loaded machine); these tests wait for it rather than time it.
vi.setConfig({ testTimeout: 60_000 });

function setup() {
  const t = backgroundUnderTest();
  t.fake.tabs.push({ id: 7, url: 'https://news.example/' });
  return t;
}

describe('importing a JSON pack', () => {
  it('lists the pack by name, serves its company with origins and marks it on open tabs', async () => {
    const { send, fake } = setup();
    const progress: string[] = [];
    const status = await upload(send, 'test.json', JSON.stringify(packJson()), { onProgress: (s) => progress.push(s.state) });
    expect(status.problems).toEqual([]);
    expect(status.state).toBe('done');
    expect(progress[0]).toBe('receiving');
    expect(status.pack).toMatchObject({ id: 'test-pack', name: 'Test pack', counts: { companies: 1, articles: 1, facts: 1 } });

    const { layers } = await send({ type: 'data/layers' });
    expect(layers.map((l) => l.id)).toEqual(['bundled', 'test-pack', 'own']);

    const { company, articles, factOrigins } = await send({ type: 'db/company', id: 'bytedance' });
    expect(company.names.en).toBe('ByteDance');
    expect(company.tagline.ko).toBe('Maker of TikTok'); // one language is enough in a pack
    expect(articles.map((a) => a.id)).toEqual(['bd-story']);
    expect(factOrigins?.founded).toEqual({ kind: 'pack', name: 'Test pack' });

    const patterns = await send({ type: 'db/patterns' });
    const matcher = createMatcher(patterns);
    const hits = matcher.find('바이트댄스와 Banma 그리고 字节跳动');
    expect(hits.map((h) => patterns.companyIds[h.company])).toEqual(['bytedance', 'banma', 'bytedance']);

    expect(fake.sent).toContainEqual({ tabId: 7, message: { type: 'page/patterns', version: patterns.version } });
    const { results } = await send({ type: 'db/search', query: 'byte' });
    expect(results[0]?.id).toBe('bytedance');
  });

  it('switching a pack off removes its marks; removing it can be undone', async () => {
    const { send } = setup();
    await upload(send, 'test.json', JSON.stringify(packJson()));
    await send({ type: 'data/pack-set', id: 'test-pack', enabled: false });
    let patterns = await send({ type: 'db/patterns' });
    expect(patterns.companyIds).not.toContain('bytedance');
    await send({ type: 'data/pack-set', id: 'test-pack', enabled: true });
    const { undo } = await send({ type: 'data/pack-remove', id: 'test-pack' });
    expect((await send({ type: 'data/layers' })).layers.map((l) => l.id)).toEqual(['bundled', 'own']);
    await expect(send({ type: 'db/company', id: 'bytedance' })).rejects.toThrow(/Unknown company/);
    expect(await send({ type: 'data/undo', token: undo })).toEqual({ undone: true });
    patterns = await send({ type: 'db/patterns' });
    expect(patterns.companyIds).toContain('bytedance');
  });
});

describe('importing a CSV list', () => {
  it('turns each row into a company, languages from scripts', async () => {
    const { send } = setup();
    const status = await upload(send, 'My EV list.csv', CSV_LIST);
    expect(status.problems).toEqual([]);
    expect(status.pack).toMatchObject({ name: 'My EV list', counts: { companies: 2 } });
    const { company, reader } = await send({ type: 'db/company', id: 'nio' });
    expect(company.aliases).toEqual({ 'zh-Hans': ['蔚来'], ko: ['니오'] });
    expect(company.description.en).toBe('EV maker, Shanghai');
    expect(reader?.links).toEqual([{ url: 'https://nio.com/', text: 'https://nio.com' }]);
    const pdd = await send({ type: 'db/company', id: 'pdd-holdings' });
    expect(pdd.company.tagline.en).toBe('Temu owner');
  });
});

describe('exporting a pack', () => {
  it('gives a JSON pack that imports again as the same pack', async () => {
    const { send } = setup();
    await upload(send, 'test.json', JSON.stringify(packJson()));
    const { fileName, text } = await send({ type: 'data/pack-export', id: 'test-pack' });
    expect(fileName).toBe('test-pack.json');
    expect(JSON.parse(text)).toEqual(packJson());
    const again = await upload(send, fileName, text, { onConflict: 'replace' });
    expect(again.pack).toMatchObject({ id: 'test-pack', counts: { companies: 1, articles: 1, facts: 1 } });
  });
});

describe('storage', () => {
  it('answers null where the browser does not say', async () => {
    const { send } = setup();
    const answer = await send({ type: 'data/storage' });
    expect(Object.keys(answer).sort()).toEqual(['persisted', 'quota', 'usage']);
  });
});

