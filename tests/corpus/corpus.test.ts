/**
 * The 130 real pages of ../shared/corpus, each loaded with and without the extension, in one
 * pass: the extension must raise no error, leave the page's visible text and height unchanged,
 * and report exactly the checked list of mentions (expected-mentions.ts).
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from '../e2e/support/chromium';
import { startServer, type TestServer } from '../e2e/support/server';
import { CORPUS, HAS_CORPUS } from '../e2e/support/paths';
import { blockRemote, readMarkedPage, readPage, type PageReading } from './corpus-page';
import { EXPECTED_MENTIONS } from './expected-mentions';
import { inPool } from './pool';

const TABS = 4;
const pages = HAS_CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort() : [];
if (!HAS_CORPUS) console.log('corpus tests skipped: ../shared/corpus/pages is absent');

let ext: ChromiumExtension;
let bare: ChromiumExtension;
let server: TestServer;
let withExt: Array<PageReading & { mentions: string[] }>;
let without: PageReading[];

const urls = () => pages.map((p) => server.url(`/corpus/${p}`));
const readWithout = (url: string) => readPage(bare.context, url, async () => undefined);

beforeAll(async () => {
  if (!HAS_CORPUS) return;
  server = await startServer();
  [ext, bare] = await Promise.all([launchChromium(), launchChromium({ extension: null })]);
  await Promise.all([blockRemote(ext.context), blockRemote(bare.context)]);
  // Both sides load every page once; the two tests below read the same loads.
  [withExt, without] = await Promise.all([
    inPool(urls(), TABS, (url) => readMarkedPage(ext, url)),
    inPool(urls(), TABS, (url) => readWithout(url)),
  ]);
}, 900_000);
afterAll(async () => {
  await ext?.close();
  await bare?.close();
  await server?.close();
});

describe.skipIf(!HAS_CORPUS)('the extension on the real-page corpus', () => {
  it(`changes neither text nor height of any of the ${pages.length} pages, and raises no error`, async () => {
    const problems: string[] = [];
    for (const [i, name] of pages.entries()) {
      let a: PageReading = withExt[i]!;
      let b: PageReading = without[i]!;
      if (a.text !== b.text || a.height !== b.height) {
        // Late images and fonts move heights between any two loads: a difference must repeat.
        const url = urls()[i]!;
        [a, b] = await Promise.all([readMarkedPage(ext, url), readWithout(url)]);
        a.extensionErrors.unshift(...withExt[i]!.extensionErrors);
      }
      if (a.extensionErrors.length) problems.push(`${name}: extension error ${a.extensionErrors.join(' | ').slice(0, 200)}`);
      if (a.text !== b.text) problems.push(`${name}: innerText differs (${a.text.length} vs ${b.text.length} chars)`);
      if (a.height !== b.height) problems.push(`${name}: height ${a.height} vs ${b.height}`);
    }
    expect(problems).toEqual([]);
  });

  it('reports exactly the checked list of mentions (a new mark anywhere is a false one)', () => {
    const found = Object.fromEntries(pages.map((name, i) => [name, withExt[i]!.mentions] as const).filter(([, list]) => list.length > 0));
    expect(found).toEqual(EXPECTED_MENTIONS);
  });
});
