/**
 * Search over company names, aliases and search terms. Every key is folded once at build
 * time into flat arrays; a query is one linear pass over them (10,000 companies ≈ 45,000
 * keys take a few milliseconds), which keeps substring, initial-consonant and one-typo
 * matching exact instead of approximating them with an n-gram index.
 */
import type { Company, Lang } from '../dataset/schema';
import { LANGS } from '../dataset/schema';
import { fold, foldWords } from './normalise';
import { fuzzyMatch, isFuzzyQuery } from './fuzzy';
import { hasHangul, hasJamo, imeAlternative, matchesAt } from './hangul';
import { Tier, closeness } from './rank';
import { Stamps } from './stamps';
import { isAsciiWordChar, isCjkChar } from './words';

export type Field = 'name' | 'alias' | 'term';
const FIELD_BONUS: Record<Field, number> = { name: 30, alias: 20, term: 0 };

export interface CompanyHit {
  company: number;
  key: number;
  tier: Tier;
  detail: number;
  /** [start, end) in the folded key. */
  keyRange: [number, number];
  /** The query matched whole words of the key, not part of a longer word or a typo. */
  whole: boolean;
}

/** Called for each matching company with its best match: tier * 1000 + detail, and wholeness. */
export type CompanyVisit = (company: number, value: number, whole: boolean) => void;

export class CompanyIndex {
  readonly keys: string[] = [];
  readonly texts: string[] = [];
  readonly owner: number[] = [];
  readonly langs: Lang[] = [];
  readonly fields: Field[] = [];
  /** Other spellings that fold to the same key (美团/美團): shown when the query used them. */
  private readonly variants = new Map<number, Array<{ text: string; lang: Lang }>>();
  /** Keys that contain Hangul: the only ones initial-consonant queries need to visit. */
  private readonly hangulKeys: number[] = [];
  /** Keys in Latin letters: the only ones a typo can be forgiven in. */
  private readonly latinKeys: number[] = [];
  /** Every key, each followed by a separator no key contains; keyStarts[k] is where key k begins. */
  private readonly haystack: string;
  private readonly keyStarts: Int32Array;
  /** 1 where a word of a key begins, by haystack position ("Xiaomi Auto": x and a). */
  private readonly wordStarts: Uint8Array;
  /** Key numbers sorted by key, for finding the keys equal to a query. */
  private readonly sorted: Int32Array;

  private readonly stamps: Stamps;
  private readonly bestValue: Float64Array;
  private readonly bestKey: Int32Array;
  private readonly bestStart: Int32Array;
  private readonly bestLen: Int32Array;
  private readonly bestWhole: Uint8Array;
  /** The companies the current search has touched, in order: reused, not a fresh array. */
  private readonly touched: Int32Array;

  constructor(readonly companies: readonly Company[]) {
    const n = companies.length;
    const words: string[] = [];
    this.stamps = new Stamps(n);
    this.bestValue = new Float64Array(n);
    this.bestKey = new Int32Array(n);
    this.bestStart = new Int32Array(n);
    this.bestLen = new Int32Array(n);
    this.bestWhole = new Uint8Array(n);
    this.touched = new Int32Array(n);
    companies.forEach((c, ci) => {
      const seen = new Map<string, number>();
      const add = (text: string, lang: Lang, field: Field) => {
        const key = fold(text);
        if (!key) return;
        const same = seen.get(key);
        if (same !== undefined) {
          if (this.texts[same] !== text) this.variants.set(same, [...(this.variants.get(same) ?? []), { text, lang }]);
          return;
        }
        seen.set(key, this.keys.length);
        words.push(foldWords(text));
        if (hasHangul(key)) this.hangulKeys.push(this.keys.length);
        if (key.charCodeAt(0) < 0x80) this.latinKeys.push(this.keys.length);
        this.keys.push(key);
        this.texts.push(text);
        this.owner.push(ci);
        this.langs.push(lang);
        this.fields.push(field);
      };
      for (const lang of LANGS) if (c.names[lang]) add(c.names[lang], lang, 'name');
      for (const lang of LANGS) for (const a of c.aliases[lang] ?? []) add(a, lang, 'alias');
      for (const t of c.searchTerms ?? []) add(t, 'en', 'term');
    });
    this.keyStarts = new Int32Array(this.keys.length + 1);
    let at = 0;
    this.keys.forEach((k, i) => {
      this.keyStarts[i] = at;
      at += k.length + 1;
    });
    this.keyStarts[this.keys.length] = at;
    // Folded keys hold only letters and digits, so a space can never be part of a match.
    this.haystack = this.keys.join(' ') + ' ';
    this.wordStarts = new Uint8Array(at);
    words.forEach((w, k) => {
      let pos = this.keyStarts[k]!;
      for (const word of w.split(' ')) {
        if (!word) continue;
        this.wordStarts[pos] = 1;
        pos += word.length;
      }
    });
    this.sorted = Int32Array.from(this.keys.keys()).sort((a, b) => cmp(this.keys[a]!, this.keys[b]!));
  }

