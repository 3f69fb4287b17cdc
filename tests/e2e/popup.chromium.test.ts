/**
 * The toolbar popup in real Chromium (opened as a tab with ?tab=<id> so it acts for a page
 * tab): search in three languages, initials and typos, the detail view, and the site switch
 * turning highlighting off and on live in that tab. Also writes the README screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type ChromiumExtension } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { DIST_CHROME, ROOT } from './support/paths';

let ext: ChromiumExtension;
let server: TestServer;
let article: Page;
let popup: Page;
let articleUrl: string;
let extDir: string;

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Banma files for a listing</title></head>
<body><h1>Banma files for a Hong Kong listing</h1>
<p>Banma, the smart-cockpit maker backed by Alibaba, filed for an IPO. Alibaba holds 44.72% of Banma.</p>
<p>샤오미와 알리바바, 美团 are also mentioned here, and Alibaba once more.</p></body></html>`;

const highlightSize = (page: Page) =>
  page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('company-context-mention')?.size ?? 0);

async function typeQuery(p: Page, q: string) {
  await p.locator('#search').fill(q);
}
const firstResult = (p: Page) => p.locator('.result').first().getAttribute('data-id');

beforeAll(async () => {
  server = await startServer();
  // A private copy of the build: other work in this checkout may rebuild dist/ meanwhile.
  extDir = await mkdtemp(join(tmpdir(), 'cc-popup-ext-'));
  await cp(DIST_CHROME, extDir, { recursive: true });
  ext = await launchChromium({ extension: extDir });
  articleUrl = server.page('/t/popup-article.html', ARTICLE);
  article = await ext.context.newPage();
  await article.goto(articleUrl);
  const tabId = await ext.tabId(article);
  popup = await ext.openPopup({ tab: String(tabId) });
  // The size of the toolbar popup, so the screenshots show what a user sees.
  await popup.setViewportSize({ width: 380, height: 600 });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (extDir) await rm(extDir, { recursive: true, force: true });
});

describe('popup search', () => {
  it('focuses the search field on open', async () => {
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('search');
  });

  it.each([
    ['샤오미', 'xiaomi'],
    ['美團', 'meituan'],
    ['alibaba', 'alibaba'],
    ['xiaomy', 'xiaomi'],
    ['ㅅㅇㅁ', 'xiaomi'],
    ['gaode', 'amap'],
  ])('shows the right company first for %s', async (q, id) => {
    await typeQuery(popup, q);
    await expect.poll(() => firstResult(popup)).toBe(id);
    await expect.poll(() => popup.locator('.result').first().locator('mark').count()).toBeGreaterThan(0);
  });

  it('updates on every keystroke, typed one key at a time', async () => {
    await typeQuery(popup, '');
    await popup.locator('#search').pressSequentially('meit');
    await expect.poll(() => firstResult(popup)).toBe('meituan');
  });

  it('says so when nothing matches', async () => {
    await typeQuery(popup, 'zzqqxxvv');
    await expect.poll(() => popup.locator('.state-empty').count()).toBe(1);
  });

  it('moves the selection with the arrow keys', async () => {
    await typeQuery(popup, 'ali');
    await expect.poll(() => popup.locator('.result').count()).toBeGreaterThan(1);
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => popup.locator('.result').nth(1).getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('ArrowUp');
    await expect.poll(() => popup.locator('.result').first().getAttribute('aria-selected')).toBe('true');
  });

  it('opens the company on Enter, shows the 44.72% stake, and goes back', async () => {
    await typeQuery(popup, 'banma');
    await expect.poll(() => firstResult(popup)).toBe('banma');
    await popup.locator('#search').press('Enter');
    const detail = popup.locator('.cc-detail[data-company="banma"]');
    await expect.poll(() => detail.count()).toBe(1);
    await expect.poll(() => detail.innerText()).toMatch(/44\.72\s?%/);
    await popup.screenshot({ path: join(ROOT, 'docs/screenshots/popup-detail.png'), fullPage: true });
    await popup.locator('.back').click();
    await expect.poll(() => popup.locator('#search').inputValue()).toBe('banma');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('search');
  });

  it('clears on Escape', async () => {
    await typeQuery(popup, 'alibaba');
    await expect.poll(() => popup.locator('.result').count()).toBeGreaterThan(0);
    await popup.locator('#search').press('Escape');
    await expect.poll(() => popup.locator('#search').inputValue()).toBe('');
    await expect.poll(() => popup.locator('.suggestions .chip').count()).toBe(5);
  });

  it('lists the companies on this page', async () => {
    await expect.poll(() => popup.locator('.on-page .chip[data-company="alibaba"]').count()).toBe(1);
    await expect.poll(() => popup.locator('.on-page .chip[data-company="alibaba"] .count').innerText()).toBe('4');
  });

  it('prefills the search from ?q=', async () => {
    const tabId = await ext.tabId(article);
    const p = await ext.openPopup({ tab: String(tabId), q: '알리바바' });
    await expect.poll(() => p.locator('#search').inputValue()).toBe('알리바바');
    await expect.poll(() => firstResult(p)).toBe('alibaba');
    await p.close();
  });
});

describe('popup search: what the results say (issue 13)', () => {
  const ids = (p: Page) => p.locator('.result').evaluateAll((rows) => rows.map((r) => `${(r as HTMLElement).dataset.kind}:${(r as HTMLElement).dataset.id}`));

  it.each([
    ['港交所', 'banma-hong-kong-ipo-2025'],
    ['眼镜', 'xiaomi-ai-glasses-voice-payment-2025'],
  ])('finds %s in a Chinese summary', async (q, id) => {
    await typeQuery(popup, q);
    await expect.poll(() => firstResult(popup)).toBe(id);
    await expect.poll(() => popup.locator('.result').first().locator('mark').first().innerText()).toBe(q);
  });

  it.each(['美团', '小米', '阿里巴巴', '메이투안', 'xiaomi'])('lists the company %s names, then its articles', async (q) => {
    await typeQuery(popup, q);
    await expect.poll(async () => {
      const rows = await ids(popup);
      return rows.length > 2 && rows[0]!.startsWith('company:') && rows[1]!.startsWith('article:');
    }).toBe(true);
  });

  it('keeps "Xiaoming" of the bike-deposits story below Xiaomi and its articles, labelled', async () => {
    await typeQuery(popup, 'xiaomi');
    await expect.poll(() => firstResult(popup)).toBe('xiaomi');
    const story = popup.locator('.result[data-id="tic-2017-11-bike-deposits"]');
    await expect.poll(() => story.count()).toBe(1);
    expect(await story.getAttribute('class')).toContain('result-similar');
    await expect.poll(() => story.locator('.result-note').innerText()).toBe('Similar spelling, not an exact match');
  });

  it('names each option by its kind in words, the name in the interface language and the spelling that matched', async () => {
    await typeQuery(popup, '美團');
    await expect.poll(() => firstResult(popup)).toBe('meituan');
    // The browser's own accessible-name computation, as a screen reader gets it.
    const option = popup.getByRole('option', { name: /^Company Meituan\s*美團/ });
    await expect.poll(() => option.count()).toBe(1);
    await expect.poll(() => option.locator('.result-sub').innerText()).not.toBe('');
    expect(await popup.locator('.results').innerText()).not.toMatch(/[◆¶]/);
  });

  it('finds the company a longer selected phrase names (context-menu "Look up" opens ?q=)', async () => {
    const p = await ext.openPopup({ tab: String(await ext.tabId(article)), q: 'Alibaba said on Tuesday that it would spin off the unit' });
    await expect.poll(() => firstResult(p)).toBe('alibaba');
    await expect.poll(async () => (await ids(p))[1]?.startsWith('article:')).toBe(true);
    await p.close();
  });

  it('shows the Korean name beside the spelling typed, in the Korean interface', async () => {
    // --lang sets the browser's UI language, which the popup's strings and names follow
    // (Debian needs chromium-l10n for it; without it i18n stays English and this fails).
    const ko = await launchChromium({ extension: extDir, locale: 'ko-KR', args: ['--lang=ko'] });
    try {
      const p = await ko.openPopup({ q: 'xiaomi' });
      await expect.poll(() => firstResult(p)).toBe('xiaomi');
      const first = p.locator('.result').first();
      await expect.poll(() => first.locator('.result-title').innerText()).toBe('샤오미 · Xiaomi');
      expect(await first.locator('.result-kind').innerText()).toBe('회사');
      expect(await first.locator('.result-sub').innerText()).toMatch(/[가-힣]/);
      await p.screenshot({ path: join(ROOT, 'docs/screenshots/popup-search-ko.png') });
    } finally {
      await ko.close();
    }
  });
});

describe('popup site switch', () => {
  it('shows the tab host and turns highlighting off and on again, live', async () => {
    await typeQuery(popup, '');
    await expect.poll(() => highlightSize(article), { timeout: 15_000 }).toBeGreaterThan(0);
    const site = popup.locator('#site-switch');
    await expect.poll(() => site.isDisabled()).toBe(false);
    await expect.poll(() => popup.locator('.switches').innerText()).toContain(new URL(articleUrl).hostname);
    await expect.poll(() => site.isChecked()).toBe(true);
    await site.click();
    await expect.poll(() => highlightSize(article)).toBe(0);
    await site.click();
    await expect.poll(() => highlightSize(article)).toBeGreaterThan(0);
  });

  it('is disabled, with a reason, for a tab the extension cannot reach', async () => {
    const blank = await ext.context.newPage();
    await blank.goto('about:blank');
    const tabId = await ext.worker.evaluate(async () => (await chrome.tabs.query({ url: 'about:blank' }))[0]?.id ?? -1);
    const p = await ext.openPopup({ tab: String(tabId) });
    await expect.poll(() => p.locator('.switch-note').count()).toBe(1);
    expect(await p.locator('#site-switch').isDisabled()).toBe(true);
    await p.close();
    await blank.close();
  });
});

describe('popup at 200% zoom', () => {
  it('fits its width and keeps the search, results and switches reachable', async () => {
    const zoomed = await ext.openPopup({ tab: String(await ext.tabId(article)), q: 'banma' });
    // 200% zoom of a 380 px popup is a 190 CSS px wide viewport.
    await zoomed.setViewportSize({ width: 190, height: 300 });
    await expect.poll(() => firstResult(zoomed)).toBe('banma');
    const layout = await zoomed.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      inputWidth: document.getElementById('search')!.getBoundingClientRect().width,
    }));
    expect(layout.overflow).toBeLessThanOrEqual(1);
    expect(layout.inputWidth).toBeGreaterThan(100);
    // Everything stays reachable by scrolling the page, nothing is clipped away.
    const lastSwitch = zoomed.locator('input[type=checkbox]').last();
    await lastSwitch.scrollIntoViewIfNeeded();
    await expect.poll(() => lastSwitch.isVisible()).toBe(true);
    await zoomed.close();
  });
});

describe('popup screenshots', () => {
  it('writes the README pictures (light and dark)', async () => {
    await typeQuery(popup, 'ali');
    await expect.poll(() => popup.locator('.result').count()).toBeGreaterThan(3);
    await popup.screenshot({ path: join(ROOT, 'docs/screenshots/popup-search.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await typeQuery(popup, '샤오');
    await expect.poll(() => firstResult(popup)).toBe('xiaomi');
    await popup.screenshot({ path: join(ROOT, 'docs/screenshots/popup-search-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });
  });
});
