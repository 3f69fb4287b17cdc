/**
 * Keeps the best `k` of many scored candidates without sorting them all: a one-letter
 * query can match tens of thousands of names, of which the popup shows twenty.
 */
export interface Candidate<T> {
  score: number;
  /** Tie-breakers after the score: larger `recency` first, then smaller `order`. */
  recency: number;
  order: number;
  item: T;
}

function better<T>(a: Candidate<T>, b: Candidate<T>): boolean {
  return a.score !== b.score ? a.score > b.score : a.recency !== b.recency ? a.recency > b.recency : a.order < b.order;
}

export class TopK<T> {
  private readonly items: Array<Candidate<T>> = [];
  constructor(private readonly k: number) {}

  /** Cheap pre-check so callers can skip building a candidate that would not get in. */
  admits(score: number): boolean {
    return this.items.length < this.k || score >= this.items[this.items.length - 1]!.score;
  }

  add(c: Candidate<T>): void {
    const items = this.items;
    if (items.length === this.k && !better(c, items[items.length - 1]!)) return;
    let i = items.length;
    while (i > 0 && better(c, items[i - 1]!)) i--;
    items.splice(i, 0, c);
    if (items.length > this.k) items.pop();
  }

  best(): Array<Candidate<T>> {
    return this.items;
  }
}
