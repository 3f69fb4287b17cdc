/** A frame that cannot show text (empty, blank, only scripts) starts its session only once it can. */
import { afterEach, describe, expect, it } from 'vitest';
import { canShowText, whenFrameCanShowText } from '../../src/content/frame-gate';

let controller: AbortController;
afterEach(() => controller?.abort());

describe('the frame gate', () => {
  it('lets a frame with visible text start at once', () => {
    document.body.innerHTML = '<div>  </div><p>Xiaomi</p>';
    expect(whenFrameCanShowText(document, new AbortController().signal)).toBeUndefined();
  });

  it('holds a frame with only blank text or scripts, and opens once text arrives', async () => {
    document.body.innerHTML = '<div>\n  </div><script>var x = 1</script><style>p{}</style>';
    expect(canShowText(document)).toBe(false);
    controller = new AbortController();
    const gate = whenFrameCanShowText(document, controller.signal);
    expect(gate).toBeInstanceOf(Promise);
    let opened = false;
    void gate!.then(() => (opened = true));
    await Promise.resolve();
    expect(opened).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<p>An ad about Meituan</p>');
    await gate;
    expect(opened).toBe(true);
  });

  it('lets a frame whose text is all in shadow roots start (web components)', () => {
    document.body.innerHTML = '<my-app></my-app>';
    document.querySelector('my-app')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Meituan</p>';
    expect(canShowText(document)).toBe(true);
  });

  it('holds a frame too small to show anything', () => {
    document.body.innerHTML = '<p>Xiaomi</p>';
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1 });
    try {
      expect(canShowText(document)).toBe(false);
    } finally {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
    }
  });
});
