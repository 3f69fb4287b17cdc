/**
 * The message protocol: one map from message type to its request schema, one interface
 * from message type to its response. Every other type is derived from these two.
 *
 * The prefix names the receiver: `page/*` goes to a tab's content scripts (one answer per
 * frame), `db/*`, `settings/*` and `tab/*` go to the background. Each receiver validates
 * `unknown` input with its own schema map (see router.ts) before any handler runs. The
 * `page/*` map lives in page-messages.ts, which the content script imports instead of this
 * module: this one imports the dataset's schemas (for the settings page's requests), whose
 * construction every frame would otherwise evaluate at start-up.
 */
import * as v from 'valibot';
import type { Article, Company, Lang, LocalText } from './dataset/schema';
import type { HoverPrefs } from './hover-prefs';
import { Overlay, OwnCompanyInput } from './dataset/layers-schema';
import { CompanyId, Host, pageRequestSchemas } from './page-messages';

export { pageRequestSchemas };

/** A pack id (the `pack.id` of a JSON pack), or `bundled` / `own` for those two layers. */
const LayerId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a layer id'), v.maxLength(64));
const Token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a token'));
/** Largest file the settings page may hand over (checked on File.size first, then here). */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;
/** Bytes per data/import-chunk (base64 makes the message about 4/3 of that). */
export const IMPORT_CHUNK_BYTES = 256 * 1024;

/**
 * Requests to the background (from content scripts, the popup and the card). Built in a
 * function marked pure so a bundle that never reads this map (content.js) drops it.
 */
