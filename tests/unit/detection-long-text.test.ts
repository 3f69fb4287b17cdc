/**
 * A text node too long for one task is matched window by window (src/content/long-text.ts),
 * each window in its own chunk: the marks must be exactly those one match over the whole
 * text gives, names straddling a window's edge included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Company } from '../../src/shared/dataset/schema';
import { compilePatterns } from '../../src/shared/matcher/compile';
import { createMatcher } from '../../src/shared/matcher/index';
import { createMentionIndex } from '../../src/content/mentions';
import { createScanner } from '../../src/content/scanner';
import { createStats } from '../../src/content/stats';
import { LONG_TEXT } from '../../src/content/long-text';

const company = (s: Pick<Company, 'id' | 'names' | 'aliases'> & { negatives?: string[] }): Company =>
  ({ ...s, tagline: { en: 'x', ko: 'x' }, description: { en: 'x', ko: 'x' }, facts: [] }) as Company;
const COMPANIES = [
  company({ id: 'alibaba', names: { en: 'Alibaba', 'zh-Hans': '阿里巴巴' }, aliases: { en: ['Alibaba Group'], 'zh-Hans': ['阿里'] } }),
  company({ id: 'xiaomi', names: { en: 'Xiaomi', 'zh-Hans': '小米' }, aliases: {}, negatives: ['小米粥'] }),
];
const patterns = compilePatterns(COMPANIES, 'test');
const matcher = createMatcher(patterns);

let controller: AbortController;
afterEach(() => controller?.abort());

/** Scans `text` as one text node, yielding after every look at the clock; resolves with [start, end, company] per mark. */
async function marksOf(text: string): Promise<Array<[number, number, string]>> {
  document.body.innerHTML = '<pre></pre>';
  const node = document.createTextNode(text);
  document.body.firstChild!.appendChild(node);
  controller = new AbortController();
  const store = createMentionIndex();
  let chunks = 0;
  await new Promise<void>((resolve) => {
    const scanner = createScanner({
      matcher: { find: (t) => matcher.find(t), screen: () => matcher.screen() },
      companyIds: patterns.companyIds,
      store,
      marker: { add: () => undefined, remove: () => undefined, flush: () => undefined, ensure: () => true, mutatesDom: false },
      stats: createStats(),
      signal: controller.signal,
      onShadowRoot: () => undefined,
      onIdle: () => undefined,
    });
    scanner.enqueue({ root: document.body, shallow: false, onDone: resolve });
    // Every chunk ends at the first look at the clock: one window per chunk.
    const originalNow = performance.now.bind(performance);
    let t = 0;
    performance.now = () => (chunks++, (t += 100));
    controller.signal.addEventListener('abort', () => (performance.now = originalNow));
  });
  return store.list().map((m) => [m.range.startOffset, m.range.endOffset, m.companyId]);
}

function expected(text: string): Array<[number, number, string]> {
  return matcher.find(text).flatMap((h) => (patterns.companyIds[h.company] ? [[h.start, h.end, patterns.companyIds[h.company]!] as [number, number, string]] : []));
}

describe('a text node longer than one chunk', () => {
  it('marks exactly what one match over the whole text finds, names across window edges included', async () => {
    const filler = 'the quick brown fox jumps over the lazy dog 我们今天去 ';
    let text = '';
    while (text.length < LONG_TEXT * 5) text += filler;
    const put = (at: number, word: string) => (text = text.slice(0, at) + word + text.slice(at + word.length));
    // Names and a negative word (小米粥, not Xiaomi) straddling every window edge, and one in a word (not a mention).
    for (let edge = LONG_TEXT; edge < text.length - 64; edge += LONG_TEXT) {
      put(edge - 3, ' Alibaba Group ');
      put(edge - 1 + 40, '小米粥');
      put(edge - 2 + 80, '阿里巴巴');
      put(edge + 120, 'xAlibaba');
      put(edge - 600, ' Xiaomi ');
      // Where the window before this edge stops reading: "Alibaba Gr|oup" must not give "Alibaba" too.
      put(edge + 512 - 10, ' Alibaba Group ');
    }
    const want = expected(text);
    expect(want.length).toBe(16);
    expect(await marksOf(text)).toEqual(want);
  });

  it('leaves a long text without names unmarked', async () => {
    expect(await marksOf('lorem ipsum '.repeat(LONG_TEXT / 4))).toEqual([]);
  });
});
