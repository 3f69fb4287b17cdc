/**
 * The parts of a company or article the cross-file rules read, taken from raw JSON even
 * when the entry fails the schema: a file with one bad date still has its aliases and
 * citations checked in the same build, so a writer sees every problem at once. A leaf
 * counts only if it passes its own schema (an id that is not a slug is the schema's
 * finding, not also an "unknown article").
 */
import * as v from 'valibot';
import type { PathKey } from './json-path';
import { Id, LANGS, Text, type Lang } from './schema';

/** A string somewhere in an entry, with its path from the entry (or the file, for articles). */
export interface TextLeaf {
  path: PathKey[];
  text: string;
}

export interface CitingView {
  id?: string;
  /** The cited article, when the source is an article. */
  article?: string;
}

export interface RelationView extends CitingView {
  company?: string;
}

export interface CompanyView {
  id?: string;
  names: Partial<Record<Lang, string>>;
  /** Positions are kept (undefined for a bad entry) so JSON paths stay right. */
  aliases: Partial<Record<Lang, (string | undefined)[]>>;
  negatives: (string | undefined)[];
  facts: CitingView[];
  series: CitingView[];
  relations: RelationView[];
  /** Every string in the file, for the rules about wording (placeholders). */
  texts: TextLeaf[];
}

export interface ArticleView {
  id?: string;
  companies: (string | undefined)[];
  /** Every string in the entry, its path starting at `articles[i]`. */
  texts: TextLeaf[];
}

type Json = Record<string, unknown>;
const record = (x: unknown): Json => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : {});
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const id = (x: unknown): string | undefined => (v.is(Id, x) ? x : undefined);
const text = (x: unknown): string | undefined => (v.is(Text, x) ? x : undefined);

/** Every string leaf under `x`, depth first, in document order. */
export function textLeaves(x: unknown, path: PathKey[] = []): TextLeaf[] {
  if (typeof x === 'string') return [{ path, text: x }];
  if (Array.isArray(x)) return x.flatMap((item, i) => textLeaves(item, [...path, i]));
  if (x !== null && typeof x === 'object') return Object.entries(x).flatMap(([key, value]) => textLeaves(value, [...path, key]));
  return [];
}

function citing(x: unknown): CitingView {
  const item = record(x);
  const source = record(item.source);
  return { id: id(item.id), article: source.kind === 'article' ? id(source.article) : undefined };
}

export function viewCompany(json: unknown): CompanyView {
  const raw = record(json);
  const names: CompanyView['names'] = {};
  const aliases: CompanyView['aliases'] = {};
  for (const lang of LANGS) {
    const name = text(record(raw.names)[lang]);
    if (name !== undefined) names[lang] = name;
    const spellings = record(raw.aliases)[lang];
    if (Array.isArray(spellings)) aliases[lang] = spellings.map(text);
  }
  return {
    id: id(raw.id),
    names,
    aliases,
    negatives: list(raw.negatives).map(text),
    facts: list(raw.facts).map(citing),
    series: list(raw.series).map(citing),
    relations: list(raw.relations).map((r) => ({ ...citing(r), company: id(record(r).company) })),
    texts: textLeaves(json),
  };
}

/** One view per entry of `articles`, at the entry's index. */
export function viewArticles(json: unknown): ArticleView[] {
  return list(record(json).articles).map((entry, index) => {
    const raw = record(entry);
    return { id: id(raw.id), companies: list(raw.companies).map(id), texts: textLeaves(entry, ['articles', index]) };
  });
}
