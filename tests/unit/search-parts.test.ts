/** The search's building blocks: folding, Hangul, one-typo distance, tokens, top-k, snippets. */
import { describe, expect, it } from 'vitest';
import { fold, foldWithMap, foldWords, toOriginalRanges } from '../../src/shared/search/normalise';
import { imeAlternative, matchesAt } from '../../src/shared/search/hangul';
import { fuzzyMatch, isFuzzyQuery, withinOneEdit } from '../../src/shared/search/fuzzy';
import { indexTokens, queryTokens } from '../../src/shared/search/tokens';
import { TopK } from '../../src/shared/search/top-k';
import { snippet } from '../../src/shared/search/highlight';
import { buildSearchIndex } from '../../src/shared/search/index';
import { ArticleIndex, SEGMENT } from '../../src/shared/search/article-index';
import type { Article, Company } from '../../src/shared/dataset/schema';
import { isWholeToken } from '../../src/shared/search/words';
import { PostingIndexBuilder } from '../../src/shared/search/posting-index';
import { CompanyIndex } from '../../src/shared/search/company-index';

describe('fold', () => {
  it.each([
    ['Alibaba Group', 'alibabagroup'],
    ['ＸＩＡＯＭＩ', 'xiaomi'],
    ['Société Générale', 'societegenerale'],
    ['Škoda', 'skoda'],
    ['美團點評', '美团点评'],
    ['阿里巴巴（中国）', '阿里巴巴中国'],
    ['샤오미', '샤오미'],
    ['ㅅㅇㅁ', 'ㅅㅇㅁ'],
    ['ﾒｲﾄｩｱﾝ', 'メイトゥアン'],
    ['ﬁnance', 'finance'],
    ['  --  ', ''],
  ])('%s → %s', (input, key) => {
    expect(fold(input)).toBe(key);
  });

  it('agrees with foldWithMap on every kind of text', () => {
    for (const s of ['Alibaba Group', 'ＸＩＡＯＭＩ 小米', 'Société 美團 샤오미 ㅅㅇ', 'ﬁ ﾒｲ Ǆ İstanbul', 'a·b—c', '高德地圖 Gaode',
      '小米，AI眼镜。“上市”《报道》「引」：（注）、…', '스마트폰·스마트기기 — ‘quoted’', '々〆〇 ｘ１！']) {
      expect(foldWithMap(s).key).toBe(fold(s));
    }
  });

  it('maps key ranges back to the original text', () => {
    const f = foldWithMap('Ant Group');
    expect(toOriginalRanges(f, [[0, 5]])).toEqual([[0, 6]]);
    const g = foldWithMap('ＡＢＣ');
    expect(toOriginalRanges(g, [[1, 2]])).toEqual([[1, 2]]);
  });

  it('keeps word boundaries for tokenising', () => {
    expect(foldWords('Xiaomi, SU7!').trim().split(/ +/)).toEqual(['xiaomi', 'su7']);
  });
});

describe('Hangul', () => {
  it('matches initials against syllables', () => {
    expect(matchesAt('샤오미', 'ㅅㅇㅁ', 0)).toBe(true);
    expect(matchesAt('샤오미', 'ㅅㅇ', 1)).toBe(false);
    expect(matchesAt('알리바바', 'ㄹㅂ', 1)).toBe(true);
  });
  it('reads a final consonant as the next initial while typing', () => {
    expect(imeAlternative('샤옴')).toBe('샤오ㅁ');
    expect(imeAlternative('메잍')).toBe('메이ㅌ');
    expect(imeAlternative('샤오')).toBeNull();
    expect(imeAlternative('abc')).toBeNull();
  });
});

describe('one typo', () => {
  it.each([
    ['xiaomi', 'xiaomy', true], ['alibaba', 'alibaab', true], ['meituan', 'meituna', true],
    ['banma', 'bnma', true], ['banma', 'bannma', true], ['banma', 'banma', true],
    ['xiaomi', 'xioamy', false], ['amap', 'pama', false], ['abc', 'abcde', false],
  ])('%s ~ %s: %s', (a, b, ok) => {
    expect(withinOneEdit(a, b)).toBe(ok);
  });
  it('matches the start of a longer key', () => {
    expect(fuzzyMatch('alibabagroup', 'alibaab')).toBe('start');
    expect(fuzzyMatch('xiaomi', 'xiaomy')).toBe('whole');
    expect(fuzzyMatch('tencent', 'xiaomy')).toBeNull();
  });
  it('applies only to Latin queries of four letters or more', () => {
    expect(isFuzzyQuery('xiao')).toBe(true);
    expect(isFuzzyQuery('xia')).toBe(false);
    expect(isFuzzyQuery('샤오미야')).toBe(false);
    expect(isFuzzyQuery('su77')).toBe(false);
  });
});

