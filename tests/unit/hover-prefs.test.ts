/**
 * The reader's hover settings on the page side: how a stored value is read, how each
 * highlight style draws, and a card that opens only while the chosen key is held, after the
 * reader's delay.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightCss, highlightsInherit } from '../../src/content/highlight-style';
import { watchHover } from '../../src/content/hover/intent';
import type { MarkedMention } from '../../src/content/mentions';
import { clearHoverFixture, mentionOnScreen } from './hover-fixture';
import { DEFAULT_HOVER_PREFS, parseHoverPrefs, type Modifier } from '../../src/shared/hover-prefs';

describe('stored hover settings', () => {
  it('fall back to the defaults field by field, never failing the page', () => {
    expect(parseHoverPrefs(undefined)).toEqual(DEFAULT_HOVER_PREFS);
    expect(parseHoverPrefs('junk')).toEqual(DEFAULT_HOVER_PREFS);
    expect(parseHoverPrefs({ delayMs: 600, modifier: 'Hyper', style: 'background' })).toEqual({ delayMs: 600, modifier: 'none', style: 'background' });
    expect(parseHoverPrefs({ delayMs: -5, modifier: 'Alt' })).toEqual({ delayMs: 200, modifier: 'Alt', style: 'underline' });
    expect(parseHoverPrefs({ delayMs: 2000, modifier: 'Meta', style: 'hover' })).toEqual({ delayMs: 2000, modifier: 'Meta', style: 'hover' });
    expect(parseHoverPrefs({ delayMs: 2001 }).delayMs).toBe(200);
    expect(parseHoverPrefs({ delayMs: 12.5 }).delayMs).toBe(200);
    expect(parseHoverPrefs({ delayMs: '300', style: 'toString' })).toEqual(DEFAULT_HOVER_PREFS);
  });
});

describe('highlight styles', () => {
  const mentionRule = (css: string) => /::highlight\(company-context-mention\)\{([^}]*)\}/.exec(css)![1];
  it('underline, background, or nothing until a mention is hovered (the active mark still shows)', () => {
    expect(mentionRule(highlightCss('underline'))).toContain('underline solid #c2410c');
    expect(mentionRule(highlightCss('background'))).not.toContain('underline');
    expect(mentionRule(highlightCss('background'))).toContain('background-color');
    expect(mentionRule(highlightCss('hover'))).toBe('');
    expect(highlightCss('hover')).toMatch(/::highlight\(company-context-active\)\{text-decoration:underline solid/);
  });
  it('put every ::highlight() rule on :root alone where highlights inherit (Chromium), and no other rule', () => {
    const rooted = highlightCss('underline', true);
    expect(rooted.match(/::highlight\(/g)).toHaveLength(highlightCss('underline').match(/::highlight\(/g)!.length);
    expect(rooted.match(/:root::highlight\(/g)).toHaveLength(rooted.match(/::highlight\(/g)!.length);
    expect(rooted.replace(/:root::highlight/g, '::highlight')).toBe(highlightCss('underline'));
    expect(highlightsInherit({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36' })).toBe(true);
    expect(highlightsInherit({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0' })).toBe(false);
  });
});

describe('hover with a modifier key and the reader’s delay', () => {
  let ac: AbortController;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    ac = new AbortController();
  });
  afterEach(() => {
    ac.abort();
    clearHoverFixture();
  });

  /** "Hello Banma!" with the mention at x 50..100, y 10..30; the settings are live variables. */
  function setup(settings: { delayMs: number; modifier: Modifier }) {
    const { mention, store } = mentionOnScreen();
    let current: MarkedMention | undefined;
    const open = vi.fn((m: MarkedMention) => (current = m));
    watchHover({
      store, signal: ac.signal, inCard: () => false, current: () => current, open, close: () => (current = undefined),
      intentMs: () => settings.delayMs, modifier: () => settings.modifier,
    });
    const move = (x: number, init: PointerEventInit = {}) => {
      document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 20, bubbles: true, pointerType: 'mouse', ...init }));
      vi.advanceTimersByTime(20);
    };
    const key = (type: 'keydown' | 'keyup', k: string) => document.body.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true }));
    return { mention, open, move, key };
  }

  it('does not open without the key, opens while it is held', () => {
    const { mention, open, move } = setup({ delayMs: 200, modifier: 'Alt' });
    move(75);
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
    move(20);
    move(76, { altKey: true });
    vi.advanceTimersByTime(250);
    expect(open).toHaveBeenCalledWith(mention);
  });

  it('opens when the key is pressed while the pointer rests on a mention', () => {
    const { mention, open, move, key } = setup({ delayMs: 200, modifier: 'Shift' });
    move(75);
    key('keydown', 'Shift');
    vi.advanceTimersByTime(250);
    expect(open).toHaveBeenCalledWith(mention);
  });

  it('waits for the delay the reader set, read when the pointer comes to rest', () => {
    const settings = { delayMs: 200, modifier: 'none' as Modifier };
    const { open, move } = setup(settings);
    settings.delayMs = 800;
    move(75);
    vi.advanceTimersByTime(700);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(open).toHaveBeenCalledOnce();
  });
});
