/**
 * The screen table asks, for each character folding to several units ("…" -> "..."),
 * whether any alias could overlap that folding; a wrong "no" makes the screen skip text
 * that holds a mention. The answers come from looking the foldings' pieces up in each
 * alias; they must equal the definition, alias by alias, on every folding.
 */
import { describe, expect, it } from 'vitest';
import { overlapTestSteps } from '../../src/shared/matcher/screen-table';
import { runToEnd } from '../../src/shared/run-steps';
import { mulberry32 } from '../../src/shared/matcher/synthesize';

/** The definition: some pattern and f share units where they overlap (either inside the other, or a prefix of one is a suffix of the other). */
function overlaps(patterns: string[], f: string): boolean {
  if (f.length > 4) return true;
  return patterns.some((p) => {
    if (p.includes(f) || f.includes(p)) return true;
    for (let k = 1; k < f.length; k++) if (p.startsWith(f.slice(k)) || p.endsWith(f.slice(0, k))) return true;
    return false;
  });
}

/** Every string of 2–5 units over `alphabet` (1,360 foldings). */
function allStrings(alphabet: string): string[] {
  let level = [''];
  const out: string[] = [];
  for (let len = 1; len <= 5; len++) {
    level = level.flatMap((s) => [...alphabet].map((c) => s + c));
    if (len >= 2) out.push(...level);
  }
  return out;
}

describe('the screen table overlap test', () => {
  it('answers like the definition for every folding, over random alias sets', () => {
    const rand = mulberry32(7);
    const queries = allStrings('ab.…');
    const wrong: string[] = [];
    for (let round = 0; round < 12; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(rand() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(rand() * 6) }, () => 'abxy.'[Math.floor(rand() * 5)]).join(''),
      );
      const test = runToEnd(overlapTestSteps(patterns, queries));
      for (const f of queries) if (test(f) !== overlaps(patterns, f)) wrong.push(`${JSON.stringify(patterns)} ${f}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers a folding nobody announced by the definition too', () => {
    const patterns = ['ab', 'xyz'];
    const test = runToEnd(overlapTestSteps(patterns, []));
    expect(test('b.')).toBe(true); // "ab" ends with "b"... and "b." starts with it
    expect(test('..')).toBe(false);
    expect(test('yz')).toBe(true);
  });
});
