/**
 * The message protocol: one map from message type to its request schema, one interface
 * from message type to its response. Every other type is derived from these two.
 *
 * The prefix names the receiver: `page/*` goes to a tab's content scripts (one answer per
 * frame), `db/*`, `settings/*` and `tab/*` go to the background. Each receiver validates
 * `unknown` input with its own schema map (see router.ts) before any handler runs; the maps
 * are separate so the content script bundles only the five small `page/*` schemas.
 */
import * as v from 'valibot';
import type { Article, Company, Lang, LocalText } from './dataset/schema';

const Host = v.pipe(
  v.string(),
  v.maxLength(253),
  // A hostname without port or scheme; IDNs arrive punycoded from URL.hostname.
  v.regex(/^[a-z0-9.-]*$|^\[[0-9a-f:.]+\]$/i, 'must be a hostname without port'),
);
const CompanyId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'must be a company id'));

/** Requests to a tab's content script (each frame answers for itself). */
export const pageRequestSchemas = {
  /** Mentions found in this frame, in document order; waits for the first full scan. */
  'page/mentions': v.strictObject({ type: v.literal('page/mentions') }),
  /** The frame's hostname (the popup uses frame 0's to know the tab's site). */
  'page/info': v.strictObject({ type: v.literal('page/info') }),
  /** Scroll to the first mention of a company and open its card (popup "on this page"). */
  'page/reveal': v.strictObject({ type: v.literal('page/reveal'), companyId: CompanyId }),
  /** Keyboard command: move to the next mention and open its card with focus inside. */
  'page/next-mention': v.strictObject({ type: v.literal('page/next-mention') }),
  /** The effective setting for this tab's site changed: switch highlighting on or off live. */
  'page/enabled': v.strictObject({ type: v.literal('page/enabled'), host: Host, enabled: v.boolean() }),
} as const;

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
  'settings/page': v.strictObject({ type: v.literal('settings/page') }),
  /** From a content script: the companies this frame found, for the badge. */
  'tab/found': v.strictObject({
    type: v.literal('tab/found'),
    companyIds: v.pipe(v.array(CompanyId), v.maxLength(10_000)),
  }),
  /** Open the search (popup where the browser allows, else the extension's search page). */
  'tab/open-search': v.strictObject({ type: v.literal('tab/open-search'), query: v.pipe(v.string(), v.maxLength(200)) }),
  /** From the popup at start-up: the query a context-menu "Look up" left for it (read once). */
  'tab/pending-search': v.strictObject({ type: v.literal('tab/pending-search') }),
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

export interface Responses {
  'page/mentions': { enabled: boolean; mentions: Mention[]; stats: ScanStats };
  'page/info': { host: string; url: string };
  'page/reveal': { revealed: boolean };
  'page/next-mention': { found: boolean };
  'page/enabled': { enabled: boolean };
  'db/company': { company: Company; articles: Article[] };
  'db/search': { results: SearchResult[] };
  'db/patterns': CompiledPatterns;
  'settings/site': { host: string; enabled: boolean };
  'settings/global': { enabled: boolean };
  'settings/page': { host: string; enabled: boolean };
  'tab/found': { count: number };
  'tab/open-search': { opened: 'popup' | 'tab' };
  'tab/pending-search': { query: string | null };
}

export type Response<K extends MessageType> = Responses[K];
