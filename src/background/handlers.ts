/** PLACEHOLDER handlers (replaced by the dataset/db work): answers from the packaged files. */
import browser from 'webextension-polyfill';
import type { CompiledDataset } from '../shared/dataset/schema';
import type { BackgroundMessageType, CompiledPatterns } from '../shared/messages';
import type { Handlers } from '../shared/router';

let dataset: Promise<CompiledDataset> | undefined;
let patterns: Promise<CompiledPatterns> | undefined;
const load = <T>(file: string): Promise<T> => fetch(browser.runtime.getURL(file)).then((r) => r.json() as Promise<T>);

export const handlers: Handlers<BackgroundMessageType> = {
  'db/company': async ({ id }) => {
    const data = await (dataset ??= load('data/dataset.json'));
    const company = data.companies.find((c) => c.id === id);
    if (!company) throw new Error(`No company "${id}"`);
    return { company, articles: data.articles.filter((a) => a.companies.includes(id)) };
  },
  'db/search': () => ({ results: [] }),
  'db/patterns': () => (patterns ??= load('data/patterns.json')),
  'settings/site': ({ host, enabled }) => ({ host, enabled: enabled ?? true }),
  'settings/global': ({ enabled }) => ({ enabled: enabled ?? true }),
  'settings/page': (_req, sender) => ({ host: new URL(sender.tab?.url ?? sender.url ?? 'about:blank').hostname, enabled: true }),
  'tab/found': ({ companyIds }) => ({ count: new Set(companyIds).size }),
  'tab/open-search': () => ({ opened: 'tab' }),
};
