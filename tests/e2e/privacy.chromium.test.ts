/**
 * Privacy: the extension makes no network request. Chromium's NetLog records every request
 * the browser starts with its initiator; we browse with every part of the extension busy
 * (content scan, hover card, popup search and detail, background lookups) and then require
 * that nothing was initiated by the extension's origin and nothing but the test's own
 * navigations by the page's origin (a content script's requests carry the page's origin).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './support/chromium';
import { readNetLog, type LoggedRequest } from './support/netlog';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let requests: LoggedRequest[];
let extensionOrigin: string;

beforeAll(async () => {
  server = await startServer();
  const logFile = join(await mkdtemp(join(tmpdir(), 'cc-netlog-')), 'netlog.json');
  const ext: ChromiumExtension = await launchChromium({ args: [`--log-net-log=${logFile}`, '--net-log-capture-mode=Default'] });
  extensionOrigin = `chrome-extension://${ext.extensionId}`;
  try {
    const demo = server.url('/fixtures/demo.html');
    const page = await ext.context.newPage();
    await page.goto(demo);
    const { mentions } = await ext.sendToTab<{ mentions: unknown[] }>(demo, { type: 'page/mentions' });
    expect(mentions.length).toBeGreaterThan(0);

    // Hover the first marked mention so the card loads and asks the background.
    const rect = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('company-context-mention') ?? [])][0] as Range | undefined;
      const r = range?.getClientRects()[0];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    });
    expect(rect).not.toBeNull();
    await page.mouse.move(rect!.x, rect!.y);
    await page.waitForSelector('[data-company-context-host]', { state: 'attached' });

    // The popup: search, then open a company's detail.
    const popup = await ext.openPopup({ tab: String(await ext.tabId(page)) });
    await popup.locator('#search').fill('banma');
    await popup.locator('.result[data-id="banma"]').first().waitFor();
    await popup.keyboard.press('Enter');
    await popup.getByText('44.72', { exact: false }).first().waitFor();

    await ext.sendToBackground({ type: 'db/search', query: '샤오미' });

    // Control: a request the PAGE makes must show up, or this test could never fail.
    const control = await ext.context.newPage();
    await control.goto(`${server.altOrigin}/fixtures/demo.html`);
    await control.evaluate((u) => fetch(u).catch(() => undefined), server.url('/control-request'));
  } finally {
    await ext.close();
  }
  requests = await readNetLog(logFile);
});

afterAll(async () => {
  await server?.close();
});

describe('privacy', () => {
  it('sees requests that pages make (control)', () => {
    expect(requests.some((r) => r.url.endsWith('/control-request') && r.initiator === server.altOrigin)).toBe(true);
  });

  it('records no request initiated by the extension (worker, popup, card chunk)', () => {
    expect(requests.filter((r) => r.initiator === extensionOrigin)).toEqual([]);
  });

  it('records no request from the browsed page beyond what the page itself loads', () => {
    const fromPage = requests.filter((r) => r.initiator === server.origin).map((r) => new URL(r.url).pathname);
    expect(fromPage.filter((p) => p !== '/favicon.ico')).toEqual([]);
  });

  it('leaves the test server untouched but for the navigations', () => {
    const paths = server.requests.map((r) => r.replace(/^[^/]+/, ''));
    expect(new Set(paths)).toEqual(new Set(['/fixtures/demo.html', '/favicon.ico', '/control-request']));
  });
});
