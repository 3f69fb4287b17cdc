/**
 * One language for labels and content, decided by the browser's UI locale first (Chromium's
 * --lang, with chromium-l10n installed; see DESIGN.md) and only then by navigator.languages.
 * Each case launches its own browser: the UI locale is fixed at start-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOST, hoverOpen, html, marked } from './card-helpers';
import { launchChromium } from './support/chromium';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** The card for `word`, expanded, read as a reader sees it. */
async function readCard(page: Page, word: string) {
  await hoverOpen(page, '#m', word);
  const first = await page.evaluate((hostSel) => {
    const root = document.querySelector(hostSel)!.shadowRoot!;
    return { more: root.querySelector('.cc-more')!.textContent!.trim(), facts: root.querySelector('.cc-facts')!.closest('section')!.getAttribute('aria-label') };
  }, HOST);
  await page.evaluate((hostSel) => document.querySelector(hostSel)!.shadowRoot!.querySelector<HTMLElement>('.cc-more')!.click(), HOST);
  await page.waitForFunction((hostSel) => document.querySelector(hostSel)!.shadowRoot!.querySelector('.cc-rest'), HOST);
  return page.evaluate(
    ({ hostSel, first }) => {
      const root = document.querySelector(hostSel)!.shadowRoot!;
      const fact = (id: string) => root.querySelector(`[data-fact="${id}"] .cc-value`)?.textContent ?? null;
      const note = (id: string) => root.querySelector(`[data-fact="${id}"] .cc-note`)?.textContent ?? null;
      return {
        ...first,
        lang: root.querySelector('.cc-detail')!.getAttribute('lang'),
        name: root.querySelector('.cc-name')!.textContent,
        close: root.querySelector('.cc-close')!.getAttribute('aria-label'),
        headquarters: fact('headquarters'),
        headquartersNote: note('headquarters'),
        chairman: fact('chairman'),
        chairmanNote: note('chairman'),
        asOf: root.querySelector('[data-fact="india-share-2017-q3"] .cc-asof')?.textContent?.trim() ?? null,
      };
    },
    { hostSel: HOST, first },
  );
}

async function withBrowser<T>(options: { args?: string[]; locale?: string }, run: (page: Page, tabId: () => Promise<number>, popup: (tab: number) => Promise<Page>) => Promise<T>): Promise<T> {
  const ext = await launchChromium(options);
  try {
    const page = await ext.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.page(`/lang/${options.args?.join('') ?? options.locale}.html`, html('<p id="m">Xiaomi (小米, 샤오미) news.</p>')));
    await marked(page);
    return await run(
      page,
      () => ext.tabId(page),
      (tab) => ext.openPopup({ tab: String(tab) }),
    );
  } finally {
    await ext.close();
  }
}

describe('the reader’s language', () => {
  it('is Korean in a Korean interface, for the card’s labels and content alike, even when the page language says English', async () => {
    const shown = await withBrowser({ args: ['--lang=ko'], locale: 'en-US' }, async (page, tabId, popup) => {
      const card = await readCard(page, 'Xiaomi');
      const p = await popup(await tabId());
      await p.waitForSelector('.on-page');
      const popupText = await p.evaluate(() => ({ lang: document.documentElement.lang, onPage: document.querySelector('.on-page h2')?.textContent, h1: document.querySelector('h1')?.textContent }));
      return { card, popupText };
    });
    expect(shown.card).toEqual({
      more: '더 보기 ▾',
      facts: '주요 정보',
      lang: 'ko',
      name: '샤오미',
      close: '닫기',
      headquarters: '베이징 (北京)',
      headquartersNote: null,
      chairman: '레이쥔 (雷军)',
      chairmanNote: null,
      asOf: '2017년 3분기 기준 · 3년 이상 지난 정보',
    });
    expect(shown.popupText).toEqual({ lang: 'ko', onPage: '이 페이지에 나온 회사', h1: 'Company Context' });
  });

  it('is Chinese in a Chinese interface', async () => {
    const card = await withBrowser({ args: ['--lang=zh-CN'], locale: 'en-US' }, (page) => readCard(page, 'Xiaomi'));
    expect(card).toEqual({
      more: '更多 ▾',
      facts: '关键信息',
      lang: 'zh-Hans',
      name: '小米',
      close: '关闭',
      headquarters: '北京',
      headquartersNote: null,
      chairman: '雷军',
      chairmanNote: null,
      asOf: '截至 2017年第三季度 · 已超过3年',
    });
  });

  it('never mixes languages when only the content locale is Korean (Playwright’s locale emulation)', async () => {
    const card = await withBrowser({ locale: 'ko-KR' }, (page) => readCard(page, 'Xiaomi'));
    // Emulating the locale also moves what browser.i18n serves: labels and content stay together.
    expect(card).toMatchObject({ more: '더 보기 ▾', facts: '주요 정보', lang: 'ko', name: '샤오미', headquarters: '베이징 (北京)' });
  });
});
