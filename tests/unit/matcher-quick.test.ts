/**
 * The screen's jump (quick.ts): at the root the screen skips, natively, to the next place an
 * alias could begin. Aliases of every shape must still be let through wherever the exact
 * matcher finds them — beginning with punctuation, with a space or a hyphen second, with an
 * accent or a soft hyphen inside a Latin word, in CJK text — and ordinary text must be skipped.
 */
import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/shared/dataset/schema';
import { compilePatterns } from '../../src/shared/matcher/compile';
import { createMatcher } from '../../src/shared/matcher/index';
import { decodeSteps } from '../../src/shared/matcher/automaton';
import { runToEnd } from '../../src/shared/run-steps';
import { mulberry32 } from '../../src/shared/matcher/synthesize';

const company = (id: string, en: string, aliases: string[]) =>
  ({ id, names: { en }, aliases: { en: aliases }, negatives: [], tagline: { en: 'x', ko: 'x' }, description: { en: 'x', ko: 'x' }, facts: [] }) as unknown as Company;
const companies = [
  company('plus', '+Plus', ['&Co', '.Net']),
  company('dash', 'A-Mart', ['K 9', 'Q9']),
  company('accent', 'Zürich Tech', ['Émile', 'Cafe\u0301 Labs']),
  company('cjk', '阿里巴巴', ['알리바바', 'Ali']),
];
const compiled = JSON.parse(JSON.stringify(compilePatterns(companies, 't'))) as ReturnType<typeof compilePatterns>;
const matcher = createMatcher(compiled);
const aliases = ['+Plus', '&Co', '.Net', 'A-Mart', 'K 9', 'Q9', 'Zürich Tech', 'Émile', 'Cafe\u0301 Labs', '阿里巴巴', '알리바바', 'Ali'];

const rand = mulberry32(5);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const FILLER = ['the ', 'and ', 'a ', 'Q ', 'K', 'Zu ', 'Em ', 'Caf ', 'xAli ', '阿里 ', '알리 ', '— ', '“', '” ', '\n  ', '1 ', ', ', '. '];

/** Feeds `pieces` as one run (a node each): true once the screen lets it through. */
function screened(pieces: string[], nodeStart = false): boolean {
  const screen = matcher.screen();
  return pieces.some((p) => screen.feed(p, nodeStart));
}

function split(text: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; ) {
    const end = Math.min(text.length, at + 1 + Math.floor(rand() * 9));
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

describe('the screen\'s jump', () => {
  it('lets through every run where the exact matcher finds a mention, however it is cut into nodes', () => {
    let found = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let w = 0; w < 8; w++) text += rand() < 0.15 ? pick(aliases) + pick([' ', ', ', '', '. ']) : pick(FILLER);
      if (matcher.find(text).length === 0) continue;
      found++;
      expect(screened([text]), text).toBe(true);
      expect(screened(split(text)), text).toBe(true);
      expect(screened(split(text), true), text).toBe(true);
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('finds a place only where an alias could begin', () => {
    const a = runToEnd(decodeSteps(compiled.data, compiled.companyIds.length));
    // A match longer than one unit is a word start: after its separator, or at the text's start.
    const places = (text: string) => [...text.matchAll(a.quick)].map((m) => m.index + (m[0].length > 1 && !/^[A-Za-z0-9]/.test(m[0]) ? 1 : 0));
    expect(places('the quick brown fox jumps over the lazy dog, again and again')).toEqual([]);
    expect(places('Buy at A-Mart & Co')).toEqual([7, 14]);
    expect(places('pay with +Plus or &Co')).toEqual([9, 18]);
    expect(places('near Zürich')).toEqual([6]);
    expect(places('in 阿 town')).toEqual([3]);
    // The last unit of a text may begin an alias the next text node finishes, and so may its last two.
    expect(places('see A')).toEqual([4]);
    expect(places('see Al')).toEqual([4]);
    // A word's first three units decide: "also" and "all" begin no alias, "Ali" does.
    expect(places('also all of Ali')).toEqual([12]);
    // A text's first word needs no separator before it.
    expect(places('Ali and me')).toEqual([0]);
    expect(places('all of it')).toEqual([]);
  });
});
