/**
 * Synthetic pattern sets for benchmarks: n aliases, a third each pronounceable Latin
 * words, Han strings and Hangul strings, ten aliases per made-up company. Deterministic
 * for a seed, so runs compare like with like.
 */
import type { CompiledPatterns } from '../messages';
import { buildAutomaton } from './build-automaton';
import type { PatternEntry } from './entries';
import { foldText } from '../text/fold';

const ONSETS = ['b', 'ch', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'qu', 'r', 's', 'sh', 't', 'v', 'w', 'x', 'y', 'z', 'zh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ao', 'ei', 'ia', 'ou', 'ua'];
const CODAS = ['', '', '', 'n', 'ng', 'r', 's'];

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function synthesizeEntries(n: number, seed = 1): PatternEntry[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const between = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const latin = (): string => {
    let w = '';
    for (let k = between(2, 4); k > 0; k--) w += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    return rand() < 0.3 ? `${w} ${pick(ONSETS)}${pick(VOWELS)}${pick(CODAS)}` : w;
  };
  // Han from the first 6,000 unified ideographs (where common characters cluster), so that
  // real Chinese text produces partial matches the automaton must walk through.
  const han = (): string => Array.from({ length: between(2, 5) }, () => String.fromCharCode(0x4e00 + between(0, 5999))).join('');
  const hangul = (): string => Array.from({ length: between(2, 5) }, () => String.fromCharCode(0xac00 + between(0, 11171))).join('');
  const seen = new Set<string>();
  const entries: PatternEntry[] = [];
  while (entries.length < n) {
    const k = entries.length % 3;
    const pattern = foldText(k === 0 ? latin() : k === 1 ? han() : hangul()).text;
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    entries.push({ pattern, company: Math.floor(entries.length / 10) });
  }
  return entries;
}

/** A CompiledPatterns payload with n synthetic aliases, for injecting into a browser benchmark. */
export function synthesizePatterns(n: number, seed = 1): CompiledPatterns {
  const entries = synthesizeEntries(n, seed);
  const companies = Math.ceil(n / 10);
  return {
    version: `synthetic-${n}-${seed}`,
    companyIds: Array.from({ length: companies }, (_, i) => `synthetic-${i}`),
    data: buildAutomaton(entries),
  };
}
