/** Text folding: what counts as "the same spelling", and the way back to page offsets. */
import { describe, expect, it } from 'vitest';
import { foldText, originalRange } from '../../src/shared/text/fold';

const folded = (s: string): string => foldText(s).text;

describe('foldText', () => {
  it.each([
    ['Ａｌｉｂａｂａ', 'alibaba'],
    ['ALIBABA', 'alibaba'],
    ['ｱﾘﾊﾞﾊﾞ', 'アリババ'],
    ['Amape\u0301', 'amapé'],
    ['ẞ', 'ß'],
    ['ß', 'ß'],
    ['İstanbul', 'istanbul'],
    ['ı', 'ı'],
    ['Ant \n\t Group', 'ant group'],
    ['Ant\u00a0Group', 'ant group'],
    ['Meituan\u2011Dianping', 'meituan-dianping'],
    ['Xiaomi\u2019s', "xiaomi's"],
    ['Ali\u00adba\u200bba', 'alibaba'],
    ['小米\ufe0f', '小米'],
    ['㍿', '株式会社'],
    ['高德地圖', '高德地圖'],
  ])('%s -> %s', (input, expected) => {
    expect(folded(input)).toBe(expected);
  });

  it('keeps Traditional and Simplified apart (the dataset lists both as aliases)', () => {
    expect(folded('斑馬')).not.toBe(folded('斑马'));
  });
});

describe('originalRange', () => {
  it('maps folded offsets back through expansions and removals', () => {
    const f = foldText('㍿ ＸＩＡＯＭＩ\u00ad!');
    expect(f.text).toBe('株式会社 xiaomi!');
    expect(originalRange(f, 5, 11)).toEqual([2, 9]);
  });
  it('snaps an end inside one character outward to cover it', () => {
    const f = foldText('ﬁx');
    expect(f.text).toBe('fix');
    expect(originalRange(f, 0, 1)).toEqual([0, 1]);
  });
  it('maps a collapsed run of spaces to where the run begins', () => {
    const f = foldText('a   b');
    expect(f.text).toBe('a b');
    expect(originalRange(f, 0, 3)).toEqual([0, 5]);
  });
});
