/**
 * Sources that open, in real Chromium with the built extension: the card links an article's
 * address (new tab, no opener, no referrer) exactly as data/ quotes it, and a plain-http one
 * carries a visible "Not secure" mark inside the link; the popup's view of an article without
 * an https url links its quoted address the same way. The expected addresses are read from
 * data/, so the test follows the dataset rather than a copy of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/shared/dataset/schema';
import { launchChromium, type ChromiumExtension } from './support/chromium';
import { ROOT } from './support/paths';
import { startServer, type TestServer } from './support/server';

let ext: ChromiumExtension;
let server: TestServer;

const { articles } = JSON.parse(readFileSync(join(ROOT, 'data/articles.json'), 'utf8')) as { articles: Article[] };
/** The addresses data/ gives a company's articles, as written there. */
const addressesOf = (company: string) =>
  articles.filter((a) => a.companies.includes(company)).flatMap((a) => [a.url ?? a.citedUrl ?? []].flat());

beforeAll(async () => {
  server = await startServer();
  ext = await launchChromium();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openCardFor(name: string): Promise<Page> {
  const page = await ext.context.newPage();
  const body = `<p id="p" style="font: 18px/1.5 sans-serif; margin: 40px">News about <b id="m">${name}</b> today.</p>`;
  await page.goto(server.page(`/sources/${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`));
  await page.waitForFunction(() => CSS.highlights.get('company-context-mention')?.size);
  const box = await page.evaluate(() => {
    const r = document.createRange();
    r.selectNodeContents(document.getElementById('m')!.firstChild!);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(
    () => document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector('.cc-card:not([data-prepared])')?.getAttribute('data-state') === 'ready',
    undefined,
    { timeout: 15_000 },
  );
  return page;
}

/** Every link in the open card whose address is one of `hrefs`, as a reader's browser sees it. */
function linksTo(page: Page, hrefs: string[]) {
  return page.evaluate((wanted) => {
    const root = document.querySelector('[data-company-context-host]')!.shadowRoot!;
    return [...root.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => wanted.includes(a.getAttribute('href')!))
      .map((a) => {
        const mark = a.querySelector<HTMLElement>('.cc-not-secure');
        const box = mark?.getBoundingClientRect();
        const style = mark ? getComputedStyle(mark) : null;
        return {
          href: a.getAttribute('href'),
          target: a.target,
          rel: a.rel,
          mark: mark?.textContent?.trim() ?? null,
          markShown: !!box && box.width > 0 && box.height > 0 && style!.visibility === 'visible' && style!.display !== 'none',
        };
      });
  }, hrefs);
}

describe('sources in the card (Chromium)', () => {
  it('links a plain-http source as quoted, in a new tab without opener or referrer, marked not secure', async () => {
    const quoted = addressesOf('tencent');
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.every((u) => u.startsWith('http://'))).toBe(true);
    const page = await openCardFor('Tencent');
    const links = await linksTo(page, quoted);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toEqual({ href: link.href, target: '_blank', rel: 'noopener noreferrer', mark: '⚠ Not secure', markShown: true });
      expect(link.href!.startsWith('http://')).toBe(true); // never upgraded to https
    }
    await page.close();
  });

  it('links an https source without the mark', async () => {
    const page = await openCardFor('WeDoctor');
    const links = await linksTo(page, addressesOf('wedoctor'));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toEqual({ href: link.href, target: '_blank', rel: 'noopener noreferrer', mark: null, markShown: false });
      expect(link.href!.startsWith('https://')).toBe(true);
    }
    await page.close();
  });

  it("links the quoted address in the popup's view of an article that has no https url", async () => {
    const story = articles.find((a) => a.id === 'tic-2017-11-alibaba-sun-art')!;
    const popup = await ext.openPopup({ q: story.title });
    const row = popup.locator(`.result[data-kind="article"][data-id="${story.id}"]`);
    await row.click({ timeout: 15_000 });
    const link = popup.locator('.view-article .article-link a');
    await link.waitFor({ timeout: 15_000 });
    expect(await link.evaluate((a: HTMLAnchorElement) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel, mark: a.querySelector('.cc-not-secure')?.textContent?.trim() }))).toEqual({
      href: story.citedUrl,
      target: '_blank',
      rel: 'noopener noreferrer',
      mark: '⚠ Not secure',
    });
    await popup.close();
  });
});
