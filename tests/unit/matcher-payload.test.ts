/**
 * The compiled matcher travels by extension messaging (JSON) from the background to every
 * content script: it must survive that trip, and a damaged payload must fail loudly.
 */
import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/shared/dataset/schema';
import type { CompiledPatterns } from '../../src/shared/messages';
import { toBase64 } from '../../src/shared/matcher/base64';
import { compilePatterns } from '../../src/shared/matcher/compile';
import { createMatcher, createMatcherSteps, synthesizePatterns } from '../../src/shared/matcher/index';
import { createAlternationMatcher } from '../../src/shared/matcher/alternation';
import { mulberry32, synthesizeEntries } from '../../src/shared/matcher/synthesize';

const companies = [
  { id: 'xiaomi', names: { en: 'Xiaomi', ko: '샤오미', 'zh-Hans': '小米' }, aliases: { ja: ['シャオミ'] }, negatives: ['小米粥'] },
  { id: 'amap', names: { en: 'Amap', 'zh-Hans': '高德地图' }, aliases: { 'zh-Hans': ['高德'] }, negatives: ['高德纳'] },
].map((c) => ({ ...c, tagline: { en: 'x', ko: 'x' }, description: { en: 'x', ko: 'x' }, facts: [] }) as Company);

const compiled = compilePatterns(companies, 'v1');
const TEXT = 'Xiaomi 小米 小米粥 高德地图 高德纳 샤오미는 シャオミ AMAP';
const roundTrip = (c: CompiledPatterns): CompiledPatterns => JSON.parse(JSON.stringify(c)) as CompiledPatterns;
const mutate = (data: Record<string, unknown>): CompiledPatterns => ({ ...roundTrip(compiled), data: { ...(roundTrip(compiled).data as object), ...data } });

describe('compile -> JSON -> createMatcher', () => {
  it('finds the same mentions after a JSON round trip', () => {
    const direct = createMatcher(compiled).find(TEXT);
    expect(direct.map((h) => TEXT.slice(h.start, h.end))).toEqual(['Xiaomi', '小米', '高德地图', '샤오미', 'シャオミ', 'AMAP']);
    expect(createMatcher(roundTrip(compiled)).find(TEXT)).toEqual(direct);
  });
  it('is plain JSON: serialising it twice changes nothing', () => {
    const once = JSON.stringify(compiled);
    expect(JSON.stringify(JSON.parse(once))).toBe(once);
    expect(compiled.version).toBe('v1');
    expect(compiled.companyIds).toEqual(['xiaomi', 'amap']);
  });
});

const STATES = (compiled.data as { states: number }).states;

/** The payload's edge labels with the root's first two swapped (binary search needs them sorted). */
function swappedRootEdges(): string {
  const bytes = Uint8Array.from(atob((compiled.data as { chars: string }).chars), (c) => c.charCodeAt(0));
  const chars = new Uint16Array(bytes.buffer);
  [chars[0], chars[1]] = [chars[1]!, chars[0]!];
  return btoa(String.fromCharCode(...bytes));
}

