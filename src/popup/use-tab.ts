/**
 * What the popup knows about the tab it acts for: its site (frame 0's `page/info`) and
 * the companies its frames found. A tab where our content script cannot run (browser
 * pages, the web store) answers nothing: `available: false`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Mention } from '../shared/messages';
import type { Transport } from '../shared/transport';

export type TabState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; tabId: number; host: string; mentions: Mention[] };

export function useTab(transport: Transport, tabIdPromise: Promise<number | null>): TabState {
  const [state, setState] = useState<TabState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const tabId = await tabIdPromise;
      if (tabId === null) return setState({ status: 'unavailable' });
      const info = await transport.toTab<'page/info'>(tabId, { type: 'page/info' }, 0).catch(() => null);
      if (!live) return;
      if (!info?.host) return setState({ status: 'unavailable' });
      setState({ status: 'ready', tabId, host: info.host, mentions: [] });
      // Mentions wait for the page's first full scan; show the site switch meanwhile.
      const found = await transport.toTab<'page/mentions'>(tabId, { type: 'page/mentions' }, 0).catch(() => null);
      if (live && found) setState({ status: 'ready', tabId, host: info.host, mentions: found.mentions });
    })().catch(() => live && setState({ status: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [transport, tabIdPromise]);
  return state;
}

export interface MentionCount {
  companyId: string;
  /** The first spelling seen on the page. */
  text: string;
  count: number;
}

/** Mentions grouped by company, most mentioned first (ties: first seen first). */
export function countMentions(mentions: readonly Mention[]): MentionCount[] {
  const byId = new Map<string, MentionCount>();
  for (const m of mentions) {
    const c = byId.get(m.companyId);
    if (c) c.count++;
    else byId.set(m.companyId, { companyId: m.companyId, text: m.text, count: 1 });
  }
  return [...byId.values()].sort((a, b) => b.count - a.count);
}
