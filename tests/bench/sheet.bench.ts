/**
 * What our ::highlight() stylesheet costs the page's style engine on a page of 200,000 elements
 * (no extension: the page adopts the sheet itself, as the content script would), per form of
 * the rules: as shipped (`::highlight(name)`, every element matches) and on `:root` only
 * (`:root::highlight(name)`, the rest by highlight inheritance), beside the least any
 * highlighter needs (one `::highlight()` rule) and a sheet with no highlight rule. Adopting, making it inert
 * (deleting the highlight: nothing to paint) and removing it, each followed by a forced style
 * and layout; the renderer's trace gives each restyle's thread CPU time and element count,
 * and a screenshot says whether the mention is still painted. Then the page loaded with the
 * sheet adopted by its first script, before the body exists, beside the page without it.
 *
 *   npx tsx tests/bench/run.ts sheet      (BENCH_LOADS=n rounds, default 2)
 */
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/support/server';
import { browserPath } from '../e2e/support/browsers';
import { manyElementsPage } from './support/extreme-pages';
import { traceRenderer } from './support/renderer-trace';
import { highlightCss } from '../../src/content/highlight-style';

const full = highlightCss('underline');
const rootOnly = full.replace(/::highlight\(/g, ':root::highlight(');
// Side by side with what any highlighter must adopt (one ::highlight rule) and with a sheet
// that styles no highlight at all: is the restyle our sheet's, or any ::highlight rule's?
const oneRule = '::highlight(company-context-mention){text-decoration:underline}';
const noHighlight = '.company-context-unused{color:red}';
const variants: Record<string, string> = { full, rootOnly, oneRule, noHighlight };
export async function bench(): Promise<void> {
  const server = await startServer();
  const url = server.page('/x/e.html', manyElementsPage().replace('<body>', '<body><p id="m" style="font-size:40px">Alibaba here</p>'));
  const context = await chromium.launchPersistentContext('', { executablePath: browserPath('chromium'), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rounds = Number(process.env.BENCH_LOADS ?? 2);
  console.log('| rules | round | adopt ms (wall) | style recalc on adopt, CPU ms (elements) | inert ms | remove ms (wall) | style recalc on remove, CPU ms (elements) | painted |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  const settle = (page: import('playwright-core').Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  // Alternating the order each round: the first page of a browser is often the slowest.
  for (let round = 1; round <= rounds; round++)
    for (const [name, css] of Object.entries(round % 2 ? variants : Object.fromEntries(Object.entries(variants).reverse()))) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 0 });
    await page.evaluate(() => {
      const t = document.getElementById('m')!.firstChild!;
      const range = new Range();
      range.setStart(t, 0);
      range.setEnd(t, 7);
      CSS.highlights.set('company-context-mention', new Highlight(range));
    });
    await settle(page);
    const before = await page.locator('#m').screenshot();
    const tr = await traceRenderer(page);
    const adopt = await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      const t0 = performance.now();
      document.adoptedStyleSheets.push(sheet);
      void document.body.offsetTop;
      return performance.now() - t0;
    }, css);
    await settle(page);
    const after = await page.locator('#m').screenshot();
    const rest = await page.evaluate(() => {
      const sheet = document.adoptedStyleSheets[document.adoptedStyleSheets.length - 1]!;
      const t1 = performance.now();
      CSS.highlights.delete('company-context-mention');
      void document.body.offsetTop;
      const inert = performance.now() - t1;
      const t2 = performance.now();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      void document.body.offsetTop;
      return { inert, remove: performance.now() - t2 };
    });
    const tasks = await tr.stop(0);
    const styles = tasks.flatMap((t) => t.parts.filter((p) => p.name.trim() === 'UpdateLayoutTree' && p.cpuMs > 1).map((p) => `${p.cpuMs.toFixed(0)} (${p.detail})`));
    console.log(`| ${name} | ${round} | ${adopt.toFixed(0)} | ${styles[0] ?? '–'} | ${rest.inert.toFixed(1)} | ${rest.remove.toFixed(0)} | ${styles[1] ?? '–'} | ${before.equals(after) ? 'no' : 'yes'} |`);
    await page.close();
  }
  await sheetBeforeThePage(server, context, rounds);
  await context.close();
  await server.close();
}

/**
 * The same page loaded with our `:root` rules adopted by its first script, before the body is
 * parsed, beside the page without them: does a sheet that is there from the start cost the
 * page's own load, and what does marking cost then? (Sum and longest of the load's style
 * recalculations, thread CPU; then one range registered and style forced, wall ms.)
 */
async function sheetBeforeThePage(server: Awaited<ReturnType<typeof startServer>>, context: import('playwright-core').BrowserContext, rounds: number) {
  const early = `<script>{const s=new CSSStyleSheet();s.replaceSync(${JSON.stringify(rootOnly)});document.adoptedStyleSheets=[s];}</script>`;
  const html = manyElementsPage().replace('<body>', '<body><p id="m" style="font-size:40px">Alibaba here</p>');
  const urls: Record<string, string> = { 'no sheet': server.page('/x/plain.html', html), 'sheet before the body': server.page('/x/early.html', html.replace('</head>', `${early}</head>`)) };
  console.log('\nThe sheet there from the start (200,000 elements):\n');
  console.log('| page | round | load: style recalcs, CPU ms (sum) | longest one | then a range registered, style forced (ms, wall) |');
  console.log('|---|---:|---:|---:|---:|');
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 ? Object.entries(urls) : Object.entries(urls).reverse();
    for (const [name, url] of order) {
      const page = await context.newPage();
      const tr = await traceRenderer(page);
      await page.goto(url, { waitUntil: 'load', timeout: 0 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const register = await page.evaluate(() => {
        const t = document.getElementById('m')!.firstChild!;
        const range = new Range();
        range.setStart(t, 0);
        range.setEnd(t, 7);
        const t0 = performance.now();
        CSS.highlights.set('company-context-mention', new Highlight(range));
        void document.body.offsetTop;
        return performance.now() - t0;
      });
      const styles = (await tr.stop(0)).flatMap((t) => t.parts.filter((p) => p.name.trim() === 'UpdateLayoutTree').map((p) => p.cpuMs));
      const sum = styles.reduce((s, x) => s + x, 0);
      console.log(`| ${name} | ${round} | ${sum.toFixed(0)} | ${Math.max(0, ...styles).toFixed(0)} | ${register.toFixed(1)} |`);
      await page.close();
    }
  }
}
