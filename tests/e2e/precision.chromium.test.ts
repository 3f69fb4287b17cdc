/**
 * Precision in real Chromium: the labelled set gives exactly its labels (ICU's segmenter
 * here agrees with node's), and mentions in hidden text are reported only once shown.
 */
import { describe, expect, it } from 'vitest';
import { MENTION } from './detection-helpers';
import { evalPage, highlightedKeys } from './precision-page';
import { useChromium } from './support/session';

const session = useChromium();

interface Mentions {
  mentions: Array<{ companyId: string; text: string }>;
}

describe('precision in Chromium', () => {
  it('marks exactly the labelled mentions of the eval set', async () => {
    const { html, expected } = evalPage();
    const url = session.server.page('/precision/eval.html', html);
    const page = await session.ext.context.newPage();
    await page.goto(url);
    await session.ext.sendToTab(url, { type: 'page/mentions' });
    await expect.poll(() => page.evaluate(highlightedKeys, MENTION), { timeout: 60_000, interval: 500 }).toEqual(expected);
    await page.close();
  });

  it('reports, counts and lists hidden mentions only once they are shown', async () => {
    const url = session.server.page(
      '/precision/hidden.html',
      `<!doctype html><meta charset="utf-8">
       <p>Alibaba is visible.</p>
       <div id="menu" style="display:none"><p>Xiaomi and <span>Tencent</span> in a closed menu.</p></div>
       <details id="more"><summary>More</summary><p>Meituan inside closed details.</p></details>
       <p style="visibility:hidden">Baidu, invisible.</p>`,
    );
    const page = await session.ext.context.newPage();
    await page.goto(url);
    const tabId = await session.ext.tabId(page);
    const listed = async () => (await session.ext.sendToTab<Mentions>(url, { type: 'page/mentions' })).mentions.map((m) => m.companyId).sort();
    const badge = () => session.ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(await listed()).toEqual(['alibaba']);
    await expect.poll(badge, { timeout: 15_000 }).toBe('1');
    // Shown without any rescan: the badge follows the box appearing.
    await page.evaluate(() => (document.getElementById('menu')!.style.display = 'block'));
    await expect.poll(badge, { timeout: 15_000 }).toBe('3');
    expect(await listed()).toEqual(['alibaba', 'tencent', 'xiaomi']);
    await page.evaluate(() => ((document.getElementById('more') as HTMLDetailsElement).open = true));
    await expect.poll(badge, { timeout: 15_000 }).toBe('4');
    expect(await listed()).toEqual(['alibaba', 'meituan', 'tencent', 'xiaomi']);
    // And hidden again: no longer counted.
    await page.evaluate(() => (document.getElementById('menu')!.style.display = 'none'));
    await expect.poll(badge, { timeout: 15_000 }).toBe('2');
    expect(await listed()).toEqual(['alibaba', 'meituan']);
    await page.close();
  });
});
