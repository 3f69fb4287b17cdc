/**
 * Which facts a reader sees first, and in what order (docs/card.md, "Which facts come first").
 * A card's first view has room for four: up to three of the newest dated facts that are at
 * most three years old (newest first; equal dates keep the dataset's order, which is the
 * author's order of importance), then the undated identity facts (founded, founder,
 * headquarters…) in dataset order, then older dated facts, newest first. "More" lists the
 * others: the remaining recent facts newest first, the remaining undated ones, then the old ones.
 */
import type { Fact } from '../dataset/schema';

export const STALE_YEARS = 3;
export const FIRST_VIEW_FACTS = 4;
const FRESH_IN_FIRST_VIEW = 3;

/** Milliseconds at the start and the end of a period (`2025`, `2025-08`, `2025-08-21`, `2025-Q1`, `2025-H2`). */
export function periodBounds(period: string): { start: number; end: number } {
  const part = /^(\d{4})-([QH])([1-4])$/.exec(period);
  if (part) {
    const months = part[2] === 'Q' ? 3 : 6;
    const first = (Number(part[3]) - 1) * months;
    const y = Number(part[1]);
    return { start: Date.UTC(y, first, 1), end: Date.UTC(y, first + months, 1) - 1 };
  }
  const [y, m, d] = period.split('-').map(Number);
  if (m === undefined) return { start: Date.UTC(y!, 0, 1), end: Date.UTC(y! + 1, 0, 1) - 1 };
  if (d === undefined) return { start: Date.UTC(y!, m - 1, 1), end: Date.UTC(y!, m, 1) - 1 };
  return { start: Date.UTC(y!, m - 1, d), end: Date.UTC(y!, m - 1, d + 1) - 1 };
}

/** A period that ended more than three years before `now`. */
export function isStale(period: string | undefined, now: number): boolean {
  if (!period) return false;
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - STALE_YEARS);
  return periodBounds(period).end < limit.getTime();
}

const newestFirst = (a: Fact, b: Fact) => periodBounds(b.asOf!).start - periodBounds(a.asOf!).start;

/** Every fact, most useful first; `first` is what the card's first view shows. */
export function orderFacts(facts: readonly Fact[], now: number): { first: Fact[]; rest: Fact[] } {
  // Array.prototype.sort is stable: equal dates keep the dataset's order.
  const fresh = facts.filter((f) => f.asOf && !isStale(f.asOf, now)).sort(newestFirst);
  const undated = facts.filter((f) => !f.asOf);
  const stale = facts.filter((f) => f.asOf && isStale(f.asOf, now)).sort(newestFirst);
  const first = [...fresh.slice(0, FRESH_IN_FIRST_VIEW), ...undated, ...fresh.slice(FRESH_IN_FIRST_VIEW), ...stale].slice(0, FIRST_VIEW_FACTS);
  const shown = new Set(first);
  const rest = [...fresh, ...undated, ...stale].filter((f) => !shown.has(f));
  return { first, rest };
}
