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
    fill: r.getAttribute('fill'),
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
    expect(labels).toEqual(['2022', '2023', '2024', 'Q1 2025']);
    expect(bars('revenue')[3]!.title).toBe('Revenue Q1 2025: CNY 124 million');
    expect(bars('net-loss')[0]!.title).toBe('Net loss 2022: CNY 877 million');
  });

  it('gives screen readers a named image and every value as a table', () => {
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const id = svg.getAttribute('aria-labelledby')!;
    expect(root.querySelector(`[id="${id}"]`)?.textContent).toBe('Chart: Revenue, Net loss');
    const table = root.querySelector('table.cc-chart-table')!;
    expect(table.querySelector('caption')?.textContent).toBe('Chart: Revenue, Net loss (CNY)');
    const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toEqual(['Period', '2022', '2023', '2024', 'Q1 2025']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows[0]).toEqual(['Revenue', '805M', '872M', '824M', '124M']);
    expect(rows[1]![0]).toBe('Net loss');
    expect(rows[1]![4]).toBe('109M');
  });

  it('tells the series apart without colour: the second one is hatched', () => {
    const fills = new Set(bars('net-loss').map((b) => b.fill));
    expect(fills.size).toBe(1);
    expect([...fills][0]).toMatch(/^url\(#cc-chart-\d+-hatch\)$/);
    expect(bars('revenue').every((b) => b.fill === null)).toBe(true);
    const pattern = root.querySelector(`pattern[id="${[...fills][0]!.slice(5, -1)}"]`);
    expect(pattern?.querySelector('line')).not.toBeNull();
  });

  it('draws negative values below the zero line', () => {
    const m = chartModel([{ ...series[1]!, points: [{ period: '2023', value: -50 }, { period: '2024', value: 100 }] }]);
    const [neg, pos] = m.bars;
    expect(neg!.y).toBeCloseTo(m.zeroY);
    expect(pos!.y + pos!.height).toBeCloseTo(m.zeroY);
    expect(neg!.height).toBeCloseTo(pos!.height / 2);
  });
});
