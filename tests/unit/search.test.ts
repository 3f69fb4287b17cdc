/**
 * The popup's search, on a small hand-made dataset (data/ is written separately): what a
 * user typing in any of the three languages would see first. Built as the background
 * builds it, with the page matcher finding names in phrases.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Company } from '../../src/shared/dataset/schema';
import { compilePatterns } from '../../src/shared/matcher/compile';
import { loadNameFinder } from '../../src/background/name-finder';
import { buildSearchIndex } from '../../src/shared/search/index';
import type { SearchResult } from '../../src/shared/messages';

const text = { en: 'x', ko: 'x' };
function company(id: string, names: Company['names'], aliases: Company['aliases'], extra: Partial<Company> = {}): Company {
  return { id, names, aliases, tagline: { en: `${names.en} tagline`, ko: `${id} 소개`, zh: `${id} 简介` }, description: text, facts: [], ...extra };
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
    { en: ['Xiaomi Corporation', 'MI'], ko: ['샤오미 코퍼레이션'], 'zh-Hans': ['小米集团'] }, { primary: true, negatives: ['小米粥'] }),
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
  company('mobike', { en: 'Mobike', ko: '모바이크', 'zh-Hans': '摩拜单车' }, {}),
  company('xiaoming-bike', { en: 'Xiaoming Bike', ko: '샤오밍', 'zh-Hans': '小鸣单车' }, { en: ['Xiaoming'] }),
];

const articles: Article[] = [
  article('banma-ipo', '반마, 홍콩 상장 추진', 'Banma pushes for Hong Kong listing',
    'Alibaba holds 44.72% of Banma, the smart cockpit maker.', '알리바바는 반마 지분 44.72%를 보유하고 있다.',
    { date: '2025-06-01', companies: ['banma', 'alibaba'], summary: {
      en: 'Alibaba holds 44.72% of Banma, the smart cockpit maker.', ko: '알리바바는 반마 지분 44.72%를 보유하고 있다.',
      zh: '阿里巴巴宣布分拆斑马智行，并向港交所主板递交上市申请。' } }),
  article('xiaomi-su7', '샤오미 SU7 인도 10만대 돌파', 'Xiaomi SU7 deliveries pass 100,000',
    'The electric sedan reached the milestone in under a year.', '전기 세단이 1년 만에 이정표에 도달했다.', { date: '2025-03-01', url: null, companies: ['xiaomi'] }),
  article('meituan-keeta', '美团海外外卖品牌Keeta进军巴西', 'Meituan food delivery brand Keeta enters Brazil',
    'Keeta expands to South America after Hong Kong and Saudi Arabia.', '키타는 홍콩과 사우디에 이어 남미로 확장한다.', { language: 'zh-Hans', companies: ['meituan'] }),
  article('amap-ride', '가오더, 차량 호출 확대', 'Amap expands ride hailing',
    'The navigation app aggregates taxi platforms.', '내비게이션 앱이 택시 플랫폼을 모은다.', { companies: ['amap'] }),
  article('alibaba-earnings', 'Alibaba quarterly earnings beat estimates', 'Alibaba quarterly earnings beat estimates',
    'Cloud revenue grew strongly.', '클라우드 매출이 크게 늘었다.', { language: 'en', date: '2024-11-15' }),
  article('xiaomi-yu7', '샤오미 YU7 출시', 'Xiaomi launches the YU7',
    'The SUV is a milestone for the carmaker.', 'SUV는 회사의 이정표다.', { date: '2025-07-01', companies: ['xiaomi'] }),
  article('xiaomi-glasses', '샤오미 AI 글래스, 판매 부진', 'Sales of Xiaomi\'s AI glasses slump',
    'Daily sales fell to 100–250 pairs.', '샤오미는 음성 결제를 더했다.', { date: '2024-08-18', companies: ['xiaomi'], summary: {
      en: 'Daily sales fell to 100–250 pairs.', ko: '샤오미는 음성 결제를 더했다.', zh: '小米AI眼镜上市后销量下滑，日销量跌至100至250副。' } }),
  article('meituan-fraud', '부정행위로 몸살 앓는 메이투안', 'Fraud troubles Meituan',
    'Two guesthouses faked reviews.', '민박 두 곳이 후기를 조작했다.', { date: '2017-11', companies: ['meituan'] }),
  article('bike-deposits', '공유자전거 보증금 반환 문제', 'Bike-sharing failures raise the question of deposit refunds',
    'Another operator, Xiaoming, owed users more than 50 million yuan in deposits.', '샤오밍의 보증금 미반환액이 5,000만 위안을 넘었다.',
    { date: '2017-11', companies: ['mobike'] }),
];

const findNames = await loadNameFinder(async () => compilePatterns(companies, 'test'));
const index = buildSearchIndex(companies, articles, { findNames });
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
    const r = ids('xiaomi');
    expect(r[0]).toBe('xiaomi');
    expect(r.indexOf('xiaomi')).toBeLessThan(r.indexOf('xiaomi-auto'));
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
    // (A query naming a company outright lists its articles right after it: see below.)
    const r = search('aliba');
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
  it('gives the spelling that matched and its language, and every name for the popup to choose from', () => {
    const spelling = (q: string) => {
      const r = first(q);
      return r?.kind === 'company' ? [r.matched, r.matchedLang] : null;
    };
    expect(spelling('샤오미')).toEqual(['샤오미', 'ko']);
    expect(spelling('美團')).toEqual(['美團', 'zh-Hant']);
    expect(spelling('xiaomi')).toEqual(['Xiaomi', 'en']);
    const r = first('美團');
    expect(r?.kind === 'company' && [r.names.en, r.names.ko, r.tagline.en]).toEqual(['Meituan', '메이투안', 'Meituan tagline']);
  });
});

const kinds = (q: string) => search(q).map((r) => `${r.kind[0]}:${r.id}${r.similar ? '~' : ''}`);

describe('search: Chinese article text', () => {
  it.each([
    ['港交所', ['banma-ipo']],
    ['上市', ['banma-ipo', 'xiaomi-glasses']],
    ['眼镜', ['xiaomi-glasses']],
    ['眼鏡', ['xiaomi-glasses']], // traditional folds to simplified
    ['小鸣单车', ['xiaoming-bike']],
  ])('%s finds %j through the Chinese summary', (q, expected) => {
    expect(ids(q).filter((id) => expected.includes(id))).toEqual(expected);
  });
  it('marks the query in a snippet of the Chinese summary', () => {
    const r = search('港交所').find((x) => x.id === 'banma-ipo');
    expect(marked(r)).toEqual(['港交所']);
    expect(r?.matched).toContain('上市申请');
  });
});

describe('search: a company, then its articles', () => {
  it.each(['美团', '美團', '메이투안', 'Meituan', 'meituan dianping'])('%s lists Meituan, then its articles newest first', (q) => {
    expect(kinds(q).slice(0, 3)).toEqual(['c:meituan', 'a:meituan-keeta', 'a:meituan-fraud']);
  });
  it.each(['小米', '샤오미', 'xiaomi', 'シャオミ'])('%s lists Xiaomi, then its articles newest first', (q) => {
    expect(kinds(q).slice(0, 4)).toEqual(['c:xiaomi', 'a:xiaomi-yu7', 'a:xiaomi-su7', 'a:xiaomi-glasses']);
  });
  it.each(['阿里巴巴', '알리바바', 'alibaba'])('%s lists Alibaba, then its articles newest first', (q) => {
    expect(kinds(q).slice(0, 3)).toEqual(['c:alibaba', 'a:banma-ipo', 'a:alibaba-earnings']);
  });
  it('lists an article without the query in its text under its company, by headline', () => {
    const r = search('小米').find((x) => x.id === 'xiaomi-su7');
    expect(r?.matched).toBe('샤오미 SU7 인도 10만대 돌파');
    expect(r?.ranges).toEqual([]);
  });
  it('keeps other companies the query names whole after the company\'s articles', () => {
    const r = kinds('xiaomi');
    expect(r.indexOf('c:xiaomi-auto')).toBeGreaterThan(r.indexOf('a:xiaomi-glasses'));
    expect(r).not.toContain('c:xiaomi-auto~');
  });
  it('leaves prefix typing alone: no company is named yet', () => {
    expect(kinds('xiao').slice(0, 3)).toEqual(['c:xiaomi', 'c:xiaomi-auto', 'c:xiaoming-bike']);
  });
});

describe('search: similar spellings stay below exact matches', () => {
  it('xiaomi lists Xiaomi and its articles first; Xiaoming and its story only below, labelled', () => {
    const r = kinds('xiaomi');
    const firstSimilar = r.findIndex((k) => k.endsWith('~'));
    expect(firstSimilar).toBeGreaterThan(0);
    expect(r.slice(firstSimilar).every((k) => k.endsWith('~'))).toBe(true);
    expect(r.slice(firstSimilar)).toEqual(expect.arrayContaining(['c:xiaoming-bike~', 'a:bike-deposits~']));
    expect(r.slice(0, firstSimilar).some((k) => k.includes('xiaoming') || k.includes('bike'))).toBe(false);
  });
  it('an exact "xiaoming" finds Xiaoming Bike and its story, unlabelled', () => {
    expect(kinds('xiaoming').slice(0, 1)).toEqual(['c:xiaoming-bike']);
    expect(kinds('xiaoming')).toContain('a:bike-deposits');
    expect(kinds('xiaoming')).not.toContain('c:xiaomi');
  });
  it('labels a typo match, which only shows when nothing exact matches', () => {
    expect(kinds('xiaomy')[0]).toBe('c:xiaomi~');
    expect(kinds('xiaomi')).not.toContain('c:xiaomi~');
  });
  it('counts a Korean name followed by a particle as the name itself', () => {
    // 샤오미는 in the glasses story's Korean summary: the word 샤오미 plus a particle.
    const r = kinds('샤오미');
    expect(r).toContain('a:xiaomi-glasses');
    expect(r.filter((k) => k.endsWith('~'))).toEqual([]);
  });
});

describe('search: a phrase holding a known name', () => {
  it.each([
    ['Alibaba said on Tuesday that it would', 'alibaba'],
    ['알리바바가 화요일 밝혔다', 'alibaba'],
    ['据报道，美团今天宣布', 'meituan'],
    ['The Xiaomi SU8 is not announced', 'xiaomi'],
  ])('"%s" finds %s, then its articles', (q, id) => {
    const r = kinds(q);
    const at = r.indexOf(`c:${id}`);
    expect(at).toBeGreaterThanOrEqual(0);
    const own = articles.filter((a) => a.companies.includes(id)).length;
    expect(r.slice(at + 1, at + 1 + own).every((k) => k.startsWith('a:'))).toBe(true);
  });
  it('finds the names the page would mark, not words that merely contain one', () => {
    expect(ids('我喜欢喝小米粥')).not.toContain('xiaomi');
    expect(ids('alibabas and others')).not.toContain('alibaba');
  });
  it('lists several named companies in the order the phrase names them', () => {
    const r = kinds('Meituan and Alibaba compete');
    expect(r.indexOf('c:meituan')).toBeLessThan(r.indexOf('c:alibaba'));
  });
  it('puts what matches the phrase from its start first (a selected headline)', () => {
    expect(first('Alibaba quarterly earnings beat estimates')?.id).toBe('alibaba-earnings');
    expect(kinds('Alibaba Cl')[0]).toBe('c:alibaba-cloud');
  });
  it('searches as before when no name finder is given', () => {
    const plain = buildSearchIndex(companies, articles);
    expect(plain.search('Alibaba said on Tuesday that it would')).toEqual([]);
  });
});
