/**
 * The action badge: how many distinct companies a tab's frames have found. Each frame
 * reports its complete set so far (tab/found), so a report replaces that frame's set.
 * The sets are mirrored to storage.session where it exists, because the worker may be
 * stopped between a page's reports and the next navigation.
 */
import { isFragmentChange } from './hosts';
import type { KeyValueArea } from './platform';

const SESSION_KEY = 'badge';

type Stored = Record<string, { url?: string; frames: Record<string, string[]> }>;
interface TabState {
  url?: string;
  frames: Map<number, Set<string>>;
}

export interface BadgeDeps {
  session: KeyValueArea | null;
  setBadgeText(tabId: number, text: string): Promise<void>;
}

export function createBadge(deps: BadgeDeps) {
  const tabs = new Map<number, TabState>();
  let hydrated: Promise<void> | undefined;

  const hydrate = () =>
    (hydrated ??= (async () => {
      const stored = deps.session ? ((await deps.session.get(SESSION_KEY))[SESSION_KEY] as Stored | undefined) : undefined;
      for (const [tabId, tab] of Object.entries(stored ?? {})) {
        if (tabs.has(Number(tabId))) continue; // a report that raced the hydration is newer
        const frames = new Map(Object.entries(tab.frames).map(([f, ids]) => [Number(f), new Set(ids)]));
        tabs.set(Number(tabId), { url: tab.url, frames });
      }
    })().catch(() => undefined));

  const persist = async () => {
    if (!deps.session) return;
    const out: Stored = {};
    for (const [tabId, tab] of tabs) {
      out[tabId] = { url: tab.url, frames: Object.fromEntries([...tab.frames].map(([f, ids]) => [f, [...ids]])) };
    }
    await deps.session.set({ [SESSION_KEY]: out }).catch(() => undefined);
  };

  const count = (tabId: number) => {
    const all = new Set<string>();
    for (const ids of tabs.get(tabId)?.frames.values() ?? []) for (const id of ids) all.add(id);
    return all.size;
  };

  const show = (tabId: number, n: number) =>
    deps.setBadgeText(tabId, n > 0 ? String(n) : '').catch(() => undefined); // the tab may be gone

  return {
    async found(tabId: number, frameId: number, companyIds: string[], url?: string): Promise<number> {
      await hydrate();
      const tab: TabState = tabs.get(tabId) ?? { frames: new Map() };
      if (url && frameId === 0) tab.url = url;
      else tab.url ??= url;
      tab.frames.set(frameId, new Set(companyIds));
      tabs.set(tabId, tab);
      const n = count(tabId);
      await Promise.all([show(tabId, n), persist()]);
      return n;
    },
    /** tabs.onUpdated: a new document is loading, so the old one's marks are gone. */
    async loading(tabId: number, url?: string): Promise<void> {
      await hydrate();
      const tab = tabs.get(tabId);
      if (!tab || isFragmentChange(tab.url, url)) return;
      tabs.delete(tabId);
      await Promise.all([show(tabId, 0), persist()]);
    },
    async removed(tabId: number): Promise<void> {
      await hydrate();
      if (tabs.delete(tabId)) await persist();
    },
    count,
  };
}

export type Badge = ReturnType<typeof createBadge>;
