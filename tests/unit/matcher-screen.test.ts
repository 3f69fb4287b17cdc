/**
 * The screen (a quick pre-check fed node by node) decides which runs of a page reach the
 * exact matcher. It may let through more than it must, never less: a run it rejects is
 * never matched, so a miss here is a mention a reader never sees.
 */
import { describe, expect, it } from 'vitest';
import { type Matcher } from '../../src/shared/matcher/index';
import { mulberry32 } from '../../src/shared/matcher/synthesize';
import { aliases, matcher } from './bundled-matcher';

/** Feeds the pieces of one run as the walker would: true once the screen lets the run through. */
function screened(m: Matcher, pieces: string[]): boolean {
  const screen = m.screen();
  return pieces.some((p) => screen.feed(p));
}

const rand = mulberry32(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/**
 * Splits text at random code-unit offsets. `pairs`: may cut a surrogate pair in two (script
 * can make such text nodes; the screen then lets the run through), else only between characters.
 */
function split(text: string, pairs = true): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = at + 1 + Math.floor(rand() * 6);
    if (!pairs && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

/** The ways a page may write an alias that folding still matches. */
const FULL_WIDTH = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const MATH_BOLD = (s: string) => s.replace(/[a-z]/g, (ch) => String.fromCodePoint(0x1d41a + ch.charCodeAt(0) - 0x61)).replace(/[A-Z]/g, (ch) => String.fromCodePoint(0x1d400 + ch.charCodeAt(0) - 0x41));
const spellings: Array<[string, (s: string) => string]> = [
  ['as written', (s) => s],
  ['upper case', (s) => s.toUpperCase()],
  ['full width', FULL_WIDTH],
  ['mathematical bold', MATH_BOLD],
  ['with soft hyphens', (s) => [...s].join('\u00ad')],
  ['with zero-width spaces', (s) => [...s].join('\u200b')],
  ['with variation selectors', (s) => [...s].join('\ufe00')],
  ['with ideographic variation selectors', (s) => [...s].join('\u{e0100}')],
  ['spaces as no-break spaces', (s) => s.replace(/ /g, '\u00a0')],
  ['spaces doubled', (s) => s.replace(/ /g, ' \n ')],
  ['half-width katakana', (s) => s.replace(/シャオミ/g, 'ｼｬｵﾐ').replace(/アリババ/g, 'ｱﾘﾊﾞﾊﾞ')],
  ['decomposed kana', (s) => s.normalize('NFD')],
];

describe('the screen lets through every run the exact matcher finds something in', () => {
  it.each(spellings)('every alias %s, in context, split at random', (_how, spell) => {
    let checked = 0;
    for (const alias of aliases) {
      // Contexts include near-misses (a partial match failing just before the alias).
      for (const context of [['', ''], ['Read about ', "'s results."], ['据报道，', '发布了'], ['오늘 ', '는 '], ['(', ')'], ['Taoba Alibab-', ' Meitua'], ['阿里巴', '小']]) {
        const text = context[0] + spell(alias) + context[1];
        if (matcher.find(text).length === 0) continue;
        checked++;
        expect(screened(matcher, split(text)), JSON.stringify(text)).toBe(true);
        expect(screened(matcher, [text]), JSON.stringify(text)).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('on random mixtures of aliases, their pieces and awkward characters', () => {
    const parts = [...aliases, ...aliases.map((a) => a.slice(0, 2)), ...aliases.map((a) => a.slice(-2)), ' ', '  ', '\u00a0', '-', "'", '\u00ad', '\u0301', '\u3099', '\uff9e', 'é', 'Ａ', '\ufe0f', '😀', '\u{1d400}', 'x', '1', '粥', '线', '纳', '가', 'ﬁ', '㍿', '…', '™', '½', '\ud835', '\udc00'];
    let found = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(parts)).join('');
      if (matcher.find(text).length === 0) continue;
      found++;
      expect(screened(matcher, split(text)), JSON.stringify(text)).toBe(true);
    }
    expect(found).toBeGreaterThan(500);
  });
});

describe('the screen rejects ordinary text without aliases (what makes scanning cheap)', () => {
  it.each([
    ['English', 'The quick brown fox jumps over the lazy dog, then reads the morning news about markets and weather.'],
    ['English with typography', 'She said: “It’s 2026 — prices rose 3.5 % in Q1…” (see p. 12)\u00a0and more, ½ of it…'],
    ['German', 'Die Straße führt über die Brücke zum Bahnhof.'],
    ['Chinese', '今天天气很好，我们去公园散步，然后吃了一碗粥。'],
    ['Korean', '오늘은 날씨가 좋아서 공원에 산책하러 갔습니다.'],
    ['Japanese', '今日は天気が良いので、公園を散歩しました。'],
    ['emoji', 'Great news 🎉👍 see you soon 😀'],
  ])('%s', (_lang, text) => {
    expect(matcher.find(text)).toEqual([]);
    expect(screened(matcher, split(text, false))).toBe(false);
  });

  it('a new run starts clean: what the last run ended with does not carry over', () => {
    const screen = matcher.screen();
    expect(screen.feed('Ali')).toBe(false);
    screen.reset();
    expect(screen.feed('baba')).toBe(false);
    screen.reset();
    expect(screen.feed('Ali') || screen.feed('baba')).toBe(true);
  });
});
