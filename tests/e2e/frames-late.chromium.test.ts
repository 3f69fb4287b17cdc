/**
 * Frames that cannot show text when content.js runs in them (an empty about:blank frame, a
 * display:none frame) load nothing more then; the text they get later must still be marked:
 * an about:blank frame a script fills or document.write()s later, a hidden frame shown later.
 */
import { describe, expect, it } from 'vitest';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { useChromium } from './support/session';
import { markedTexts } from './detection-helpers';

const session = useChromium();

interface FrameTree {
  frame: { id: string; name?: string };
  childFrames?: FrameTree[];
}

/**
 * The names of the frames our content script has run in, from the renderer's own record:
 * Chromium creates the extension's isolated world in a frame when it injects content.js,
 * and reports it over CDP (Runtime.executionContextCreated, auxData.type "isolated").
 */
async function framesWithContentScript(page: Page, extensionId: string): Promise<{ names(): Promise<string[]>; session: CDPSession }> {
  const session = await page.context().newCDPSession(page);
  const frameIds = new Set<string>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin === `chrome-extension://${extensionId}` && aux.frameId) frameIds.add(aux.frameId);
  });
  await session.send('Runtime.enable');
  return {
    session,
    async names() {
      const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
      const out: string[] = [];
      const walk = (t: FrameTree) => {
        if (frameIds.has(t.frame.id) && t.frame.name) out.push(t.frame.name);
        for (const c of t.childFrames ?? []) walk(c);
      };
      walk(frameTree);
      return out.sort();
    },
  };
}

const frameNamed = (page: Page, name: string): Frame => page.frames().find((f) => f.name() === name)!;

describe('frames that can show text only later', () => {
  it('marks an about:blank frame filled or written by script, and a hidden frame once shown', async () => {
    const { ext, server } = session;
    const inner = server.page('/t/late-inner.html', '<!doctype html><meta charset="utf-8"><p>Alibaba in a hidden frame.</p>');
    const outer = server.page(
      '/t/late-outer.html',
      '<!doctype html><meta charset="utf-8"><p>The top page mentions Banma.</p>' +
        '<iframe name="filled" width="300" height="100"></iframe>' +
        '<iframe name="written" width="300" height="100"></iframe>' +
        `<iframe name="hidden" src="${inner}" style="display:none" width="300" height="100"></iframe>`,
    );
    const page = await ext.context.newPage();
    const probe = await framesWithContentScript(page, ext.extensionId);
    await page.goto(outer);
    await expect.poll(() => markedTexts(page)).toEqual(['Banma']);
    // content.js has run in all three frames, and found nothing it could show.
    await expect.poll(() => probe.names(), { timeout: 20_000 }).toEqual(['filled', 'hidden', 'written']);
    for (const name of ['filled', 'written', 'hidden']) expect(await markedTexts(frameNamed(page, name))).toEqual([]);

    await page.evaluate(() => {
      const filled = (window.frames as unknown as Record<string, Window>)['filled']!.document;
      filled.body.innerHTML = '<p>Meituan, added by a script.</p>';
      const written = (window.frames as unknown as Record<string, Window>)['written']!.document;
      written.open();
      written.write('<!doctype html><p>Xiaomi, written by a script.</p>');
      written.close();
      document.querySelector<HTMLIFrameElement>('iframe[name="hidden"]')!.style.display = 'block';
    });
    await expect.poll(() => markedTexts(frameNamed(page, 'filled')), { timeout: 20_000 }).toEqual(['Meituan']);
    await expect.poll(() => markedTexts(frameNamed(page, 'written')), { timeout: 20_000 }).toEqual(['Xiaomi']);
    await expect.poll(() => markedTexts(frameNamed(page, 'hidden')), { timeout: 20_000 }).toEqual(['Alibaba']);
    await probe.session.detach();
    await page.close();
  });
});
