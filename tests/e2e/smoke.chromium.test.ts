import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths';
import { useChromium } from './support/session';

const session = useChromium();

describe('the extension in Chromium', () => {
  it('loads its service worker', () => {
    expect(session.ext.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('answers page/mentions from the content script of a served page', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/fixtures/demo.html'));
    const answer = await session.ext.sendToTab<{ enabled: boolean; mentions: Array<{ companyId: string }>; stats: { textNodes: number } }>(
      session.server.url('/fixtures/demo.html'),
      { type: 'page/mentions' },
    );
    expect(answer.enabled).toBe(true);
    expect(new Set(answer.mentions.map((m) => m.companyId))).toEqual(new Set(['alibaba', 'banma', 'xiaomi', 'amap', 'meituan']));
    expect(answer.stats.textNodes).toBeGreaterThan(10);
    await page.close();
  });

  it('takes a screenshot of the demo page that is not blank (and keeps it for the README)', async () => {
    const page = await session.ext.context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(session.server.url('/fixtures/demo.html'));
    await session.ext.sendToTab(session.server.url('/fixtures/demo.html'), { type: 'page/mentions' });
    const png = await page.screenshot();
    await mkdir(join(ROOT, 'docs/screenshots'), { recursive: true });
    await writeFile(join(ROOT, 'docs/screenshots/demo.png'), png);
    // Decode it in the browser and count colours: a blank or failed render has one or two;
    // underlines, tints and anti-aliased CJK text give hundreds.
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    }, png.toString('base64'));
    expect(colours).toBeGreaterThan(50);
    await page.close();
  });

  it('rejects an unknown message type with a clear error', async () => {
    await expect(session.ext.sendToBackground({ type: 'db/nope' })).rejects.toThrow(/Unknown message type "db\/nope"/);
  });

  it('opens the popup page', async () => {
    const popup = await session.ext.openPopup();
    await expect.poll(() => popup.locator('input[type=search]').count()).toBe(1);
    await popup.close();
  });
});
