/** Ranges follow their element's distance from the screen: registered near it, unregistered far from it, never again once removed. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNearbyRanges } from '../../src/content/nearby-ranges';

/** A stand-in for the browser's observer: the test says which elements are near. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(
    readonly callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(...entries: Array<[Element, boolean]>) {
    this.callback(entries.map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}

const rangeIn = (el: Element): Range => {
  const r = document.createRange();
  r.setStart(el.firstChild!, 0);
  r.setEnd(el.firstChild!, 6);
  return r;
};

let controller: AbortController;
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  document.body.innerHTML = '<p id="top">Xiaomi near</p><p id="far">Xiaomi far</p>';
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

function setUp() {
  const shown = new Set<Range>();
  const nearby = watchNearbyRanges((r) => shown.add(r), (r) => shown.delete(r), controller.signal);
  const io = FakeObserver.last!;
  const top = document.getElementById('top')!;
  const far = document.getElementById('far')!;
  return { shown, nearby, io, top, far };
}

describe('ranges near the viewport', () => {
  it('watches within a screen above and below, and registers a range once its element is reported near', () => {
    const { shown, nearby, io, top, far } = setUp();
    expect(io.options.rootMargin).toBe('100% 0px 100% 0px');
    const a = rangeIn(top);
    const b = rangeIn(far);
    nearby.track(a);
    nearby.track(b);
    expect(io.observed).toEqual(new Set([top, far]));
    // Nothing is decided before the observer's first report.
    expect(shown.size).toBe(0);
    io.report([top, true], [far, false]);
    expect([...shown]).toEqual([a]);
    // Scrolling: the far one comes near, the top one goes.
    io.report([top, false], [far, true]);
    expect([...shown]).toEqual([b]);
  });

  it('registers a new range of an element already near at once, and keeps one element watched for all its ranges', () => {
    const { shown, nearby, io, top } = setUp();
    const a = rangeIn(top);
    nearby.track(a);
    io.report([top, true]);
    const second = rangeIn(top);
    nearby.track(second);
    expect(shown).toEqual(new Set([a, second]));
    nearby.untrack(a);
    expect(io.observed.has(top)).toBe(true);
    nearby.untrack(second);
    expect(io.observed.has(top)).toBe(false);
  });

  it('never registers a removed range again, even when the page moved it (a live range follows removed text)', () => {
    const { shown, nearby, io, top, far } = setUp();
    const a = rangeIn(top);
    const b = rangeIn(far);
    nearby.track(a);
    nearby.track(b);
    io.report([top, true], [far, true]);
    top.remove();
    // What a browser does to a live range whose text is removed (happy-dom does not): it now starts in <body>.
    a.setStart(document.body, 0);
    a.collapse(true);
    shown.delete(a);
    nearby.untrack(a);
    // The page puts the element back and scrolls away and back: `a` stays unregistered.
    document.body.prepend(top);
    io.report([top, false]);
    io.report([top, true]);
    expect([...shown]).toEqual([b]);
    expect(io.observed.has(top)).toBe(false);
  });

  it('stops watching when the session ends', () => {
    const { nearby, io, top } = setUp();
    nearby.track(rangeIn(top));
    controller.abort();
    expect(io.disconnected).toBe(true);
  });
});
