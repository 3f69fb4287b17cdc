/**
 * axe-core on the popup in every state, light and dark: empty (on this page + suggestions),
 * results, no results, a company's detail (with its chart), an article without a link, and
 * a tab the extension cannot reach. Also: one h1 in each state, and the shortcut shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { html, marked } from './card-helpers';
import { axeViolations, describeViolations } from './support/axe';
import { useChromium } from './support/session';

const session = useChromium();

async function audit(p: Page, state: string) {
  const violations = await axeViolations(p);
  console.log(`axe, popup, ${state}: ${violations.length} violations`);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(await p.evaluate(() => [...document.querySelectorAll('h1')].map((h) => h.textContent))).toEqual(['Company Context']);
}

async function popupFor(scheme: 'light' | 'dark', url: string | null, query: Record<string, string> = {}) {
  let tab = '';
  if (url) {
    const article = await session.ext.context.newPage();
    await article.goto(url);
    await marked(article);
    tab = String(await session.ext.tabId(article));
  } else {
    const blank = await session.ext.context.newPage();
    await blank.goto('about:blank');
    tab = String(await session.ext.worker.evaluate(async () => (await chrome.tabs.query({ url: 'about:blank' }))[0]?.id ?? -1));
  }
  const p = await session.ext.openPopup({ tab, ...query });
  await p.setViewportSize({ width: 380, height: 600 });
  await p.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  return p;
}

describe.each(['light', 'dark'] as const)('the popup passes axe in every state (%s)', (scheme) => {
  const article = () => session.server.page(`/a11y/popup-${scheme}.html`, html('<p>Banma, Alibaba and 샤오미 are mentioned here.</p>'));

  it('empty: on this page, suggestions, switches and the shortcut', async () => {
    const p = await popupFor(scheme, article());
    await expect.poll(() => p.locator('.on-page .chip').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => p.locator('.suggestions .chip').count()).toBe(5);
    await expect.poll(() => p.locator('.shortcut kbd').textContent()).toBe('Alt+Shift+K');
    await audit(p, `${scheme}, empty`);

    await p.locator('#search').fill('ali');
    await expect.poll(() => p.locator('.result').count()).toBeGreaterThan(1);
    await audit(p, `${scheme}, results`);

    await p.locator('#search').fill('zzqqxxvv');
    await expect.poll(() => p.locator('.state-empty').count()).toBe(1);
    await audit(p, `${scheme}, no results`);

    await p.locator('#search').fill('banma');
    await expect.poll(() => p.locator('.result').first().getAttribute('data-id')).toBe('banma');
    await p.locator('#search').press('Enter');
    await expect.poll(() => p.locator('.cc-detail .cc-chart-table').count()).toBeGreaterThan(0);
    await audit(p, `${scheme}, company detail`);
    await p.close();
  });

  it('an article without a link', async () => {
    const p = await popupFor(scheme, article(), { q: 'Amap launches' });
    const noLink = p.locator('.result-article').first();
    await expect.poll(() => noLink.count(), { timeout: 10_000 }).toBe(1);
    await p.locator('#search').press('Enter');
    await expect.poll(() => p.locator('.back').count()).toBe(1);
    await audit(p, `${scheme}, article`);
    await p.close();
  });

  it('a tab the extension cannot reach', async () => {
    const p = await popupFor(scheme, null);
    await expect.poll(() => p.locator('.switch-note').count(), { timeout: 10_000 }).toBe(1);
    await audit(p, `${scheme}, unavailable tab`);
    await p.close();
  });
});