describe('tokens', () => {
  it('indexes words, and Han runs as bigrams', () => {
    const out: string[] = [];
    const sink = { word: (t: string) => out.push(t), pair: (a: number, b: number) => out.push(String.fromCharCode(a, b)) };
    indexTokens('Xiaomi 小米汽车 샤오미는', sink);
    expect(out).toEqual(['xiaomi', '小米', '米汽', '汽车', '샤오미는']);
    out.length = 0;
    indexTokens('小米AI眼镜上市后15天 美 SU7和小米', sink);
    expect(out).toEqual(['小米', 'ai', '眼镜', '镜上', '上市', '市后', '15', '天', '美', 'su7', '和小', '小米']);
  });
  it('treats a lone Han character as a prefix and longer runs as exact bigrams', () => {
    expect(queryTokens('美')).toEqual([{ text: '美', prefix: true }]);
    expect(queryTokens('美團外')).toEqual([
      { text: '美团', prefix: false },
      { text: '团外', prefix: false },
    ]);
    expect(queryTokens('ant group')).toEqual([
      { text: 'ant', prefix: true },
      { text: 'group', prefix: true },
    ]);
  });
});

describe('TopK', () => {
  it('keeps the best k by score, then recency, then order', () => {
    const top = new TopK<string>(3);
    for (const [score, recency, order, item] of [
      [1, 0, 0, 'a'], [5, 0, 1, 'b'], [5, 9, 2, 'c'], [3, 0, 3, 'd'], [5, 9, 1, 'e'], [0, 0, 4, 'f'],
    ] as const) top.add({ score, recency, order, item });
    expect(top.best().map((c) => c.item)).toEqual(['e', 'c', 'b']);
  });
});

describe('snippet', () => {
  it('cuts a long text around the first mark and shifts the ranges', () => {
    const long = `${'word '.repeat(40)}cockpit ${'tail '.repeat(40)}`;
    const at = long.indexOf('cockpit');
    const s = snippet({ text: long, ranges: [[at, at + 7]] });
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    const [[a, b]] = s.ranges as [[number, number]];
    expect(s.text.slice(a, b)).toBe('cockpit');
  });
  it('leaves short text alone', () => {
    expect(snippet({ text: 'short', ranges: [[0, 2]] })).toEqual({ text: 'short', ranges: [[0, 2]] });
  });
});

describe('large datasets', () => {
  const text = { en: 'x', ko: 'x' };
  const companies: Company[] = [{ id: 'xiaomi', names: { en: 'Xiaomi' }, aliases: {}, tagline: text, description: text, facts: [] }];
  const articles: Article[] = Array.from({ length: 7000 }, (_, i) => ({
    id: `a-${i}`, title: `Story ${i} about Xiaomi`, titleEn: `Story ${i} about Xiaomi`, publisher: 'P',
    date: `20${10 + (i % 15)}-01-01`, url: null, language: 'en', summary: { en: `tag${i}`, ko: '요약' },
    companies: ['xiaomi'], seed: '001_0123456789abcdef.txt',
  }));

  it('answers at once for the newest articles and finds every article once indexing completes', async () => {
    const index = buildSearchIndex(companies, articles);
    expect(index.search('xiaomi', 3)[0]?.id).toBe('xiaomi');
    // The oldest article (2010) is in the last segment, indexed in a later task.
    const oldest = 'a-0';
    await index.complete;
    expect(index.search('tag0', 1)[0]?.id).toBe(oldest);
    // Newer articles first among equals.
    const stories = index.search('story', 5).map((r) => r.id);
    expect(stories.every((id) => Number(id.slice(2)) % 15 === 14)).toBe(true);
  });
});

