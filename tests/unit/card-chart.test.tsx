import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chart } from '../../src/shared/ui/Chart';
import { chartModel } from '../../src/shared/ui/chart-model';
import { makeTranslate } from '../../src/shared/ui/i18n';
import { banma } from './card-fixtures';

const series = banma().series!;
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  render(<Chart series={series} lang="en" t={makeTranslate()} />, root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const bars = (id: string) =>
  [...root.querySelectorAll<SVGRectElement>(`rect[data-series="${id}"]`)].map((r) => ({
    period: r.getAttribute('data-period'),
    x: Number(r.getAttribute('x')),
    height: Number(r.getAttribute('height')),
    title: r.querySelector('title')?.textContent,
  }));

describe('Chart', () => {
  it('draws four revenue and four net-loss bars in time order', () => {
    const revenue = bars('revenue');
    const loss = bars('net-loss');
    expect(revenue.map((b) => b.period)).toEqual(['2022', '2023', '2024', '2025-Q1']);
    expect(loss.map((b) => b.period)).toEqual(['2022', '2023', '2024', '2025-Q1']);
    const xs = revenue.map((b) => b.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // Within a period the series sit side by side, revenue first.
    revenue.forEach((b, i) => expect(b.x).toBeLessThan(loss[i]!.x));
  });

  it('makes bar heights proportional to the values', () => {
    const revenue = bars('revenue');
    const [y22, y23, y24, q1] = revenue.map((b) => b.height);
    expect(y23).toBeGreaterThan(y24!);
    expect(y24).toBeGreaterThan(y22! * 0.9);
    expect(q1! / y23!).toBeCloseTo(124 / 872, 2);
    const loss = bars('net-loss');
    expect(loss[1]!.height).toBeGreaterThan(revenue[1]!.height); // 878 > 872
    expect(loss[2]!.height / revenue[2]!.height).toBeCloseTo(465 / 824, 2);
  });

  it('labels the periods and tells each bar value', () => {
    const labels = [...root.querySelectorAll('.cc-period')].map((e) => e.textContent);
    expect(labels).toEqual(['2022', '2023', '2024', '2025 Q1']);
    expect(bars('revenue')[3]!.title).toBe('Revenue 2025 Q1: CNY 124 million');
    expect(bars('net-loss')[0]!.title).toBe('Net loss 2022: CNY 877 million');
  });

  it('gives screen readers a title and a description with every value', () => {
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(root.querySelector(`[id="${ids[0]}"]`)?.textContent).toBe('Chart: Revenue, Net loss');
    const desc = root.querySelector(`[id="${ids[1]}"]`)?.textContent ?? '';
    expect(desc).toContain('Revenue: 2022 CNY 805 million, 2023 CNY 872 million');
    expect(desc).toContain('Net loss:');
    expect(desc).toContain('2025 Q1 CNY 109 million');
  });

  it('draws negative values below the zero line', () => {
    const m = chartModel([{ ...series[1]!, points: [{ period: '2023', value: -50 }, { period: '2024', value: 100 }] }]);
    const [neg, pos] = m.bars;
    expect(neg!.y).toBeCloseTo(m.zeroY);
    expect(pos!.y + pos!.height).toBeCloseTo(m.zeroY);
    expect(neg!.height).toBeCloseTo(pos!.height / 2);
  });
});
