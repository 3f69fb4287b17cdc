/**
 * The query a context-menu "Look up" hands to the popup it opens. The popup takes it once
 * at start-up (tab/pending-search). It expires quickly so a popup the user opens much
 * later does not show a search they no longer expect.
 */
import type { KeyValueArea } from './platform';

const SESSION_KEY = 'pendingSearch';
export const PENDING_TTL_MS = 60_000;

interface Pending {
  query: string;
  at: number;
}

export function createPendingSearch(session: KeyValueArea | null, now: () => number) {
  let memory: Pending | null = null;
  return {
    /** Sets the query synchronously (the caller must open the popup in the same tick), then persists it. */
    put(query: string): Promise<void> {
      memory = { query, at: now() };
      return session?.set({ [SESSION_KEY]: memory }).catch(() => undefined) ?? Promise.resolve();
    },
    async clear(): Promise<void> {
      memory = null;
      await session?.remove(SESSION_KEY).catch(() => undefined);
    },
    async take(): Promise<string | null> {
      let pending = memory;
      if (!pending && session) {
        // The worker restarted between the click and the popup asking.
        const stored = (await session.get(SESSION_KEY).catch((): Record<string, unknown> => ({})))[SESSION_KEY] as Pending | undefined;
        pending = stored && typeof stored.query === 'string' && typeof stored.at === 'number' ? stored : null;
      }
      await this.clear();
      return pending && now() - pending.at <= PENDING_TTL_MS ? pending.query : null;
    },
  };
}

export type PendingSearch = ReturnType<typeof createPendingSearch>;
