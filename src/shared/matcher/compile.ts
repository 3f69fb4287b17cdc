/**
 * Companies' aliases -> the compiled automaton the background hands to content scripts.
 * Build time (build.mjs, node) compiles the bundled dataset in one go; the background
 * compiles the reader's layers with compilePatternsSteps, one slice per task. See
 * docs/matching.md for the rules.
 */
import type { Company } from '../dataset/schema';
import type { CompiledPatterns } from '../messages';
import { buildAutomaton, buildAutomatonSteps } from './build-automaton';
import { collectEntries, collectEntriesSteps } from './entries';

export function compilePatterns(companies: Company[], version: string): CompiledPatterns {
  return { version, companyIds: companies.map((c) => c.id), data: buildAutomaton(collectEntries(companies)) };
}

/** `negatives`: extra words that mark nothing (the reader's never-mark list). */
export function* compilePatternsSteps(companies: Company[], version: string, negatives: readonly string[] = []): Generator<void, CompiledPatterns> {
  const entries = yield* collectEntriesSteps(companies, negatives);
  return { version, companyIds: companies.map((c) => c.id), data: yield* buildAutomatonSteps(entries) };
}
