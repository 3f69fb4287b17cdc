/**
 * The pattern list the automaton is built from: every name and alias (all languages) of
 * every company, folded like page text, plus the negative words mapping to no company.
 * Search terms are deliberately left out: they are for the search box, not for pages.
 */
import type { Company } from '../dataset/schema';
import { foldText } from '../text/fold';
import { runToEnd } from '../run-steps';

/** `company` indexes companyIds; -1 marks a negative word (it consumes text, marks nothing). */
export interface PatternEntry {
  pattern: string;
  company: number;
}

/** The folded spelling a pattern is matched as: two spellings with one key are the same pattern. */
export function patternKey(raw: string): string {
  return foldText(raw.trim()).text.trim();
}

export function collectEntries(companies: Company[]): PatternEntry[] {
  return runToEnd(collectEntriesSteps(companies));
}

/**
 * The same in slices (a step per few hundred companies: folding 100,000 aliases takes far
 * longer than one task may). `negatives`: more words that mark nothing (the reader's
 * never-mark list).
 */
export function* collectEntriesSteps(companies: Company[], negatives: readonly string[] = []): Generator<void, PatternEntry[]> {
  const byPattern = new Map<string, number>();
  const add = (raw: string, company: number): void => {
    const pattern = patternKey(raw);
    if (!pattern) return;
    const seen = byPattern.get(pattern);
    // A negative beats any alias spelled the same; otherwise the first company keeps it.
    if (seen === undefined || (company === -1 && seen !== -1)) byPattern.set(pattern, company);
  };
  for (let i = 0; i < companies.length; i++) {
    const c = companies[i]!;
    for (const name of Object.values(c.names)) if (name) add(name, i);
    for (const list of Object.values(c.aliases)) for (const alias of list ?? []) add(alias, i);
    if (i % 256 === 255) yield;
  }
  for (let i = 0; i < companies.length; i++) {
    for (const word of companies[i]!.negatives ?? []) add(word, -1);
    if (i % 4096 === 4095) yield;
  }
  for (const word of negatives) add(word, -1);
  yield;
  // 100,000 entries built in one step were a 47 ms task in the packs bench's trace.
  const out: PatternEntry[] = [];
  for (const [pattern, company] of byPattern) {
    out.push({ pattern, company });
    if (out.length % 8192 === 0) yield;
  }
  return out;
}
