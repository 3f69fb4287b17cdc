/**
 * The dataset as the reader has it: the bundled layer, the enabled packs and the reader's
 * own companies and overlays, merged (shared/dataset/layers.ts). Kept in memory per
 * "stamp" (the bundled version and the reader database's revision), so a change anywhere
 * builds it again, and only then. Answers what the matcher, the search and the card need,
 * and tells open tabs to rescan when the matcher changes.
 */
import { mergeLayersSteps, ownCompany, type LayerCompany, type LayerInput, type Merged } from '../../shared/dataset/layers';
import { toArticle, toCompany } from '../../shared/dataset/pack-schema';
import type { Article, Company } from '../../shared/dataset/schema';
import { compilePatternsSteps } from '../../shared/matcher/compile';
import type { CompiledPatterns, LayerInfo, Origin, Request, Response } from '../../shared/messages';
import { newestFirst, readAll } from '../db/queries';
import type { Database } from '../db/recover';
import type { Platform } from '../platform';
import type { PackRecord } from './reader-db';
import type { ReaderSnapshot, ReaderStore } from './reader-store';
import { runSliced } from './sliced';
import { FORMAT } from '../../shared/matcher/payload';

export const BUNDLED_ORIGIN: Origin = { kind: 'bundled', name: 'bundled' };
export const OWN_ORIGIN: Origin = { kind: 'own', name: 'own' };

export interface LayersDeps {
  database: Database;
  reader: ReaderStore;
  tabs: Platform['tabs'];
  packagedPatterns(): Promise<CompiledPatterns>;
}

interface Built {
  stamp: string;
  snapshot: ReaderSnapshot;
  bundled: { version: string; companies: Company[]; articles: Article[] };
  merged: Merged;
}

/** Whether the reader changed anything the bundled matcher does not know. */
function customised(s: ReaderSnapshot): boolean {
  return !s.bundledEnabled || s.packs.some((p) => p.enabled) || s.own.length > 0 || s.overlays.length > 0 || s.neverMark.length > 0;
}

function* packCompanies(rows: Array<{ company: Parameters<typeof toCompany>[0]; links?: string[]; filled?: LayerCompany['filled'] }>): Generator<LayerCompany> {
  for (const row of rows) yield { company: toCompany(row.company), links: row.links, filled: row.filled };
}

