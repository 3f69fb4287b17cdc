/**
 * The dataset's one source of truth: valibot schemas from which every dataset type is
 * derived. `build.mjs` validates `data/` against these (plus the cross-file rules in
 * `validate.ts`), the background seeds what passes, and the UI renders the same types.
 */
import * as v from 'valibot';

/** Languages a name or alias can be written in. zh-Hans/zh-Hant: simplified/traditional. */
export const LANGS = ['en', 'ko', 'zh-Hans', 'zh-Hant', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

const MARKUP = /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/** Plain, non-empty, trimmed text. Markup is refused: every string is rendered as text. */
export const Text = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.check((s) => s.trim() === s, 'must not start or end with white space'),
  v.check((s) => !MARKUP.test(s), 'must be plain text, not markup'),
);

export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single hyphens)'),
);

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return y! >= 1900 && y! <= 2100;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date as precise as known: `2025`, `2025-08` or `2025-08-21`. */
export const DateStr = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealDate, 'is not a real date'),
);

/** A reporting period for time series and as-of stamps: a date, or a quarter `2025-Q1`. */
export const Period = v.union(
  [DateStr, v.pipe(v.string(), v.regex(/^\d{4}-(?:Q[1-4]|H[12])$/))],
  'must be a date (YYYY, YYYY-MM, YYYY-MM-DD) or a period (YYYY-Q1..Q4, YYYY-H1/H2)',
);

export const HttpsUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.startsWith('https://', 'must be an https URL'),
);

/** A web address a reader can open: http or https only (never javascript:, data:, file:…). */
export const WebUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//, 'must be an http or https URL'),
);

/** Text in the reader's languages. English and Korean always; Chinese where written. */
export const LocalText = v.strictObject({ en: Text, ko: Text, zh: v.optional(Text) });

export const Names = v.strictObject({
  en: Text,
  ko: v.optional(Text),
  'zh-Hans': v.optional(Text),
  'zh-Hant': v.optional(Text),
  ja: v.optional(Text),
});

const AliasList = v.optional(v.array(Text));
export const Aliases = v.strictObject({
  en: AliasList,
  ko: AliasList,
  'zh-Hans': AliasList,
  'zh-Hant': AliasList,
  ja: AliasList,
});

/** Where a fact comes from: one of our articles, or (identity facts only) general knowledge. */
export const Source = v.variant('kind', [
  v.strictObject({ kind: v.literal('article'), article: Id }),
  v.strictObject({ kind: v.literal('general') }),
]);

/** ISO 4217 code, e.g. CNY, USD, KRW. */
export const Currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like CNY'));

export const Fact = v.strictObject({
  id: Id,
  label: LocalText,
  /** A number in base units (805000000, not "8.05억"); text only where the fact is not a number. */
  value: v.union([v.number(), Text]),
  /** What is counted (`%`, `vehicles`, `users`, `stores`); absent for money (see currency). */
  unit: v.optional(Text),
  currency: v.optional(Currency),
  /** True where the article says "about" / "약" / "over". */
  approximate: v.optional(v.boolean()),
  asOf: v.optional(Period),
  note: v.optional(LocalText),
  source: Source,
});

export const SeriesPoint = v.strictObject({ period: Period, value: v.number() });
export const Series = v.strictObject({
  id: Id,
  label: LocalText,
  unit: v.optional(Text),
  currency: v.optional(Currency),
  points: v.pipe(v.array(SeriesPoint), v.minLength(2, 'a series needs at least two points')),
  note: v.optional(LocalText),
  source: Source,
});

/** `company` is this company's <type>: {type: 'shareholder', company: 'alibaba'} = Alibaba holds shares in us. */
export const RELATION_TYPES = [
  'parent',
  'subsidiary',
  'shareholder',
  'investee',
  'founder',
  'partner',
  'affiliate',
  'competitor',
] as const;
export const Relation = v.strictObject({
  type: v.picklist(RELATION_TYPES),
  company: Id,
  /** Equity stake in percent (44.72 = 44.72 %). */
  stake: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  /** Voting rights in percent. */
  voting: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  asOf: v.optional(Period),
  note: v.optional(LocalText),
  source: Source,
});

export const Company = v.strictObject({
  id: Id,
  /** The five companies the product is built around; the others are what the seeds mention. */
  primary: v.optional(v.boolean()),
  names: Names,
  /** Spellings that mark a mention on a page (the names are aliases too). */
  aliases: Aliases,
  /** Search-only terms (romanisations like "gaode") that must not mark page text. */
  searchTerms: v.optional(v.array(Text)),
  /** Words that contain an alias but mean something else (小米粥, 斑马线): they mark nothing. */
  negatives: v.optional(v.array(Text)),
  /** One line for the card header. */
  tagline: LocalText,
  description: LocalText,
  facts: v.array(Fact),
  series: v.optional(v.array(Series)),
  relations: v.optional(v.array(Relation)),
});

export const Article = v.strictObject({
  id: Id,
  /** The headline as published (original language). */
  title: Text,
  titleEn: Text,
  /** null where the source does not name its publisher: absent data, never a placeholder sentence. */
  publisher: v.nullable(Text),
  date: DateStr,
  /** Editorial: how the date was established when the seed does not print it. Not shown to readers. */
  dateNote: v.optional(Text),
  /** null where the seed does not give the article's address: never guessed. */
  url: v.nullable(HttpsUrl),
  /**
   * The address exactly as the seed quotes it when it cannot be `url` (the digest quotes
   * plain-http links). It is where the story was published, so the UI links it as written
   * (new tab, `noopener noreferrer`) and marks a plain-http one as not secure; it is never
   * "upgraded" to https by guessing, because that address may not exist.
   */
  citedUrl: v.optional(WebUrl),
  /**
   * A reader's pack gave this address, and it is not https: shown as text the reader can copy,
   * never a link (issue 10: a pack's non-https address is "kept as text"). Bundled data quotes
   * its seeds' http addresses as `citedUrl` instead.
   */
  textAddress: v.optional(Text),
  /** Editorial: why there is no URL, or where the address was taken from. Not shown to readers. */
  urlNote: v.optional(Text),
  language: v.picklist(LANGS),
  summary: LocalText,
  companies: v.pipe(v.array(Id), v.minLength(1, 'an article covers at least one company')),
  /** The seed file (in shared/seeds/) the story was read from. */
  seed: v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must name a seed file')),
});

export const ArticlesFile = v.strictObject({ articles: v.array(Article) });

export type Company = v.InferOutput<typeof Company>;
export type Article = v.InferOutput<typeof Article>;
export type Fact = v.InferOutput<typeof Fact>;
export type Series = v.InferOutput<typeof Series>;
export type Relation = v.InferOutput<typeof Relation>;
export type Source = v.InferOutput<typeof Source>;
export type LocalText = v.InferOutput<typeof LocalText>;
export type RelationType = (typeof RELATION_TYPES)[number];

/** What `build.mjs` writes to `dist/<browser>/data/dataset.json` for the background to seed. */
export interface CompiledDataset {
  /** Content hash: any change to data/ bumps it, which makes the background re-seed. */
  version: string;
  companies: Company[];
  articles: Article[];
}
