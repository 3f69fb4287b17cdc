/**
 * The alternative the benchmark compares against (never shipped): one RegExp alternation
 * of every pattern, longest first, over the same folded text, with the boundary rules as
 * look-arounds so the semantics match the automaton's.
 *
 * Made as fast as we could for V8: patterns are grouped by start rule (a pattern's first
 * character decides it, so two groups never match at the same place and longest-first
 * within a group still gives leftmost-longest) with one look-behind per group, guarded by
 * a look-ahead for the group's first characters; the word class is one `v`-flag set
 * difference. A look-behind per alternative, or a nested look-ahead inside it, made V8
 * 10-100x slower.
 */
import { foldText, originalRange } from '../text/fold';
import { contextAllows } from './context';
import type { PatternEntry } from './entries';
import type { MatchHit, Matcher } from './index';
import { packInfo, Rule } from './payload';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escapeInClass = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/\-&!#%,:;<=>@`~]/g, '\\$&');
const LATIN_WORD = '[[\\p{L}\\p{N}\\p{M}]--[\\p{scx=Han}\\p{scx=Hira}\\p{scx=Kana}\\p{scx=Hang}]]';
const BEFORE: Record<number, string> = {
  [Rule.None]: '',
  [Rule.Latin]: `(?<!${LATIN_WORD})`,
  [Rule.Hangul]: '(?<![\\p{L}\\p{N}\\p{M}])',
};
const AFTER = `(?!${LATIN_WORD})`;

interface Alt {
  text: string;
  end: boolean;
  first: string;
}

export function alternationSource(entries: PatternEntry[]): string {
  const groups = new Map<number, Alt[]>();
  const sorted = [...entries].sort((a, b) => b.pattern.length - a.pattern.length);
  for (const { pattern, company } of sorted) {
    const info = packInfo(company, pattern);
    const start = (info >> 1) & 3;
    if (!groups.has(start)) groups.set(start, []);
    groups.get(start)!.push({ text: escape(pattern), end: (info & 1) === 1, first: String.fromCodePoint(pattern.codePointAt(0)!) });
  }
  const parts = [...groups].map(([start, alts]) => {
    const firsts = [...new Set(alts.map((a) => a.first))].map(escapeInClass).join('');
    const guard = start === Rule.None ? '' : `(?=[${firsts}])`;
    // One shared look-ahead when every pattern needs it: backtracking into the group still
    // tries the shorter alternatives.
    const body = alts.every((a) => a.end)
      ? `(?:${alts.map((a) => a.text).join('|')})${AFTER}`
      : `(?:${alts.map((a) => a.text + (a.end ? AFTER : '')).join('|')})`;
    return guard + BEFORE[start]! + body;
  });
  return parts.join('|') || '(?!)';
}

export function createAlternationMatcher(entries: PatternEntry[]): Matcher {
  const byPattern = new Map(entries.map((e) => [e.pattern, e.company]));
  const re = new RegExp(alternationSource(entries), 'gv');
  return {
    find(original) {
      const folded = foldText(original);
      const codes = new Uint16Array(folded.text.length);
      for (let i = 0; i < codes.length; i++) codes[i] = folded.text.charCodeAt(i);
      const sameCompany = (from: number, limit: number, company: number) =>
        entries.filter((e) => e.company === company && folded.text.startsWith(e.pattern, from) && from + e.pattern.length <= limit).map((e) => e.pattern.length);
      const hits: MatchHit[] = [];
      for (const m of folded.text.matchAll(re)) {
        const company = byPattern.get(m[0]) ?? -1;
        if (company < 0 || !contextAllows(codes, codes.length, m.index, m.index + m[0].length, company, sameCompany)) continue;
        const [start, end] = originalRange(folded, m.index, m.index + m[0].length);
        hits.push({ start, end, company });
      }
      return hits;
    },
    // No pre-check: every run goes to find().
    screen: () => ({ reset() {}, feed: () => true }),
  };
}
