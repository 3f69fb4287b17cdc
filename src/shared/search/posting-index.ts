/**
 * An inverted index from tokens to document numbers in typed arrays: one sorted token
 * list (binary search finds every token with a given prefix) and one Uint16Array of
 * postings, so 100,000 articles cost a few arrays rather than millions of small ones.
 * Documents are numbered within their segment (at most 65,536 of them), which halves the
 * postings: Chinese summaries, indexed as bigrams, hold most of them.
 */
export const MAX_SEGMENT_DOCS = 0x10000;

export class PostingIndexBuilder {
  private readonly lists = new Map<string, number[]>();

  /** `doc` is the document's number within this segment. */
  add(token: string, doc: number): void {
    const list = this.lists.get(token);
    if (!list) this.lists.set(token, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  }

  build(): PostingIndex {
    const tokens = [...this.lists.keys()].sort();
    const offsets = new Int32Array(tokens.length + 1);
    let total = 0;
    tokens.forEach((t, i) => {
      offsets[i] = total;
      total += this.lists.get(t)!.length;
    });
    offsets[tokens.length] = total;
    const postings = new Uint16Array(total);
    tokens.forEach((t, i) => postings.set(this.lists.get(t)!, offsets[i]!));
    return new PostingIndex(tokens, offsets, postings);
  }
}

export class PostingIndex {
  constructor(
    private readonly tokens: string[],
    /** Postings of sorted token i are postings[offsets[i] .. offsets[i + 1]). */
    readonly offsets: Int32Array,
    readonly postings: Uint16Array,
  ) {}

  private lowerBound(token: string): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** [first, end) positions of the tokens equal to `token`, or starting with it. */
  range(token: string, prefix: boolean): [number, number] {
    const lo = this.lowerBound(token);
    if (!prefix) return this.tokens[lo] === token ? [lo, lo + 1] : [lo, lo];
    // Every token starting with `token` sorts before `token` + the highest BMP unit.
    return [lo, this.lowerBound(token + '\uffff')];
  }

  /** The token at sorted position `i`. */
  token(i: number): string {
    return this.tokens[i]!;
  }

  /** How many postings a range holds (an upper bound on its documents). */
  size([first, end]: [number, number]): number {
    return this.offsets[end]! - this.offsets[first]!;
  }
}
