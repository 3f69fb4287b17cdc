/**
 * Marks follow the text's state in real Chromium: text that becomes editable loses its
 * marks and gets them back when it stops being editable; a page that clears or replaces
 * the highlight registry gets our marks painted again (and page/mentions lists only what is
 * painted); a document rewritten with document.open()/write() gets a working session, hover
 * card included.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/session';
import { MENTION, markedTexts } from './detection-helpers';
import { HOST_ATTRIBUTE } from '../../src/content/card/host';

const session = useChromium();

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head>
<body style="font: 18px/1.5 sans-serif; margin: 40px">${body}</body></html>`;

async function open(path: string, body: string): Promise<Page> {
  const { ext, server } = session;
  const p = await ext.context.newPage();
  await p.goto(server.page(path, page(body)));
  await expect.poll(() => markedTexts(p)).not.toEqual([]);
  return p;
}

const mentionsOf = (p: Page) => session.ext.sendToTab<{ mentions: Array<{ text: string }> }>(p.url(), { type: 'page/mentions' });

/** The card's company name once it is open, after hovering the marked mention reading `word`. */
async function hoverCardName(p: Page, word: string): Promise<string | null> {
  const at = await p.evaluate(
    ([name, w]) => {
      const range = [...(CSS.highlights.get(name) ?? [])].find((r) => r.toString() === w)!;
      const box = (range as Range).getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [MENTION, word] as const,
  );
  await p.mouse.move(at.x, at.y);
  const name = () =>
    p.evaluate(() => document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector('.cc-card:not([data-prepared]) .cc-name')?.textContent ?? null);
  await expect.poll(name, { timeout: 10_000 }).not.toBeNull();
  return name();
}

describe('marks follow the text\'s state', () => {
  it('drops the marks of text that becomes contenteditable, and marks it again once it is not', async () => {
    const p = await open('/state/editable.html', '<div id="wrap"><p>Meituan delivers.</p></div><p>Xiaomi stays.</p>');
    expect(await markedTexts(p)).toEqual(['Meituan', 'Xiaomi']);
    await p.evaluate(() => document.getElementById('wrap')!.setAttribute('contenteditable', 'true'));
    await expect.poll(() => markedTexts(p)).toEqual(['Xiaomi']);
    expect((await mentionsOf(p)).mentions.map((m) => m.text)).toEqual(['Xiaomi']);
    await p.evaluate(() => document.getElementById('wrap')!.removeAttribute('contenteditable'));
    await expect.poll(() => markedTexts(p)).toEqual(['Meituan', 'Xiaomi']);
    await p.close();
  });

  it('drops every mark while the document is in designMode, and marks again after', async () => {
    const p = await open('/state/design.html', '<p>Meituan and Xiaomi.</p>');
    await p.evaluate(() => (document.designMode = 'on'));
    await expect.poll(() => markedTexts(p)).toEqual([]);
    expect((await mentionsOf(p)).mentions).toEqual([]);
    await p.evaluate(() => (document.designMode = 'off'));
    await expect.poll(() => markedTexts(p)).toEqual(['Meituan', 'Xiaomi']);
    await p.close();
  });

  it('paints its marks again after the page clears or replaces the highlight registry', async () => {
    const p = await open('/state/registry.html', '<p>Meituan and Xiaomi.</p>');
    await p.evaluate(() => CSS.highlights.clear());
    // page/mentions reports only what is painted: the marks are back by the time it answers.
    expect((await mentionsOf(p)).mentions.map((m) => m.text)).toEqual(['Meituan', 'Xiaomi']);
    expect(await markedTexts(p)).toEqual(['Meituan', 'Xiaomi']);
    await p.evaluate((name) => CSS.highlights.set(name, new Highlight()), MENTION);
    await expect.poll(() => markedTexts(p)).toEqual(['Meituan', 'Xiaomi']);
    await p.evaluate(() => (document.adoptedStyleSheets = []));
    await expect.poll(() => p.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await p.close();
  });

  it('gives a document rewritten by document.open()/write() its marks and a working hover card', async () => {
    const p = await open('/state/rewrite.html', '<p>Xiaomi first.</p>');
    await p.evaluate(() => {
      document.open();
      document.write('<!doctype html><html><body style="font: 18px/1.5 sans-serif; margin: 40px"><p id="new">Carmakers ship software from Banma today.</p></body></html>');
      document.close();
    });
    await expect.poll(() => markedTexts(p), { timeout: 10_000 }).toEqual(['Banma']);
    expect(await hoverCardName(p, 'Banma')).toMatch(/Banma/);
    // The ended session's host must not linger (its summary could arrive after the rewrite).
    expect(await p.evaluate((attribute) => document.querySelectorAll(`[${attribute}]`).length, HOST_ATTRIBUTE)).toBe(1);
    await p.close();
  });
});
