/**
 * The `page/*` requests (to a tab's content scripts) and the two field schemas they share with
 * the background's requests. A module of its own so that content.js, which validates only these,
 * does not evaluate the rest of the protocol's schemas (messages.ts re-exports this map, and
 * derives every message type from it and the background's map).
 */
import * as v from 'valibot';

export const Host = v.pipe(
  v.string(),
  v.maxLength(253),
  // A hostname without port or scheme; IDNs arrive punycoded from URL.hostname.
  v.regex(/^[a-z0-9.-]*$|^\[[0-9a-f:.]+\]$/i, 'must be a hostname without port'),
);
export const CompanyId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'must be a company id'));

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
  /**
   * The matcher changed (a pack imported or switched, an own company, a never-mark word):
   * fetch db/patterns again and rescan. `version` is the new CompiledPatterns.version.
   */
  'page/patterns': v.strictObject({ type: v.literal('page/patterns'), version: v.pipe(v.string(), v.maxLength(200)) }),
} as const;