describe('indexing in slices (how the background indexes, between messages)', () => {
  const articles: Article[] = Array.from({ length: 3200 }, (_, i) => ({
    id: `a-${i}`, title: `Story ${i} about Xiaomi`, titleEn: `Story ${i} about Xiaomi`, publisher: 'P',
    date: '2024-01-01', url: null, language: 'en', summary: { en: `tag${i} cockpit`, ko: '요약' },
    companies: ['xiaomi'], seed: '001_0123456789abcdef.txt',
  }));
  const order = articles.map((_, i) => i);
  const found = (index: ArticleIndex, query: string) => {
    const docs: number[] = [];
    index.search(query, fold(query), (doc) => docs.push(doc));
    return docs;
  };

  it('shows only whole segments while a slice is half done, then finds every article as indexing at once does', () => {
    const sliced = new ArticleIndex(articles, order);
    let slices = 0;
    // Stop at the first chance: the smallest slices the index allows.
    while (sliced.indexSome(() => true)) {
      slices++;
      if (slices === 100) {
        // Mid-way through the second segment: its articles are read but not yet searchable.
        expect(found(sliced, `tag${SEGMENT - 1}`)).toEqual([SEGMENT - 1]);
        expect(found(sliced, `tag${SEGMENT + 10}`)).toEqual([]);
      }
    }
    expect(slices).toBeGreaterThan(100);
    expect(sliced.complete).toBe(true);

    const whole = new ArticleIndex(articles, order);
    while (whole.indexNextSegment());
    for (const q of ['tag0', 'tag3199', 'story', 'cockpit xiaomi', 'tag31']) expect(found(sliced, q)).toEqual(found(whole, q));
    expect(found(sliced, 'tag3199')).toEqual([3199]);
  });
});

describe('whole words', () => {
  it.each([
    ['xiaomi', 'xiaomi', true], ['xiaoming', 'xiaomi', false], ['샤오미', '샤오미', true], ['샤오미는', '샤오미', true],
    ['샤오미에서', '샤오미', true], ['샤오미코리아', '샤오미', false], ['샤오밍', '샤오', false],
  ])('token %s holds query %s as a whole word: %s', (token, query, whole) => {
    expect(isWholeToken(token, query)).toBe(whole);
  });

  it('tells whole-word company matches from matches inside a longer word', () => {
    const text = { en: 'x', ko: 'x' };
    const index = new CompanyIndex([
      { id: 'a', names: { en: 'Xiaomi Auto', ko: '샤오미오토' }, aliases: {}, tagline: text, description: text, facts: [] },
      { id: 'b', names: { en: 'Xiaoming Bike', 'zh-Hans': '小鸣单车' }, aliases: {}, tagline: text, description: text, facts: [] },
      { id: 'c', names: { en: 'Big Xiaomi Fan' }, aliases: {}, tagline: text, description: text, facts: [] },
    ]);
    const wholeness = (q: string) => {
      const out: Record<string, boolean> = {};
      index.search(q, (c, _value, whole) => (out[index.companies[c]!.id] = whole));
      return out;
    };
    expect(wholeness('xiaomi')).toEqual({ a: true, b: false, c: true });
    expect(wholeness('샤오미')).toEqual({ a: true });
    expect(wholeness('单车')).toEqual({ b: true });
    expect(wholeness('iaomi')).toEqual({ a: false, b: false, c: false });
  });
});

describe('posting index', () => {
  it('numbers documents within a segment, so postings fit 16 bits', () => {
    const b = new PostingIndexBuilder();
    b.add('xiaomi', 0);
    b.add('xiaomi', 0);
    b.add('xiaomi', 65_535);
    b.add('xiaoming', 7);
    b.addPair(0x5c0f, 0x7c73, 3); // 小米, kept as code units until build
    b.add('小', 4);
    const index = b.build();
    expect(index.postings).toBeInstanceOf(Uint16Array);
    const docs = (ranges: Array<[number, number]>) => ranges.flatMap(([f, e]) => [...index.postings.subarray(index.offsets[f], index.offsets[e])]);
    const [[first, end]] = index.ranges('xiaomi', true) as [[number, number]];
    expect([index.token(first), index.token(end - 1)]).toEqual(['xiaomi', 'xiaoming']);
    expect(docs(index.ranges('xiaomi', true))).toEqual([0, 65_535, 7]);
    expect(docs(index.ranges('xiaomi', false))).toEqual([0, 65_535]);
    // A bigram is found exactly; a lone character finds itself and every bigram it starts.
    expect(docs(index.ranges('小米', false))).toEqual([3]);
    expect(index.token(index.ranges('小米', false)[0]![0])).toBe('小米');
    expect(docs(index.ranges('小', true))).toEqual([4, 3]);
    expect(docs(index.ranges('米', true))).toEqual([]);
  });
});
