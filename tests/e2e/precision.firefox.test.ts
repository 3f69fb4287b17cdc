/**
 * The eval set in Firefox ESR: exactly the labelled mentions are marked, so Firefox's
 * Intl.Segmenter gives the same vetoes as Chromium's and node's on every sentence.
 */
import { describe, expect, it } from 'vitest';
import { MENTION } from './detection-helpers';
import { evalPage, highlightedKeys } from './precision-page';
import { useFirefox } from './support/session';

const session = useFirefox();

describe('precision in Firefox', () => {
  it('marks exactly the labelled mentions of the eval set', async () => {
    const { html, expected } = evalPage();
    const page = await session.ext.browser.newPage();
    await page.goto(session.server.page('/precision/eval.html', html));
    // No page/mentions over BiDi: wait for the marks to be exactly the labels (a wrong or
    // missing mark never gets there, and the poll's failure shows the difference).
    await expect.poll(() => page.evaluate(highlightedKeys, MENTION), { timeout: 60_000, interval: 500 }).toEqual(expected);
    await page.close();
  });
});
