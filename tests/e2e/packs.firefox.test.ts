/**
 * Readers' packs in Firefox ESR: a pack imported through the background marks its company
 * live on a page that was already open. BiDi cannot navigate to moz-extension:// pages, so
 * the test reaches an extension page the way a reader does: the card's settings button
 * opens the settings page, and the upload runs there.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it, vi } from 'vitest';
import type { ImportStatus } from '../../src/shared/messages';
import { useFirefox } from './support/session';
import { PAGE_HTML, testPack, uploadArgs, uploadInPage } from './packs-support';

const session = useFirefox();

const markedTexts = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('company-context-mention') ?? [])].map((r) => (r as Range).toString()).sort());

describe('readers’ packs in Firefox', () => {
  it('imports a JSON pack and marks its company on an already open page', async () => {
    const { browser } = session.ext;
    const page = await browser.newPage();
    await page.goto(session.server.page('/packs/ff.html', PAGE_HTML.replace('<p>', '<p style="font:20px sans-serif;margin:40px">')));
    await page.waitForFunction(() => (CSS.highlights.get('company-context-mention')?.size ?? 0) > 0, { timeout: 20_000 });
    expect(await markedTexts(page)).toEqual(['Banma']);

    // Hover Banma, open its card, press its settings button: the settings page opens in a tab.
    const at = await page.evaluate(() => {
      const r = [...CSS.highlights.get('company-context-mention')!][0] as Range;
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    const button = await page.waitForFunction(
      () => document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector<HTMLElement>('.cc-card[data-state=ready]:not([data-prepared]) [data-action=settings]'),
      { timeout: 15_000 },
    );
    const before = new Set(await browser.pages());
    await (button.asElement() as unknown as { click(): Promise<void> }).click();
    // BiDi lists the new tab as about:blank; its document says where it really is.
    const options = await vi.waitFor(
      async () => {
        for (const p of await browser.pages()) {
          if (!before.has(p) && (await p.evaluate(() => location.href).catch(() => '')).endsWith('/options.html')) return p;
        }
        throw new Error('the settings page has not opened yet');
      },
      { timeout: 15_000, interval: 100 },
    );
    const status: ImportStatus = await options.evaluate(uploadInPage, uploadArgs('test.json', testPack()));
    expect(status.problems).toEqual([]);
    expect(status.state).toBe('done');

    await page.bringToFront();
    await page.waitForFunction(
      () => [...(CSS.highlights.get('company-context-mention') ?? [])].some((r) => (r as Range).toString() === '바이트댄스'),
      { timeout: 30_000 },
    );
    expect(await markedTexts(page)).toEqual(['Banma', '字节跳动', '바이트댄스']);
  });
});
