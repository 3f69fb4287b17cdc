/**
 * Detection in real Chromium: what a reader sees marked on the demo page and on pages that
 * change, and that the page itself (its text, its editors) is left exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumExtension } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { marked, markedTexts, highlightGone } from './detection-helpers';
import { hoverOpen } from './card-helpers';

interface MentionsAnswer {
  enabled: boolean;
  mentions: Array<{ companyId: string; text: string }>;
  stats: { scanMs: number; textNodes: number; chars: number; startupMs?: number; longestStartupMs?: number; firstScanMs?: number };
}

let ext: ChromiumExtension;
let bare: ChromiumExtension;
let server: TestServer;
const DIST = process.env.CC_DIST_CHROME;

beforeAll(async () => {
  server = await startServer();
  [ext, bare] = await Promise.all([launchChromium(DIST ? { extension: DIST } : {}), launchChromium({ extension: null })]);
});
afterAll(async () => {
  await ext?.close();
  await bare?.close();
  await server?.close();
});

async function openDemo(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url('/fixtures/demo.html'));
  await expect.poll(() => markedTexts(page)).toContain('Meituan');
  return page;
}

const mentionsOf = (url: string) => ext.sendToTab<MentionsAnswer>(url, { type: 'page/mentions' });

describe('detection on the demo page', () => {
  it('marks every company in English, Korean and Chinese, and nothing else', async () => {
    const page = await openDemo();
    const texts = await markedTexts(page);
    for (const name of ['Alibaba', 'Banma', 'Xiaomi', 'Amap', 'Meituan', '알리바바', '반마', '샤오미', '메이퇀', '阿里巴巴', '小米', '美团']) {
      expect(texts, name).toContain(name);
    }
    const where = await marked(page);
    // 小米粥 (millet porridge) and 斑马线 (zebra crossing) contain aliases but are not companies.
    expect(where.filter((m) => m.in === 'negatives')).toEqual([]);
    await page.close();
  });

  it('matches a name split across elements (<b>Ali</b>baba) as one mention', async () => {
    const page = await openDemo();
    expect((await marked(page)).filter((m) => m.in === 'split').map((m) => m.text)).toEqual(['Alibaba']);
    await page.close();
  });

  it('marks a mention inside an open shadow root', async () => {
    const page = await openDemo();
    expect((await marked(page)).filter((m) => m.in === 'in-shadow').map((m) => m.text)).toEqual(['Meituan']);
    await page.close();
  });

  it('leaves the textarea and the contenteditable editor unmarked, and the page text unchanged', async () => {
    const page = await openDemo();
    const where = await marked(page);
    expect(where.filter((m) => m.in === 'ta' || m.in === 'ce')).toEqual([]);
    const plain = await bare.context.newPage();
    await plain.goto(server.url('/fixtures/demo.html'));
    const read = (p: Page) => p.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML, height: document.documentElement.scrollHeight }));
    expect(await read(page)).toEqual(await read(plain));
    await plain.close();
    await page.close();
  });

  it('paints the mark on screen, in the page and inside a shadow root (rules on :root, inherited)', async () => {
    const page = await openDemo();
    const boxes = await page.evaluate(() => {
      const boxOf = (text: Node, word: string) => {
        const at = text.textContent!.indexOf(word);
        const r = document.createRange();
        r.setStart(text, at);
        r.setEnd(text, at + word.length);
        const b = r.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height + 4 };
      };
      const shadow = document.getElementById('shadow-host')!.shadowRoot!.getElementById('in-shadow')!;
      return [boxOf(document.getElementById('p-en')!.firstChild!, 'Alibaba'), boxOf(shadow.firstChild!, 'Meituan')];
    });
    const withMarks = await Promise.all(boxes.map((clip) => page.screenshot({ clip })));
    await page.evaluate(() => CSS.highlights.get('company-context-mention')?.clear());
    for (const [i, clip] of boxes.entries()) {
      await expect.poll(async () => Buffer.compare(await page.screenshot({ clip }), withMarks[i]!)).not.toBe(0);
    }
    await page.close();
  });

  it('answers page/mentions with the companies in document order and scan stats', async () => {
    const page = await openDemo();
    const answer = await mentionsOf(server.url('/fixtures/demo.html'));
    expect(answer.enabled).toBe(true);
    const firstSeen = [...new Set(answer.mentions.map((m) => m.companyId))];
    expect(firstSeen).toEqual(['alibaba', 'banma', 'xiaomi', 'amap', 'meituan']);
    expect(answer.mentions.slice(0, 5).map((m) => m.text)).toEqual(['Alibaba', 'Banma', 'Xiaomi', 'Amap', 'Meituan']);
    // The shadow root's host sits last on the page, before the editors (which count for nothing).
    expect(answer.mentions.at(-1)).toEqual({ companyId: 'meituan', text: 'Meituan' });
    expect(answer.stats.textNodes).toBeGreaterThan(10);
    expect(answer.stats.chars).toBeGreaterThan(500);
    // Start-up (script, settings, matcher decode, set-up) is reported apart from the scan.
    expect(answer.stats.startupMs).toBeGreaterThan(0);
    expect(answer.stats.longestStartupMs).toBeGreaterThan(0);
    expect(answer.stats.longestStartupMs).toBeLessThanOrEqual(answer.stats.startupMs!);
    // The first full scan's share, kept when later rescans add to scanMs.
    expect(answer.stats.firstScanMs).toBeGreaterThan(0);
    expect(answer.stats.firstScanMs).toBeLessThanOrEqual(answer.stats.scanMs);
    await page.close();
  });
});

describe('moving to mentions', () => {
  it('reveals a company the page mentions (and only those), and steps to the next mention', async () => {
    const tall = server.page(
      '/t/tall.html',
      '<!doctype html><meta charset="utf-8"><p>Alibaba first.</p><div style="height:3000px"></div><p id="far">Xiaomi far below.</p>',
    );
    const page = await ext.context.newPage();
    await page.goto(tall);
    expect(await ext.sendToTab(tall, { type: 'page/reveal', companyId: 'xiaomi' })).toEqual({ revealed: true });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect(await ext.sendToTab(tall, { type: 'page/reveal', companyId: 'meituan' })).toEqual({ revealed: false });
    expect(await ext.sendToTab(tall, { type: 'page/next-mention' })).toEqual({ found: true });
    // After the last mention the next one wraps around to the first, at the top.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(1000);
    await page.close();
  });
});

describe('a page with many marks', () => {
  // Past MANY_MARKS (64) only marks within a screen of the viewport are registered (nearby-ranges.ts).
  const registered = (page: Page) =>
    page.evaluate(() => [...((CSS.highlights.get('company-context-mention') ?? []) as Iterable<Range>)].map((r) => r.startContainer.parentElement!.id));

  it('registers the marks near the screen, follows scrolling, and still lists every mention', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `<p id="p${i}" style="margin:0 0 200px">Row ${i}: Xiaomi</p>`).join('');
    const url = server.page('/t/many.html', `<!doctype html><meta charset="utf-8"><body style="margin:0">${rows}</body>`);
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(url);
    // Every mention is found and reported, whether painted now or not.
    expect((await mentionsOf(url)).mentions).toHaveLength(120);
    // The top rows are painted; rows many screens below are not registered.
    await expect.poll(async () => (await registered(page)).includes('p0')).toBe(true);
    await expect.poll(async () => (await registered(page)).includes('p119')).toBe(false);
    const few = (await registered(page)).length;
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThan(40);
    // Scrolling to the end brings the last rows in and lets the first ones go.
    await page.evaluate(() => document.getElementById('p119')!.scrollIntoView());
    await expect.poll(async () => (await registered(page)).includes('p119')).toBe(true);
    await expect.poll(async () => (await registered(page)).includes('p0')).toBe(false);
    // A removed row is gone for good: scrolling back does not paint it again.
    await page.evaluate(() => document.getElementById('p1')!.remove());
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await registered(page)).includes('p0')).toBe(true);
    await expect.poll(async () => (await mentionsOf(url)).mentions.length).toBe(119);
    expect(await page.evaluate(() => [...((CSS.highlights.get('company-context-mention') ?? []) as Iterable<Range>)].filter((r) => r.collapsed || !r.startContainer.isConnected).length)).toBe(0);
    await page.close();
  });
});

describe('detection on a changing page', () => {
  it('marks text inserted after the first scan, and forgets removed text', async () => {
    const page = await openDemo();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.append('Loaded later: ', Object.assign(document.createElement('span'), { textContent: 'Xiaomi' }), ' and 美团.');
      document.body.append(p);
    });
    await expect.poll(async () => (await marked(page)).filter((m) => m.in === 'late').map((m) => m.text).sort()).toEqual(['Xiaomi', '美团']);
    await page.evaluate(() => document.getElementById('late')!.remove());
    await expect.poll(async () => (await marked(page)).filter((m) => m.in === 'late' || m.in === '').length).toBe(0);
    await page.close();
  });

  it('adds its highlight and hover card only once the page mentions a company (the early stylesheet waits, inert)', async () => {
    const url = server.page('/t/no-mention.html', '<!doctype html><meta charset="utf-8"><p id="p">Nothing to see here.</p>');
    const page = await ext.context.newPage();
    await page.goto(url);
    expect((await mentionsOf(url)).mentions).toEqual([]);
    // The sheet adopted at document_start styles only our highlights, and none is registered.
    expect(await page.evaluate(() => [document.adoptedStyleSheets.length, CSS.highlights.size])).toEqual([1, 0]);
    // Chromium inherits custom highlights from the root: the build wrote it the :root rules.
    expect(await page.evaluate(() => document.adoptedStyleSheets[0]!.cssRules[0]!.cssText)).toMatch(/^:root::highlight\(company-context-mention\)/);
    await page.evaluate(() => document.getElementById('p')!.append(' Now Xiaomi appears.'));
    await expect.poll(() => markedTexts(page)).toContain('Xiaomi');
    // Marking took that sheet over rather than adopting a second one.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    // The hover card, set up with that first mark, opens on it.
    const card = await hoverOpen(page, '#p', 'Xiaomi');
    expect(card.company).toBe('xiaomi');
    await page.close();
  });

  it('rescans text edited in place', async () => {
    const page = await openDemo();
    await page.evaluate(() => {
      document.getElementById('negatives')!.firstChild!.textContent = 'Now about Amap instead.';
    });
    await expect.poll(async () => (await marked(page)).filter((m) => m.in === 'negatives').map((m) => m.text)).toEqual(['Amap']);
    await page.close();
  });

  it('marks mentions inside a same-origin iframe', async () => {
    const inner = server.page('/t/inner.html', '<!doctype html><meta charset="utf-8"><p id="inner">Banma and 小米 inside a frame.</p>');
    const outer = server.page('/t/outer.html', `<!doctype html><meta charset="utf-8"><p>Outer page.</p><iframe src="${inner}"></iframe>`);
    const page = await ext.context.newPage();
    await page.goto(outer);
    const frame = page.frames().find((f) => f.url() === inner)!;
    await expect.poll(() => markedTexts(frame)).toEqual(['Banma', '小米']);
    await page.close();
  });
});

describe('the per-site switch, live', () => {
  it('removes every mark when switched off and marks again when switched on', async () => {
    const page = await openDemo();
    const url = server.url('/fixtures/demo.html');
    const before = await markedTexts(page);
    try {
      await ext.sendToBackground({ type: 'settings/site', host: '127.0.0.1', enabled: false });
      await expect.poll(() => highlightGone(page)).toBe(true);
      const off = await mentionsOf(url);
      expect(off.enabled).toBe(false);
      expect(off.mentions).toEqual([]);
      const styleSheets = await page.evaluate(() => document.adoptedStyleSheets.length);
      expect(styleSheets).toBe(0);
    } finally {
      await ext.sendToBackground({ type: 'settings/site', host: '127.0.0.1', enabled: true });
    }
    await expect.poll(() => markedTexts(page)).toEqual(before);
    expect((await mentionsOf(url)).enabled).toBe(true);
    await page.close();
  });

  it('has its stylesheet in place before the page is built on a site that is on, and never on a site switched off', async () => {
    // The page's first script counts the adopted sheets: ours is there before any of the page's code runs.
    const url = server.page('/t/early.html', '<!doctype html><meta charset="utf-8"><script>window.__sheets = document.adoptedStyleSheets.length</script><p>Xiaomi, early.</p>');
    const page = await ext.context.newPage();
    const atFirstScript = async () => {
      await page.goto(url);
      return page.evaluate(() => (window as unknown as { __sheets: number }).__sheets);
    };
    expect(await atFirstScript()).toBe(1);
    await expect.poll(() => markedTexts(page)).toContain('Xiaomi');
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    try {
      await ext.sendToBackground({ type: 'settings/site', host: '127.0.0.1', enabled: false });
      // Switched off on the page: the sheet goes with the marks.
      await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      // And the next load of the site never gets it (the registration follows the switch).
      await expect.poll(atFirstScript, { timeout: 15_000 }).toBe(0);
      expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    } finally {
      await ext.sendToBackground({ type: 'settings/site', host: '127.0.0.1', enabled: true });
    }
    await expect.poll(atFirstScript, { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it('switches a frame from another site with its tab, not with its own host', async () => {
    const inner = `${server.altOrigin}/t/other-site.html`;
    server.page('/t/other-site.html', '<!doctype html><meta charset="utf-8"><p>Meituan in a frame from localhost.</p>');
    const outer = server.page('/t/host-page.html', `<!doctype html><meta charset="utf-8"><p>Host page.</p><iframe src="${inner}"></iframe>`);
    const page = await ext.context.newPage();
    await page.goto(outer);
    const frame = page.frames().find((f) => f.url() === inner)!;
    await expect.poll(() => markedTexts(frame)).toEqual(['Meituan']);
    try {
      await ext.sendToBackground({ type: 'settings/site', host: 'localhost', enabled: false });
      await ext.sendToBackground({ type: 'settings/site', host: '127.0.0.1', enabled: false });
      await expect.poll(() => highlightGone(frame)).toBe(true);
      // localhost stays off: the frame marks again because its tab's site (127.0.0.1) is on.
      await ext.sendToBackground({ type: 'settings/site', host: '127.0.0.1', enabled: true });
      await expect.poll(() => markedTexts(frame)).toEqual(['Meituan']);
    } finally {
      await ext.sendToBackground({ type: 'settings/site', host: '127.0.0.1', enabled: true });
      await ext.sendToBackground({ type: 'settings/site', host: 'localhost', enabled: true });
    }
    await page.close();
  });
});
