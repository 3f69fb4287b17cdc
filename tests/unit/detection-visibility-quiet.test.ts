/**
 * While a scan adds mentions, the resize observer reports the box of every newly watched
 * block on the next frame. Each report used to tell subscribers (the card rewrote its
 * summary, the list was re-read with checkVisibility), once a frame for the whole scan: on a
 * page of 200,000 elements each rewrite was a relayout the page would not have had. Reports
 * that arrive before the scan's own notify() are covered by it; later ones still count.
 *
 * happy-dom has no ResizeObserver: a fake one lets the test deliver reports by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMentionIndex, type MarkedMention } from '../../src/content/mentions';
import { afterNextFrame } from '../../src/content/highlighter';

type Entry = { target: Element; contentRect: { width: number; height: number } };
let observers: Array<{ cb: (entries: Entry[]) => void; targets: Set<Element> }> = [];

class FakeResizeObserver {
  private readonly me: (typeof observers)[number];
  constructor(cb: (entries: Entry[]) => void) {
    this.me = { cb, targets: new Set() };
    observers.push(this.me);
  }
  observe(el: Element) {
    this.me.targets.add(el);
  }
  unobserve(el: Element) {
    this.me.targets.delete(el);
  }
  disconnect() {
    this.me.targets.clear();
  }
}

/** What the browser does on the next frame: report every observed box, here as shown. */
function deliverFrame(): void {
  for (const o of observers) {
    const entries = [...o.targets].map((target) => ({ target, contentRect: { width: 100, height: 20 } }));
    if (entries.length) o.cb(entries);
  }
}

const mention = (p: Element): MarkedMention => {
  const range = document.createRange();
  range.setStart(p.firstChild!, 0);
  range.setEnd(p.firstChild!, 6);
  return { companyId: 'xiaomi', range, text: 'Xiaomi' };
};

let controller: AbortController;
beforeEach(() => {
  observers = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

describe('visibility reports during a scan', () => {
  it('are folded into the scan’s own notify, and count again once it has been told', () => {
    document.body.innerHTML = '<p>Xiaomi one</p><p>Xiaomi two</p><p>Xiaomi three</p>';
    const [a, b, c] = [...document.querySelectorAll('p')];
    const store = createMentionIndex();
    const onChange = vi.fn();
    store.watchVisibility(onChange, controller.signal);

    // A scan adds mentions chunk by chunk; frames come in between.
    store.add(mention(a!));
    deliverFrame();
    store.add(mention(b!));
    deliverFrame();
    expect(onChange).not.toHaveBeenCalled();

    // The scan ends: its notify tells everything, and the observer is quiet about what it covered.
    store.notify();
    // A block appears later (a <details> opens): that is news.
    store.add(mention(c!));
    store.notify();
    observers[0]!.cb([{ target: c!, contentRect: { width: 0, height: 0 } }]);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('a mention dropped by a rescan also waits for its notify', () => {
    document.body.innerHTML = '<p>Xiaomi one</p>';
    const p = document.querySelector('p')!;
    const store = createMentionIndex();
    const onChange = vi.fn();
    store.watchVisibility(onChange, controller.signal);
    store.add(mention(p));
    store.notify();
    store.dropWhere(() => true);
    observers[0]!.cb([{ target: p, contentRect: { width: 0, height: 0 } }]);
    expect(onChange).not.toHaveBeenCalled();
    store.notify();
    observers[0]!.cb([{ target: p, contentRect: { width: 100, height: 20 } }]);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('afterNextFrame', () => {
  it('waits for a frame in a visible document', async () => {
    const frames: Array<() => void> = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => (frames.push(() => cb(0)), 1));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    let settled = false;
    const done = afterNextFrame(document, 60_000).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(false);
    frames.shift()!();
    await done;
    expect(settled).toBe(true);
  });

  it('settles at once in a hidden document, which renders no frame', async () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await expect(afterNextFrame(document, 60_000)).resolves.toBeUndefined();
  });
});
