/**
 * Readers' data in real Chromium, at the background's level (the settings page's own tests
 * drive its UI): a JSON pack and a CSV list imported by message mark their companies live
 * on a page that was already open and are found by db/search; switching a pack off and a
 * never-mark word remove marks; an import interrupted by stopping the service worker
 * leaves no half pack; backup → remove everything → restore gives the same state.
 * Run `node build.mjs` first.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ImportStatus, Response } from '../../src/shared/messages';
import { useChromium } from './support/session';
import { stopServiceWorker } from './support/stop-worker';
import { CSV, PAGE_HTML, testPack, uploadArgs, uploadInPage } from './packs-support';

const session = useChromium();

let probe: Page | undefined;
async function extPage(): Promise<Page> {
  if (!probe || probe.isClosed()) {
    probe = await session.ext.context.newPage();
    await probe.goto(session.ext.probeUrl);
  }
  return probe;
}
const send = async <T>(message: unknown): Promise<T> => (await extPage()).evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
const upload = async (...args: Parameters<typeof uploadArgs>): Promise<ImportStatus> => (await extPage()).evaluate(uploadInPage, uploadArgs(...args));

let articleUrl = '';
const marked = async (): Promise<string[]> => {
  const { mentions } = await session.ext.sendToTab<Response<'page/mentions'>>(articleUrl, { type: 'page/mentions' });
  return [...new Set(mentions.map((m) => m.companyId))].sort();
};

describe('readers’ data in Chromium', () => {
  it('marks a JSON pack’s company live on an open page, finds it in search, and unmarks it when switched off', async () => {
    articleUrl = session.server.page('/packs/article.html', PAGE_HTML);
    const page = await session.ext.context.newPage();
    await page.goto(articleUrl);
    await expect.poll(marked, { timeout: 20_000 }).toEqual(['banma']);

    const status = await upload('test.json', testPack());
    expect(status.problems).toEqual([]);
    expect(status.state).toBe('done');
    await expect.poll(marked, { timeout: 30_000 }).toEqual(['banma', 'bytedance']);
    const { results } = await send<Response<'db/search'>>({ type: 'db/search', query: 'bytedance' });
    expect(results[0]).toMatchObject({ id: 'bytedance', kind: 'company' });

    await send({ type: 'data/pack-set', id: 'test-pack', enabled: false });
    await expect.poll(marked, { timeout: 30_000 }).toEqual(['banma']);
    await send({ type: 'data/pack-set', id: 'test-pack', enabled: true });
    await expect.poll(marked, { timeout: 30_000 }).toEqual(['banma', 'bytedance']);
  });

  it('marks a CSV list’s company live; a never-mark word unmarks it at once', async () => {
    expect((await upload('My list.csv', CSV)).state).toBe('done');
    await expect.poll(marked, { timeout: 30_000 }).toEqual(['banma', 'bytedance', 'nio']);
    await send({ type: 'data/never-mark', word: '蔚来', add: true });
    await expect.poll(marked, { timeout: 30_000 }).toEqual(['banma', 'bytedance']);
    await send({ type: 'data/never-mark', word: '蔚来', add: false });
  });

  it('an import interrupted by stopping the service worker leaves the installed pack whole and no half pack', async () => {
    const page = await extPage();
    const before = await send<Response<'data/layers'>>({ type: 'data/layers' });
    const partial = await upload('test.json', testPack('2', 6000), { onConflict: 'replace' }, 2);
    expect(partial.state).toBe('receiving');
    await stopServiceWorker(session.ext.context, page);
    const after = await send<Response<'data/layers'>>({ type: 'data/layers' });
    expect(after).toEqual(before);
    expect(after.layers.find((l) => l.id === 'test-pack')?.version).toBe('1');
    const { articles } = await send<Response<'db/company'>>({ type: 'db/company', id: 'bytedance' });
    expect(articles.map((a) => a.id)).toEqual(['bd-story']);
    const late = await send<ImportStatus>({ type: 'data/import-status', importId: partial.importId });
    expect(late.problems[0]?.message).toMatch(/interrupted/);
  });

  it('backup → remove everything → restore gives the same state, switches and hover settings included', async () => {
    const hover = () => extPage().then((p) => p.evaluate(async () => (await chrome.storage.local.get('hoverPrefs')).hoverPrefs));
    const setHover = (prefs: unknown) => extPage().then((p) => p.evaluate((v) => chrome.storage.local.set({ hoverPrefs: v }), prefs));
    await send({ type: 'data/own-company-save', company: { names: { en: 'Li Auto', 'zh-Hans': '理想汽车' }, note: 'mine' } });
    await send({ type: 'settings/site', host: 'news.example', enabled: false });
    await setHover({ delayMs: 600, modifier: 'Alt', style: 'background' });
    const layers = await send<Response<'data/layers'>>({ type: 'data/layers' });
    const own = await send<Response<'data/own'>>({ type: 'data/own' });
    const sites = await send<Response<'settings/sites'>>({ type: 'settings/sites' });
    const prefs = await hover();
    const { text } = await send<Response<'data/backup-export'>>({ type: 'data/backup-export' });
    for (const l of layers.layers) if (l.kind === 'pack') await send({ type: 'data/pack-remove', id: l.id });
    await send({ type: 'data/own-company-delete', id: 'li-auto' });
    await send({ type: 'settings/sites', remove: 'news.example' });
    await setHover({ delayMs: 100, modifier: 'none', style: 'underline' });
    await expect.poll(marked, { timeout: 30_000 }).toEqual(['banma']);
    const restored = await upload('backup.json', text, { purpose: 'backup', restore: 'replace' });
    expect(restored.problems).toEqual([]);
    const strip = (r: Response<'data/layers'>) => r.layers.map(({ installedAt: _i, ...l }) => (l.kind === 'own' ? { ...l, version: '' } : l));
    expect(strip(await send<Response<'data/layers'>>({ type: 'data/layers' }))).toEqual(strip(layers));
    expect(await send({ type: 'data/own' })).toEqual(own);
    expect(await send({ type: 'settings/sites' })).toEqual(sites);
    expect(await hover()).toEqual(prefs);
    await expect.poll(marked, { timeout: 30_000 }).toEqual(['banma', 'bytedance', 'nio']);
  });
});