  /** The companies with a name, alias or search term that folds to exactly `key`. */
  exact(key: string): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(key); i < this.sorted.length && this.keys[this.sorted[i]!] === key; i++) {
      const c = this.owner[this.sorted[i]!]!;
      if (!out.includes(c)) out.push(c);
    }
    return out;
  }

  /** Company `company`'s key equal to `key`, or its first key (its English name) if none is. */
  keyOf(company: number, key: string): number {
    for (let i = this.lowerBound(key); i < this.sorted.length && this.keys[this.sorted[i]!] === key; i++) {
      if (this.owner[this.sorted[i]!] === company) return this.sorted[i]!;
    }
    return this.owner.indexOf(company);
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[this.sorted[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Is [pos, pos + len) of key `k` made of whole words? A Latin match may not begin or end
   * inside a Latin word, a Hangul one may not begin inside a word (it may end before a
   * particle or the rest of a compound); Han and kana have no boundaries to respect.
   */
  private isWhole(k: number, pos: number, len: number): boolean {
    const at = this.keyStarts[k]! + pos;
    const hay = this.haystack;
    if (pos > 0 && this.wordStarts[at] !== 1 && !isCjkChar(hay.charCodeAt(at))) return false;
    const end = at + len;
    return this.wordStarts[end] === 1 || !isAsciiWordChar(hay.charCodeAt(end - 1)) || !isAsciiWordChar(hay.charCodeAt(end));
  }

  /** The spelling of key `k` to show: the one the query was typed in, if it has several. */
  spelling(k: number, rawQuery: string): { text: string; lang: Lang } {
    const own = { text: this.texts[k]!, lang: this.langs[k]! };
    const q = rawQuery.normalize('NFKC').toLowerCase().trim();
    if (own.text.toLowerCase().includes(q)) return own;
    return this.variants.get(k)?.find((v) => v.text.toLowerCase().includes(q)) ?? own;
  }

  /**
   * Calls `visit(company, value, whole)` for every matching company with its best match's
   * value (tier * 1000 + detail) and whether that match is made of whole words. `hit(company)` then describes that match, until the next search.
   * Bests live in typed arrays reused between queries: a one-letter query touches most of
   * 100,000 keys, and allocating per key is what made it slow.
   */
  search(query: string, visit: CompanyVisit): void {
    const gen = this.stamps.next();
    const marks = this.stamps.marks;
    const touched = this.touched;
    let count = 0;
    const offer = (k: number, tier: Tier, start: number, len: number, penalty = 0) => {
      const c = this.owner[k]!;
      const detail = FIELD_BONUS[this.fields[k]!] + closeness(this.keys[k]!.length, len) / 2 - penalty;
      const value = tier * 1000 + detail; // |detail| < 100: the tier reads back by rounding
      if (marks[c] === gen && this.bestValue[c]! >= value) return;
      if (marks[c] !== gen) touched[count++] = c;
      marks[c] = gen;
      this.bestValue[c] = value;
      this.bestKey[c] = k;
      this.bestStart[c] = start;
      this.bestLen[c] = len;
      this.bestWhole[c] = tier !== Tier.fuzzy && this.isWhole(k, start, len) ? 1 : 0;
    };
    if (hasJamo(query)) this.searchJamo(query, offer);
    else this.searchPlain(query, offer);
    const alt = imeAlternative(query);
    if (alt) this.searchJamo(alt, (k, tier, start, len) => offer(k, Math.min(tier, Tier.prefix) as Tier, start, len));
    for (let i = 0; i < count; i++) visit(touched[i]!, this.bestValue[touched[i]!]!, this.bestWhole[touched[i]!] === 1);
  }

  /** The best match of `company` in the last search. */
  hit(company: number): CompanyHit {
    const value = this.bestValue[company]!;
    const tier = Math.round(value / 1000) as Tier;
    const start = this.bestStart[company]!;
    return {
      company,
      key: this.bestKey[company]!,
      tier,
      detail: value - tier * 1000,
      keyRange: [start, start + this.bestLen[company]!],
      whole: this.bestWhole[company] === 1,
    };
  }

  /**
   * Exact, prefix and substring matches come from scanning one string holding every key
   * (native indexOf skips the non-matching keys in bulk); the one-typo pass then visits
   * only Latin keys of a fitting length.
   */
  private searchPlain(q: string, offer: Offer): void {
    const hay = this.haystack;
    const starts = this.keyStarts;
    for (let at = hay.indexOf(q); at >= 0; ) {
      const k = this.keyAt(at);
      const start = starts[k]!;
      const end = starts[k + 1]! - 1;
      if (at + q.length <= end) {
        const pos = at - start;
        if (pos === 0) offer(k, end - start === q.length ? Tier.exact : Tier.prefix, 0, q.length);
        else offer(k, Tier.substring, pos, q.length);
        at = hay.indexOf(q, end + 1); // the first occurrence in a key is its best
      } else at = hay.indexOf(q, at + 1); // ran across the separator into the next key
    }
    if (!isFuzzyQuery(q)) return;
    const q0 = q.charCodeAt(0);
    const q1 = q.charCodeAt(1);
    for (const k of this.latinKeys) {
      const key = this.keys[k]!;
      if (key.length < q.length - 1) continue;
      // One edit leaves the first character in place, or touches it and keeps the second
      // (substitution), swaps them, or shifts them by one (insertion/deletion).
      const k0 = key.charCodeAt(0);
      const k1 = key.charCodeAt(1);
      if (k0 !== q0 && k1 !== q1 && k0 !== q1 && k1 !== q0) continue;
      const f = fuzzyMatch(key, q);
      if (f) offer(k, Tier.fuzzy, 0, Math.min(key.length, q.length), f === 'start' ? 20 : 0);
    }
  }

  /** The key whose text holds haystack position `at` (binary search over key starts). */
  private keyAt(at: number): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.keyStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private searchJamo(q: string, offer: Offer): void {
    for (const k of this.hangulKeys) {
      const key = this.keys[k]!;
      for (let pos = 0; pos + q.length <= key.length; pos++) {
        if (!matchesAt(key, q, pos)) continue;
        // A jamo in the query stands for an unfinished syllable: at best a prefix.
        offer(k, pos === 0 ? Tier.prefix : Tier.substring, pos, q.length);
        break;
      }
    }
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Offer = (key: number, tier: Tier, start: number, len: number, penalty?: number) => void;
