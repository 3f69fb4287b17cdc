import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './support/chromium';
import { startServer, type TestServer } from './support/server';

let ext: ChromiumExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  ext = await launchChromium();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the extension in Chromium', () => {
  it('loads its service worker', () => {
    expect(ext.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('answers page/mentions from the content script of a served page', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/fixtures/demo.html'));
    const answer = await ext.sendToTab<{ enabled: boolean; mentions: unknown[]; stats: { textNodes: number } }>(
      server.url('/fixtures/demo.html'),
      { type: 'page/mentions' },
    );
    expect(answer.enabled).toBe(true);
    expect(Array.isArray(answer.mentions)).toBe(true);
    await page.close();
  });

  it('rejects an unknown message type with a clear error', async () => {
    await expect(ext.sendToBackground({ type: 'db/nope' })).rejects.toThrow(/Unknown message type "db\/nope"/);
  });

  it('opens the popup page', async () => {
    const popup = await ext.openPopup();
    await expect.poll(() => popup.locator('input[type=search]').count()).toBe(1);
    await popup.close();
  });
});
