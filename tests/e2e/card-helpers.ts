/** Shared by the card's e2e tests: test pages, where a word is, and what the card shows. */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

export const MENTION = 'company-context-mention';
export const HOST = '[data-company-context-host]';

export function html(body: string, head = '', lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>${head}</head>
<body style="font: 18px/1.5 sans-serif; margin: 40px; max-width: 700px">${body}</body></html>`;
}

export const marked = (page: Page | Frame) => page.waitForFunction((name) => CSS.highlights.get(name)?.size, MENTION);

/** Centre of the first occurrence of `word` inside `selector`, measured with a Range. */
export function wordCenter(page: Page, selector: string, word: string) {
  return page.evaluate(
    ([sel, w]) => {
      const el = document.querySelector(sel)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.nodeValue!.indexOf(w);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      throw new Error(`no ${w} in ${sel}`);
    },
    [selector, word] as const,
  );
}

/** What a reader sees of the open card (null when closed; a card prepared invisibly does not count). */
export function openCard(page: Page) {
  return page.evaluate((hostSel) => {
    const root = document.querySelector(hostSel)?.shadowRoot;
    const c = root?.querySelector<HTMLElement>('.cc-card:not([data-prepared])');
    if (!root || !c) return null;
    const r = c.getBoundingClientRect();
    return {
      company: c.querySelector<HTMLElement>('.cc-detail')?.dataset.company ?? null,
      name: c.querySelector('.cc-name')?.textContent ?? null,
      role: c.getAttribute('role'),
      label: c.getAttribute('aria-label') ?? (c.getAttribute('aria-labelledby') ? root.getElementById(c.getAttribute('aria-labelledby')!)?.textContent : null),
      state: c.getAttribute('data-state'),
      height: r.height,
      top: r.top,
      bottom: r.bottom,
      left: r.left,
      right: r.right,
      scrolls: c.scrollHeight > c.clientHeight + 1,
      focusInside: document.activeElement?.matches(hostSel) === true && root.activeElement !== null,
      live: root.querySelector('.cc-live')?.textContent ?? '',
    };
  }, HOST);
}

export async function hoverOpen(page: Page, selector: string, word: string) {
  const p = await wordCenter(page, selector, word);
  await page.mouse.move(p.x, p.y);
  await expect.poll(async () => (await openCard(page))?.state, { timeout: 10_000 }).toBe('ready');
  return (await openCard(page))!;
}
