/**
 * The hover card in Firefox ESR (puppeteer-core over BiDi): the content script imports the
 * card chunk (card.js) dynamically there too, and hovering a mention opens the card.
 */
import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefox } from './support/session';

const session = useFirefox();

async function newMarkedPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (CSS.highlights.get('company-context-mention')?.size ?? 0) > 0, { timeout: 20_000 });
  return page;
}

describe('the hover card in Firefox', () => {
  it('loads the card chunk and opens the hovered company, and Escape closes it', async () => {
    const url = session.server.page(
      '/card/session.ext.html',
      `<!doctype html><html><head><meta charset="utf-8"></head><body style="font:18px sans-serif;margin:40px">
       <p>Carmakers ship software from <b id="m">Banma</b> today.</p></body></html>`,
    );
    const page = await newMarkedPage(session.ext.browser, url);
    const p = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('m')!.firstChild!);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(p.x, p.y);
    const name = await page.waitForFunction(
      () => document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector('.cc-card[data-state=ready]:not([data-prepared]) .cc-name')?.textContent,
      { timeout: 15_000 },
    );
    expect(await name.jsonValue()).toMatch(/Banma/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector('.cc-card:not([data-prepared])'), { timeout: 5_000 });
    await page.close();
  });
});
