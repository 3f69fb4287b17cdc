/**
 * The popup's search, on a small hand-made dataset (data/ is written separately): what a
 * user typing in any of the three languages would see first.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Company } from '../../src/shared/dataset/schema';
import { buildSearchIndex } from '../../src/shared/search/index';
import type { SearchResult } from '../../src/shared/messages';

const text = { en: 'x', ko: 'x' };
function company(id: string, names: Company['names'], aliases: Company['aliases'], extra: Partial<Company> = {}): Company {
  return { id, names, aliases, tagline: text, description: text, facts: [], ...extra };
}
function article(id: string, title: string, titleEn: string, en: string, ko: string, extra: Partial<Article> = {}): Article {
  return {
    id, title, titleEn, publisher: 'Pub', date: '2025-01-01', url: `https://example.com/${id}`, language: 'ko',
    summary: { en, ko }, companies: ['alibaba'], seed: '001_0123456789abcdef.txt', ...extra,
  };
}

const companies: Company[] = [
  company('alibaba', { en: 'Alibaba Group', ko: '알리바바', 'zh-Hans': '阿里巴巴', 'zh-Hant': '阿里巴巴' },
    { en: ['Alibaba'], ko: ['알리바바그룹'], 'zh-Hans': ['阿里巴巴集团', '阿里'], 'zh-Hant': ['阿里巴巴集團'] }, { primary: true }),
  company('banma', { en: 'Banma', ko: '반마', 'zh-Hans': '斑马智行', 'zh-Hant': '斑馬智行' },
    { en: ['Banma Network Technology'], ko: ['반마 네트워크'], 'zh-Hans': ['斑马网络'] }, { primary: true, searchTerms: ['zebra smart travel'] }),
  company('xiaomi', { en: 'Xiaomi', ko: '샤오미', 'zh-Hans': '小米', 'zh-Hant': '小米', ja: 'シャオミ' },
    { en: ['Xiaomi Corporation', 'MI'], ko: ['샤오미 코퍼레이션'], 'zh-Hans': ['小米集团'] }, { primary: true }),
  company('amap', { en: 'Amap', ko: '가오더지도', 'zh-Hans': '高德地图', 'zh-Hant': '高德地圖' },
    { en: ['AutoNavi', 'Gaode Maps'], ko: ['가오더'], 'zh-Hans': ['高德'] }, { primary: true, searchTerms: ['gaode', 'gaode ditu'] }),
  company('meituan', { en: 'Meituan', ko: '메이투안', 'zh-Hans': '美团', 'zh-Hant': '美團' },
    { en: ['Meituan Dianping'], ko: ['메이퇀'], 'zh-Hans': ['美团点评'], 'zh-Hant': ['美團點評'] }, { primary: true }),
  company('xiaomi-auto', { en: 'Xiaomi Auto', ko: '샤오미 오토', 'zh-Hans': '小米汽车' }, { en: ['Xiaomi EV'] }),
  company('xpeng', { en: 'XPeng', ko: '샤오펑', 'zh-Hans': '小鹏汽车' }, { en: ['Xiaopeng'] }),
  company('ant-group', { en: 'Ant Group', ko: '앤트그룹', 'zh-Hans': '蚂蚁集团' }, { en: ['Ant Financial'] }),
  company('alibaba-cloud', { en: 'Alibaba Cloud', ko: '알리바바 클라우드', 'zh-Hans': '阿里云' }, { en: ['Aliyun'] }),
  company('nio', { en: 'NIO', ko: '니오', 'zh-Hans': '蔚来' }, {}),
  company('saic', { en: 'SAIC Motor', ko: '상하이자동차', 'zh-Hans': '上汽集团' }, { en: ['Société SAIC'] }),
  company('pinduoduo', { en: 'PDD Holdings', ko: '핀둬둬' }, { en: ['Pinduoduo', 'Temu'] }),
];

const articles: Article[] = [
  article('banma-ipo', '반마, 홍콩 상장 추진', 'Banma pushes for Hong Kong listing',
    'Alibaba holds 44.72% of Banma, the smart cockpit maker.', '알리바바는 반마 지분 44.72%를 보유하고 있다.', { date: '2025-06-01' }),
  article('xiaomi-su7', '샤오미 SU7 인도 10만대 돌파', 'Xiaomi SU7 deliveries pass 100,000',
    'The electric sedan reached the milestone in under a year.', '전기 세단이 1년 만에 이정표에 도달했다.', { date: '2025-03-01', url: null }),
  article('meituan-keeta', '美团海外外卖品牌Keeta进军巴西', 'Meituan food delivery brand Keeta enters Brazil',
    'Keeta expands to South America after Hong Kong and Saudi Arabia.', '키타는 홍콩과 사우디에 이어 남미로 확장한다.', { language: 'zh-Hans' }),
  article('amap-ride', '가오더, 차량 호출 확대', 'Amap expands ride hailing',
    'The navigation app aggregates taxi platforms.', '내비게이션 앱이 택시 플랫폼을 모은다.'),
  article('alibaba-earnings', 'Alibaba quarterly earnings beat estimates', 'Alibaba quarterly earnings beat estimates',
    'Cloud revenue grew strongly.', '클라우드 매출이 크게 늘었다.', { language: 'en', date: '2024-11-15' }),
  article('xiaomi-yu7', '샤오미 YU7 출시', 'Xiaomi launches the YU7',
    'The SUV is a milestone for the carmaker.', 'SUV는 회사의 이정표다.', { date: '2025-07-01' }),
];

const index = buildSearchIndex(companies, articles);
const search = (q: string, limit?: number) => index.search(q, limit);
const first = (q: string) => search(q)[0];
const ids = (q: string) => search(q).map((r) => r.id);
const marked = (r: SearchResult | undefined) => (r ? r.ranges.map(([s, e]) => r.matched.slice(s, e)) : []);

describe('search: every name in every language', () => {
  it.each([
    ['alibaba', 'alibaba'], ['Alibaba Group', 'alibaba'], ['알리바바', 'alibaba'], ['阿里巴巴', 'alibaba'],
    ['샤오미', 'xiaomi'], ['小米', 'xiaomi'], ['シャオミ', 'xiaomi'], ['xiaomi', 'xiaomi'],
    ['美團', 'meituan'], ['美团', 'meituan'], ['메이투안', 'meituan'], ['Meituan', 'meituan'],
    ['高德地图', 'amap'], ['高德地圖', 'amap'], ['가오더지도', 'amap'], ['AutoNavi', 'amap'],
    ['banma', 'banma'], ['斑马智行', 'banma'], ['斑馬智行', 'banma'], ['반마', 'banma'],
  ])('%s finds %s first', (q, id) => {
    expect(first(q)?.id).toBe(id);
    expect(first(q)?.kind).toBe('company');
  });

  it('finds a company by a search-only romanisation', () => {
    expect(first('gaode')?.id).toBe('amap');
    expect(first('gaode ditu')?.id).toBe('amap');
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('—!?')).toEqual([]);
  });

  it('returns nothing for text no company or article holds', () => {
    expect(search('qqqqzzzz')).toEqual([]);
  });
});

describe('search: folding', () => {
  it('ignores case', () => {
    expect(first('ALIBABA')?.id).toBe('alibaba');
    expect(first('xIaOmI')?.id).toBe('xiaomi');
  });
  it('ignores full-width forms (NFKC)', () => {
    expect(first('ＡＬＩＢＡＢＡ')?.id).toBe('alibaba');
    expect(first('ｘｉａｏｍｉ')?.id).toBe('xiaomi');
  });
  it('ignores Latin accents both ways', () => {
    expect(first('societe saic')?.id).toBe('saic');
    expect(first('Àlíbàbá')?.id).toBe('alibaba');
  });
  it('ignores spaces and punctuation inside names', () => {
    expect(first('antgroup')?.id).toBe('ant-group');
    expect(first('ant-group')?.id).toBe('ant-group');
  });
  it('folds traditional characters a partial query uses', () => {
    // 團 alone is in no name; folding it to 团 finds 美团.
    expect(first('團')?.id).toBe('meituan');
    expect(first('阿里巴巴集團')?.id).toBe('alibaba');
    expect(first('美團點')?.id).toBe('meituan');
  });
  it('does not decompose Hangul while stripping accents', () => {
    expect(first('샤오')?.id).toBe('xiaomi');
    expect(first('샤오')?.matched).toBe('샤오미');
  });
});

describe('search: ranking', () => {
  it('puts an exact name before a prefix match', () => {
    expect(ids('xiaomi').slice(0, 2)).toEqual(['xiaomi', 'xiaomi-auto']);
  });
  it('puts a prefix match before a substring match', () => {
    // "alibaba" starts Alibaba Cloud's name; "cloud" is only inside it.
    const r = search('cloud');
    expect(r[0]?.id).toBe('alibaba-cloud');
    const xiao = ids('xiao');
    expect(xiao.indexOf('xiaomi')).toBeLessThan(xiao.indexOf('ant-group') === -1 ? Infinity : xiao.indexOf('ant-group'));
  });
  it('ranks exact > prefix > substring > fuzzy by score', () => {
    const exact = first('alibaba')!.score;
    const prefix = first('aliba')!.score;
    const substring = first('baba')!.score;
    const fuzzy = first('alibaab')!.score;
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(substring);
    expect(substring).toBeGreaterThan(fuzzy);
  });
  it('puts companies before articles at the same tier', () => {
    const r = search('alibaba');
    const firstArticle = r.findIndex((x) => x.kind === 'article');
    expect(firstArticle).toBeGreaterThan(0);
    expect(r.slice(0, firstArticle).every((x) => x.kind === 'company')).toBe(true);
  });
  it('breaks ties in favour of primary companies', () => {
    // Both Alibaba Group and Alibaba Cloud start with "aliba": the primary one comes first.
    expect(ids('aliba').slice(0, 2)).toEqual(['alibaba', 'alibaba-cloud']);
    expect(ids('샤오').slice(0, 1)).toEqual(['xiaomi']);
  });
  it('lists each company once even when several of its names match', () => {
    const r = ids('alibaba');
    expect(r.filter((id) => id === 'alibaba')).toHaveLength(1);
  });
  it('respects the limit', () => {
    expect(search('a', 3)).toHaveLength(3);
    expect(search('a', 1)).toHaveLength(1);
  });
  it('an exact article headline beats a company prefix', () => {
    expect(first('Alibaba quarterly earnings beat estimates')?.id).toBe('alibaba-earnings');
  });
});

describe('search: Korean initial consonants', () => {
  it.each([
    ['ㅅㅇㅁ', 'xiaomi'], ['ㅁㅇㅌㅇ', 'meituan'], ['ㅇㄹㅂㅂ', 'alibaba'], ['ㄱㅇㄷ', 'amap'], ['ㅂㅁ', 'banma'],
  ])('%s finds %s first', (q, id) => {
    expect(first(q)?.id).toBe(id);
  });
  it('matches a mix of syllables and initials (mid-typing)', () => {
    expect(first('샤ㅇ')?.id).toBe('xiaomi');
    expect(first('메이ㅌ')?.id).toBe('meituan');
  });
  it('follows the IME when a final consonant is about to move on (샤옴 → 샤오미)', () => {
    expect(first('샤옴')?.id).toBe('xiaomi');
  });
  it('finds initials inside a name too', () => {
    expect(ids('ㅋㄹㅇㄷ')).toContain('alibaba-cloud');
  });
  it('highlights the syllables the initials stand for', () => {
    expect(marked(first('ㅅㅇㅁ'))).toEqual(['샤오미']);
  });
  it('does not treat initials as typos of anything else', () => {
    expect(search('ㅋㅋㅋㅋ')).toEqual([]);
  });
});

describe('search: one typo', () => {
  it.each([
    ['xiaomy', 'xiaomi'], ['alibaab', 'alibaba'], ['meitaun', 'meituan'], ['autonavy', 'amap'], ['baanma', 'banma'],
    // a typo in the first letter: substituted, swapped, missing, extra
    ['ziaomi', 'xiaomi'], ['ixaomi', 'xiaomi'], ['libaba', 'alibaba'], ['xxiaomi', 'xiaomi'],
  ])('%s finds %s first', (q, id) => {
    expect(first(q)?.id).toBe(id);
  });
  it('tolerates a typo at the start of a longer name', () => {
    expect(ids('alibaab')).toContain('alibaba-cloud');
  });
  it('does not guess for short queries', () => {
    expect(ids('nia')).not.toContain('nio');
    expect(ids('xio')).toEqual([]);
  });
  it('does not accept two typos', () => {
    expect(ids('xiaony')).not.toContain('xiaomi');
  });
});

describe('search: articles', () => {
  it('finds an article by its Korean headline', () => {
    const r = search('홍콩 상장');
    expect(r[0]?.id).toBe('banma-ipo');
    expect(r[0]?.kind).toBe('article');
  });
  it('finds an article by its English headline', () => {
    expect(ids('Keeta enters')).toContain('meituan-keeta');
  });
  it('finds an article by a word of its English summary and shows the snippet', () => {
    const r = search('cockpit').find((x) => x.id === 'banma-ipo');
    expect(r).toBeDefined();
    expect(marked(r)).toEqual(['cockpit']);
  });
  it('finds an article by a word of its Korean summary', () => {
    expect(ids('이정표')).toContain('xiaomi-su7');
  });
  it('finds a Chinese headline by a piece in the middle', () => {
    expect(ids('外卖品牌')).toContain('meituan-keeta');
    expect(ids('巴西')).toContain('meituan-keeta');
  });
  it('carries the link, publisher and date, and null where there is no link', () => {
    const r = search('SU7').find((x) => x.id === 'xiaomi-su7');
    expect(r?.kind === 'article' && r.url).toBe(null);
    const b = search('반마').find((x) => x.id === 'banma-ipo');
    expect(b?.kind === 'article' && [b.url, b.publisher, b.date]).toEqual(['https://example.com/banma-ipo', 'Pub', '2025-06-01']);
  });
  it('shows newer articles first among equals', () => {
    expect(ids('milestone')).toEqual(['xiaomi-yu7', 'xiaomi-su7']);
  });
});

describe('search: highlight ranges', () => {
  it('marks a prefix inside the name that matched', () => {
    const r = first('xiao')!;
    expect(r.matched).toBe('Xiaomi');
    expect(r.ranges).toEqual([[0, 4]]);
  });
  it('marks a substring in the original spelling, across folding', () => {
    expect(marked(first('團'))).toEqual(['團']);
    expect(marked(first('ＭＥＩＴＵＡＮ'))).toEqual(['Meituan']);
  });
  it('marks across spaces the query left out', () => {
    expect(marked(first('antgr'))).toEqual(['Ant Gr']);
  });
  it('maps accents back to the accented letters', () => {
    expect(marked(first('societe'))).toEqual(['Société']);
  });
  it('keeps every range inside the matched text', () => {
    for (const q of ['a', 'xiao', '샤', 'ㅅ', '美', 'alibab', 'alibaab', 'cloud', '44']) {
      for (const r of search(q)) {
        for (const [s, e] of r.ranges) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(r.matched.length);
          expect(e).toBeGreaterThan(s);
        }
      }
    }
  });
  it('gives a company title in the language of the name that matched', () => {
    expect(first('샤오미')?.title).toBe('샤오미');
    expect(first('美團')?.title).toBe('美團');
    expect(first('xiaomi')?.title).toBe('Xiaomi');
  });
});
