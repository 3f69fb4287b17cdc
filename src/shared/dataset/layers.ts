/**
 * Merges the layers the reader has into the one dataset the matcher, the search and the
 * card use: bundled < packs (in the reader's order) < the reader's own companies, then the
 * reader's overlays on top. A company id in several layers is merged field by field: names
 * and texts of the higher layer win language by language, spellings and facts add up (a
 * fact id given again is replaced). Every spelling two companies claim is reported with the
 * company that marks it: the one from the highest layer.
 */
import type { AliasConflict, Origin, ReaderLinkView } from '../messages';
import { claimsOf, matchKey } from './alias-claims';
import type { Overlay, OwnCompanyInput } from './layers-schema';
import { fillLocal } from './pack-schema';
import { LANGS, type Company, type Fact, type Relation, type Series } from './schema';
import { viewCompany } from './views';
import { runToEnd } from '../run-steps';

export interface LayerCompany {
  company: Company;
  links?: string[];
  /** Texts made up from the name (CSV lists): never put over a lower layer's real text. */
  filled?: Array<'tagline' | 'description'>;
  note?: string;
}

export interface LayerInput {
  /** `bundled`, a pack id, or `own`. */
  id: string;
  origin: Origin;
  companies: Iterable<LayerCompany>;
}

export interface MergedCompany {
  company: Company;
  /** Layers that contributed, lowest first. */
  origins: Origin[];
  factOrigins: Record<string, Origin>;
  /** The highest layer's position (its claims win). */
  rank: number;
  /** Which layer each spelling came from, for conflicts. */
  layerOf: string;
  reader?: { note?: string; links: ReaderLinkView[] };
}

export interface Merged {
  /** Highest layer first: the order the matcher gives spellings to companies. */
  companies: MergedCompany[];
  byId: Map<string, MergedCompany>;
  conflicts: AliasConflict[];
  /** The reader's never-mark words and overlays' words: negatives, they mark nothing. */
  neverMark: string[];
}

