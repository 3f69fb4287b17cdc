/**
 * Firefox ESR: frames below the top run content.js's frame gate, which imports content-main.js (a
 * web-accessible ES module) once the frame can show text: a frame with text at once, a hidden
 * frame once it is shown.
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { useFirefox } from './support/session';

const session = useFirefox();

const marked = (frame: Frame) =>
  frame.evaluate(() => {
    const h = CSS.highlights.get('company-context-mention');
    return h ? [...h].map((r) => (r as Range).toString()).sort() : [];
  });

describe('frames in Firefox', () => {
  it('marks a frame with text, and a hidden frame once it is shown', async () => {
    const { server } = session;
    const inner = server.page('/t/ff-inner.html', '<!doctype html><meta charset="utf-8"><p>Meituan in a frame.</p>');
    const hidden = server.page('/t/ff-hidden.html', '<!doctype html><meta charset="utf-8"><p>Xiaomi in a hidden frame.</p>');
    const outer = server.page(
      '/t/ff-outer.html',
      `<!doctype html><meta charset="utf-8"><p>Outer page.</p><iframe name="text" src="${inner}"></iframe>` +
        `<iframe name="hidden" src="${hidden}" style="display:none"></iframe>`,
    );
    const page = await session.ext.browser.newPage();
    await page.goto(outer);
    const frame = (url: string) => page.frames().find((f) => f.url() === url)!;
    await expect.poll(() => marked(frame(inner)), { timeout: 20_000 }).toEqual(['Meituan']);
    expect(await marked(frame(hidden))).toEqual([]);
    await page.evaluate(() => (document.querySelector<HTMLIFrameElement>('iframe[name="hidden"]')!.style.display = 'block'));
    await expect.poll(() => marked(frame(hidden)), { timeout: 20_000 }).toEqual(['Xiaomi']);
    await page.close();
  });
});
