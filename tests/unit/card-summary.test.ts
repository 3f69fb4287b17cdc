import { describe, expect, it } from 'vitest';
import { pageSummary } from '../../src/content/card/page-summary';
import { makeTranslate } from '../../src/shared/ui/i18n';
import { localeMessages } from '../../src/shared/ui/locale-messages';

const m = (companyId: string, text: string) => ({ companyId, text });

describe('the page summary for screen readers', () => {
  it('names the marked companies, most mentioned first, as spelled on the page, and the key', () => {
    const mentions = [m('xiaomi', '샤오미'), m('alibaba', 'Alibaba'), m('xiaomi', 'Xiaomi'), m('meituan', '美团')];
    expect(pageSummary(mentions, makeTranslate(), 'Alt+Shift+K')).toBe(
      'Company Context marked 샤오미 (2), Alibaba (1), 美团 (1) on this page. Press Alt+Shift+K to open the next one with its facts.',
    );
  });

  it('leaves the key out when none is set, says nothing without mentions, and speaks the reader’s language', () => {
    expect(pageSummary([m('banma', 'Banma')], makeTranslate(), null)).toBe('Company Context marked Banma (1) on this page.');
    expect(pageSummary([], makeTranslate(), 'Alt+Shift+K')).toBe('');
    expect(pageSummary([m('banma', '반마')], makeTranslate(localeMessages('ko')), 'Alt+Shift+K')).toBe(
      'Company Context가 이 페이지에서 반마 (1)을(를) 표시했습니다. Alt+Shift+K 키로 다음 회사의 정보를 엽니다.',
    );
  });
});
