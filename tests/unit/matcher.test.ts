/**
 * The matching rules a reader notices: which words on a page get marked, for which
 * company, and exactly which characters. A small fixture mirrors the real aliases.
 */
import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/shared/dataset/schema';
import { compilePatterns } from '../../src/shared/matcher/compile';
import { createMatcher } from '../../src/shared/matcher/index';
import { createAlternationMatcher } from '../../src/shared/matcher/alternation';
import { collectEntries } from '../../src/shared/matcher/entries';

type Spec = Pick<Company, 'id' | 'names' | 'aliases'> & { negatives?: string[]; searchTerms?: string[] };
const company = (s: Spec): Company =>
  ({ ...s, tagline: { en: 'x', ko: 'x' }, description: { en: 'x', ko: 'x' }, facts: [] }) as Company;

const FIXTURE: Company[] = [
  company({
    id: 'alibaba',
    names: { en: 'Alibaba', ko: '알리바바', 'zh-Hans': '阿里巴巴', 'zh-Hant': '阿里巴巴', ja: 'アリババ' },
    aliases: { en: ['Alibaba Group'], 'zh-Hans': ['阿里', '阿里巴巴集团'], 'zh-Hant': ['阿里巴巴集團'] },
  }),
  company({
    id: 'xiaomi',
    names: { en: 'Xiaomi', ko: '샤오미', 'zh-Hans': '小米', ja: 'シャオミ' },
    aliases: { en: ['Mi'] },
    negatives: ['小米粥'],
  }),
  company({
    id: 'amap',
    names: { en: 'Amap', ko: '까오더', 'zh-Hans': '高德地图', 'zh-Hant': '高德地圖' },
    aliases: { en: ['AutoNavi'], ko: ['가오더'], 'zh-Hans': ['高德'] },
    negatives: ['高德纳', '高德納'],
    searchTerms: ['gaode'],
  }),
  company({
    id: 'meituan',
    names: { en: 'Meituan', ko: '메이투안', 'zh-Hans': '美团', 'zh-Hant': '美團' },
    aliases: { ko: ['메이퇀'] },
  }),
  company({
    id: 'banma',
    names: { en: 'Banma', ko: '반마네트워크', 'zh-Hans': '斑马智行', 'zh-Hant': '斑馬智行' },
    aliases: {},
    negatives: ['斑马线', '斑馬線', '斑马'],
  }),
  company({ id: 'ant-group', names: { en: 'Ant Group', 'zh-Hans': '蚂蚁集团' }, aliases: {} }),
];

const compiled = compilePatterns(FIXTURE, 'test');
const matcher = createMatcher(JSON.parse(JSON.stringify(compiled)) as typeof compiled);
const alternation = createAlternationMatcher(collectEntries(FIXTURE));

/** What a reader sees: each marked span's text and the company its card shows. */
function marks(text: string, m = matcher): Array<[string, string]> {
  return m.find(text).map((h) => [text.slice(h.start, h.end), compiled.companyIds[h.company]!]);
}

type Case = [text: string, expected: Array<[string, string]>];
const NONE: Array<[string, string]> = [];

