/**
 * The search behind the popup: companies (every name, alias and search term in every
 * language) and articles (headlines and every summary), folded for case, width, accents
 * and traditional/simplified Han, with Korean initial-consonant and one-typo matching.
 * Pure: the background builds it once from the dataset and answers `db/search` with it.
 *
 * What a query lists, in order (docs/popup.md, "Ranking"):
 * - a query that is a company's name lists the company, then its articles, newest first;
 * - a phrase holding known names (found by the page's own matcher) lists those companies
 *   and their articles after whatever matches the phrase from its start;
 * - once a query names a company outright, matches that need it to be part of a longer
 *   word ("xiaomi" in "Xiaoming") or a typo go below everything else, marked `similar`.
 */
import type { Article, Company } from '../dataset/schema';
import type { SearchResult } from '../messages';
import { ArticleIndex, SEGMENT } from './article-index';
import { CompanyIndex } from './company-index';
import { hasJamo } from './hangul';
import { fold } from './normalise';
import { Tier, score, tierOf } from './rank';
import { articleResult, companyResult } from './results';
import { TopK } from './top-k';
import { createYielder } from './yield';

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
}

/** What `buildSearchIndex` returns: a SearchIndex that also says when every article is in. */
export interface IncrementalSearchIndex extends SearchIndex {
  /** Resolves once all articles are indexed (at once for up to SYNC_ARTICLES of them). */
  complete: Promise<void>;
}

/** A known name found in a text: the company's id and where the name is, [start, end). */
export interface NameHit {
  id: string;
  start: number;
  end: number;
}

export interface SearchOptions {
  /** Finds known names in a phrase: the matcher that marks pages (the background passes it). */
  findNames?: (text: string) => NameHit[];
}

/** Up to this many articles are indexed before `buildSearchIndex` returns; more, a segment per task. */
export const SYNC_ARTICLES = 3 * SEGMENT;

interface Hit {
  kind: 'company' | 'article';
  index: number;
}

export function buildSearchIndex(companies: Company[], articles: Article[], options: SearchOptions = {}): IncrementalSearchIndex {
  const companyIndex = new CompanyIndex(companies);
  // Newest first: ties among articles go to the newer one, and capped lists keep them.
  const byDate = articles.map((_, i) => i).sort((x, y) => cmpDesc(articles[x]!.date, articles[y]!.date) || x - y);
  const recency = new Int32Array(articles.length);
  byDate.forEach((a, rank) => (recency[a] = articles.length - rank));
  const articleIndex = new ArticleIndex(articles, byDate);
  const companyNumber = new Map(companies.map((c, i) => [c.id, i]));
  const articlesOf = articlesByCompany(articles, byDate, companyNumber);
  const complete = indexArticles(articleIndex, articles.length);

  /** Companies the matcher finds in a phrase, in text order, with the spelling found. */
  const named = (query: string): Array<{ company: number; text: string }> => {
    const out: Array<{ company: number; text: string }> = [];
    for (const h of options.findNames?.(query) ?? []) {
      const company = companyNumber.get(h.id);
      if (company !== undefined && !out.some((n) => n.company === company)) out.push({ company, text: query.slice(h.start, h.end) });
    }
    return out;
  };

  const index: IncrementalSearchIndex = {
    complete,
    search(query, limit = 20) {
      const key = fold(query);
      if (!key) return [];
      const exact = companyIndex.exact(key);
      const names = named(query).filter((n) => !exact.includes(n.company));
      // Only a query that names a company outright sets partial-word matches apart.
      const split = exact.length > 0;
      const main = new TopK<Hit>(limit);
      const similar = split ? new TopK<Hit>(limit) : main;
      companyIndex.search(key, (c, value, whole) => {
        const s = score(value, 'company', companies[c]!.primary === true);
        const top = whole ? main : similar;
        if (top.admits(s)) top.add({ score: s, recency: 0, order: c, item: { kind: 'company', index: c } });
      });
      // Initials are a way to type Korean names, not article text.
      if (!hasJamo(key)) {
        articleIndex.search(
          query,
          key,
          (a, value, whole) => {
            const s = score(value, 'article');
            const top = whole ? main : similar;
            if (top.admits(s)) top.add({ score: s, recency: recency[a]!, order: a, item: { kind: 'article', index: a } });
          },
          split,
        );
      }

      const out: SearchResult[] = [];
      const listed = new Set<string>();
      const anchors = exact.length + names.length;
      const perAnchor = anchors > 1 ? Math.max(3, Math.floor((limit - anchors) / anchors)) : limit;
      const addArticle = (a: number, s: number, isSimilar: boolean) => {
        if (listed.has(`a${a}`)) return;
        listed.add(`a${a}`);
        out.push(articleResult(articles[a]!, articleIndex.hit(a, key), s, query, key, isSimilar));
      };
      const addCompany = (c: number, result: () => SearchResult) => {
        if (listed.has(`c${c}`)) return;
        listed.add(`c${c}`);
        out.push(result());
        if (!exact.includes(c) && !names.some((n) => n.company === c)) return;
        // A company the query names: its articles follow it, newest first.
        const [from, to] = [articlesOf.offsets[c]!, Math.min(articlesOf.offsets[c + 1]!, articlesOf.offsets[c]! + perAnchor)];
        for (let p = from; p < to; p++) {
          const a = articlesOf.articles[p]!;
          const hit = articleIndex.hit(a, key);
          addArticle(a, score(hit.tier * 1000 + hit.detail, 'article'), false);
        }
      };
      const addNamed = () => {
        for (const { company, text } of names) {
          const k = companyIndex.keyOf(company, fold(text));
          const hit = { key: k, keyRange: [0, companyIndex.keys[k]!.length] as [number, number] };
          const s = score(Tier.exact * 1000, 'company', companies[company]!.primary === true);
          addCompany(company, () => companyResult(companyIndex, companies[company]!, hit, s, text, false));
        }
      };
      const add = ({ item, score: s }: { item: Hit; score: number }, isSimilar: boolean) => {
        if (item.kind === 'article') return addArticle(item.index, s, isSimilar);
        const c = item.index;
        addCompany(c, () => companyResult(companyIndex, companies[c]!, companyIndex.hit(c), s, query, isSimilar));
      };

      // Names found in a phrase come after what matches the phrase from its start.
      let namedAdded = false;
      for (const candidate of main.best()) {
        if (!namedAdded && tierOf(candidate.score) < Tier.prefix) {
          addNamed();
          namedAdded = true;
        }
        add(candidate, tierOf(candidate.score) === Tier.fuzzy);
      }
      if (!namedAdded) addNamed();
      if (split) for (const candidate of similar.best()) add(candidate, true);
      if (out.length > limit) out.length = limit;
      return out;
    },
  };
  // Run each kind of query once while nobody is waiting, so the first real keystrokes after
  // the worker starts do not pay for compiling the search code.
  void complete.then(() => setTimeout(() => WARM_UP.forEach((q) => index.search(q)), 0));
  return index;
}

