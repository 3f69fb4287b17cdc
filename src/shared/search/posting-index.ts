/**
 * An inverted index from tokens to document numbers in typed arrays: sorted token tables
 * (binary search finds every token with a given prefix) and one Uint16Array of postings,
 * so 100,000 articles cost a few arrays rather than millions of small ones.
 *
 * - Documents are numbered within their segment (at most 65,536 of them), which halves
 *   the postings: Chinese summaries, indexed as bigrams, hold most of them.
 * - Han/kana bigrams live in their own table as numbers (first code unit * 0x10000 +
 *   second), sorted natively: a segment of Chinese summaries has tens of thousands of
 *   distinct bigrams, and a string for each (made, hashed, sorted, kept) was most of the
 *   cost of indexing them and much of the index's memory.
 */
import { isCjkChar } from './words';

export const MAX_SEGMENT_DOCS = 0x10000;

/** [first, end) positions in the index's offsets; a token may need one range per table. */
export type TokenRange = [number, number];

const pairKey = (first: number, second: number) => first * 0x10000 + second;

/** The first position in sorted `list` whose item is not below `value`. */
function lowerBound<T extends string | number>(list: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PostingIndexBuilder {
  private readonly lists = new Map<string, number[]>();
  private readonly pairs = new Map<number, number[]>();

  /** `doc` is the document's number within this segment. */
  add(token: string, doc: number): void {
    const list = this.lists.get(token);
    if (!list) this.lists.set(token, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  }

  /** The Han/kana bigram of code units `first`, `second`. */
  addPair(first: number, second: number, doc: number): void {
    const key = pairKey(first, second);
    const list = this.pairs.get(key);
    if (!list) this.pairs.set(key, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  }

  build(): PostingIndex {
    const tokens = [...this.lists.keys()].sort();
    const pairs = Uint32Array.from(this.pairs.keys()).sort();
    const lists = [...tokens.map((t) => this.lists.get(t)!), ...Array.from(pairs, (k) => this.pairs.get(k)!)];
    const offsets = new Int32Array(lists.length + 1);
    let total = 0;
    lists.forEach((list, i) => {
      offsets[i] = total;
      total += list.length;
    });
    offsets[lists.length] = total;
    const postings = new Uint16Array(total);
    lists.forEach((list, i) => postings.set(list, offsets[i]!));
    return new PostingIndex(tokens, pairs, offsets, postings);
  }
}

export class PostingIndex {
  constructor(
    /** Words and lone Han/kana characters, sorted: positions 0 .. tokens.length. */
    private readonly tokens: string[],
    /** Bigrams as numbers, sorted: positions tokens.length + i. */
    private readonly pairs: Uint32Array,
    /** Postings of position i are postings[offsets[i] .. offsets[i + 1]). */
    readonly offsets: Int32Array,
    readonly postings: Uint16Array,
  ) {}

  private lowerBound(token: string): number {
    return lowerBound(this.tokens, token);
  }

  private pairBound(key: number): number {
    return this.tokens.length + lowerBound(this.pairs, key);
  }

  /** The positions of the tokens equal to `token`, or (prefix) starting with it. */
  ranges(token: string, prefix: boolean): TokenRange[] {
    const c0 = token.charCodeAt(0);
    if (token.length === 2 && isCjkChar(c0) && isCjkChar(token.charCodeAt(1))) {
      const key = pairKey(c0, token.charCodeAt(1));
      const at = this.pairBound(key);
      return [[at, at < this.tokens.length + this.pairs.length && this.pairs[at - this.tokens.length] === key ? at + 1 : at]];
    }
    const lo = this.lowerBound(token);
    if (!prefix) return [[lo, this.tokens[lo] === token ? lo + 1 : lo]];
    // Every token starting with `token` sorts before `token` + the highest BMP unit.
    const words: TokenRange = [lo, this.lowerBound(token + '\uffff')];
    // A lone Han/kana character also starts every bigram it begins.
    return token.length === 1 && isCjkChar(c0) ? [words, [this.pairBound(pairKey(c0, 0)), this.pairBound(pairKey(c0 + 1, 0))]] : [words];
  }

  /** The token at position `i`. */
  token(i: number): string {
    if (i < this.tokens.length) return this.tokens[i]!;
    const key = this.pairs[i - this.tokens.length]!;
    return String.fromCharCode(key >>> 16, key & 0xffff);
  }

  /** How many postings ranges hold (an upper bound on their documents). */
  size(ranges: readonly TokenRange[]): number {
    let n = 0;
    for (const [first, end] of ranges) n += this.offsets[end]! - this.offsets[first]!;
    return n;
  }
}
