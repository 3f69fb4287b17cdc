/**
 * Loading one corpus page for comparison: remote requests are refused at once (the corpus
 * is offline and pages must not hang on dead hosts), then the page's visible text, height
 * and any error the extension caused are read.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { ChromiumExtension } from '../e2e/support/chromium';

export interface PageReading {
  text: string;
  height: number;
  /** Errors whose source is the extension (its chrome-extension://ID/ URLs). */
  extensionErrors: string[];
}

export async function blockRemote(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
  });
}

export async function readPage(
  context: BrowserContext,
  url: string,
  settle: (page: Page) => Promise<void>,
  extensionId = '',
): Promise<PageReading> {
  // Pages reference chrome-extension://invalid/ themselves: only our own id counts.
  const ours = (s: string) => extensionId !== '' && s.includes(`chrome-extension://${extensionId}/`);
  const page = await context.newPage();
  const extensionErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && ours(m.location().url)) extensionErrors.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (ours(e.stack ?? '')) extensionErrors.push(e.message);
  });
  try {
    // No clock on the load itself: every request is local or refused at once, so the load
    // always ends, but eight tabs loading at once on a busy two-core machine once took
    // buzzfeed-1 (114 scripts) past a fixed 30 s. The test as a whole keeps its limit.
    await page.goto(url, { waitUntil: 'load', timeout: 0 });
    await settle(page);
    // A broken image's box changes size when it fails: wait until every eager image settled.
    await page
      .waitForFunction(() => [...document.images].every((i) => i.complete || i.loading === 'lazy'), undefined, { timeout: 5_000 })
      .catch(() => undefined);
    const { text, height } = await page.evaluate(() => ({
      // Cache-busters and clocks differ between any two loads; the extension never edits digits.
      text: (document.body?.innerText ?? '').replace(/\d+/g, '#'),
      height: document.documentElement.scrollHeight,
    }));
    return { text, height, extensionErrors };
  } finally {
    await page.close();
  }
}

interface MentionsAnswer {
  mentions: Array<{ companyId: string; text: string }>;
}

/**
 * One page read with the extension: its reading, and every mention it reports as
 * "companyId: text" in document order. page/mentions answers only after the first full scan,
 * so the reading is taken on the marked page.
 */
export async function readMarkedPage(ext: ChromiumExtension, url: string): Promise<PageReading & { mentions: string[] }> {
  let mentions: string[] = [];
  const reading = await readPage(
    ext.context,
    url,
    async () => {
      const answer = await ext.sendToTab<MentionsAnswer>(url, { type: 'page/mentions' });
      mentions = answer.mentions.map((m) => `${m.companyId}: ${m.text}`);
    },
    ext.extensionId,
  );
  return { ...reading, mentions };
}
