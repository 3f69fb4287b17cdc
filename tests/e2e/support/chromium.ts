/**
 * Launches Debian's Chromium with the built extension (recipe verified in DESIGN.md §2:
 * a persistent context, and --disable-extensions-except next to --load-extension).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPath } from './browsers';
import { DIST_CHROME } from './paths';

export interface ChromiumExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the popup page as a tab; `tab` makes it act for that tab (see src/popup). */
  openPopup(query?: Record<string, string>): Promise<Page>;
  /** Sends a message from the background to a tab, as the popup would. */
  sendToTab<T = unknown>(tabUrlPrefix: string, message: unknown, frameId?: number): Promise<T>;
  /** Sends a message to the background, as a content script or the popup would. */
  sendToBackground<T = unknown>(message: unknown): Promise<T>;
  /**
   * An extension-origin page that runs none of our code (the manifest, as a document):
   * tests message the background from there as the popup would, without the popup itself
   * rendering and, say, consuming a pending context-menu query.
   */
  probeUrl: string;
  /** The tab id the extension sees for a page (found by URL). */
  tabId(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extension?: string | null;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  locale?: string;
  args?: string[];
  /** Only `npm start` with a display shows a window. */
  headless?: boolean;
  /** Touch events and `(pointer: coarse)` emulation (Playwright's hasTouch). */
  hasTouch?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumExtension> {
  const ext = options.extension === undefined ? DIST_CHROME : options.extension;
  const userDataDir = await mkdtemp(join(tmpdir(), 'cc-chromium-'));
  const extArgs = ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath('chromium'),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    hasTouch: options.hasTouch ?? false,
    args: [
      ...extArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
  const worker = ext ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : (undefined as unknown as Worker);
  const extensionId = ext ? new URL(worker.url()).host : '';
  // Our background registers the document_start stylesheet script as it starts
  // (src/background/early-sheet.ts): a page loaded before that would start without it.
  if (ext) {
    await worker.evaluate(async () => {
      const scripting = (chrome as { scripting?: typeof chrome.scripting }).scripting;
      if (!scripting) return; // another extension (a bench's floor script)
      for (let tries = 0; tries < 400; tries++) {
        if ((await scripting.getRegisteredContentScripts()).length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    });
  }

  const tabId = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`no tab with url ${url}`);
    return id;
  };

  const probeUrl = `chrome-extension://${extensionId}/manifest.json`;
  return {
    context,
    worker,
    extensionId,
    probeUrl,
    tabId,
    async openPopup(query = {}) {
      const page = await context.newPage();
      const qs = new URLSearchParams(query).toString();
      await page.goto(`chrome-extension://${extensionId}/popup.html${qs ? `?${qs}` : ''}`);
      return page;
    },
    sendToTab(prefix, message, frameId = 0) {
      return worker.evaluate(
        async ([p, m, f]) => {
          const tabs = await chrome.tabs.query({});
          const tab = tabs.find((t) => t.url?.startsWith(p as string));
          if (!tab?.id) throw new Error(`no tab starting with ${p}`);
          return chrome.tabs.sendMessage(tab.id, m, { frameId: f as number });
        },
        [prefix, message, frameId] as const,
      ) as Promise<never>;
    },
    async sendToBackground(message) {
      // A message from an extension page reaches the background's runtime.onMessage.
      const page = await context.newPage();
      await page.goto(probeUrl);
      try {
        return (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as never;
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
