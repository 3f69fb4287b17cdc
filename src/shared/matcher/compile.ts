/**
 * Build time (build.mjs, node): the dataset's aliases -> the compiled automaton the
 * background hands to content scripts. See docs/matching.md for the rules.
 */
import type { Company } from '../dataset/schema';
import type { CompiledPatterns } from '../messages';
import { buildAutomaton } from './build-automaton';
import { collectEntries } from './entries';

export function compilePatterns(companies: Company[], version: string): CompiledPatterns {
  return { version, companyIds: companies.map((c) => c.id), data: buildAutomaton(collectEntries(companies)) };
}
