/**
 * Readers' packs in Firefox ESR: a pack imported through the background marks its company
 * live on a page that was already open; an import interrupted by the background stopping
 * (packs-stop.firefox.test.ts) leaves the installed pack whole and no half pack; backup →
 * remove everything → restore gives the same state. BiDi cannot
 * navigate to moz-extension:// pages, so the test reaches an extension page the way a reader
 * does: the card's settings button opens the settings page, and the uploads run there.

 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { ImportStatus, Response } from '../../src/shared/messages';
import { useFirefox } from './support/session';
import { PAGE_HTML, openSettingsFromCard, readerState, sendFrom, testPack, uploadArgs, uploadInPage, type Runtime } from './packs-support';

const session = useFirefox();

const markedTexts = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('company-context-mention') ?? [])].map((r) => (r as Range).toString()).sort());

let article: Page;
let options: Page;

const send = <T>(message: unknown): Promise<T> => sendFrom<T>(options, message);
const upload = (...args: Parameters<typeof uploadArgs>): Promise<ImportStatus> => options.evaluate(uploadInPage, uploadArgs(...args));
const state = () => readerState(options);

describe('readers’ packs in Firefox', () => {
  it('imports a JSON pack and marks its company on an already open page', async () => {
    const { browser } = session.ext;
    article = await browser.newPage();
    await article.goto(session.server.page('/packs/ff.html', PAGE_HTML.replace('<p>', '<p style="font:20px sans-serif;margin:40px">')));
    await article.waitForFunction(() => (CSS.highlights.get('company-context-mention')?.size ?? 0) > 0, { timeout: 20_000 });
    expect(await markedTexts(article)).toEqual(['Banma']);

    options = await openSettingsFromCard(browser, article);
    const status = await upload('test.json', testPack());
    expect(status.problems).toEqual([]);
    expect(status.state).toBe('done');

    await article.bringToFront();
    await article.waitForFunction(
      () => [...(CSS.highlights.get('company-context-mention') ?? [])].some((r) => (r as Range).toString() === '바이트댄스'),
      { timeout: 30_000 },
    );
    expect(await markedTexts(article)).toEqual(['Banma', '字节跳动', '바이트댄스']);
  });

  it('backup → remove everything → restore gives the same state, switches and hover settings included', async () => {
    await send({ type: 'data/own-company-save', company: { names: { en: 'Li Auto', 'zh-Hans': '理想汽车' }, note: 'mine' } });
    await send({ type: 'settings/site', host: 'news.example', enabled: false });
    await options.evaluate(() => (globalThis as unknown as { browser: Runtime }).browser.storage.local.set({ hoverPrefs: { delayMs: 600, modifier: 'Alt', style: 'background' } }));
    const made = await state();
    const { text } = await send<Response<'data/backup-export'>>({ type: 'data/backup-export' });

    await send({ type: 'data/pack-remove', id: 'test-pack' });
    await send({ type: 'data/own-company-delete', id: 'li-auto' });
    await send({ type: 'settings/sites', remove: 'news.example' });
    await options.evaluate(() => (globalThis as unknown as { browser: Runtime }).browser.storage.local.set({ hoverPrefs: { delayMs: 100, modifier: 'none', style: 'underline' } }));
    await article.bringToFront();
    await article.waitForFunction(() => ![...(CSS.highlights.get('company-context-mention') ?? [])].some((r) => (r as Range).toString() === '바이트댄스'), { timeout: 30_000, polling: 100 });
    const emptied = await state();
    expect(emptied).not.toEqual(made);

    const restored = await upload('backup.json', text, { purpose: 'backup', restore: 'replace' });
    expect(restored.problems).toEqual([]);
    expect(await state()).toEqual(made);
    await article.waitForFunction(() => [...(CSS.highlights.get('company-context-mention') ?? [])].some((r) => (r as Range).toString() === '바이트댄스'), { timeout: 30_000, polling: 100 });
  });
});
