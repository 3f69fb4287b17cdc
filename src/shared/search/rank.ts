/**
 * One number per result so companies and articles sort together:
 * tier (exact > prefix > substring > fuzzy) first, then companies before articles,
 * then primary companies, then the finer hints (which field matched, how close).
 */
export const Tier = { fuzzy: 1, substring: 2, prefix: 3, exact: 4 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

/**
 * `value` is tier * 1000 + detail (|detail| < 100) as the company and article indexes
 * report it; the score puts the kind and primacy between the tier and the detail.
 */
export function score(value: number, kind: 'company' | 'article', primary = false): number {
  const tier = Math.round(value / 1000);
  const detail = Math.max(0, Math.min(99, value - tier * 1000));
  return tier * 1000 + (kind === 'company' ? 500 : 0) + (primary ? 200 : 0) + detail;
}

/** The tier a score (or an index's value) was made from. */
export function tierOf(score: number): Tier {
  return Math.floor(score / 1000) as Tier;
}

/** Higher is better: the shorter the rest of the key beyond the query, the closer. */
export function closeness(keyLength: number, queryLength: number): number {
  return Math.max(0, 60 - (keyLength - queryLength));
}
