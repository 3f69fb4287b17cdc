/**
 * The card at a glance (issue 14) in real Chromium at 1280×800: the first view of the five
 * primary companies fits without scrolling (heights printed), "More" expands in place, the
 * card is announced (live region on hover, a focused dialog from the popup and the keyboard),
 * the page summary reaches screen readers, and the underline keeps 3:1 on light, mid and dark
 * backgrounds, with a distinct active mention in forced-colors mode.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOST, hoverOpen, html, marked, openCard } from './card-helpers';
import { useChromium } from './support/session';

const session = useChromium();

async function open(path: string, body: string, head = ''): Promise<Page> {
  const page = await session.ext.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(session.server.page(path, html(body, head)));
  await marked(page);
  return page;
}

const PRIMARY = [
  ['alibaba', 'Alibaba'],
  ['banma', 'Banma'],
  ['xiaomi', 'Xiaomi'],
  ['amap', 'Amap'],
  ['meituan', 'Meituan'],
] as const;

describe('the first view', () => {
  it.each(PRIMARY)('fits %s in at most 560 px without scrolling, newest facts first, with the newest article and More', async (id, word) => {
    const page = await open(`/glance/${id}.html`, `<p id="m">News about ${word} today.</p>`);
    const c = await hoverOpen(page, '#m', word);
    expect(c.company).toBe(id);
    console.log(`card height, first view, ${id}: ${Math.round(c.height)} px`);
    expect(c.height).toBeLessThanOrEqual(560);
    expect(c.scrolls).toBe(false);
    expect(c.bottom).toBeLessThanOrEqual(800);
    const view = await page.evaluate((hostSel) => {
      const root = document.querySelector(hostSel)!.shadowRoot!;
      const facts = [...root.querySelectorAll<HTMLElement>('.cc-fact')];
      return {
        facts: facts.map((f) => ({ id: f.dataset.fact, asOf: f.querySelector('.cc-asof')?.textContent?.trim() ?? null })),
        articles: [...root.querySelectorAll('.cc-articles li')].length,
        tagline: root.querySelector('.cc-tagline')?.textContent ?? '',
        more: root.querySelector('.cc-more')?.getAttribute('aria-expanded'),
        chart: root.querySelector('.cc-chart') !== null,
      };
    }, HOST);
    expect(view.facts.length).toBeGreaterThanOrEqual(3);
    expect(view.facts.length).toBeLessThanOrEqual(4);
    expect(view.tagline.length).toBeGreaterThan(10);
    expect(view.articles).toBe(1);
    expect(view.more).toBe('false');
    expect(view.chart).toBe(false);
    // Dated facts come first, each showing its date; none of them is stale.
    const dated = view.facts.filter((f) => f.asOf);
    expect(view.facts.slice(0, dated.length)).toEqual(dated);
    for (const f of dated) expect(f.asOf).toMatch(/^as of /);
    expect(view.facts.map((f) => f.asOf ?? '').join(' ')).not.toMatch(/older than/);
    await page.close();
  });

  it('expands in place on More, then scrolls inside, and marks old facts as old', async () => {
    const page = await open('/glance/more.html', '<p id="m">News about Xiaomi today.</p>');
    const before = await hoverOpen(page, '#m', 'Xiaomi');
    const more = await page.evaluate((hostSel) => {
      const b = document.querySelector(hostSel)!.shadowRoot!.querySelector<HTMLElement>('.cc-more')!;
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, h: r.height };
    }, HOST);
    expect(more.h).toBeGreaterThanOrEqual(44);
    await page.mouse.move(more.x, more.y, { steps: 8 });
    await page.mouse.click(more.x, more.y);
    await expect.poll(async () => (await openCard(page))?.scrolls).toBe(true);
    const after = (await openCard(page))!;
    expect(after.top).toBe(before.top); // in place: same spot, taller
    expect(after.height).toBeGreaterThan(before.height);
    expect(after.height).toBeLessThanOrEqual(560);
    const stale = await page.evaluate((hostSel) => {
      const root = document.querySelector(hostSel)!.shadowRoot!;
      return root.querySelector('[data-fact="revenue-target-2017"] .cc-asof')?.textContent?.trim();
    }, HOST);
    expect(stale).toBe('as of Nov 2017 · older than 3 years');
    await page.close();
  });
});

describe('screen readers and keyboard', () => {
  it('says a card opened by hover through a polite live region, without taking focus', async () => {
    const page = await open('/glance/live.html', '<p id="m">News about Banma today.</p>');
    const c = await hoverOpen(page, '#m', 'Banma');
    expect(c.role).toBe('region');
    expect(c.label).toBe('Banma');
    expect(c.focusInside).toBe(false);
    await expect.poll(async () => (await openCard(page))?.live).toMatch(/^Banma\. Smart-car operating-system maker/);
    const region = await page.evaluate((hostSel) => {
      const live = document.querySelector(hostSel)!.shadowRoot!.querySelector('.cc-live')!;
      return { role: live.getAttribute('role'), polite: live.getAttribute('aria-live') };
    }, HOST);
    expect(region).toEqual({ role: 'status', polite: 'polite' });
    await page.close();
  });

  it('lists the companies marked on the page, and the key that visits them, in a named region', async () => {
    const page = await open('/glance/summary.html', '<p>Xiaomi and Alibaba. Then Xiaomi again, and Meituan.</p>');
    const summary = () =>
      page.evaluate((hostSel) => {
        const s = document.querySelector(hostSel)?.shadowRoot?.querySelector('.cc-page-summary');
        return s ? { label: s.getAttribute('aria-label'), text: s.textContent } : null;
      }, HOST);
    await expect.poll(async () => (await summary())?.text ?? '', { timeout: 10_000 }).toMatch(/Xiaomi \(2\)/);
    expect(await summary()).toEqual({
      label: 'Company Context',
      text: 'Company Context marked Xiaomi (2), Alibaba (1), Meituan (1) on this page. Press Alt+Shift+K to open the next one with its facts.',
    });
    // The card's part has loaded (the summary is its work) and, on a light page, registered no
    // tone highlight: every change to the highlight registry is a repaint of the whole page.
    expect(await page.evaluate(() => ['company-context-on-dark', 'company-context-on-mid'].filter((n) => CSS.highlights.has(n)))).toEqual([]);
    await page.close();
  });

  it('opens a focused dialog from the popup’s “on this page” list, its first view unscrolled', async () => {
    const page = await open('/glance/reveal.html', '<p style="height: 1500px">Some text.</p><p id="m">News about Meituan today.</p><p style="height: 1500px">More.</p>');
    const tabId = await session.ext.tabId(page);
    const popup = await session.ext.openPopup({ tab: String(tabId) });
    await popup.locator('.on-page .chip[data-company="meituan"]').click();
    await expect.poll(async () => (await openCard(page))?.state, { timeout: 10_000 }).toBe('ready');
    const c = (await openCard(page))!;
    expect(c.role).toBe('dialog');
    expect(c.label).toBe('Meituan');
    expect(c.focusInside).toBe(true);
    expect(c.scrolls).toBe(false);
    await page.close();
  });

  it('shows the keyboard shortcut in the card', async () => {
    const page = await open('/glance/key.html', '<p id="m">News about Amap today.</p>');
    await hoverOpen(page, '#m', 'Amap');
    await expect
      .poll(() => page.evaluate((hostSel) => document.querySelector(hostSel)!.shadowRoot!.querySelector('.cc-shortcut')?.textContent, HOST))
      .toBe('Alt+Shift+K: next company on the page');
    await page.close();
  });
});

/** Relative luminance of `rgb(…)`. */
const LUMINANCE = `(css) => {
  const [r, g, b] = css.match(/[\\d.]+/g).slice(0, 3).map(Number).map((c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}`;

