/**
 * Search over articles: headline, English headline and every summary the article carries
 * (English, Korean and, where written, Chinese: indexed as bigrams like Chinese headlines).
 * Candidates come from token indexes (every query token must start a token of the
 * article); the headline keys then decide the tier, as for companies.
 *
 * The index is built in segments of SEGMENT articles, newest first. A large dataset is
 * indexed one segment per task, so the background stays responsive while it builds (the
 * popup gets companies and the newest articles at once, older articles moments later).
 */
import type { Article } from '../dataset/schema';
import { fold } from './normalise';
import { MAX_SEGMENT_DOCS, PostingIndex, PostingIndexBuilder } from './posting-index';
import { indexTokens, queryTokens, type QueryToken, type TokenSink } from './tokens';
import { Tier, closeness } from './rank';
import { Stamps } from './stamps';
import { isWholeToken } from './words';

export type ArticleField = 'title' | 'titleEn' | 'summaryEn' | 'summaryKo' | 'summaryZh';

export function fieldText(a: Article, f: ArticleField): string {
  switch (f) {
    case 'title':
      return a.title;
    case 'titleEn':
      return a.titleEn;
    case 'summaryEn':
      return a.summary.en;
    case 'summaryKo':
      return a.summary.ko;
    case 'summaryZh':
      return a.summary.zh ?? '';
  }
}

/** Called for every matching article; `whole` says every query word is a whole word of it. */
export type ArticleVisit = (article: number, value: number, whole: boolean) => void;

export interface ArticleHit {
  article: number;
  tier: Tier;
  detail: number;
  /** The headline that holds the whole query; undefined when only words matched. */
  field?: ArticleField;
}

/**
 * Beyond this many candidates the rest are not ranked: a one-letter query matches nearly
 * every article, and the first few thousand (newest first) are plenty.
 */
const MAX_CANDIDATES = 2000;
/** Articles per segment: about 20–40 ms of work on a slow machine. At most MAX_SEGMENT_DOCS. */
export const SEGMENT: number = Math.min(1500, MAX_SEGMENT_DOCS);

export class ArticleIndex {
  private readonly segments: PostingIndex[] = [];
  private readonly titleKeys: string[];
  private readonly titleEnKeys: string[];
  /** Reused between queries: marks[doc] === generation marks a surviving candidate. */
  private readonly stamps: Stamps;
  /** The generation `candidates()` left on the candidates it returned. */
  private candidateGen = 0;
  /** Articles in sealed (searchable) segments; `cursor` runs ahead while one fills. */
  private indexed = 0;
  private cursor = 0;
  private builder = new PostingIndexBuilder();
  /** The article being read (its number within the segment), and one sink adding its tokens. */
  private doc = 0;
  private readonly sink: TokenSink = {
    word: (t) => this.builder.add(t, this.doc),
    pair: (a, b) => this.builder.addPair(a, b, this.doc),
  };

  /** `order` lists article numbers newest first. */
  constructor(
    readonly articles: readonly Article[],
    private readonly order: readonly number[],
  ) {
    this.titleKeys = new Array<string>(articles.length);
    this.titleEnKeys = new Array<string>(articles.length);
    this.stamps = new Stamps(articles.length);
  }

  get complete(): boolean {
    return this.indexed >= this.order.length;
  }

  /** Indexes the next segment at once; returns whether any articles are left. */
  indexNextSegment(): boolean {
    const target = Math.min(this.order.length, this.indexed + SEGMENT);
    while (this.indexed < target) this.indexSome(() => false);
    return !this.complete;
  }

  /**
   * Does one slice of work: seals the current segment once it is full, otherwise reads
   * articles into it until `stop()`. A whole segment at once is 25–50 ms in the worker,
   * long enough to hold up every keystroke's message queued behind it; slices keep that
   * wait to a few milliseconds. Returns whether any articles are left.
   */
  indexSome(stop: () => boolean): boolean {
    if (this.complete) return false;
    const end = Math.min(this.order.length, this.indexed + SEGMENT);
    if (this.cursor >= end) {
      // Articles become searchable only here, all of a segment at once.
      this.segments.push(this.builder.build());
      this.builder = new PostingIndexBuilder();
      this.indexed = end;
      return !this.complete;
    }
    while (this.cursor < end) {
      this.read(this.order[this.cursor++]!);
      if ((this.cursor & 15) === 0 && stop()) break;
    }
    return true;
  }

  private read(i: number): void {
    const a = this.articles[i]!;
    this.titleKeys[i] = fold(a.title);
    this.titleEnKeys[i] = a.titleEn === a.title ? this.titleKeys[i] : fold(a.titleEn);
    const sink = this.sink;
    this.doc = (this.cursor - 1) % SEGMENT;
    indexTokens(a.title, sink);
    if (a.titleEn !== a.title) indexTokens(a.titleEn, sink);
    indexTokens(a.summary.en, sink);
    indexTokens(a.summary.ko, sink);
    if (a.summary.zh) indexTokens(a.summary.zh, sink);
  }

