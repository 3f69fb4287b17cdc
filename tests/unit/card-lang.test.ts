import { describe, expect, it } from 'vitest';
import { readerLang, uiLang } from '../../src/shared/ui/lang';
import { browserUiLanguage, localeMessages } from '../../src/shared/ui/locale-messages';
import { factText, formatPeriod } from '../../src/shared/ui/format';
import type { Fact } from '../../src/shared/dataset/schema';

describe('the reader’s language', () => {
  it('takes the browser UI locale first, then navigator.languages, then English', () => {
    expect(readerLang('ko', ['en-US'])).toBe('ko');
    expect(readerLang('zh-CN', ['ko'])).toBe('zh-Hans');
    expect(readerLang('zh-TW', [])).toBe('zh-Hant');
    expect(readerLang('en-GB', ['ko'])).toBe('en');
    expect(readerLang('fr-FR', ['fr', 'ko-KR', 'en'])).toBe('ko');
    expect(readerLang(undefined, ['zh-Hant-HK'])).toBe('zh-Hant');
    expect(readerLang('de', ['fr'])).toBe('en');
    expect(uiLang('ko-KR')).toBe('ko'); // the old one-tag mapping keeps its signature
  });

  it('reads the UI locale from the messages the browser serves (Chromium --lang leaves getUILanguage at en-US)', () => {
    expect(browserUiLanguage(localeMessages('ko'), 'en-US')).toBe('ko');
    expect(browserUiLanguage(localeMessages('zh-Hans'), 'en-US')).toBe('zh-Hans');
    expect(browserUiLanguage(localeMessages('en'), 'fr-FR')).toBe('fr-FR');
    expect(browserUiLanguage(() => '', 'ko')).toBe('ko');
  });

  it('bundles the same strings the browser reads, placeholders expanded', () => {
    expect(localeMessages('ko')('cardAsOf', ['2017년 3분기'])).toBe('2017년 3분기 기준');
    expect(localeMessages('zh-Hant')('cardMore')).toBe('更多');
    expect(localeMessages('en')('cardShortcut', ['Alt+Shift+K'])).toBe('Alt+Shift+K: next company on the page');
  });
});

describe('periods and values in the reader’s language', () => {
  it.each([
    ['2017-Q3', 'en', 'Q3 2017'],
    ['2017-Q3', 'ko', '2017년 3분기'],
    ['2017-Q3', 'zh-Hans', '2017年第三季度'],
    ['2025-H1', 'ko', '2025년 상반기'],
    ['2025-H2', 'zh-Hans', '2025年下半年'],
    ['2024', 'ko', '2024년'],
    ['2024', 'zh-Hans', '2024年'],
    ['2024', 'en', '2024'],
  ] as const)('%s in %s is %s', (period, lang, shown) => {
    expect(formatPeriod(period, lang)).toBe(shown);
  });

  const fact = (value: string, note: { en: string; ko: string; zh?: string }): Fact => ({
    id: 'x',
    label: { en: 'X', ko: 'X' },
    value,
    note,
    source: { kind: 'general' },
  });

  it('says a glossed name once: “Beijing (北京)”, “베이징 (北京)”, “北京”', () => {
    const beijing = fact('Beijing (北京)', { en: 'Beijing', ko: '베이징', zh: '北京' });
    expect(factText(beijing, 'en')).toEqual({ value: 'Beijing (北京)', note: undefined });
    expect(factText(beijing, 'ko')).toEqual({ value: '베이징 (北京)', note: undefined });
    expect(factText(beijing, 'zh-Hans')).toEqual({ value: '北京', note: undefined });
    const leiJun = fact('Lei Jun (雷军)', { en: 'Lei Jun', ko: '레이쥔', zh: '雷军' });
    expect(factText(leiJun, 'en').value).toBe('Lei Jun (雷军)');
    expect(factText(leiJun, 'ko').value).toBe('레이쥔 (雷军)');
    const hangzhou = fact('Hangzhou (杭州)', { en: 'Hangzhou, Zhejiang', ko: '저장성 항저우', zh: '浙江杭州' });
    expect(factText(hangzhou, 'en')).toEqual({ value: 'Hangzhou, Zhejiang (杭州)', note: undefined });
    expect(factText(hangzhou, 'zh-Hans').value).toBe('浙江杭州');
  });

  it('translates a value its note only glosses, and keeps real notes', () => {
    const brain = fact('City Brain', { en: 'City Brain', ko: '시티 브레인', zh: '城市大脑' });
    expect(factText(brain, 'en')).toEqual({ value: 'City Brain', note: undefined });
    expect(factText(brain, 'ko')).toEqual({ value: '시티 브레인', note: undefined });
    const jackMa = fact('Jack Ma (马云)', { en: 'Named as Alibaba’s founder and chairman.', ko: '창업자이자 회장 마윈.' });
    expect(factText(jackMa, 'en')).toEqual({ value: 'Jack Ma (马云)', note: 'Named as Alibaba’s founder and chairman.' });
  });
});