const CASES: Record<string, Case[]> = {
  en: [
    ['Alibaba reported earnings', [['Alibaba', 'alibaba']]],
    ['ALIBABA shares rose', [['ALIBABA', 'alibaba']]],
    ['alibaba', [['alibaba', 'alibaba']]],
    ["Alibaba's cloud unit", [['Alibaba', 'alibaba']]],
    ['(Alibaba)', [['Alibaba', 'alibaba']]],
    ['Meituan-Dianping merged', [['Meituan', 'meituan']]],
    ['shares of Alibaba.', [['Alibaba', 'alibaba']]],
    ['Xiaomi and Meituan', [['Xiaomi', 'xiaomi'], ['Meituan', 'meituan']]],
    ['Amap, also known as AutoNavi', [['Amap', 'amap'], ['AutoNavi', 'amap']]],
    ['"Xiaomi"', [['Xiaomi', 'xiaomi']]],
    ['#Xiaomi/Meituan', [['Xiaomi', 'xiaomi'], ['Meituan', 'meituan']]],
    ['Xiaomi\u2019s phones', [['Xiaomi', 'xiaomi']]],
    ['the Alibaba Group said', [['Alibaba Group', 'alibaba']]],
    ['Ant   Group and Ant\nGroup', [['Ant   Group', 'ant-group'], ['Ant\nGroup', 'ant-group']]],
    ['Banma, Mi', [['Banma', 'banma'], ['Mi', 'xiaomi']]],
    ['Amapá is a Brazilian state', NONE],
    ['alibabas everywhere', NONE],
    ['Muhammad Ali', NONE],
    ['AlibabaCloud', NONE],
    ['xiaomis', NONE],
    ['preAmap', NONE],
    ['Amap2', NONE],
    ['3Xiaomi', NONE],
    ['Meituanese cuisine', NONE],
    ['Banmana', NONE],
    ['Autonavigation', NONE],
    ['Alibaba\u0301', NONE],
    ['\u0391libaba', NONE],
    ['Mei tuan', NONE],
    ['ali baba', NONE],
    ['Miami and Mimi', NONE],
    ['gaode', NONE],
    ['Xiaomiñ', NONE],
    ['Ant Groups', NONE],
  ],
  ko: [
    ['알리바바가 발표했다', [['알리바바', 'alibaba']]],
    ['샤오미는', [['샤오미', 'xiaomi']]],
    ['까오더의 지도', [['까오더', 'amap']]],
    ['메이투안에서 주문', [['메이투안', 'meituan']]],
    ['가오더 지도', [['가오더', 'amap']]],
    ['메이퇀은', [['메이퇀', 'meituan']]],
    ['반마네트워크와 협력', [['반마네트워크', 'banma']]],
    ['(알리바바)', [['알리바바', 'alibaba']]],
    ['중국 알리바바 그룹', [['알리바바', 'alibaba']]],
    ['Xiaomi는 출시했다', [['Xiaomi', 'xiaomi']]],
    ['알리바바·샤오미', [['알리바바', 'alibaba'], ['샤오미', 'xiaomi']]],
    ['한알리바바', NONE],
    ['대샤오미', NONE],
    ['X샤오미', NONE],
    ['3샤오미', NONE],
    ['메이투', NONE],
    ['까오', NONE],
    ['반마', NONE],
    ['알리', NONE],
    ['샤오', NONE],
    ['나가오더', NONE],
    ['오미 샤 오미', NONE],
  ],
  'zh-Hans': [
    ['小米发布新手机', [['小米', 'xiaomi']]],
    ['斑马智行', [['斑马智行', 'banma']]],
    ['高德地图', [['高德地图', 'amap']]],
    ['高德', [['高德', 'amap']]],
    ['阿里巴巴集团', [['阿里巴巴集团', 'alibaba']]],
    ['阿里云', [['阿里', 'alibaba']]],
    ['小米SU7', [['小米', 'xiaomi']]],
    ['阿里巴巴和Alibaba', [['阿里巴巴', 'alibaba'], ['Alibaba', 'alibaba']]],
    ['美团外卖', [['美团', 'meituan']]],
    ['我用高德导航', [['高德', 'amap']]],
    ['小米和美团', [['小米', 'xiaomi'], ['美团', 'meituan']]],
    ['小米美团高德', [['小米', 'xiaomi'], ['美团', 'meituan'], ['高德', 'amap']]],
    ['小米小米粥小米', [['小米', 'xiaomi'], ['小米', 'xiaomi']]],
    ['斑马智行的斑马线', [['斑马智行', 'banma']]],
    ['蚂蚁集团', [['蚂蚁集团', 'ant-group']]],
    ['我喜欢喝小米粥', NONE],
    ['过斑马线', NONE],
    ['斑马', NONE],
    ['一只斑马', NONE],
    ['高德纳', NONE],
    ['高德纳的书', NONE],
    ['小 米', NONE],
    ['米', NONE],
    ['美', NONE],
    ['阿', NONE],
    ['斑马智', NONE],
    ['德地图', NONE],
    ['里巴巴', NONE],
    ['蚂蚁', NONE],
  ],
  'zh-Hant': [
    ['斑馬智行', [['斑馬智行', 'banma']]],
    ['高德地圖', [['高德地圖', 'amap']]],
    ['美團外送', [['美團', 'meituan']]],
    ['阿里巴巴集團', [['阿里巴巴集團', 'alibaba']]],
    ['小米手機', [['小米', 'xiaomi']]],
    ['斑馬線', NONE],
    ['高德納', NONE],
    ['過斑馬線要小心', NONE],
    ['斑馬', NONE],
    ['美國', NONE],
    ['地圖', NONE],
  ],
  ja: [
    ['アリババの決算', [['アリババ', 'alibaba']]],
    ['シャオミのスマホ', [['シャオミ', 'xiaomi']]],
    ['ｱﾘﾊﾞﾊﾞ', [['ｱﾘﾊﾞﾊﾞ', 'alibaba']]],
    ['小米（シャオミ）', [['小米', 'xiaomi'], ['シャオミ', 'xiaomi']]],
    ['アリババグループ', [['アリババ', 'alibaba']]],
    ['アリバ', NONE],
    ['シャオ', NONE],
    ['アリ', NONE],
    ['ミシャオ', NONE],
    ['アリバハ', NONE],
  ],
};

