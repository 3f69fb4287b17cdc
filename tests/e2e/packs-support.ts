/**
 * Uploading a file to the background from an extension page, as the settings page does
 * (data/import-start, then base64 chunks), for the packs e2e tests in both browsers.
 */
import type { Browser, ElementHandle, Page as FirefoxPage } from 'puppeteer-core';
import { IMPORT_CHUNK_BYTES, type ImportStatus, type Response } from '../../src/shared/messages';
import { packJson } from '../unit/pack-fixtures';

export interface UploadArgs {
  fileName: string;
  text: string;
  chunkBytes: number;
  options: Record<string, string>;
  /** Stop after this many chunks (an interrupted import); all when absent. */
  stopAfter?: number;
}

/** Runs in the extension page: `send` is chrome.runtime.sendMessage or browser.runtime.sendMessage. */
export async function uploadInPage(args: UploadArgs): Promise<ImportStatus> {
  const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
  const send = (m: unknown) => (g.browser ?? g.chrome).runtime.sendMessage(m) as Promise<ImportStatus>;
  const bytes = new TextEncoder().encode(args.text);
  let status = await send({ type: 'data/import-start', fileName: args.fileName, size: bytes.length, ...args.options });
  for (let seq = 0, start = 0; status.state === 'receiving'; seq++, start += args.chunkBytes) {
    if (args.stopAfter !== undefined && seq >= args.stopAfter) break;
    const chunk = bytes.subarray(start, start + args.chunkBytes);
    let binary = '';
    for (let i = 0; i < chunk.length; i += 0x8000) binary += String.fromCharCode(...chunk.subarray(i, i + 0x8000));
    status = await send({ type: 'data/import-chunk', importId: status.importId, seq, base64: btoa(binary), last: start + args.chunkBytes >= bytes.length });
  }
  return status;
}

export const uploadArgs = (fileName: string, text: string, options: Record<string, string> = {}, stopAfter?: number): UploadArgs => ({
  fileName,
  text,
  chunkBytes: IMPORT_CHUNK_BYTES,
  options,
  stopAfter,
});

export const PAGE_HTML =
  '<!doctype html><meta charset="utf-8"><title>EV news</title><p>바이트댄스 and Banma announced a deal. 蔚来 delivered cars. 字节跳动 grew.</p>';

/** The unit tests' pack (tests/unit/pack-fixtures.ts) as a file, with `articles` more stories. */
export function testPack(version = '1', articles = 0): string {
  const pack = packJson({ pack: { id: 'test-pack', name: 'Test pack', version } });
  delete (pack.companies[0] as { relations?: unknown }).relations;
  const story = pack.articles[0]!;
  for (let i = 0; i < articles; i++) pack.articles.push({ ...story, id: `story-${i}`, title: `Story number ${i} about ByteDance and its products` });
  return JSON.stringify(pack);
}

export const CSV = 'name,aliases\nNIO,蔚来|니오\n';

/**
 * Firefox: rests the pointer on `at` as a reader's mouse would arrive there: only once the tab
 * is the one shown (a pointer cannot reach a background tab; BiDi's activate can return before
 * the page hears it is visible), and through a few moves on the way rather than one jump.
 */
export async function hoverAt(page: FirefoxPage, at: { x: number; y: number }): Promise<void> {
  await page.waitForFunction(() => document.visibilityState === 'visible' && document.hasFocus(), { timeout: 10_000, polling: 50 });
  await page.mouse.move(at.x, at.y, { steps: 4 });
}

/**
 * What the page shows of us, for a failure's message: where the pointer is, what is marked,
 * and which cards the host holds (state and classes, not their text).
 */
function cardState(page: FirefoxPage, at: { x: number; y: number }): Promise<string> {
  return page.evaluate((p) => {
    const root = document.querySelector('[data-company-context-host]')?.shadowRoot;
    return JSON.stringify({
      visibility: document.visibilityState,
      focus: document.hasFocus(),
      underPointer: document.elementFromPoint(p.x, p.y)?.outerHTML.slice(0, 80),
      marked: [...(CSS.highlights.get('company-context-mention') ?? [])].map((r) => (r as Range).toString()),
      cards: root ? [...root.querySelectorAll('.cc-card')].map((c) => `${c.className} ${[...c.attributes].map((a) => a.name + '=' + a.value).join(' ')}`) : 'no host',
    });
  }, at);
}

/**
 * Firefox: the element `selector` finds inside the card's host once it is there (15 s at
 * most); failing, says what the page showed while the pointer rested on `at`.
 */
export function waitInCard(page: FirefoxPage, at: { x: number; y: number }, selector: string): Promise<ElementHandle<HTMLElement>> {
  return page
    .waitForFunction((sel) => document.querySelector('[data-company-context-host]')?.shadowRoot?.querySelector(sel), { timeout: 15_000 }, selector)
    .then(
      (found) => found as ElementHandle<HTMLElement>,
      async (error: unknown) => {
        throw new Error(`nothing matches ${selector} in the card's host: ${await cardState(page, at)}`, { cause: error });
      },
    );
}

/**
 * Firefox: opens the settings page the way a reader can from a page (BiDi cannot navigate
 * to a moz-extension:// address): hover the first mark on `page`, press the card's ⚙, and
 * take the tab that appears. Resolves once the page lists its layers.
 */
export async function openSettingsFromCard(browser: Browser, page: FirefoxPage): Promise<FirefoxPage> {
  await page.waitForFunction(() => (CSS.highlights.get('company-context-mention')?.size ?? 0) > 0, { timeout: 20_000 });
  const at = await page.evaluate(() => {
    const b = ([...CSS.highlights.get('company-context-mention')!][0] as Range).getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await hoverAt(page, at);
  const cog = await waitInCard(page, at, '.cc-card[data-state=ready]:not([data-prepared]) [data-action="settings"]');
  // BiDi reports the new tab, though not its moz-extension:// address: take the tab that appears.
  const before = new Set(browser.targets());
  const opened = browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 20_000 });
  await cog.click();
  await page.mouse.move(0, 0); // the card closes: the next hover opens a fresh one
  const options = (await (await opened).page())!;
  await options.waitForSelector('.layer', { timeout: 20_000 });
  return options;
}

/** The extension APIs a Firefox extension page has (`browser`), as far as the tests use them. */
export type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(i: unknown): Promise<void> } } };

/** Firefox: a message to the background from an extension page. */
export const sendFrom = <T>(page: FirefoxPage, message: unknown): Promise<T> =>
  page.evaluate((m) => (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage(m), message) as Promise<T>;

/** Firefox: what the settings page shows and the switches a restore brings back. */
export async function readerState(page: FirefoxPage) {
  const send = <T>(m: unknown) => sendFrom<T>(page, m);
  const layers = await send<Response<'data/layers'>>({ type: 'data/layers' });
  return {
    layers: layers.layers.map(({ installedAt: _i, ...l }) => (l.kind === 'own' ? { ...l, version: '' } : l)),
    own: await send<Response<'data/own'>>({ type: 'data/own' }),
    sites: await send<Response<'settings/sites'>>({ type: 'settings/sites' }),
    hover: await page.evaluate(async () => (await (globalThis as unknown as { browser: Runtime }).browser.storage.local.get('hoverPrefs')).hoverPrefs),
  };
}
