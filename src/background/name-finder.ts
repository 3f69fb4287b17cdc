/**
 * Known names in a phrase, for the search: the same compiled matcher the content script
 * marks pages with (db/patterns), so a selection such as "Alibaba said on Tuesday that…"
 * finds Alibaba exactly when the page would have marked it there.
 */
import type { CompiledPatterns } from '../shared/messages';
import { createMatcher } from '../shared/matcher/index';
import type { NameHit } from '../shared/search/index';

export type FindNames = (text: string) => NameHit[];

/** Resolves to undefined when the patterns cannot be had: search then works without it. */
export async function loadNameFinder(patterns: () => Promise<CompiledPatterns>): Promise<FindNames | undefined> {
  try {
    const compiled = await patterns();
    const matcher = createMatcher(compiled);
    return (text) => matcher.find(text).map((h) => ({ id: compiled.companyIds[h.company]!, start: h.start, end: h.end }));
  } catch (error) {
    console.warn('[company-context] search without name finding:', error);
    return undefined;
  }
}