describe.each(Object.entries(CASES))('matching %s text', (_lang, cases) => {
  it.each(cases)('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
  it.each(cases)('the alternation RegExp agrees on %s', (text, expected) => {
    expect(marks(text, alternation)).toEqual(expected);
  });
});

it('has at least 80 cases, at least half of them negative', () => {
  const all = Object.values(CASES).flat();
  expect(all.length).toBeGreaterThanOrEqual(80);
  expect(all.filter(([, e]) => e.length === 0).length * 2).toBeGreaterThanOrEqual(all.length);
});

describe('offsets point at the original text', () => {
  it('covers full-width letters one for one', () => {
    expect(matcher.find('ＡＬＩＢＡＢＡ')).toEqual([{ start: 0, end: 7, company: 0 }]);
  });
  it('survives expansions before the match (㍿ folds to four characters)', () => {
    expect(marks('㍿ Xiaomi')).toEqual([['Xiaomi', 'xiaomi']]);
    expect(matcher.find('㍿ Xiaomi')[0]).toMatchObject({ start: 2, end: 8 });
  });
  it('survives half-width kana whose voicing marks fold into one character', () => {
    expect(matcher.find('ｱﾘﾊﾞﾊﾞ')).toEqual([{ start: 0, end: 6, company: 0 }]);
  });
  it('matches across a soft hyphen and keeps it inside the mark', () => {
    expect(marks('Ali\u00adbaba')).toEqual([['Ali\u00adbaba', 'alibaba']]);
  });
  it('counts astral characters as two code units', () => {
    expect(matcher.find('𠀀小米')).toEqual([{ start: 2, end: 4, company: 1 }]);
  });
  it('reports matches in order across a long text', () => {
    const text = '小米。'.repeat(500) + 'Alibaba';
    const hits = matcher.find(text);
    expect(hits).toHaveLength(501);
    expect(hits.at(-1)).toEqual({ start: 1500, end: 1507, company: 0 });
  });
});

it('handles a text far longer than its scratch buffers, and short texts after it', () => {
  const long = 'Ｘ '.repeat(40_000) + 'Alibaba 小米粥 小米';
  expect(marks(long)).toEqual([['Alibaba', 'alibaba'], ['小米', 'xiaomi']]);
  expect(matcher.find(long)[1]).toEqual({ start: 80_012, end: 80_014, company: 1 });
  expect(marks('ＸＩＡＯＭＩ')).toEqual([['ＸＩＡＯＭＩ', 'xiaomi']]);
});

describe('special letters', () => {
  it('folds dotted capital İ to i, so XİAOMİ is Xiaomi', () => {
    expect(marks('XİAOMİ')).toEqual([['XİAOMİ', 'xiaomi']]);
  });
  it('never crashes on ß, ẞ, ı, lone surrogates or empty text', () => {
    expect(marks('Straße STRAẞE ı \ud800 \udc00')).toEqual([]);
    expect(marks('')).toEqual([]);
  });
});

describe('compiling', () => {
  it('lets a negative win over an alias spelled the same', () => {
    const clash = [company({ id: 'a', names: { en: 'Zebra', 'zh-Hans': '斑马' }, aliases: {}, negatives: ['斑马'] })];
    const m = createMatcher(compilePatterns(clash, 'v'));
    expect(m.find('斑马')).toEqual([]);
    expect(m.find('Zebra')).toHaveLength(1);
  });
  it('compiles an empty dataset into a matcher that finds nothing', () => {
    expect(createMatcher(compilePatterns([], 'v')).find('Alibaba 小米')).toEqual([]);
  });
  it('never uses search terms as patterns', () => {
    expect(marks('gaode gaode')).toEqual([]);
  });
});
