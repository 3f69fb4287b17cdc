/**
 * Fakes for the background's Platform and a small dataset, shared by the db-* and
 * background-* unit tests. Each call to freshIndexedDB() gives the test an empty browser profile.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Article, CompiledDataset, Company } from '../../src/shared/dataset/schema';
import type { KeyValueArea, MenuItem, Platform, TabInfo } from '../../src/background/platform';
import { createServices, type Services } from '../../src/background/services';
import type { BuildSearchIndex } from '../../src/background/search-cache';

export function freshIndexedDB(): void {
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
}

export function fakeArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: clone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, clone(v));
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}

export function company(id: string, extra: Partial<Company> = {}): Company {
  return {
    id,
    names: { en: id[0]!.toUpperCase() + id.slice(1) },
    aliases: {},
    tagline: { en: `${id} tagline`, ko: `${id} 태그라인` },
    description: { en: `${id} description`, ko: `${id} 설명` },
    facts: [],
    ...extra,
  };
}

export function article(id: string, date: string, companies: string[]): Article {
  return {
    id,
    title: `Headline ${id}`,
    titleEn: `Headline ${id}`,
    publisher: 'Test Daily',
    date,
    url: null,
    language: 'ko',
    summary: { en: `Summary ${id}`, ko: `요약 ${id}` },
    companies,
    seed: '001_0123456789abcdef.txt',
  };
}

export function dataset(version: string, overrides: Partial<CompiledDataset> = {}): CompiledDataset {
  return {
    version,
    companies: [
      company('banma', {
        relations: [{ type: 'shareholder', company: 'alibaba', stake: 44.72, source: { kind: 'article', article: 'a-new' } }],
      }),
      company('alibaba'),
    ],
    articles: [
      article('a-old', '2023-05-01', ['banma']),
      article('a-new', '2025-08-21', ['banma', 'alibaba']),
      article('a-mid', '2024-11', ['banma']),
      article('a-ali', '2024-01-02', ['alibaba']),
    ],
    ...overrides,
  };
}

export interface FakeBrowser {
  platform: Platform;
  /** What the packaged data/dataset.json holds; tests swap it to simulate an update. */
  packaged: { dataset: CompiledDataset; patterns: unknown };
  local: ReturnType<typeof fakeArea>;
  session: ReturnType<typeof fakeArea>;
  tabs: TabInfo[];
  /** tabs.sendMessage calls; tabs listed in `noReceiver` reject like a tab without content script. */
  sent: Array<{ tabId: number; message: unknown; options?: { frameId?: number } }>;
  noReceiver: Set<number>;
  created: string[];
  badges: Map<number, string>;
  menus: MenuItem[];
  popup: { available: boolean; fails: boolean; opened: number };
  clock: { now: number };
  readCount: Map<string, number>;
}

export function fakeBrowser(ds: CompiledDataset = dataset('v1')): FakeBrowser {
  const fake: FakeBrowser = {
    packaged: { dataset: ds, patterns: { version: ds.version, companyIds: ['banma'], data: {} } },
    local: fakeArea(),
    session: fakeArea(),
    tabs: [],
    sent: [],
    noReceiver: new Set(),
    created: [],
    badges: new Map(),
    menus: [],
    popup: { available: true, fails: false, opened: 0 },
    clock: { now: 1_000_000 },
    readCount: new Map(),
    platform: undefined as unknown as Platform,
  };
  fake.platform = {
    async readPackaged(path) {
      fake.readCount.set(path, (fake.readCount.get(path) ?? 0) + 1);
      if (path === 'data/dataset.json') return structuredClone(fake.packaged.dataset);
      if (path === 'data/patterns.json') return structuredClone(fake.packaged.patterns);
      throw new Error(`no packaged file ${path}`);
    },
    extensionUrl: (path) => `chrome-extension://test/${path}`,
    message: (key) => (key === 'menuLookupSelection' ? 'Look up “%s” in Company Context' : key),
    local: fake.local,
    session: fake.session,
    contentScripts: null,
    tabs: {
      query: async (q) => (q.active ? fake.tabs.slice(0, 1) : [...fake.tabs]),
      async sendMessage(tabId, message, options) {
        if (fake.noReceiver.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        fake.sent.push({ tabId, message, ...(options ? { options } : {}) });
        return {};
      },
      create: async ({ url }) => {
        fake.created.push(url);
      },
    },
    setBadgeText: async (tabId, text) => {
      fake.badges.set(tabId, text);
    },
    get openPopup() {
      if (!fake.popup.available) return null;
      return async () => {
        if (fake.popup.fails) throw new Error('Could not find an active browser window.');
        fake.popup.opened++;
      };
    },
    menus: {
      removeAll: async () => {
        fake.menus.length = 0;
      },
      create: async (item) => {
        fake.menus.push(item);
      },
    },
    now: () => fake.clock.now,
  };
  return fake;
}

/** A search index that finds companies whose English name starts with the query, so tests need not depend on the real one. */
export const prefixIndex: BuildSearchIndex = (companies) => ({
  search: (query, limit = 10) =>
    companies
      .filter((c) => c.names.en.toLowerCase().startsWith(query.toLowerCase()))
      .slice(0, limit)
      .map((c) => ({ id: c.id, kind: 'company' as const, names: c.names, tagline: c.tagline, matched: c.names.en, matchedLang: 'en' as const, ranges: [], score: 1 })),
});

let dbCounter = 0;
/** Services over a fake browser; a fresh database name per call unless one is given (a "restart"). */
export function servicesFor(fake: FakeBrowser, dbName = `cc-test-${++dbCounter}`, build: BuildSearchIndex = prefixIndex): Services {
  return createServices(fake.platform, { buildSearchIndex: build, dbName });
}

import { createRouter, type Sender } from '../../src/shared/router';
import { backgroundRequestSchemas } from '../../src/shared/messages';
import { createHandlers } from '../../src/background/handlers';
import { createEventHandlers } from '../../src/background/events';
import type { BackgroundMessageType, Request, Response } from '../../src/shared/messages';

/** Sends a message through the real router (validation included), as runtime.onMessage would. */
export function messenger(services: Services) {
  const dispatch = createRouter(backgroundRequestSchemas, createHandlers(services));
  return <R extends Request<BackgroundMessageType>>(request: R, sender: Sender = {}): Promise<Response<R['type']>> =>
    dispatch(request, sender) as Promise<Response<R['type']>>;
}

/** A fake browser, its services, a messenger into the real router and the event handlers. */
export function backgroundUnderTest() {
  const fake = fakeBrowser();
  const services = servicesFor(fake);
  return { fake, services, send: messenger(services), events: createEventHandlers(services) };
}
