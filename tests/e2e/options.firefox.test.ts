/**
 * The settings page in Firefox ESR (puppeteer-core over BiDi). BiDi cannot navigate to a
 * moz-extension:// page (DESIGN.md §2), so the test opens it the way a reader can: the ⚙
 * button of a hover card, which asks the background to open it in a tab. There it imports a
 * JSON pack and a CSV list through the page's first file input and sees each listed, its
 * company marked live on the page that was already open and found by the popup; a broken
 * pack is refused with its reasons (markup shown as text, never rendered) while the earlier
 * imports stay; "Don't mark this word" from the card unmarks the word at once.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { hoverAt, openSettingsFromCard, waitInCard } from './packs-support';
import { useFirefox } from './support/session';

const session = useFirefox();
let files: string | undefined;
afterAll(async () => {
  if (files) await rm(files, { recursive: true, force: true });
});

/** Test data only: a fictional company that exists in no dataset. */
const PACK = {
  pack: { id: 'ff-example', name: 'Firefox example pack', version: '1.0.0' },
  companies: [
    { id: 'quorvane-labs', names: { en: 'Quorvane Labs' }, aliases: {}, tagline: { en: 'A fictional company for tests' }, description: { en: 'Exists only in tests.' }, facts: [] },
  ],
  articles: [],
};

const CSV = '\uFEFFname,aliases,note\r\nVelmora Dynamics,Velmora|벨모라,"A note, with a comma"\r\n';
const BROKEN = {
  pack: { id: 'ff-broken', name: 'Broken pack', version: '1' },
  companies: [{ ...PACK.companies[0], id: 'broken-co', names: { en: 'Brokenco' }, tagline: { en: '<b>bold</b>' }, facts: [{ id: 'f', label: { en: 'F' }, value: 1, source: { kind: 'article', article: 'missing-story' } }] }],
  articles: [],
};

let article: Page;
let options: Page;
const layerNames = () => options.$$eval('.layer-name', (els) => els.map((e) => e.textContent ?? ''));

async function importFile(name: string, text: string) {
  files ??= await mkdtemp(join(tmpdir(), 'cc-options-ff-'));
  const path = join(files, name);
  await writeFile(path, text);
  // The page's first file input is the pack import.
  const input = (await options.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

const marked = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('company-context-mention') ?? [])].map((r) => (r as Range).toString()));

describe('the settings page in Firefox', () => {
  it('opens from the card’s ⚙, imports a JSON pack, and the open page marks its company', async () => {
    const { browser } = session.ext;
    article = await browser.newPage();
    await article.goto(
      session.server.page(
        '/options/ff.html',
        `<!doctype html><html><head><meta charset="utf-8"></head><body style="font:18px sans-serif;margin:40px">
        <p>Carmakers ship software from <b id="m">Banma</b>; Quorvane Labs tests it; Velmora Dynamics sells it.</p></body></html>`,
      ),
    );
    await expect.poll(() => marked(article), { timeout: 20_000 }).toContain('Banma');
    expect(await marked(article)).not.toContain('Quorvane Labs');

    options = await openSettingsFromCard(browser, article);

    await importFile('ff-pack.json', JSON.stringify(PACK));
    await options.waitForSelector('[data-outcome="done"]', { timeout: 30_000 });
    await options.waitForFunction(() => [...document.querySelectorAll('.layer-name')].some((e) => e.textContent === 'Firefox example pack'), { timeout: 10_000 });
    await expect.poll(() => marked(article), { timeout: 20_000 }).toContain('Quorvane Labs');

    // Found by the popup (opened in a tab by the settings page: BiDi cannot navigate to it).
    const before = new Set(browser.targets());
    const opened = browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 20_000 });
    await options.evaluate(() => void (globalThis as unknown as { browser: { tabs: { create(p: { url: string }): Promise<unknown> } } }).browser.tabs.create({ url: '/popup.html' }));
    const popup = (await (await opened).page())!;
    await popup.waitForSelector('#search', { timeout: 20_000 });
    await popup.type('#search', 'Quorvane');
    await popup.waitForFunction(() => document.querySelector('.result')?.getAttribute('data-id') === 'quorvane-labs', { timeout: 15_000, polling: 100 });
    await popup.close();
  });

  it('imports a CSV list (BOM, CRLF, quotes, Korean alias): listed, marked live', async () => {
    const count = (await layerNames()).length;
    await importFile('ff-list.csv', CSV);
    await options.waitForFunction((n) => document.querySelectorAll('.layer-name').length === n + 1, { timeout: 30_000, polling: 100 }, count);
    await expect.poll(() => marked(article), { timeout: 20_000 }).toContain('Velmora Dynamics');
  });

  it('refuses a broken pack with every reason, markup shown as text, and the earlier imports stay', async () => {
    const before = await layerNames();
    await importFile('broken.json', JSON.stringify(BROKEN));
    const failed = await options.waitForSelector('[data-outcome="failed"]', { timeout: 30_000 });
    const problems = await failed!.$$eval('li', (els) => els.map((e) => e.textContent ?? ''));
    expect(problems.some((p) => p.includes('missing-story'))).toBe(true);
    expect(problems.some((p) => p.includes('<b>bold</b>') && /markup/.test(p))).toBe(true);
    expect(await failed!.$('li b')).toBeNull(); // the reader's markup is text, never elements
    expect(await layerNames()).toEqual(before);
    expect(await marked(article)).toContain('Quorvane Labs');
  });

  it('“Don’t mark this word” from the card: the mark vanishes at once and the word is listed', async () => {
    await article.bringToFront();
    const p = await article.evaluate(() => {
      const b = document.getElementById('m')!.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await hoverAt(article, p);
    const inCard = (selector: string) => waitInCard(article, p, `.cc-card:not([data-prepared]) ${selector}`);
    await (await inCard('.cc-more')).click();
    const button = await inCard('[data-action="never-mark"]');
    expect(await button.evaluate((b) => b.textContent)).toBe('Don’t mark “Banma”');
    await button.click();
    await expect.poll(() => marked(article), { timeout: 20_000 }).not.toContain('Banma');
    // The list is read when the page opens (a reload over BiDi waits for a load event it never reports here).
    await options.evaluate(() => location.reload());
    await options.waitForSelector('#opt-never-mark [data-word="Banma"]', { timeout: 20_000 });
  });
});
