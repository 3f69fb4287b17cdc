/**
 * Firefox ESR: the extension installs, its background answers the content script, and the
 * content script marks mentions with the Highlight API on a served page.
 */
import { describe, expect, it } from 'vitest';
import { useFirefox } from './support/session';

const session = useFirefox();

describe('the extension in Firefox', () => {
  it('marks mentions on a served page, leaving editors and the page text alone', async () => {
    const page = await session.ext.browser.newPage();
    await page.goto(session.server.url('/fixtures/demo.html'));
    const marked = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('company-context-mention');
        return h ? [...h].map((r) => (r as Range).toString()).sort() : [];
      });
    await expect.poll(marked, { timeout: 20_000 }).toContain('Meituan');
    const texts = await marked();
    for (const name of ['Alibaba', 'Xiaomi', '알리바바', '小米']) expect(texts).toContain(name);
    const editorsMarked = await page.evaluate(() => {
      const h = CSS.highlights.get('company-context-mention')!;
      return [...h].filter((r) => (r.startContainer.parentElement?.closest('textarea, [contenteditable]') ?? null) !== null).length;
    });
    expect(editorsMarked).toBe(0);
    // The Highlight API and an adopted stylesheet: no wrapper elements in the page.
    expect(await page.evaluate(() => document.querySelectorAll('company-context-mark').length)).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await page.close();
  });

  it('has its stylesheet in place before the page is built (registered at document_start)', async () => {
    const url = session.server.page('/t/early-firefox.html', '<!doctype html><meta charset="utf-8"><script>window.__sheets = document.adoptedStyleSheets.length</script><p>Xiaomi, early.</p>');
    const page = await session.ext.browser.newPage();
    // The background registers the script as it starts: the first loads may come before that.
    await expect
      .poll(async () => {
        await page.goto(url);
        return page.evaluate(() => (window as unknown as { __sheets: number }).__sheets);
      }, { timeout: 20_000 })
      .toBe(1);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('company-context-mention')?.size ?? 0), { timeout: 20_000 }).toBe(1);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    // Firefox ESR does not inherit custom highlights: the build wrote it the universal rules.
    expect(await page.evaluate(() => document.adoptedStyleSheets[0]!.cssRules[0]!.cssText)).toMatch(/^::highlight\(company-context-mention\)/);
    await page.close();
  });
});
