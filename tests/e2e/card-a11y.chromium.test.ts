/**
 * axe-core on the card (its open shadow root, by including the host) in light and dark:
 * opened by hover (a region), expanded with the chart and its table, and opened from the
 * keyboard (a focused dialog). Prints the result for the README.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOST, hoverOpen, html, marked, openCard } from './card-helpers';
import { axeViolations, describeViolations } from './support/axe';
import { useChromium } from './support/session';

const session = useChromium();

async function page(scheme: 'light' | 'dark', path: string): Promise<Page> {
  const p = await session.ext.context.newPage();
  await p.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  const bg = scheme === 'dark' ? '<style>html{background:#111;color:#ddd}</style>' : '';
  await p.goto(session.server.page(path, html('<main><h1>News</h1><p id="m">Banma and Xiaomi today.</p></main>', bg)));
  await marked(p);
  return p;
}

async function audit(p: Page, state: string) {
  const violations = await axeViolations(p, { include: [HOST] });
  console.log(`axe, card, ${state}: ${violations.length} violations`);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe.each(['light', 'dark'] as const)('the card passes axe (%s)', (scheme) => {
  it('opened by hover, then expanded', async () => {
    const p = await page(scheme, `/a11y/card-${scheme}.html`);
    await hoverOpen(p, '#m', 'Banma');
    await audit(p, `${scheme}, first view`);
    await p.evaluate((hostSel) => document.querySelector(hostSel)!.shadowRoot!.querySelector<HTMLElement>('.cc-more')!.click(), HOST);
    await p.waitForFunction((hostSel) => document.querySelector(hostSel)!.shadowRoot!.querySelector('.cc-chart-table'), HOST);
    await audit(p, `${scheme}, expanded with the chart`);
    await p.close();
  });

  it('opened from the keyboard as a dialog', async () => {
    const p = await page(scheme, `/a11y/dialog-${scheme}.html`);
    await session.ext.sendToTab(p.url(), { type: 'page/next-mention' });
    await expect.poll(async () => (await openCard(p))?.focusInside, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await openCard(p))?.state).toBe('ready');
    await audit(p, `${scheme}, dialog`);
    await p.close();
  });
});