describe('visible everywhere', () => {
  it('keeps the underline at 3:1 or more against light, mid and dark backgrounds', async () => {
    const backgrounds = ['#ffffff', '#f7e9dc', '#b0b0b0', '#808080', '#5a5a5a', '#303030', '#111111', '#0b1f3a'];
    const body = backgrounds.map((bg, i) => `<p id="p${i}" style="background:${bg};color:${i < 4 ? '#000' : '#fff'};padding:4px">Xiaomi on ${bg}</p>`).join('');
    const page = await open('/glance/tones.html', body);
    // The tone highlights are filled by the card chunk once the page is idle.
    await page.waitForFunction(() => (CSS.highlights.get('company-context-on-dark')?.size ?? 0) + (CSS.highlights.get('company-context-on-mid')?.size ?? 0) >= 4);
    const results = await page.evaluate(
      ({ count, luminance }) => {
        const lum = eval(luminance) as (css: string) => number;
        const out: Array<{ bg: string; underline: string; ratio: number }> = [];
        for (let i = 0; i < count; i++) {
          const p = document.getElementById(`p${i}`)!;
          const range = [...(CSS.highlights.get('company-context-mention') as unknown as Set<Range>)].find((r) => p.contains(r.startContainer))!;
          const tone = ['company-context-on-dark', 'company-context-on-mid'].find((n) => (CSS.highlights.get(n) as unknown as Set<Range> | undefined)?.has(range));
          const style = getComputedStyle(p, `::highlight(${tone ?? 'company-context-mention'})`);
          const underline = style.textDecorationColor;
          const bg = getComputedStyle(p).backgroundColor;
          const [a, b] = [lum(underline), lum(bg)];
          out.push({ bg, underline, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) });
        }
        return out;
      },
      { count: backgrounds.length, luminance: LUMINANCE },
    );
    for (const r of results) expect(r.ratio, `${r.underline} on ${r.bg}`).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('draws the active mention apart from the others in forced-colors mode', async () => {
    const page = await open('/glance/forced.html', '<p id="m">Banma and Xiaomi.</p>');
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await hoverOpen(page, '#m', 'Banma');
    const styles = await page.evaluate(() => {
      const p = document.getElementById('m')!;
      const read = (name: string) => {
        const s = getComputedStyle(p, `::highlight(${name})`);
        return { bg: s.backgroundColor, line: `${s.textDecorationLine} ${s.textDecorationStyle}`, colour: s.textDecorationColor };
      };
      const selection = getComputedStyle(p, '::selection').backgroundColor;
      return { mention: read('company-context-mention'), active: read('company-context-active'), selection };
    });
    expect(styles.active).not.toEqual(styles.mention);
    expect(styles.active.line).toBe('underline solid');
    expect(styles.mention.line).toBe('underline dotted');
    expect(styles.mention.bg).toMatch(/^rgba\(\d+, \d+, \d+, 0\)$/); // no fill: not the selection's look
    expect(styles.active.bg).not.toBe(styles.selection);
    await page.close();
  });
});

