/**
 * The alternative the benchmark compares against (never shipped): one RegExp alternation
 * of every pattern, longest first, over the same folded text, with the boundary rules as
 * look-arounds so the semantics match the automaton's.
 *
 * A pattern's first character decides its start rule, so patterns are grouped by start
 * rule with one look-behind per group (patterns of different groups can never start at
 * the same place, so longest-first within a group still gives leftmost-longest). A
 * look-behind on each of thousands of alternatives makes V8 ~100x slower.
 */
import { foldText, originalRange } from '../text/fold';
import type { PatternEntry } from './entries';
import type { MatchHit, Matcher } from './index';
import { packInfo, Rule } from './payload';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LATIN_WORD = '(?:(?![\\p{scx=Han}\\p{scx=Hira}\\p{scx=Kana}\\p{scx=Hang}])[\\p{L}\\p{N}\\p{M}])';
const BEFORE = {
  [Rule.None]: '',
  [Rule.Latin]: `(?<!${LATIN_WORD})`,
  [Rule.Hangul]: '(?<![\\p{L}\\p{N}\\p{M}])',
};

export function alternationSource(entries: PatternEntry[]): string {
  const groups = new Map<number, Array<{ text: string; end: boolean }>>();
  const sorted = [...entries].sort((a, b) => b.pattern.length - a.pattern.length);
  for (const { pattern, company } of sorted) {
    const info = packInfo(company, pattern);
    const start = (info >> 1) & 3;
    if (!groups.has(start)) groups.set(start, []);
    groups.get(start)!.push({ text: escape(pattern), end: (info & 1) === 1 });
  }
  const AFTER = `(?!${LATIN_WORD})`;
  const parts = [...groups].map(([start, alts]) => {
    // One shared look-ahead when every pattern needs it: backtracking into the group still
    // tries the shorter alternatives, and V8 runs it far faster than one per alternative.
    const body = alts.every((a) => a.end)
      ? `(?:${alts.map((a) => a.text).join('|')})${AFTER}`
      : `(?:${alts.map((a) => a.text + (a.end ? AFTER : '')).join('|')})`;
    return BEFORE[start as keyof typeof BEFORE] + body;
  });
  return parts.join('|') || '(?!)';
}

export function createAlternationMatcher(entries: PatternEntry[]): Matcher {
  const byPattern = new Map(entries.map((e) => [e.pattern, e.company]));
  const re = new RegExp(alternationSource(entries), 'gu');
  return {
    find(original) {
      const folded = foldText(original);
      const hits: MatchHit[] = [];
      for (const m of folded.text.matchAll(re)) {
        const company = byPattern.get(m[0]) ?? -1;
        if (company < 0) continue;
        const [start, end] = originalRange(folded, m.index, m.index + m[0].length);
        hits.push({ start, end, company });
      }
      return hits;
    },
  };
}
