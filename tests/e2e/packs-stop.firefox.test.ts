/**
 * Firefox ESR stopping the background in the middle: an interrupted import leaves the
 * installed pack whole and no half pack; an interrupted restore changes nothing. Its own
 * browser: the short idle timeout would also stop the background while it compiles a
 * matcher for a page under load, which the live-marking tests (packs.firefox) wait for. BiDi cannot
 * navigate to moz-extension:// pages, so the test reaches an extension page the way a reader
 * does: the card's settings button opens the settings page, and the uploads run there.
 *
 * Stopping the background: Firefox runs it as an event page and stops it itself once it has
 * been idle for `extensions.background.idle.timeout` (30 s by default; 5 s here). The test
 * stops sending chunks and waits until `extension.getViews()`, asked from the settings page,
 * no longer lists the background page — a question that does not wake it. The next message
 * starts a new background, which finds only what IndexedDB and storage kept.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { ImportStatus, Response } from '../../src/shared/messages';
import { useFirefox } from './support/session';
import { PAGE_HTML, openSettingsFromCard, readerState, sendFrom, testPack, uploadArgs, uploadInPage } from './packs-support';

const session = useFirefox({ 'extensions.background.idle.timeout': 5000 });

let article: Page;
let options: Page;

const send = <T>(message: unknown): Promise<T> => sendFrom<T>(options, message);
const upload = (...args: Parameters<typeof uploadArgs>): Promise<ImportStatus> => options.evaluate(uploadInPage, uploadArgs(...args));
const state = () => readerState(options);

/** Waits until Firefox has stopped the idle background page (asking does not wake it). */
async function backgroundStopped(): Promise<void> {
  await options.waitForFunction(
    () => !(globalThis as unknown as { browser: { extension: { getViews(): Window[] } } }).browser.extension.getViews().some((w) => w.location.pathname.includes('background')),
    { timeout: 30_000, polling: 100 },
  );
}

describe('the background stopped in the middle, in Firefox', () => {
  it('installs a pack through the settings page', async () => {
    const { browser } = session.ext;
    article = await browser.newPage();
    await article.goto(session.server.page('/packs/ff.html', PAGE_HTML.replace('<p>', '<p style="font:20px sans-serif;margin:40px">')));
    options = await openSettingsFromCard(browser, article);
    const status = await upload('test.json', testPack());
    expect(status.problems).toEqual([]);
    expect(status.state).toBe('done');
  });

  it('an import interrupted by the background stopping leaves the installed pack whole and no half pack', async () => {
    const before = await send<Response<'data/layers'>>({ type: 'data/layers' });
    const partial = await upload('test.json', testPack('2', 6000), { onConflict: 'replace' }, 2);
    expect(partial.state).toBe('receiving');
    await backgroundStopped();
    // A new background: the import's session is gone, the pack is version 1, whole.
    const late = await send<ImportStatus>({ type: 'data/import-status', importId: partial.importId });
    expect(late.problems[0]?.message).toMatch(/interrupted/);
    expect(await send<Response<'data/layers'>>({ type: 'data/layers' })).toEqual(before);
    const { articles } = await send<Response<'db/company'>>({ type: 'db/company', id: 'bytedance' });
    expect(articles.map((a) => a.id)).toEqual(['bd-story']);
  });

  it('a restore interrupted by the background stopping changes nothing', async () => {
    await send({ type: 'data/own-company-save', company: { names: { en: 'Li Auto' }, note: 'mine' } });
    await send({ type: 'settings/site', host: 'news.example', enabled: false });
    const { text } = await send<Response<'data/backup-export'>>({ type: 'data/backup-export' });
    await send({ type: 'data/own-company-delete', id: 'li-auto' });
    await send({ type: 'settings/sites', remove: 'news.example' });
    // A backup with a pack of 6,000 stories spans chunks: the file stops arriving after the first.
    await upload('test.json', testPack('3', 6000), { onConflict: 'keep-both' });
    const big = await send<Response<'data/backup-export'>>({ type: 'data/backup-export' });
    expect(big.text.length).toBeGreaterThan(text.length);
    const before = await state();
    const partial = await upload('big-backup.json', JSON.stringify({ ...JSON.parse(text), packs: JSON.parse(big.text).packs }), { purpose: 'backup', restore: 'replace' }, 1);
    expect(partial.state).toBe('receiving');
    await backgroundStopped();
    expect(await state()).toEqual(before);
  });
});
