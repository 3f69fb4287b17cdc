/**
 * Search over articles: headline, English headline and the English and Korean summaries.
 * Candidates come from the token index (every query token must start a token of the
 * article); the headline keys then decide the tier, as for companies.
 */
import type { Article } from '../dataset/schema';
import { fold } from './normalise';
import { PostingIndex, PostingIndexBuilder } from './posting-index';
import { indexTokens, queryTokens } from './tokens';
import { Tier, closeness } from './rank';

export type ArticleField = 'title' | 'titleEn' | 'summaryEn' | 'summaryKo';

export function fieldText(a: Article, f: ArticleField): string {
  if (f === 'title') return a.title;
  if (f === 'titleEn') return a.titleEn;
  return f === 'summaryEn' ? a.summary.en : a.summary.ko;
}

export interface ArticleHit {
  article: number;
  tier: Tier;
  detail: number;
  /** The headline that holds the whole query; undefined when only words matched. */
  field?: ArticleField;
}

/**
 * Beyond this many candidates the rest are not ranked: a one-letter query matches nearly
 * every article, and the first few thousand (newest first, see `order`) are plenty.
 */
const MAX_CANDIDATES = 2000;

export class ArticleIndex {
  private readonly index: PostingIndex;
  private readonly titleKeys: string[];
  private readonly titleEnKeys: string[];
  /** Reused between queries: stamp[doc] === generation marks a surviving candidate. */
  private readonly stamp: Uint32Array;
  private generation = 0;

  /** `order` lists article numbers newest first, so capped candidate lists keep the newest. */
  constructor(readonly articles: readonly Article[], order: readonly number[]) {
    const builder = new PostingIndexBuilder();
    this.titleKeys = new Array<string>(articles.length);
    this.titleEnKeys = new Array<string>(articles.length);
    for (const i of order) {
      const a = articles[i]!;
      this.titleKeys[i] = fold(a.title);
      this.titleEnKeys[i] = a.titleEn === a.title ? this.titleKeys[i] : fold(a.titleEn);
      const add = (t: string) => builder.add(t, i);
      indexTokens(a.title, add);
      if (a.titleEn !== a.title) indexTokens(a.titleEn, add);
      indexTokens(a.summary.en, add);
      indexTokens(a.summary.ko, add);
    }
    this.index = builder.build();
    this.stamp = new Uint32Array(articles.length);
  }

  /** Calls `visit(article, value)` (tier * 1000 + detail) for every matching article. */
  search(query: string, key: string, visit: (article: number, value: number) => void): void {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return;
    const ranges = tokens.map((t) => this.index.range(t.text, t.prefix));
    // Start from the rarest token, then keep only documents every other token also has.
    ranges.sort((a, b) => this.index.size(a) - this.index.size(b));
    const { offsets, postings } = this.index;
    const stamp = this.stamp;
    let gen = this.nextGeneration();
    let candidates: number[] = [];
    // With one token, the candidate list is final: stop once it is full.
    const cap = ranges.length === 1 ? MAX_CANDIDATES : Infinity;
    for (let p = offsets[ranges[0]![0]]!, end = offsets[ranges[0]![1]]!; p < end && candidates.length < cap; p++) {
      const doc = postings[p]!;
      if (stamp[doc] !== gen) {
        stamp[doc] = gen;
        candidates.push(doc);
      }
    }
    for (let r = 1; r < ranges.length && candidates.length > 0; r++) {
      const prev = gen;
      gen = this.nextGeneration();
      for (let p = offsets[ranges[r]![0]]!, end = offsets[ranges[r]![1]]!; p < end; p++) {
        const doc = postings[p]!;
        if (stamp[doc] === prev) stamp[doc] = gen;
      }
      candidates = candidates.filter((d) => stamp[d] === gen);
    }
    if (candidates.length > MAX_CANDIDATES) candidates.length = MAX_CANDIDATES;
    for (const doc of candidates) visit(doc, this.value(doc, key));
  }

  private nextGeneration(): number {
    if (this.generation >= 0xfffffff0) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }

  private value(doc: number, key: string): number {
    for (const k of [this.titleKeys[doc]!, this.titleEnKeys[doc]!]) {
      const at = k.indexOf(key);
      if (at < 0) continue;
      const tier = at > 0 ? Tier.substring : k.length === key.length ? Tier.exact : Tier.prefix;
      return tier * 1000 + 20 + closeness(k.length, key.length) / 2;
    }
    return Tier.substring * 1000;
  }

  /** How article `doc` matched `key`: which headline (if any), tier and detail. */
  hit(doc: number, key: string): ArticleHit {
    for (const [field, keys] of [['title', this.titleKeys], ['titleEn', this.titleEnKeys]] as const) {
      const k = keys[doc]!;
      const at = k.indexOf(key);
      if (at < 0) continue;
      const tier = at > 0 ? Tier.substring : k.length === key.length ? Tier.exact : Tier.prefix;
      return { article: doc, tier, field, detail: 20 + closeness(k.length, key.length) / 2 };
    }
    // Found through the words of a headline or summary: still a substring match, ranked
    // below; which field to show is worked out only for the results that are returned.
    return { article: doc, tier: Tier.substring, detail: 0 };
  }
}