const union = (a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined => {
  if (!a?.length) return b?.length ? [...b] : a ? [...a] : undefined;
  if (!b?.length) return [...a];
  const seen = new Set(a);
  return [...a, ...b.filter((x) => !seen.has(x) && (seen.add(x), true))];
};

function byId<T extends { id: string }>(base: readonly T[] | undefined, top: readonly T[] | undefined): T[] | undefined {
  if (!top?.length) return base && [...base];
  const replaced = new Map(top.map((x) => [x.id, x]));
  const kept = (base ?? []).map((x) => replaced.get(x.id) ?? x);
  const old = new Set((base ?? []).map((x) => x.id));
  return [...kept, ...top.filter((x) => !old.has(x.id))];
}

function relations(base: readonly Relation[] | undefined, top: readonly Relation[] | undefined): Relation[] | undefined {
  if (!top?.length) return base && [...base];
  const key = (r: Relation) => `${r.type} ${r.company}`;
  const replaced = new Map(top.map((r) => [key(r), r]));
  const kept = (base ?? []).filter((r) => !replaced.has(key(r)));
  return [...kept, ...top];
}

/** `top` over `base`, field by field. */
export function mergeCompany(base: Company, top: LayerCompany): Company {
  const t = top.company;
  const aliases: Company['aliases'] = {};
  for (const lang of LANGS) {
    const list = union(base.aliases[lang], t.aliases[lang]);
    if (list) aliases[lang] = list;
  }
  const out: Company = {
    ...base,
    names: { ...base.names, ...t.names },
    aliases,
    tagline: top.filled?.includes('tagline') ? base.tagline : { ...base.tagline, ...t.tagline },
    description: top.filled?.includes('description') ? base.description : { ...base.description, ...t.description },
    facts: byId<Fact>(base.facts, t.facts) ?? [],
  };
  const searchTerms = union(base.searchTerms, t.searchTerms);
  const negatives = union(base.negatives, t.negatives);
  const series = byId<Series>(base.series, t.series);
  const rels = relations(base.relations, t.relations);
  if (searchTerms) out.searchTerms = searchTerms;
  if (negatives) out.negatives = negatives;
  if (series) out.series = series;
  if (rels) out.relations = rels;
  return out;
}

/** Only https addresses become links; the rest stays text. */
export function linkView(text: string): ReaderLinkView {
  let url: string | null = null;
  try {
    if (text.startsWith('https://')) url = new URL(text).href;
  } catch {
    url = null;
  }
  return { url, text };
}

/** A company the reader wrote, in the bundled shape. */
export function ownCompany(id: string, input: OwnCompanyInput): LayerCompany {
  const n = input.names;
  const first = n.en ?? n.ko ?? n['zh-Hans'] ?? n['zh-Hant'] ?? n.ja!;
  const tagline = input.tagline ? fillLocal(input.tagline) : fillLocal({ en: first });
  const company: Company = {
    id,
    names: { ...n, en: first },
    aliases: input.aliases ?? {},
    tagline,
    description: tagline,
    facts: [],
  };
  if (input.negatives?.length) company.negatives = input.negatives;
  return { company, links: input.links, note: input.note, filled: input.tagline ? undefined : ['tagline', 'description'] };
}

export interface MergeInput {
  /** Lowest first: bundled, then the enabled packs in order, then the reader's own companies. */
  layers: LayerInput[];
  overlays: Iterable<{ companyId: string; overlay: Overlay }>;
  neverMark: readonly string[];
}

export function mergeLayers(input: MergeInput): Merged {
  return runToEnd(mergeLayersSteps(input));
}

/** Companies merged per step: well under a millisecond each, so a step stays short. */
const STEP = 200;

/** mergeLayers in slices, for the background (10,000 pack companies are far more than one task). */
export function* mergeLayersSteps(input: MergeInput): Generator<void, Merged> {
  const map = new Map<string, MergedCompany>();
  let done = 0;
  for (let rank = 0; rank < input.layers.length; rank++) {
    const layer = input.layers[rank]!;
    for (const entry of layer.companies) {
      if (++done % STEP === 0) yield;
      const id = entry.company.id;
      const seen = map.get(id);
      const factOrigins: Record<string, Origin> = {};
      if (layer.origin.kind !== 'bundled') for (const f of entry.company.facts) factOrigins[f.id] = layer.origin;
      const reader = entry.note !== undefined || entry.links?.length ? { note: entry.note, links: (entry.links ?? []).map(linkView) } : undefined;
      if (!seen) {
        map.set(id, { company: mergeCompany(entry.company, { company: entry.company }), origins: [layer.origin], factOrigins, rank, layerOf: layer.id, reader });
        continue;
      }
      seen.company = mergeCompany(seen.company, entry);
      seen.origins.push(layer.origin);
      Object.assign(seen.factOrigins, factOrigins);
      seen.rank = rank;
      seen.layerOf = layer.id;
      if (reader) seen.reader = { note: reader.note ?? seen.reader?.note, links: [...(seen.reader?.links ?? []), ...reader.links] };
    }
  }
  const neverMark = [...input.neverMark];
  for (const { companyId, overlay } of input.overlays) {
    const m = map.get(companyId);
    if (!m) continue; // an overlay on a company no enabled layer has: kept, shown again if it returns
    m.company = mergeCompany(m.company, { company: { ...m.company, aliases: overlay.aliases ?? {}, facts: [], names: {} as Company['names'] }, filled: ['tagline', 'description'] });
    if (overlay.neverMark?.length) neverMark.push(...overlay.neverMark);
    if (overlay.note !== undefined || overlay.links?.length) {
      m.reader = { note: overlay.note ?? m.reader?.note, links: [...(m.reader?.links ?? []), ...(overlay.links ?? []).map(linkView)] };
    }
  }
  // A relation to a company no enabled layer has is dropped (the import warned about it).
  for (const m of map.values()) {
    const rels = m.company.relations;
    if (rels?.some((r) => !map.has(r.company))) m.company = { ...m.company, relations: rels.filter((r) => map.has(r.company)) };
  }
  yield;
  const companies = [...map.values()].sort((a, b) => b.rank - a.rank);
  yield;
  return { companies, byId: map, conflicts: yield* conflictsSteps(companies), neverMark };
}

/** Spellings claimed by more than one company; the first claimant (highest layer) wins. */
function* conflictsSteps(companies: readonly MergedCompany[]): Generator<void, AliasConflict[]> {
  let done = 0;
  const claims = new Map<string, { alias: string; winner: AliasConflict['winner']; losers: AliasConflict['losers'] }>();
  for (const m of companies) {
    if (++done % STEP === 0) yield;
    const mine = new Set<string>();
    for (const claim of claimsOf(viewCompany(m.company))) {
      const key = matchKey(claim.text);
      if (!key || mine.has(key)) continue;
      mine.add(key);
      const seen = claims.get(key);
      const who = { companyId: m.company.id, layer: m.layerOf };
      if (!seen) claims.set(key, { alias: claim.text, winner: who, losers: [] });
      else seen.losers.push(who);
    }
  }
  return [...claims.values()].filter((c) => c.losers.length > 0);
}
