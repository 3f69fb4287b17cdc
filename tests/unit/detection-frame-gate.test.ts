/** A frame that cannot show text (empty, blank, only scripts) starts its session only once it can. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canShowText, whenFrameCanShowText } from '../../src/content/frame-gate';

let controller: AbortController;
afterEach(() => controller?.abort());

describe('the frame gate', () => {
  it('lets a frame with visible text start at once', () => {
    document.body.innerHTML = '<div>  </div><p>Xiaomi</p>';
    expect(whenFrameCanShowText(window, new AbortController().signal)).toBeUndefined();
  });

  it('holds a frame with only blank text or scripts, and opens once text arrives', async () => {
    document.body.innerHTML = '<div>\n  </div><script>var x = 1</script><style>p{}</style>';
    expect(canShowText(window)).toBe(false);
    controller = new AbortController();
    const gate = whenFrameCanShowText(window, controller.signal);
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
    expect(canShowText(window)).toBe(true);
  });

  it('holds a frame too small to show anything', () => {
    document.body.innerHTML = '<p>Xiaomi</p>';
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1 });
    try {
      expect(canShowText(window)).toBe(false);
    } finally {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
    }
  });

  it('holds a frame too small to show anything without reading its document, and opens when it grows', async () => {
    document.body.innerHTML = '<p>Xiaomi</p>';
    const width = window.innerWidth;
    const documentRead = vi.fn();
    // A window whose document getter is counted: the gate must not need it while the viewport is 1 px.
    const view = new Proxy(window, {
      get(target, key) {
        if (key === 'document') documentRead();
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1 });
    controller = new AbortController();
    let opened = false;
    try {
      const gate = whenFrameCanShowText(view, controller.signal);
      void gate!.then(() => (opened = true));
      document.body.insertAdjacentHTML('beforeend', '<p>Meituan</p>');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(opened).toBe(false);
      expect(documentRead).not.toHaveBeenCalled();
    } finally {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
    }
    window.dispatchEvent(new Event('resize'));
    await vi.waitFor(() => expect(opened).toBe(true));
  });
});