export const backgroundRequestSchemas = /* @__PURE__ */ (() => ({
  'db/company': v.strictObject({ type: v.literal('db/company'), id: CompanyId }),
  'db/search': v.strictObject({
    type: v.literal('db/search'),
    query: v.pipe(v.string(), v.maxLength(200)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  }),
  /** What the content script needs to scan: the compiled alias matcher, never the dataset. */
  'db/patterns': v.strictObject({ type: v.literal('db/patterns') }),
  /** Get (no `enabled`) or set the per-site switch. */
  'settings/site': v.strictObject({ type: v.literal('settings/site'), host: Host, enabled: v.optional(v.boolean()) }),
  /** Get or set the global switch. */
  'settings/global': v.strictObject({ type: v.literal('settings/global'), enabled: v.optional(v.boolean()) }),
  /**
   * From a content script: is highlighting on for the tab I am in? The background answers
   * for the tab's top-level hostname (sender.tab.url), so every frame follows its tab.
   */
  'settings/page': v.strictObject({
    type: v.literal('settings/page'),
    /**
     * A content script starting up: also answer db/patterns (when the site is on) and the
     * reader's hover settings. One round trip is cheaper for the page than three (each is a
     * message to serialise and a task to run in the frame, and reading storage.local builds
     * the storage API's bindings in the frame's world first).
     */
    start: v.optional(v.literal(true)),
  }),
  /** From a content script: the companies this frame found, for the badge. */
  'tab/found': v.strictObject({
    type: v.literal('tab/found'),
    companyIds: v.pipe(v.array(CompanyId), v.maxLength(10_000)),
  }),
  /** Open the search (popup where the browser allows, else the extension's search page). */
  'tab/open-search': v.strictObject({ type: v.literal('tab/open-search'), query: v.pipe(v.string(), v.maxLength(200)) }),
  /** From the popup at start-up: the query a context-menu "Look up" left for it (read once). */
  'tab/pending-search': v.strictObject({ type: v.literal('tab/pending-search') }),
  /** From the card and the popup: the key the reader set for "next mention" (commands.getAll), to show it. */
  'tab/shortcut': v.strictObject({ type: v.literal('tab/shortcut') }),
  /** The settings page: every per-site switch the reader set; `remove` forgets one (back to the default, on). */
  'settings/sites': v.strictObject({ type: v.literal('settings/sites'), remove: v.optional(Host) }),

  // ---- Readers' own data (docs/readers-data.md). Answered by src/background/handlers/data.ts. ----
  /** Every layer (bundled, packs in order, the reader's own) and the alias conflicts between them. */
  'data/layers': v.strictObject({ type: v.literal('data/layers') }),
  /**
   * Begins an upload: a pack (.json or .csv) or a backup to restore. Refused at once (state
   * `failed`) when `size` is over IMPORT_MAX_BYTES or the name is neither .json nor .csv.
   * `onConflict` decides what happens when the pack id is installed already: without it the
   * import stops in state `conflict` and the page asks, then starts again with the choice.
   */
  'data/import-start': v.strictObject({
    type: v.literal('data/import-start'),
    fileName: v.pipe(v.string(), v.maxLength(255)),
    size: v.pipe(v.number(), v.integer(), v.minValue(0)),
    purpose: v.optional(v.picklist(['pack', 'backup'])),
    onConflict: v.optional(v.picklist(['replace', 'keep-both'])),
    /** Backups only: replace everything the reader made, or merge into it. */
    restore: v.optional(v.picklist(['replace', 'merge'])),
  }),
  /** The file's bytes, in order, as base64 (seq 0, 1, …); answers once the chunk is checked and staged. */
  'data/import-chunk': v.strictObject({
    type: v.literal('data/import-chunk'),
    importId: Token,
    seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
    base64: v.pipe(v.string(), v.maxLength(Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4 + 4)),
    last: v.boolean(),
  }),
  /** Progress of an import (poll it while a chunk is being processed). */
  'data/import-status': v.strictObject({ type: v.literal('data/import-status'), importId: Token }),
  /** Drops an import that has not gone live; its staged rows are deleted. */
  'data/import-cancel': v.strictObject({ type: v.literal('data/import-cancel'), importId: Token }),
  /** Switch a pack (or the bundled layer) on or off, and/or move a pack to position `order` (0 = lowest). */
  'data/pack-set': v.strictObject({
    type: v.literal('data/pack-set'),
    id: LayerId,
    enabled: v.optional(v.boolean()),
    order: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  /** Removes a pack; answers an undo token (data/undo). */
  'data/pack-remove': v.strictObject({ type: v.literal('data/pack-remove'), id: LayerId }),
  /** Undoes a removal or deletion (pack, own company, overlay, never-mark word). */
  'data/undo': v.strictObject({ type: v.literal('data/undo'), token: Token }),
  /** A pack as a JSON pack file (the import format), for the reader to save. */
  'data/pack-export': v.strictObject({ type: v.literal('data/pack-export'), id: LayerId }),
  /** The reader's own companies, overlays and never-mark list, for the settings page. */
  'data/own': v.strictObject({ type: v.literal('data/own') }),
  /** Adds or replaces one of the reader's own companies. */
  'data/own-company-save': v.strictObject({ type: v.literal('data/own-company-save'), company: OwnCompanyInput }),
  'data/own-company-delete': v.strictObject({ type: v.literal('data/own-company-delete'), id: LayerId }),
  /** Sets the reader's overlay on a bundled or pack company; an empty overlay removes it. */
  'data/overlay-save': v.strictObject({ type: v.literal('data/overlay-save'), companyId: LayerId, overlay: Overlay }),
  /** Adds (card: "Don't mark this word") or removes (settings page) a word on the never-mark list. */
  'data/never-mark': v.strictObject({
    type: v.literal('data/never-mark'),
    word: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
    add: v.boolean(),
  }),
  /** Everything the reader made, as one JSON file. */
  'data/backup-export': v.strictObject({ type: v.literal('data/backup-export') }),
  /** Storage used by the extension and whether the browser keeps it (persist() is asked by the page). */
  'data/storage': v.strictObject({ type: v.literal('data/storage') }),
  /** From the card's settings button (content scripts cannot call runtime.openOptionsPage): open the settings page. */
  'tab/open-options': v.strictObject({ type: v.literal('tab/open-options') }),
}) as const)();

type RequestSchemas = typeof pageRequestSchemas & typeof backgroundRequestSchemas;
/** A receiver's map from message type to request schema. */
export type SchemaMap = Partial<RequestSchemas>;
export type MessageType = keyof RequestSchemas;
export type Request<K extends MessageType> = v.InferOutput<RequestSchemas[K]>;
export type AnyRequest = { [K in MessageType]: Request<K> }[MessageType];
export type PageMessageType = keyof typeof pageRequestSchemas;
export type BackgroundMessageType = keyof typeof backgroundRequestSchemas;

export interface Mention {
  companyId: string;
  /** The page text that matched, as written. */
  text: string;
}

export interface ScanStats {
  /** Main-thread busy time spent scanning and marking in this frame so far (sum of chunks). */
  scanMs: number;
  textNodes: number;
  chars: number;
  /** The longest single chunk (one task) of that work, for the long-task benchmark. */
  longestChunkMs?: number;
  /**
   * scanMs as it stood when the frame's first full scan was done: scanMs goes on counting the
   * rescans of what the page changes later (its own scripts, ads), which a first pass over the
   * page does not do; the benchmark compares this one with the least first pass.
   */
  firstScanMs?: number;
  /**
   * Main-thread time this frame's content script spent starting, outside scanMs: running
   * content.js's top level, acting on settings/page, decoding the matcher and setting up
   * the session. `longestStartupMs`: the longest of those tasks.
   */
  startupMs?: number;
  longestStartupMs?: number;
}

export type SearchResult =
  | {
      id: string;
      kind: 'company';
      /** Every name, so the popup shows the one in the reader's language (see src/popup/result-text.ts). */
      names: Company['names'];
      tagline: LocalText;
      /** The name or alias that matched, in the spelling the query used, and its language. */
      matched: string;
      matchedLang: Lang;
      /** [start, end) ranges of the query's match inside `matched`, for highlighting. */
      ranges: Array<[number, number]>;
      score: number;
      /** Matched only as part of a longer word or with a typo: listed below, and labelled. */
      similar?: true;
    }
  | {
      id: string;
      kind: 'article';
      title: string;
      matched: string;
      ranges: Array<[number, number]>;
      score: number;
      url: string | null;
      /** The address as the seed quotes it, when it cannot be `url` (see the dataset schema). */
      citedUrl?: string;
      publisher: Article['publisher'];
      date: string;
      /** The companies it covers: the popup loads one (`db/company`) to show a link-less article's summary. */
      companies?: string[];
      similar?: true;
    };

/**
 * The compiled matcher a content script scans with. Opaque to everything but
 * src/shared/matcher: the background hands it over as built by build.mjs.
 */
export interface CompiledPatterns {
  version: string;
  /** Index -> company id; pattern outputs refer to these (negative words map to -1). */
  companyIds: string[];
  /** Matcher-specific payload (see src/shared/matcher). Plain JSON so every browser can pass it. */
  data: unknown;
}

/** Where a problem is: a JSON path (`$.companies[3].facts[0].source.article`) or a CSV `line 4, column 2`. */
export interface Problem {
  where: string;
  message: string;
}

export type LayerKind = 'bundled' | 'pack' | 'own';

export interface LayerInfo {
  /** `bundled`, the pack's id, or `own`. */
  id: string;
  kind: LayerKind;
  name: string;
  version: string;
  description?: string;
  license?: string;
  source?: string;
  counts: { companies: number; articles: number; facts: number };
  enabled: boolean;
  /** Position among packs, 0 = lowest; later packs win over earlier ones. Bundled is -1, own is last. */
  order: number;
  installedAt?: number;
  /** Warnings kept from the import (dropped dangling relations, links kept as text). */
  warnings?: Problem[];
}

/** A spelling that two companies claim: the winner marks it, the others do not. */
export interface AliasConflict {
  alias: string;
  winner: { companyId: string; layer: string };
  losers: Array<{ companyId: string; layer: string }>;
}

export interface ImportStatus {
  importId: string;
  state: 'receiving' | 'committing' | 'done' | 'failed' | 'conflict' | 'cancelled';
  fileName: string;
  format?: 'json' | 'csv' | 'backup';
  /** Bytes received and checked so far, and the file's size. */
  bytes: number;
  total: number;
  companies: number;
  articles: number;
  /** Every problem found (the import was refused when state is `failed`); capped at 500. */
  problems: Problem[];
  warnings: Problem[];
  /** The pack now installed (state `done`, packs). */
  pack?: LayerInfo;
  /** State `conflict`: the installed pack with the same id. */
  existing?: LayerInfo;
}

/** Where a fact (or a company's data) comes from, for the card. */
export interface Origin {
  kind: LayerKind;
  /** The pack's name, "bundled", or "your note" (the card localises `own`). */
  name: string;
}

export interface ReaderLinkView {
  /** An https address to link; null when the reader's text is not one (shown as text). */
  url: string | null;
  text: string;
}

export interface OwnData {
  companies: Array<{ id: string; input: v.InferOutput<typeof OwnCompanyInput>; updatedAt: number }>;
  overlays: Array<{ companyId: string; overlay: v.InferOutput<typeof Overlay>; updatedAt: number }>;
  neverMark: string[];
}

export interface Responses {
  'page/mentions': { enabled: boolean; mentions: Mention[]; stats: ScanStats };
  'page/info': { host: string; url: string };
  'page/reveal': { revealed: boolean };
  'page/next-mention': { found: boolean };
  'page/enabled': { enabled: boolean };
  'db/company': {
    company: Company;
    articles: Article[];
    /** Layers that contributed, lowest first; a bundled-only company has [{kind:'bundled'}]. */
    origins?: Origin[];
    /** Fact id -> where it comes from (facts of packs and the reader's own). */
    factOrigins?: Record<string, Origin>;
    /** The reader's note and links on this company (own company or overlay). */
    reader?: { note?: string; links: ReaderLinkView[] };
  };
  'db/search': { results: SearchResult[] };
  'db/patterns': CompiledPatterns;
  'settings/site': { host: string; enabled: boolean };
  'settings/global': { enabled: boolean };
  'settings/page': { host: string; enabled: boolean; patterns?: CompiledPatterns; hoverPrefs?: HoverPrefs };
  'tab/found': { count: number };
  'tab/open-search': { opened: 'popup' | 'tab' };
  'tab/pending-search': { query: string | null };
  'tab/shortcut': { shortcut: string | null };
  'settings/sites': { sites: Array<{ host: string; enabled: boolean }> };
  'page/patterns': { rescanned: boolean };
  'data/layers': { layers: LayerInfo[]; conflicts: AliasConflict[] };
  'data/import-start': ImportStatus;
  'data/import-chunk': ImportStatus;
  'data/import-status': ImportStatus;
  'data/import-cancel': { cancelled: boolean };
  'data/pack-set': { layers: LayerInfo[]; conflicts: AliasConflict[] };
  'data/pack-remove': { undo: string };
  'data/undo': { undone: boolean };
  'data/pack-export': { fileName: string; text: string };
  'data/own': OwnData;
  'data/own-company-save': { id: string };
  'data/own-company-delete': { undo: string };
  'data/overlay-save': { companyId: string; undo?: string };
  'data/never-mark': { words: string[]; undo?: string };
  'data/backup-export': { fileName: string; text: string };
  'data/storage': { usage: number | null; quota: number | null; persisted: boolean | null };
  'tab/open-options': { opened: boolean };
}

export type Response<K extends MessageType> = Responses[K];