const WARM_UP = ['a', 'al', 'ali', 'alibaab', 'ㅅ', '샤오', '샤옴', '美', '美团', 'x y', 'xiaomi', '小米 上市'];

/** Each company's articles, newest first, as one flat array cut by offsets (no array per company). */
function articlesByCompany(articles: Article[], byDate: number[], companyNumber: Map<string, number>) {
  const offsets = new Int32Array(companyNumber.size + 1);
  const each = (visit: (company: number, article: number) => void) => {
    for (const a of byDate) {
      for (const id of articles[a]!.companies) {
        const c = companyNumber.get(id);
        if (c !== undefined) visit(c, a);
      }
    }
  };
  each((c) => offsets[c + 1]!++);
  for (let c = 0; c < companyNumber.size; c++) offsets[c + 1]! += offsets[c]!;
  const fill = offsets.slice(0, companyNumber.size);
  const list = new Int32Array(offsets[companyNumber.size]!);
  each((c, a) => (list[fill[c]!++] = a));
  return { offsets, articles: list };
}

/** Longest stretch of indexing between two chances for the worker to answer a message. */
const SLICE_MS = 3;

/**
 * Indexes the newest SYNC_ARTICLES at once, then the rest in slices of SLICE_MS so a large
 * dataset never blocks the background (and the keystrokes it answers) for long: the index
 * is rebuilt whenever the worker restarts, i.e. while the user may already be typing.
 */
function indexArticles(index: ArticleIndex, count: number): Promise<void> {
  for (let done = 0; done < Math.min(count, SYNC_ARTICLES); done += SEGMENT) index.indexNextSegment();
  if (index.complete) return Promise.resolve();
  const tasks = createYielder();
  return new Promise((resolve) => {
    const step = () => {
      const until = performance.now() + SLICE_MS;
      if (index.indexSome(() => performance.now() >= until)) return tasks.next(step);
      tasks.close();
      resolve();
    };
    tasks.next(step);
  });
}

function cmpDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
