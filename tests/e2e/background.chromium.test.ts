/**
 * The background in real Chromium: the packaged dataset seeded into IndexedDB in the
 * service worker, lookups, settings round trips, and recovery from a deleted database.
 * Run `node build.mjs` first.
 */
import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/shared/messages';
import { useChromium } from './support/session';
import { stopServiceWorker } from './support/stop-worker';

const session = useChromium();

describe('the background in Chromium', () => {
  it('answers db/company for Banma with Alibaba’s 44.72 % stake and its articles, newest first', async () => {
    const { company, articles } = await session.ext.sendToBackground<Response<'db/company'>>({ type: 'db/company', id: 'banma' });
    expect(company.names.en).toMatch(/Banma/);
    expect(company.relations).toContainEqual(expect.objectContaining({ type: 'shareholder', company: 'alibaba', stake: 44.72 }));
    expect(articles.length).toBeGreaterThanOrEqual(1);
    expect(articles.every((a) => a.companies.includes('banma'))).toBe(true);
    const dates = articles.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('refuses an unknown company with a clear error', async () => {
    await expect(session.ext.sendToBackground({ type: 'db/company', id: 'no-such-company' })).rejects.toThrow(
      /Unknown company "no-such-company"/,
    );
  });

  it('round-trips a per-site switch', async () => {
    expect(await session.ext.sendToBackground({ type: 'settings/site', host: 'news.example' })).toEqual({ host: 'news.example', enabled: true });
    expect(await session.ext.sendToBackground({ type: 'settings/site', host: 'news.example', enabled: false })).toEqual({
      host: 'news.example',
      enabled: false,
    });
    expect(await session.ext.sendToBackground({ type: 'settings/site', host: 'news.example' })).toEqual({ host: 'news.example', enabled: false });
    expect(await session.ext.sendToBackground({ type: 'settings/global' })).toEqual({ enabled: true });
  });

  it('rebuilds a deleted database on the next request and keeps the settings', async () => {
    await session.ext.sendToBackground({ type: 'settings/site', host: 'kept.example', enabled: false });
    const deleted = await session.ext.worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('company-context');
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve(`error: ${String(request.error)}`);
          request.onblocked = () => resolve('blocked');
        }),
    );
    expect(deleted).toBe('deleted');
    const { company } = await session.ext.sendToBackground<Response<'db/company'>>({ type: 'db/company', id: 'banma' });
    expect(company.id).toBe('banma');
    expect(await session.ext.sendToBackground({ type: 'settings/site', host: 'kept.example' })).toEqual({ host: 'kept.example', enabled: false });
  });

  it('hands the content script the compiled matcher', async () => {
    const patterns = await session.ext.sendToBackground<Response<'db/patterns'>>({ type: 'db/patterns' });
    expect(patterns.companyIds).toContain('banma');
  });

  it('searches the seeded dataset', async () => {
    const { results } = await session.ext.sendToBackground<Response<'db/search'>>({ type: 'db/search', query: 'banma', limit: 5 });
    expect(results.map((r) => r.id)).toContain('banma');
  });

  it('creates the look-up menu for selected text on install', async () => {
    // update() fails for a menu id that does not exist, so this proves the menu is there.
    await expect
      .poll(() =>
        session.ext.worker.evaluate(() =>
          chrome.contextMenus.update('cc-lookup-selection', {}).then(
            () => 'present',
            (e: unknown) => String(e),
          ),
        ),
      )
      .toBe('present');
  });

  it('has no pending search until a look-up leaves one', async () => {
    expect(await session.ext.sendToBackground({ type: 'tab/pending-search' })).toEqual({ query: null });
  });

  it('shows on the badge how many companies the page mentions, and clears it on navigation', async () => {
    const page = await session.ext.context.newPage();
    const url = session.server.page(
      '/bg/badge.html',
      '<!doctype html><meta charset="utf-8"><p>Banma builds car software; Alibaba owns 44.72% of Banma. 小米 too.</p>',
    );
    await page.goto(url);
    const tabId = await session.ext.tabId(page);
    const badge = () => session.ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge, { timeout: 15_000 }).toBe('3');
    await page.goto(session.server.page('/bg/empty.html', '<!doctype html><meta charset="utf-8"><p>Nothing to see here.</p>'));
    await expect.poll(badge, { timeout: 15_000 }).toBe('');
    await page.close();
  });

  it('keeps the settings when the idle service worker is stopped and woken by the next message', async () => {
    await session.ext.sendToBackground({ type: 'settings/site', host: 'restart.example', enabled: false });
    const page = await session.ext.context.newPage();
    await page.goto(session.ext.probeUrl);
    await stopServiceWorker(session.ext.context, page);
    const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/site', host: 'restart.example' }));
    expect(answer).toEqual({ host: 'restart.example', enabled: false });
    await page.close();
  });
});
