/**
 * The hover card in real Chromium with the built extension: hover, grace area, Escape,
 * viewport fitting, isolation from hostile page CSS, the keyboard command, and the README's
 * light/dark screenshots. The card's shadow root is open, so tests look inside it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, wordCenter } from './card-helpers';
import { launchChromium, type ChromiumExtension } from './support/chromium';
import { ROOT } from './support/paths';
import { startServer, type TestServer } from './support/server';

// Iterating on the card alone: point at another build of the extension.
const EXTENSION = process.env.CC_CARD_EXTENSION;

let ext: ChromiumExtension;
let server: TestServer;

const ARTICLE = `<h1>Cars and code</h1>
<p id="lead">Carmakers in China now ship software from <b id="m">Banma</b>, the car operating system maker.</p>
<p>Nothing else here.</p>`;

async function openMarked(path: string, body: string, head = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.page(path, html(body, head)));
  await page.waitForFunction(() => CSS.highlights.get('company-context-mention')?.size);
  return page;
}

/** What a user sees of the card: its name, role, state and box (null when closed; a card
 * prepared invisibly during the hover-intent delay does not count). */
function card(page: Page) {
  return page.evaluate(() => {
    const c = document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector<HTMLElement>('.cc-card:not([data-prepared])');
    if (!c) return null;
    const r = c.getBoundingClientRect();
    return {
      name: c.querySelector('.cc-name')?.textContent ?? null,
      role: c.getAttribute('role'),
      state: c.getAttribute('data-state'),
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      focused: document.activeElement?.hasAttribute('data-company-context-host') === true && !!c.getRootNode() && (c.getRootNode() as ShadowRoot).activeElement !== null,
    };
  });
}

/** "More": the rest of the detail (chart, other facts, related companies, actions), in place. */
async function expand(page: Page) {
  await page.evaluate(() => document.querySelector('[data-company-context-host]')!.shadowRoot!.querySelector<HTMLElement>('.cc-more')!.click());
  await page.waitForFunction(() => document.querySelector('[data-company-context-host]')!.shadowRoot!.querySelector('.cc-rest'));
}

async function hoverOpen(page: Page, selector = '#m', word = 'Banma') {
  const p = await wordCenter(page, selector, word);
  await page.mouse.move(p.x, p.y);
  await expect.poll(async () => (await card(page))?.state, { timeout: 10_000 }).toBe('ready');
  return (await card(page))!;
}

