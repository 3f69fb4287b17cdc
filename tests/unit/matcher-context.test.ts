/**
 * The context rules a reader notices (docs/matching.md, "Context rules"): what may follow a
 * Korean name, numbers before 百度, dictionary words around a Han name, and addresses.
 * Run on the real dataset, each case also through the RegExp reference, which applies the
 * same rules.
 */
import { describe, expect, it } from 'vitest';
import { createAlternationMatcher } from '../../src/shared/matcher/alternation';
import { collectEntries } from '../../src/shared/matcher/entries';
import { createMatcher } from '../../src/shared/matcher/index';
import { KOREAN_HEADS, KOREAN_PARTICLES, restIsParticles } from '../../src/shared/text/korean-suffixes';
import { realCompanies, realPatterns } from '../eval/dataset';

const patterns = realPatterns();
const matcher = createMatcher(patterns);
const reference = createAlternationMatcher(collectEntries(realCompanies()));
const marks = (text: string, m = matcher) => m.find(text).map((h) => `${text.slice(h.start, h.end)}=${patterns.companyIds[h.company]}`);

type Case = [text: string, expected: string[]];
const CASES: Record<string, Case[]> = {
  'Korean: heads, then particles, in any combination': [
    ['알리바바에서는', ['알리바바=alibaba']],
    ['메이투안과의', ['메이투안=meituan']],
    ['메이퇀으로부터의', ['메이퇀=meituan']],
    ['샤오미폰을', ['샤오미=xiaomi']],
    ['화웨이측은', ['화웨이=huawei']],
    ['텐센트코리아가', ['텐센트=tencent']],
    ['바이두였다', ['바이두=baidu']],
    ['반마라는', ['반마=banma']],
    ['알리바바그룹은', ['알리바바그룹=alibaba']],
  ],
  'Korean: anything else after the name is another word': [
    ['반마디', []],
    ['반마스크', []],
    ['반마피아', []],
    ['오포동', []],
    ['상하이차량', []],
    ['샤오미니', []],
    // particles first, then a head: not Korean word order
    ['샤오미는폰', []],
  ],
  'Korean: a Latin name keeps the Latin rules': [
    ['Xiaomi는', ['Xiaomi=xiaomi']],
    ['샤오미SU7은', ['샤오미=xiaomi']],
  ],
  'a numeral before a name that starts with one': [
    ['三百度', []],
    ['几百度', []],
    ['一千五百度', []],
    ['3百度', []],
    ['３百度', []],
    ['上百度搜一下', ['百度=baidu']],
    ['百度三百度', ['百度=baidu']],
    ['他在百度工作', ['百度=baidu']],
  ],
  'a Han name inside a longer dictionary word': [
    ['中华为之振奋', []],
    ['才华为他赢得赞誉', []],
    ['淘宝贝', []],
    ['百度参り', []],
    // next to function characters the dictionary is not asked: 和美 "harmonious"
    ['小米和美团', ['小米=xiaomi', '美团=meituan']],
    ['为阿里巴巴', ['阿里巴巴=alibaba']],
    ['华为的芯片', ['华为=huawei']],
    ['阿里巴巴集团宣布', ['阿里巴巴集团=alibaba']],
    ['小米发布', ['小米=xiaomi']],
    ['高德地图', ['高德地图=amap']],
    ['美团外卖', ['美团=meituan']],
    ['小米SU7', ['小米=xiaomi']],
  ],
  'addresses are not prose': [
    ['http://cn.technode.com/post/2017-11-15/xiaomi-buy/', []],
    ['URL:http://it.example.com/alibaba/1.html', []],
    ['press@xiaomi.com', []],
    ['www.baidu.com', []],
    ['technode.com/post/tencent-2017-q3/', []],
    ['(https://example.com/huawei)', []],
    ['Xiaomi,http://example.com/x', ['Xiaomi=xiaomi']],
    ['Alibaba.com', ['Alibaba=alibaba']],
    ['Xiaomi/Huawei', ['Xiaomi=xiaomi', 'Huawei=huawei']],
    ['来源：小米 http://example.com/xiaomi', ['小米=xiaomi']],
  ],
  'Latin: all-caps headlines still match': [
    ['XIAOMI CUTS PRICES', ['XIAOMI=xiaomi']],
    ['ALIBABA, TENCENT SHARES FALL', ['ALIBABA=alibaba', 'TENCENT=tencent']],
  ],
};

describe.each(Object.entries(CASES))('%s', (_name, cases) => {
  it.each(cases)('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
    expect(marks(text, reference)).toEqual(expected);
  });
});

describe('the Korean suffix reader', () => {
  const none = () => [];
  it('accepts every listed particle and head alone', () => {
    for (const p of KOREAN_PARTICLES) expect(restIsParticles(p, none), p).toBe(true);
    for (const h of KOREAN_HEADS) expect(restIsParticles(h, none), h).toBe(true);
  });
  it('accepts heads then particles, and an alias of the same company as a head', () => {
    expect(restIsParticles('그룹에서는', none)).toBe(true);
    expect(restIsParticles('클라우드까지도', none)).toBe(true);
    expect(restIsParticles('알리페이는', (i) => (i === 0 ? [4] : []))).toBe(true);
    expect(restIsParticles('는그룹', none)).toBe(false);
    expect(restIsParticles('디', none)).toBe(false);
  });
});
