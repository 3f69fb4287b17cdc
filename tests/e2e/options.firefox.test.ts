/**
 * The settings page in Firefox ESR (puppeteer-core over BiDi). BiDi cannot navigate to a
 * moz-extension:// page (DESIGN.md §2), so the test opens it the way a reader can: the ⚙
 * button of a hover card, which asks the background to open it in a tab. There it imports a
 * JSON pack through the page's first file input and sees the pack listed and its company
 * marked live on the page that was already open.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openSettingsFromCard } from './packs-support';
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

const marked = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('company-context-mention') ?? [])].map((r) => (r as Range).toString()));

describe('the settings page in Firefox', () => {
  it('opens from the card’s ⚙, imports a JSON pack, and the open page marks its company', async () => {
    const { browser } = session.ext;
    const article = await browser.newPage();
    await article.goto(
      session.server.page(
        '/options/ff.html',
        `<!doctype html><html><head><meta charset="utf-8"></head><body style="font:18px sans-serif;margin:40px">
        <p>Carmakers ship software from <b id="m">Banma</b>; Quorvane Labs tests it.</p></body></html>`,
      ),
    );
    await expect.poll(() => marked(article), { timeout: 20_000 }).toContain('Banma');
    expect(await marked(article)).not.toContain('Quorvane Labs');

    const options = await openSettingsFromCard(browser, article);

    files = await mkdtemp(join(tmpdir(), 'cc-options-ff-'));
    const path = join(files, 'ff-pack.json');
    await writeFile(path, JSON.stringify(PACK));
    const input = (await options.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await options.waitForSelector('[data-outcome="done"]', { timeout: 30_000 });
    await options.waitForFunction(() => [...document.querySelectorAll('.layer-name')].some((e) => e.textContent === 'Firefox example pack'), { timeout: 10_000 });
    await expect.poll(() => marked(article), { timeout: 20_000 }).toContain('Quorvane Labs');
  });
});
