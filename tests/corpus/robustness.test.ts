/**
 * The 130 real pages of ../shared/corpus, each loaded with and without the extension: the
 * extension must raise no error, and leave the page's visible text and height unchanged.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from '../e2e/support/chromium';
import { startServer, type TestServer } from '../e2e/support/server';
import { CORPUS, HAS_CORPUS } from '../e2e/support/paths';
import { blockRemote, readPage, type PageReading } from './corpus-page';
import { inPool } from './pool';

const TABS = 4;
const pages = HAS_CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort() : [];
if (!HAS_CORPUS) console.log('corpus robustness skipped: ../shared/corpus/pages is absent');

let ext: ChromiumExtension;
let bare: ChromiumExtension;
let server: TestServer;

beforeAll(async () => {
  if (!HAS_CORPUS) return;
  server = await startServer();
  [ext, bare] = await Promise.all([launchChromium(), launchChromium({ extension: null })]);
  await Promise.all([blockRemote(ext.context), blockRemote(bare.context)]);
});
afterAll(async () => {
  await ext?.close();
  await bare?.close();
  await server?.close();
});

describe.skipIf(!HAS_CORPUS)('the extension on the real-page corpus', () => {
  it(`changes neither text nor height of any of the ${pages.length} pages, and raises no error`, async () => {
    const urls = pages.map((p) => server.url(`/corpus/${p}`));
    const readWith = (url: string) => readPage(ext.context, url, async () => void (await ext.sendToTab(url, { type: 'page/mentions' })), ext.extensionId);
    const readWithout = (url: string) => readPage(bare.context, url, async () => undefined);
    // The extension's side waits for page/mentions: it answers only after the first full scan.
    const [withExt, without] = await Promise.all([
      inPool(urls, TABS, (url) => readWith(url)),
      inPool(urls, TABS, (url) => readWithout(url)),
    ]);
    const problems: string[] = [];
    for (const [i, name] of pages.entries()) {
      let a: PageReading = withExt[i]!;
      let b: PageReading = without[i]!;
      if (a.text !== b.text || a.height !== b.height) {
        // Late images and fonts move heights between any two loads: a difference must repeat.
        [a, b] = await Promise.all([readWith(urls[i]!), readWithout(urls[i]!)]);
        a.extensionErrors.unshift(...withExt[i]!.extensionErrors);
      }
      if (a.extensionErrors.length) problems.push(`${name}: extension error ${a.extensionErrors.join(' | ').slice(0, 200)}`);
      if (a.text !== b.text) problems.push(`${name}: innerText differs (${a.text.length} vs ${b.text.length} chars)`);
      if (a.height !== b.height) problems.push(`${name}: height ${a.height} vs ${b.height}`);
    }
    expect(problems).toEqual([]);
  });
});
