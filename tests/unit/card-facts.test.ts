import { describe, expect, it } from 'vitest';
import { isStale, orderFacts, periodBounds } from '../../src/shared/ui/fact-order';
import type { Fact } from '../../src/shared/dataset/schema';

const NOW = Date.UTC(2026, 10, 30);
const f = (id: string, asOf?: string): Fact => ({ id, label: { en: id, ko: id }, value: 1, ...(asOf ? { asOf } : {}), source: { kind: 'general' } });

describe('which facts come first', () => {
  it('knows where periods start and end', () => {
    expect(periodBounds('2025-Q1')).toEqual({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 3, 1) - 1 });
    expect(periodBounds('2025-H2').start).toBe(Date.UTC(2025, 6, 1));
    expect(periodBounds('2025').end).toBe(Date.UTC(2026, 0, 1) - 1);
    expect(periodBounds('2025-08-21').start).toBe(Date.UTC(2025, 7, 21));
  });

  it('calls a fact stale when its period ended more than three years ago', () => {
    expect(isStale('2017-11', NOW)).toBe(true);
    expect(isStale('2023-10', NOW)).toBe(true);
    expect(isStale('2023-12', NOW)).toBe(false);
    expect(isStale('2024', NOW)).toBe(false);
    expect(isStale(undefined, NOW)).toBe(false);
  });

  it('shows up to three recent dated facts newest first, then undated ones, old ones last', () => {
    const facts = [f('founded'), f('old', '2017-11'), f('hq'), f('q1', '2025-Q1'), f('aug', '2025-08'), f('y24', '2024'), f('day', '2025-08-18'), f('older', '2014')];
    const { first, rest } = orderFacts(facts, NOW);
    expect(first.map((x) => x.id)).toEqual(['day', 'aug', 'q1', 'founded']);
    expect(rest.map((x) => x.id)).toEqual(['y24', 'hq', 'old', 'older']);
  });

  it('fills the first view with old facts only when nothing else is left', () => {
    const { first } = orderFacts([f('a', '2015'), f('b', '2019-02'), f('c')], NOW);
    expect(first.map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps the dataset’s order among facts of the same date', () => {
    const { first } = orderFacts([f('x', '2025-09-10'), f('y', '2025-09-10'), f('z', '2025-09-10')], NOW);
    expect(first.map((x) => x.id)).toEqual(['x', 'y', 'z']);
  });
});