  /**
   * Calls `visit(article, value, whole)` (value: tier * 1000 + detail) for every matching
   * article. With `wholeWords`, `whole` tells articles holding every query word as a word
   * from those holding one only inside a longer word (xiaomi in "Xiaoming"); without it,
   * `whole` is always true and costs nothing.
   */
  search(query: string, key: string, visit: ArticleVisit, wholeWords = false): void {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return;
    let budget = MAX_CANDIDATES;
    for (let s = 0; s < this.segments.length && budget > 0; s++) {
      const segment = this.segments[s]!;
      const base = s * SEGMENT;
      const candidates = this.candidates(segment, base, tokens, budget);
      budget -= candidates.length;
      const wholeGen = wholeWords && candidates.length > 0 ? this.markWhole(segment, base, tokens) : -1;
      const marks = this.stamps.marks;
      for (const rank of candidates) {
        const doc = this.order[rank]!;
        visit(doc, this.value(doc, key), wholeGen < 0 || marks[rank] === wholeGen);
      }
    }
  }

  /**
   * The segment's articles that hold every token (at most `cap`, newest first), as ranks
   * in `order`: the segment's postings number them from `base`.
   */
  private candidates(segment: PostingIndex, base: number, tokens: QueryToken[], cap: number): number[] {
    const ranges = tokens.map((t) => segment.ranges(t.text, t.prefix));
    // Start from the rarest token, then keep only documents every other token also has.
    ranges.sort((a, b) => segment.size(a) - segment.size(b));
    const { offsets, postings } = segment;
    const stamp = this.stamps.marks;
    let gen = this.stamps.next();
    let candidates: number[] = [];
    // With one token, the candidate list is final: stop once it is full.
    const stopAt = ranges.length === 1 ? cap : Infinity;
    for (const [first, last] of ranges[0]!) {
      for (let p = offsets[first]!, end = offsets[last]!; p < end && candidates.length < stopAt; p++) {
        const rank = base + postings[p]!;
        if (stamp[rank] !== gen) {
          stamp[rank] = gen;
          candidates.push(rank);
        }
      }
    }
    for (let r = 1; r < ranges.length && candidates.length > 0; r++) {
      const prev = gen;
      gen = this.stamps.next();
      for (const [first, last] of ranges[r]!) {
        for (let p = offsets[first]!, end = offsets[last]!; p < end; p++) {
          const rank = base + postings[p]!;
          if (stamp[rank] === prev) stamp[rank] = gen;
        }
      }
      candidates = candidates.filter((d) => stamp[d] === gen);
    }
    if (candidates.length > cap) candidates.length = cap;
    // Candidates (and only they) now carry `gen`: markWhole narrows from there.
    this.candidateGen = gen;
    return candidates;
  }

  /**
   * Marks the candidates that hold every query token as a whole word (or a Hangul word
   * plus particle) and returns the generation they carry. Only the tokens equal to the
   * query token, or that plus a particle, are visited: a handful of postings lists.
   */
  private markWhole(segment: PostingIndex, base: number, tokens: QueryToken[]): number {
    const { offsets, postings } = segment;
    const stamp = this.stamps.marks;
    let prev = this.candidateGen;
    for (const t of tokens) {
      const gen = this.stamps.next();
      for (const [first, last] of segment.ranges(t.text, t.prefix)) {
        for (let i = first; i < last; i++) {
          if (!isWholeToken(segment.token(i), t.text)) continue;
          for (let p = offsets[i]!, e = offsets[i + 1]!; p < e; p++) {
            const rank = base + postings[p]!;
            if (stamp[rank] === prev) stamp[rank] = gen;
          }
        }
      }
      prev = gen;
    }
    return prev;
  }

  /** `hit(doc, key)` as one number, without allocating: it runs for thousands of candidates. */
  private value(doc: number, key: string): number {
    const title = rateHeadline(this.titleKeys[doc]!, key);
    return title >= 0 ? title : Math.max(rateHeadline(this.titleEnKeys[doc]!, key), Tier.substring * 1000);
  }

  /** How article `doc` matched `key`: which headline (if any), tier and detail. */
  hit(doc: number, key: string): ArticleHit {
    const a = this.articles[doc]!;
    // An article not yet read (listed for its company while a large dataset is indexing).
    const headlines = [
      ['title', this.titleKeys[doc] ?? fold(a.title)],
      ['titleEn', this.titleEnKeys[doc] ?? fold(a.titleEn)],
    ] as const;
    for (const [field, headline] of headlines) {
      const value = rateHeadline(headline, key);
      if (value >= 0) return { article: doc, field, tier: Math.round(value / 1000) as Tier, detail: value % 1000 };
    }
    // Found through the words of a headline or summary: still a substring match, ranked
    // below; which field to show is worked out only for the results that are returned.
    return { article: doc, tier: Tier.substring, detail: 0 };
  }
}

/** tier * 1000 + detail for a headline holding the whole key, or -1. */
function rateHeadline(headline: string, key: string): number {
  const at = headline.indexOf(key);
  if (at < 0) return -1;
  const tier = at > 0 ? Tier.substring : headline.length === key.length ? Tier.exact : Tier.prefix;
  return tier * 1000 + 20 + closeness(headline.length, key.length) / 2;
}