describe('a malformed payload fails with a clear error', () => {
  const bad: Array<[string, unknown]> = [
    ['no data', { ...compiled, data: null }],
    ['unknown format', mutate({ format: 'regexp/1' })],
    ['states not a number', mutate({ states: 'many' })],
    ['chars not base64', mutate({ chars: '%%%' })],
    ['chars truncated', mutate({ chars: 'AAAA' })],
    ['degrees not adding up', mutate({ degrees: btoa('\u0001'.repeat(STATES)) })],
    ['degrees adding up to too many', mutate({ degrees: btoa('\u00ff'.repeat(STATES)), bigDegrees: Array<number>(STATES).fill(1e9) })],
    ['a state before its parent', mutate({ degrees: btoa(`\u0000${String.fromCharCode(STATES - 1)}${'\u0000'.repeat(STATES - 2)}`) })],
    ['edges out of order', mutate({ chars: swappedRootEdges() })],
    ['an output without its info', mutate({ outputs: btoa('\u0001\u0000\u0000\u0000') })],
    ['bigDegrees not a list', mutate({ bigDegrees: 'x' })],
    ['screen lookup without its blocks', mutate({ screenBlocks: toBase64(new Uint16Array(255)) })],
    ['screen lookup not whole blocks', mutate({ screenValues: toBase64(new Uint16Array(300)) })],
    ['screen lookup empty', mutate({ screenValues: '' })],
    ['a screen block that is not there', mutate({ screenBlocks: toBase64(new Uint16Array(256).fill(200)) })],
    ['astral range with an unknown value', mutate({ astral: toBase64(new Int32Array([0x1d400, 0x1d7ff, 7])) })],
    ['astral range in the BMP', mutate({ astral: toBase64(new Int32Array([0x100, 0x200, 0xffff])) })],
    ['company index out of range', { ...roundTrip(compiled), companyIds: [] }],
    ['companyIds not strings', { ...roundTrip(compiled), companyIds: [1, 2] }],
    ['not an object', 'patterns'],
    ['a failure link to a later state', mutate({ fail: toBase64(new Uint16Array(STATES).map((_, t) => (t === 1 ? 2 : 0))) })],
    ['a failure link to itself', mutate({ fail: toBase64(new Uint16Array(STATES).map((_, t) => (t === 3 ? 3 : 0))) })],
    ['the root linking elsewhere', mutate({ fail: toBase64(new Uint16Array(STATES).map((_, t) => (t === 0 ? 1 : 0))) })],
    ['links not one per state', mutate({ fail: toBase64(new Uint16Array(STATES - 1)) })],
    ['links in 32 bits for a small automaton', mutate({ fail: toBase64(new Int32Array(STATES)) })],
    ['links missing', mutate({ fail: undefined })],
  ];
  it.each(bad)('%s', (_why, payload) => {
    expect(() => createMatcher(payload as CompiledPatterns)).toThrow(/^Malformed compiled patterns: /);
  });
});

describe('decoding in slices (the content script yields to the page between them)', () => {
  it('a 5,000-alias payload pauses several times and matches like the one-go decode', { timeout: 60_000 }, () => {
    const payload = roundTrip(synthesizePatterns(5_000, 5));
    const steps = createMatcherSteps(payload);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(5);
    const text = synthesizeEntries(5_000, 5).filter((_, i) => i % 125 === 0).map((e) => e.pattern).join(' ; ');
    expect(r.value.find(text)).toEqual(createMatcher(payload).find(text));
    expect(r.value.find(text).length).toBeGreaterThan(30);
  });
  it('a malformed payload fails the same way when decoded in slices', () => {
    const steps = createMatcherSteps(mutate({ chars: swappedRootEdges() }));
    expect(() => {
      while (!steps.next().done);
    }).toThrow(/^Malformed compiled patterns: edges of state 0 are not sorted/);
  });
});

describe('synthetic pattern sets (for benchmarks)', () => {
  it('builds a working matcher that finds its own aliases', () => {
    const entries = synthesizeEntries(3000, 7);
    const m = createMatcher(roundTrip(synthesizePatterns(3000, 7)));
    for (const e of entries.filter((_, i) => i % 97 === 0)) {
      expect(m.find(` ${e.pattern} `)).toEqual([{ start: 1, end: 1 + e.pattern.length, company: e.company }]);
    }
  });
  it('agrees with the alternation RegExp on random text built from its aliases', () => {
    const entries = synthesizeEntries(600, 3);
    const ac = createMatcher(synthesizePatterns(600, 3));
    const re = createAlternationMatcher(entries);
    const rand = mulberry32(11);
    const glue = [' ', '', '的', '는', 'x', '.', '小', '가'];
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let k = 0; k < 8; k++) {
        const p = entries[Math.floor(rand() * entries.length)]!.pattern;
        text += glue[Math.floor(rand() * glue.length)]! + (rand() < 0.3 ? p.slice(0, -1) : p);
      }
      expect(ac.find(text), text).toEqual(re.find(text));
    }
  });
});
