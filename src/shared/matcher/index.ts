/**
 * What the content script scans with. The compiled automaton arrives by message (it is
 * never bundled), so this code's size does not grow with the dataset.
 */
import type { CompiledPatterns } from '../messages';
import { decodeSteps } from './automaton';
import { runToEnd } from '../run-steps';
import { findIn, type MatchHit } from './find';
import { createScreen, type Screen } from './screen';

export type { MatchHit } from './find';
export type { Screen } from './screen';

export interface Matcher {
  /** Mentions in `text`: leftmost-longest, non-overlapping, in order. */
  find(text: string): MatchHit[];
  /** A new screen (a quick pre-check fed node by node): a run it rejects has no match. */
  screen(): Screen;
}

/** Throws an Error starting "Malformed compiled patterns" when the payload is not one. */
export function createMatcher(compiled: CompiledPatterns): Matcher {
  return runToEnd(createMatcherSteps(compiled));
}

/**
 * The same in slices of a few thousand automaton states: the content script yields to the
 * page between next() calls, so a big dataset never decodes in one long task.
 */
export function* createMatcherSteps(compiled: CompiledPatterns): Generator<void, Matcher> {
  if (typeof compiled !== 'object' || compiled === null) throw new Error('Malformed compiled patterns: not an object');
  const ids: unknown = compiled.companyIds;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    throw new Error('Malformed compiled patterns: "companyIds" must be an array of strings');
  }
  const automaton = yield* decodeSteps(compiled.data, ids.length);
  return { find: (text) => findIn(automaton, text), screen: () => createScreen(automaton) };
}
export { synthesizePatterns } from './synthesize';
