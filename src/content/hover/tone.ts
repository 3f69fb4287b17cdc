/**
 * Mentions on dark or mid-tone backgrounds get an underline that reaches 3:1 against them
 * (highlight-style.ts has the colours and thresholds). The background is the first ancestor
 * of the mention with an opaque-enough background colour, else the root's, else white; images
 * and gradients are not seen. Runs in the card chunk, after the page is idle, a slice at a
 * time with each element's answer cached, so the scan itself never reads styles.
 */
import { TONE_HIGHLIGHTS } from '../highlight-style';
import type { MarkedMention, MentionStore } from '../mentions';
import { elementOf } from '../element-of';

export type Tone = 'light' | 'mid' | 'dark';

/** Relative luminance (WCAG) of an sRGB colour given as 0–255 channels. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The thresholds of highlight-style.ts: light ≥ 0.56 > mid > 0.125 ≥ dark. */
export function toneOf(lum: number): Tone {
  return lum >= 0.56 ? 'light' : lum > 0.125 ? 'mid' : 'dark';
}

/** `rgb(…)` / `rgba(…)` as computed styles write it; null for anything else. */
export function parseRgb(css: string): { rgb: number[]; alpha: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha };
}

function backgroundOf(el: Element | null, cache: WeakMap<Element, number>): number {
  const path: Element[] = [];
  let lum = 1; // the canvas: white unless an ancestor says otherwise
  for (let e = el; e; e = e.parentElement) {
    const known = cache.get(e);
    if (known !== undefined) {
      lum = known;
      break;
    }
    path.push(e);
    const bg = parseRgb(getComputedStyle(e).backgroundColor);
    if (bg && bg.alpha >= 0.5) {
      lum = luminance(bg.rgb);
      break;
    }
  }
  for (const e of path) cache.set(e, lum);
  return lum;
}

export function mentionTone(m: MarkedMention, cache: WeakMap<Element, number>): Tone {
  return toneOf(backgroundOf(elementOf(m.range.startContainer), cache));
}

const SLICE_MS = 4;

/** Keeps the tone highlights in step with the store until the signal aborts. */
export function watchTones(store: MentionStore, signal: AbortSignal): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  const dark = new Highlight();
  const mid = new Highlight();
  // Above the mentions' own highlight, below the active one.
  dark.priority = mid.priority = 1;
  // Registered with their first range, not before: every change to the page's highlight
  // registry, an empty highlight's included, costs the page a frame that repaints all it shows
  // (200,000 elements: PrePaint 29 + Paint 14 ms, renderer trace), and most pages have no
  // mention on a dark or mid background. Registered again if the page cleared the registry.
  const add = (name: string, h: Highlight, range: Range) => {
    if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
    h.add(range);
  };
  const cache = new WeakMap<Element, number>();
  const seen = new WeakSet<Range>();
  let queued = false;

  const pass = () => {
    queued = false;
    if (signal.aborted) return;
    const live = new Set(store.list().map((m) => m.range));
    for (const h of [dark, mid]) for (const r of h) if (!live.has(r as Range)) h.delete(r);
    const start = performance.now();
    for (const m of store.list()) {
      if (seen.has(m.range)) continue;
      if (performance.now() - start > SLICE_MS) return schedule();
      seen.add(m.range);
      const tone = mentionTone(m, cache);
      if (tone === 'dark') add(TONE_HIGHLIGHTS.dark, dark, m.range);
      else if (tone === 'mid') add(TONE_HIGHLIGHTS.mid, mid, m.range);
    }
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    // A task, not a microtask or scheduler.yield(): the page's own work runs between slices.
    setTimeout(pass, 0);
  };

  store.subscribe(schedule, signal);
  schedule();
  signal.addEventListener(
    'abort',
    () => {
      for (const [name, h] of [
        [TONE_HIGHLIGHTS.dark, dark],
        [TONE_HIGHLIGHTS.mid, mid],
      ] as const) {
        if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
        h.clear();
      }
    },
    { once: true },
  );
}
