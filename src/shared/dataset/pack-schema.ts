/**
 * The JSON pack format, derived from the bundled dataset's schema (schema.ts): companies in
 * the shape of data/companies/<id>.json and articles in the shape of data/articles.json
 * entries without `seed`. The one difference: localised text needs only one language, since
 * a reader's pack may be English only. Every rule on text (plain, trimmed, no markup), ids,
 * dates and numbers is the bundled one, reused, never rewritten.
 */
import * as v from 'valibot';
import { AnyLocalText, AnyNames } from './layers-schema';
import { Article, Company, Fact, Id, Relation, Series, Text, type LocalText } from './schema';

export const PackHeader = v.strictObject({
  id: v.pipe(Id, v.maxLength(48, 'must be at most 48 characters')),
  name: v.pipe(Text, v.maxLength(200)),
  version: v.pipe(Text, v.maxLength(100)),
  description: v.optional(v.pipe(Text, v.maxLength(2000))),
  license: v.optional(v.pipe(Text, v.maxLength(200))),
  source: v.optional(v.pipe(Text, v.maxLength(2000))),
});

export const PackFact = v.strictObject({ ...Fact.entries, label: AnyLocalText, note: v.optional(AnyLocalText) });
export const PackSeries = v.strictObject({ ...Series.entries, label: AnyLocalText, note: v.optional(AnyLocalText) });
export const PackRelation = v.strictObject({ ...Relation.entries, note: v.optional(AnyLocalText) });

export const PackCompany = v.strictObject({
  ...Company.entries,
  names: AnyNames,
  tagline: AnyLocalText,
  description: AnyLocalText,
  facts: v.array(PackFact),
  series: v.optional(v.array(PackSeries)),
  relations: v.optional(v.array(PackRelation)),
});

const { seed: _seed, ...articleEntries } = Article.entries;
/** `url` stays the bundled rule (https or null); the importer moves other addresses to `textAddress` (shown as text, never linked) first. */
export const PackArticle = v.strictObject({ ...articleEntries, summary: AnyLocalText });

/** The whole file, for the JSON Schema (the importer checks it element by element). */
export const PackFile = v.strictObject({
  pack: PackHeader,
  companies: v.array(PackCompany),
  articles: v.optional(v.array(PackArticle)),
});

export type PackHeader = v.InferOutput<typeof PackHeader>;
export type PackCompany = v.InferOutput<typeof PackCompany>;
export type PackArticle = v.InferOutput<typeof PackArticle>;

/** Any-language text as the bundled LocalText the UI renders (English and Korean always present). */
export function fillLocal(text: AnyLocalText): LocalText {
  const en = text.en ?? text.ko ?? text.zh!;
  const out: LocalText = { en, ko: text.ko ?? en };
  if (text.zh !== undefined) out.zh = text.zh;
  return out;
}

function fillOptional(text: AnyLocalText | undefined): LocalText | undefined {
  return text === undefined ? undefined : fillLocal(text);
}

/** A pack company in the bundled shape, so the card, search and matcher treat it like one. */
export function toCompany(p: PackCompany): Company {
  const names = { ...p.names, en: p.names.en ?? p.names.ko ?? p.names['zh-Hans'] ?? p.names['zh-Hant'] ?? p.names.ja! };
  const { series, relations, ...rest } = p;
  const company: Company = {
    ...rest,
    names,
    tagline: fillLocal(p.tagline),
    description: fillLocal(p.description),
    facts: p.facts.map((f) => strip({ ...f, label: fillLocal(f.label), note: fillOptional(f.note) })),
  };
  if (series) company.series = series.map((s) => strip({ ...s, label: fillLocal(s.label), note: fillOptional(s.note) }));
  if (relations) company.relations = relations.map((r) => strip({ ...r, note: fillOptional(r.note) }));
  return company;
}

export function toArticle(p: PackArticle): Article {
  return { ...p, summary: fillLocal(p.summary), seed: '' };
}

/** Drops keys whose value is undefined (a filled optional that was absent). */
function strip<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}
