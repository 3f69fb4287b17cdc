/**
 * Touch (Playwright's hasTouch, deviceScaleFactor 1: a scaled emulation breaks the
 * highlightsFromPoint hit-test, see DESIGN.md): a tap on a mention inside a link opens the
 * card and does not follow the link; a second tap on it does; a tap outside closes the card;
 * every control in the card is at least 44 px for a finger.
 */
import { describe, expect, it } from 'vitest';
import { HOST, html, marked, openCard, wordCenter } from './card-helpers';
import { useChromium } from './support/session';

const session = useChromium({ hasTouch: true });

describe('the card on a touch screen', () => {
  it('opens on a tap inside a link without following it; a second tap follows it; a tap outside closes', async () => {
    const page = await session.ext.context.newPage();
    const target = session.server.page('/touch/target.html', html('<h1 id="arrived">Arrived</h1>'));
    await page.goto(session.server.page('/touch/link.html', html(`<p id="p"><a id="a" href="${target}">Read why <b>Banma</b> filed</a> — and more text here.</p><p id="blank" style="height: 300px">Plain text.</p>`)));
    await marked(page);
    const start = page.url();
    const m = await wordCenter(page, '#a', 'Banma');

    await page.touchscreen.tap(m.x, m.y);
    await expect.poll(async () => (await openCard(page))?.state, { timeout: 10_000 }).toBe('ready');
    expect(page.url()).toBe(start);
    expect((await openCard(page))!.company).toBe('banma');

    // A tap elsewhere on the page closes it.
    const blank = await wordCenter(page, '#blank', 'Plain');
    await page.touchscreen.tap(blank.x, blank.y);
    await expect.poll(() => openCard(page)).toBeNull();
    expect(page.url()).toBe(start);

    // Tap to open again, then a second tap on the same mention is the link's.
    await page.touchscreen.tap(m.x, m.y);
    await expect.poll(async () => (await openCard(page))?.state, { timeout: 10_000 }).toBe('ready');
    await Promise.all([page.waitForURL(target), page.touchscreen.tap(m.x, m.y)]);
    expect(await page.locator('#arrived').count()).toBe(1);
    await page.close();
  });

  it('gives every control in the card a 44 px target', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.page('/touch/targets.html', html('<p id="m">Banma today.</p>')));
    await marked(page);
    const m = await wordCenter(page, '#m', 'Banma');
    await page.touchscreen.tap(m.x, m.y);
    await expect.poll(async () => (await openCard(page))?.state, { timeout: 10_000 }).toBe('ready');
    const small = async () =>
      page.evaluate(async (hostSel) => {
        const root = document.querySelector(hostSel)!.shadowRoot!;
        // Measured once the card's entrance (a 2 px slide) is over: a box mapped through a
        // running transform can come out a hair under its size (43.99 for 44).
        await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => undefined)));
        return [...root.querySelectorAll<HTMLElement>('button, a')]
          .map((el) => ({ what: el.className || el.textContent!.slice(0, 30), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
          .map(({ what, r }) => `${what}: ${Math.round(r.width)}×${Math.round(r.height)}`);
      }, HOST);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    expect(await small()).toEqual([]);
    // And once expanded: chips, actions and article links.
    await page.evaluate((hostSel) => document.querySelector(hostSel)!.shadowRoot!.querySelector<HTMLElement>('.cc-more')!.click(), HOST);
    await expect.poll(() => page.evaluate((hostSel) => document.querySelector(hostSel)!.shadowRoot!.querySelector('.cc-chip') !== null, HOST)).toBe(true);
    expect(await small()).toEqual([]);
    await page.close();
  });
});
