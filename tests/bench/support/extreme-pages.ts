/**
 * The extreme pages of the page-side bench, generated (never stored): each carries the
 * page's own heartbeat (page-probes.ts) as its first script, and a few company names so the
 * extension really marks something.
 */
import type { Page } from 'playwright-core';
import { HEARTBEAT_TAG } from './page-probes';

const head = (title: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${HEARTBEAT_TAG}</head>`;

/** The one name on the 200,000-element page, 50 times. */
export const MANY_ELEMENTS_MENTION = 'Alibaba';

/** 200,000 small elements: 50,000 rows of four, a name every 1,000 rows. */
export function manyElementsPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < 50_000; i++) rows.push(`<div><span>row ${i}</span> <b>${i % 1000 === 0 ? MANY_ELEMENTS_MENTION : 'bold'}</b> <i>it</i></div>`);
  return `${head('200,000 elements')}<body>${rows.join('')}</body></html>`;
}

/** One 5 MB text node (a log in a <pre>), a name every ~64 KB. */
export function hugeTextNodePage(): string {
  const line = 'INFO 2026-11-30 request served in 12 ms from cache node 7 path /api/v1/items?page=3\n';
  let text = '';
  let i = 0;
  while (text.length < 5 * 1024 * 1024) text += ++i % 800 === 0 ? 'Xiaomi and 美团 shipped a build\n' : line;
  return `${head('5 MB text node')}<body><pre>${text}</pre></body></html>`;
}

/** Nested open shadow roots: 400 trees of hosts 10 deep, each level with its own text. */
export function nestedShadowPage(): string {
  const build = `<script>
    for (let t = 0; t < 400; t++) {
      let parent = document.body;
      for (let d = 0; d < 10; d++) {
        const host = document.createElement('div');
        parent.appendChild(host);
        const root = host.attachShadow({ mode: 'open' });
        const p = document.createElement('p');
        p.textContent = (t % 20 === 0 && d === 9) ? 'Meituan delivers at depth ' + d : 'plain text at depth ' + d + ' of tree ' + t;
        root.appendChild(p);
        parent = root;
      }
    }
  </script>`;
  return `${head('nested shadow roots')}<body>${build}</body></html>`;
}

/** A page that appends a paragraph every 10 ms for `seconds`, counting what it managed (__ccStorm). */
export function mutationStormPage(seconds: number): string {
  const storm = `<script>
    window.__ccStorm = { appended: 0, done: false };
    addEventListener('load', () => {
      const end = performance.now() + ${seconds * 1000};
      const feed = document.getElementById('feed');
      const timer = setInterval(() => {
        if (performance.now() >= end) { clearInterval(timer); window.__ccStorm.done = true; return; }
        const n = ++window.__ccStorm.appended;
        const p = document.createElement('p');
        p.textContent = n % 10 === 0 ? 'Item ' + n + ': Banma and Amap announced a partnership' : 'Item ' + n + ': nothing to see in this paragraph, just text';
        feed.appendChild(p);
      }, 10);
    });
  </script>`;
  return `${head('mutation storm')}<body><main id="feed"></main>${storm}</body></html>`;
}

/** Waits for a loaded storm page to finish (see mutationStormPage) and answers how many paragraphs it appended. */
export async function stormAppended(page: Page, seconds: number): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __ccStorm: { done: boolean } }).__ccStorm.done, undefined, { timeout: (seconds + 60) * 1000, polling: 500 });
  return page.evaluate(() => (window as unknown as { __ccStorm: { appended: number } }).__ccStorm.appended);
}

/** The kinds of frame a real page holds: text, empty, hidden, tiny, srcdoc, about:blank (46 in all). */
export function framesPage(textUrl: string, emptyUrl: string): string {
  const frames: string[] = [];
  for (let i = 0; i < 10; i++) frames.push(`<iframe src="${textUrl}?${i}" width="300" height="120"></iframe>`);
  for (let i = 0; i < 8; i++) frames.push(`<iframe src="${emptyUrl}?${i}" width="300" height="120"></iframe>`);
  for (let i = 0; i < 8; i++) frames.push(`<iframe src="${textUrl}?hidden${i}" style="display:none"></iframe>`);
  for (let i = 0; i < 8; i++) frames.push(`<iframe src="${textUrl}?tiny${i}" width="1" height="1"></iframe>`);
  for (let i = 0; i < 6; i++) frames.push(`<iframe srcdoc="<p>Xiaomi in srcdoc ${i}</p>" width="300" height="60"></iframe>`);
  for (let i = 0; i < 6; i++) frames.push('<iframe width="300" height="60"></iframe>');
  return `${head('46 frames')}<body><p>The top page mentions Alibaba.</p>${frames.join('')}</body></html>`;
}

export const FRAME_TEXT = '<!doctype html><html><body><p>A small frame about Meituan.</p></body></html>';
export const FRAME_EMPTY = '<!doctype html><html><body></body></html>';