beforeAll(async () => {
  server = await startServer();
  ext = await launchChromium(EXTENSION ? { extension: EXTENSION } : {});
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the hover card in Chromium', () => {
  it('opens for the hovered company next to the mention, without taking focus', async () => {
    const page = await openMarked('/card/hover.html', ARTICLE);
    expect(await card(page)).toBeNull();
    const c = await hoverOpen(page);
    expect(c.name).toMatch(/Banma/);
    expect(c.role).toBe('region');
    expect(c.focused).toBe(false);
    const m = await wordCenter(page, '#m', 'Banma');
    expect(Math.abs(c.rect.top - m.y)).toBeLessThan(60);
    // The page's text is untouched: the card lives in one host outside <body>.
    expect(await page.evaluate(() => document.getElementById('lead')!.innerHTML)).toContain('<b id="m">Banma</b>,');
    expect(await page.evaluate(() => document.querySelectorAll('[data-company-context-host]').length)).toBe(1);
    await page.close();
  });

  it('keeps every fact and its value inside the card, however long its source line', async () => {
    const page = await openMarked('/card/facts.html', '<p id="a">Shares of <b>Alibaba</b> rose.</p>');
    const c = await hoverOpen(page, '#a', 'Alibaba');
    await expand(page);
    const overflow = await page.evaluate((right) => {
      const root = document.querySelector('[data-company-context-host]')!.shadowRoot!;
      const values = [...root.querySelectorAll<HTMLElement>('.cc-fact dd')];
      return { count: values.length, outside: values.filter((v) => v.getBoundingClientRect().right > right + 1).map((v) => v.textContent) };
    }, c.rect.right);
    expect(overflow.count).toBeGreaterThan(5);
    expect(overflow.outside).toEqual([]);
    await page.close();
  });

  it('stays open while the pointer travels into it, and works there', async () => {
    const page = await openMarked('/card/travel.html', ARTICLE);
    const c = await hoverOpen(page);
    // Travel in small steps across the gap between the mention and the card.
    await page.mouse.move(c.rect.left + 40, c.rect.top + 30, { steps: 12 });
    await expand(page);
    const chip = await page.evaluate(() => {
      const b = document.querySelector('[data-company-context-host]')!.shadowRoot!.querySelector<HTMLElement>('.cc-chip')!;
      b.scrollIntoView({ block: 'nearest' }); // the card scrolls inside itself
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: b.textContent!, id: b.dataset.company! };
    });
    await page.mouse.move(chip.x, chip.y, { steps: 8 });
    await page.mouse.click(chip.x, chip.y);
    await expect.poll(async () => (await card(page))?.name, { timeout: 10_000 }).not.toMatch(/Banma/);
    expect((await card(page))?.state).toBe('ready');
    // Leaving both mention and card closes it.
    await page.mouse.move(5, 780, { steps: 5 });
    await expect.poll(() => card(page), { timeout: 10_000 }).toBeNull();
    await page.close();
  });

  it('closes on Escape', async () => {
    const page = await openMarked('/card/escape.html', ARTICLE);
    await hoverOpen(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page)).toBeNull();
    await page.close();
  });

  it('closes when its mention scrolls out of view', async () => {
    const page = await openMarked('/card/scroll.html', `${ARTICLE}<div style="height: 4000px"></div>`);
    await hoverOpen(page);
    await page.evaluate(() => window.scrollTo(0, 2500));
    await expect.poll(() => card(page)).toBeNull();
    await page.close();
  });

  it('turns itself off on this site from the card', async () => {
    // On the server's other hostname, so switching the site off leaves the other tests alone.
    const page = await ext.context.newPage();
    await page.goto(server.page('/card/turn-off.html', html(ARTICLE)).replace(server.origin, server.altOrigin));
    await page.waitForFunction(() => CSS.highlights.get('company-context-mention')?.size);
    const c = await hoverOpen(page);
    await page.mouse.move(c.rect.left + 40, c.rect.top + 30, { steps: 6 });
    await expand(page);
    await page.evaluate(() => {
      const b = document.querySelector('[data-company-context-host]')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="turn-off"]')!;
      b.click();
    });
    // The switch reaches every frame of the tab: marks and the card's host go away.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('company-context-mention')?.size ?? 0), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-company-context-host]').length)).toBe(0);
    const host = new URL(page.url()).hostname;
    expect(await ext.sendToBackground<{ enabled: boolean }>({ type: 'settings/site', host })).toMatchObject({ enabled: false });
    await ext.sendToBackground({ type: 'settings/site', host, enabled: true });
    await page.close();
  });

  it('keeps a card inside its frame', async () => {
    const inner = server.page(
      '/card/frame-inner.html',
      html('<p style="height: 600px">Frame.</p><span id="m" style="position: fixed; right: 4px; bottom: 4px">Banma</span>'),
    );
    const page = await ext.context.newPage();
    await page.goto(server.page('/card/frame.html', html(`<iframe src="${inner}" style="width: 500px; height: 360px; border: 0"></iframe>`)));
    const frame = page.frames().find((f) => f.url() === inner)!;
    await frame.waitForFunction(() => CSS.highlights.get('company-context-mention')?.size);
    const box = (await (await page.$('iframe'))!.boundingBox())!;
    const p = await frame.evaluate(() => {
      const r = document.getElementById('m')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x + p.x, box.y + p.y);
    const readCard = () =>
      frame.evaluate(() => {
        const c = document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector<HTMLElement>('.cc-card[data-state=ready]:not([data-prepared])');
        const r = c?.getBoundingClientRect();
        return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
      });
    await expect.poll(readCard, { timeout: 10_000 }).not.toBeNull();
    const r = (await readCard())!;
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.top).toBeGreaterThanOrEqual(0);
    expect(r.right).toBeLessThanOrEqual(500);
    expect(r.bottom).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('fits inside the viewport for a mention in the bottom-right corner', async () => {
    const page = await openMarked(
      '/card/corner.html',
      `<p style="height: 3000px">Long page.</p><span id="m" style="position: fixed; right: 6px; bottom: 6px">Banma</span>`,
    );
    const c = await hoverOpen(page);
    const vp = page.viewportSize()!;
    expect(c.rect.left).toBeGreaterThanOrEqual(0);
    expect(c.rect.top).toBeGreaterThanOrEqual(0);
    expect(c.rect.right).toBeLessThanOrEqual(vp.width);
    expect(c.rect.bottom).toBeLessThanOrEqual(vp.height);
    await page.close();
  });

  it('looks the same on a page with hostile CSS', async () => {
    const shots: Buffer[] = [];
    const sizes: Array<{ width: number; height: number }> = [];
    for (const [path, head] of [
      ['/card/plain.html', ''],
      ['/card/hostile.html', '<style>* { all: unset !important; font-size: 40px !important; color: red !important; } </style>'],
    ] as const) {
      const page = await openMarked(path, ARTICLE, head);
      await page.emulateMedia({ reducedMotion: 'reduce' }); // no entry animation mid-screenshot
      const c = await hoverOpen(page);
      await page.mouse.move(c.rect.left + 2, c.rect.top + 2); // no hover styles on chips
      sizes.push({ width: c.rect.width, height: c.rect.height });
      const clip = { x: Math.ceil(c.rect.left) + 1, y: Math.ceil(c.rect.top) + 1, width: Math.floor(c.rect.width) - 2, height: Math.floor(c.rect.height) - 2 };
      shots.push(await page.screenshot({ clip }));
      await page.close();
    }
    expect(sizes[1]).toEqual(sizes[0]);
    expect(await differingPixels(shots[0]!, shots[1]!)).toBeLessThan(0.01);
  });

  it('opens with focus inside on the keyboard command, and Escape gives focus back', async () => {
    const page = await openMarked('/card/keyboard.html', `<button id="before">before</button>${ARTICLE}`);
    await page.focus('#before');
    await ext.sendToTab(page.url(), { type: 'page/next-mention' });
    await expect.poll(async () => (await card(page))?.focused, { timeout: 10_000 }).toBe(true);
    const c = (await card(page))!;
    expect(c.role).toBe('dialog');
    await page.keyboard.press('Tab');
    const tabbed = await page.evaluate(() => document.querySelector('[data-company-context-host]')!.shadowRoot!.activeElement?.tagName);
    expect(tabbed).toMatch(/^(A|BUTTON)$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await page.close();
  });
});

describe('the card for a Korean reader', () => {
  it('names the company in Korean and formats money the Korean way', async () => {
    const ko = await launchChromium({ locale: 'ko-KR', ...(EXTENSION ? { extension: EXTENSION } : {}) });
    try {
      const page = await ko.context.newPage();
      await page.goto(server.page('/card/ko.html', html('<p id="lead">오늘 <b id="m">반마</b> 소식입니다.</p>')));
      await page.waitForFunction(() => CSS.highlights.get('company-context-mention')?.size);
      const p = await wordCenter(page, '#m', '반마');
      await page.mouse.move(p.x, p.y);
      const ready = () =>
        page.evaluate(() => {
          const c = document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector('.cc-card[data-state=ready]:not([data-prepared])');
          return c ? { name: c.querySelector('.cc-name')!.textContent, facts: [...c.querySelectorAll('.cc-facts')].map((f) => f.textContent).join(' ') } : null;
        });
      await expect.poll(ready, { timeout: 10_000 }).not.toBeNull();
      await expand(page);
      const shown = (await ready())!;
      expect(shown.name).toMatch(/^반마/);
      expect(shown.facts).toMatch(/CNY [\d.]+억/);
    } finally {
      await ko.close();
    }
  });
});

describe('card screenshots for the README', () => {
  it('saves light and dark pictures of Banma', async () => {
    const dir = join(ROOT, 'docs/screenshots');
    await mkdir(dir, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const themed = await launchChromium({ colorScheme: scheme, ...(EXTENSION ? { extension: EXTENSION } : {}) });
      const page = await themed.context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' }); // the picture, not a frame of the fade-in
      const bg = scheme === 'dark' ? 'background:#111;color:#ddd;' : '';
      await page.goto(server.page(`/card/shot-${scheme}.html`, html(ARTICLE.replace('<h1>', `<h1 style="${bg}">`), `<style>html{${bg}}</style>`)));
      await page.waitForFunction(() => CSS.highlights.get('company-context-mention')?.size);
      const p = await wordCenter(page, '#m', 'Banma');
      await page.mouse.move(p.x, p.y);
      await page.waitForFunction(() => document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector('.cc-card[data-state=ready]:not([data-prepared]) .cc-more'));
      // The first view, then the same card expanded in place ("More").
      for (const suffix of ['', '-more']) {
        if (suffix) await expand(page);
        const box = await page.evaluate(() => document.querySelector('[data-company-context-host]')!.shadowRoot!.querySelector('.cc-card:not([data-prepared])')!.getBoundingClientRect().toJSON() as DOMRect);
        const shot = await page.screenshot({ clip: { x: 0, y: 0, width: Math.min(1280, box.right + 40), height: Math.min(800, box.bottom + 30) } });
        await writeFile(join(dir, `card-${scheme}${suffix}.png`), shot);
        expect(shot.length).toBeGreaterThan(5_000);
      }
      await themed.close();
    }
  });
});

/** Fraction of pixels that differ noticeably between two same-sized PNGs (compared in a page). */
async function differingPixels(a: Buffer, b: Buffer): Promise<number> {
  const page = await ext.context.newPage();
  try {
    return await page.evaluate(
      async ([x, y]) => {
        const load = async (b64: string) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const [ia, ib] = await Promise.all([load(x), load(y)]);
        if (ia.width !== ib.width || ia.height !== ib.height) return 1;
        const pixels = (img: ImageBitmap) => {
          const c = new OffscreenCanvas(img.width, img.height);
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const pa = pixels(ia);
        const pb = pixels(ib);
        let diff = 0;
        for (let i = 0; i < pa.length; i += 4) {
          if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 48) diff++;
        }
        return diff / (pa.length / 4);
      },
      [a.toString('base64'), b.toString('base64')] as const,
    );
  } finally {
    await page.close();
  }
}