export function createLayers(deps: LayersDeps) {
  let built: { stamp: string; value: Promise<Built> } | undefined;
  let compiled: { stamp: string; value: Promise<CompiledPatterns> } | undefined;
  let lastBroadcast: string | undefined;

  const bundledData = () => deps.database.use(async (db, version) => ({ version: version ?? '', ...(await readAll(db)) }), { dataset: true });

  async function stampNow(): Promise<{ stamp: string; snapshot: ReaderSnapshot; version: string }> {
    const [snapshot, version] = await Promise.all([deps.reader.snapshot(), deps.database.use(async (_db, v) => v ?? '', { dataset: true })]);
    return { stamp: `${version}:${snapshot.revision}`, snapshot, version };
  }

  async function build(snapshot: ReaderSnapshot, stamp: string): Promise<Built> {
    const bundled = await bundledData();
    const layers: LayerInput[] = [];
    if (snapshot.bundledEnabled) layers.push({ id: 'bundled', origin: BUNDLED_ORIGIN, companies: bundled.companies.map((company) => ({ company })) });
    for (const pack of snapshot.packs) {
      if (!pack.enabled) continue;
      const rows = await deps.reader.packCompanies(pack.importId);
      layers.push({ id: pack.id, origin: { kind: 'pack', name: pack.name }, companies: packCompanies(rows) });
    }
    layers.push({ id: 'own', origin: OWN_ORIGIN, companies: snapshot.own.map((r) => ownCompany(r.id, r.input)) });
    const merged = await runSliced(mergeLayersSteps({ layers, overlays: snapshot.overlays, neverMark: snapshot.neverMark }));
    return { stamp, snapshot, bundled, merged };
  }

  async function current(): Promise<Built> {
    const { stamp, snapshot } = await stampNow();
    if (built?.stamp !== stamp) {
      const entry = { stamp, value: build(snapshot, stamp) };
      entry.value.catch(() => {
        if (built === entry) built = undefined;
      });
      built = entry;
    }
    return built.value;
  }

  async function patterns(): Promise<CompiledPatterns> {
    const { stamp, snapshot } = await stampNow();
    if (!customised(snapshot)) return deps.packagedPatterns();
    if (compiled?.stamp !== stamp) {
      const entry = {
        stamp,
        value: (async () => {
          const cached = await deps.reader.cachedPatterns(stamp);
          // One compiled by an earlier version of the extension, in an older wire format, is compiled again.
          if (cached && (cached.data as { format?: unknown } | null)?.format === FORMAT) return cached;
          const b = await current();
          const companies = b.merged.companies.map((m) => m.company);
          const out = await runSliced(compilePatternsSteps(companies, `layers-${stamp}`, b.merged.neverMark));
          // A restarted worker reuses it instead of compiling again.
          await deps.reader.cachePatterns(stamp, out).catch(() => undefined);
          return out;
        })(),
      };
      entry.value.catch(() => {
        if (compiled === entry) compiled = undefined;
      });
      compiled = entry;
    }
    return compiled.value;
  }

  function packInfo(p: PackRecord): LayerInfo {
    const info: LayerInfo = {
      id: p.id,
      kind: 'pack',
      name: p.name,
      version: p.version,
      counts: p.counts,
      enabled: p.enabled,
      order: p.order,
      installedAt: p.installedAt,
      warnings: p.warnings,
    };
    if (p.description) info.description = p.description;
    if (p.license) info.license = p.license;
    if (p.source) info.source = p.source;
    return info;
  }

  return {
    current,
    patterns,
    packInfo,

    async layers(): Promise<Response<'data/layers'>> {
      const b = await current();
      const s = b.snapshot;
      const facts = b.bundled.companies.reduce((n, c) => n + c.facts.length, 0);
      const layers: LayerInfo[] = [
        {
          id: 'bundled',
          kind: 'bundled',
          name: 'bundled',
          version: b.bundled.version,
          counts: { companies: b.bundled.companies.length, articles: b.bundled.articles.length, facts },
          enabled: s.bundledEnabled,
          order: -1,
        },
        ...s.packs.map(packInfo),
        {
          id: 'own',
          kind: 'own',
          name: 'own',
          version: String(s.revision),
          counts: { companies: s.own.length, articles: 0, facts: 0 },
          enabled: true,
          order: s.packs.length,
        },
      ];
      return { layers, conflicts: b.merged.conflicts };
    },

    async company(id: string): Promise<Response<'db/company'> | null> {
      const b = await current();
      const m = b.merged.byId.get(id);
      if (!m) return null;
      const live = new Set(b.snapshot.packs.filter((p) => p.enabled).map((p) => p.importId));
      const [bundledArticles, packArticles] = await Promise.all([
        b.snapshot.bundledEnabled ? deps.database.use((db) => db.getAllFromIndex('articles', 'by-company', id), { dataset: true }) : [],
        live.size ? deps.reader.articlesOf(id, live) : [],
      ]);
      const byArticle = new Map<string, Article>();
      for (const a of bundledArticles) byArticle.set(a.id, a);
      for (const a of packArticles) byArticle.set(a.id, toArticle(a));
      const out: Response<'db/company'> = { company: m.company, articles: [...byArticle.values()].sort(newestFirst), origins: m.origins };
      if (Object.keys(m.factOrigins).length) out.factOrigins = m.factOrigins;
      if (m.reader) out.reader = m.reader;
      return out;
    },

    /** What the search index is built from, and the version it is built for. */
    async searchSource(): Promise<{ version: string; read(): Promise<{ companies: Company[]; articles: Article[] }> }> {
      const b = await current();
      return {
        version: b.stamp,
        read: async () => {
          const articles = new Map<string, Article>();
          if (b.snapshot.bundledEnabled) for (const a of b.bundled.articles) articles.set(a.id, a);
          for (const p of b.snapshot.packs) {
            if (!p.enabled) continue;
            for (const a of await deps.reader.packArticles(p.importId)) articles.set(a.id, toArticle(a));
          }
          return { companies: b.merged.companies.map((m) => m.company), articles: [...articles.values()] };
        },
      };
    },

    /** After any change: tell every open tab's frames to fetch the matcher again. */
    async changed(): Promise<number> {
      const { stamp, snapshot } = await stampNow();
      const version = customised(snapshot) ? `layers-${stamp}` : (await deps.packagedPatterns()).version;
      if (version === lastBroadcast) return 0;
      lastBroadcast = version;
      const message: Request<'page/patterns'> = { type: 'page/patterns', version };
      const open = await deps.tabs.query({});
      let told = 0;
      for (const tab of open) {
        if (tab.id === undefined || !/^https?:/.test(tab.url ?? '')) continue;
        // Not awaited: a busy page must not hold up the settings page.
        deps.tabs.sendMessage(tab.id, message).catch(() => undefined);
        told++;
      }
      return told;
    },
  };
}

export type Layers = ReturnType<typeof createLayers>;
