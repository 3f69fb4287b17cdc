/**
 * "One typo" for Latin queries: optimal-string-alignment distance (Damerau–Levenshtein
 * restricted to adjacent transpositions) of at most 1. Bounded and allocation-free: it
 * runs against tens of thousands of keys per keystroke and rejects most after a few
 * characters.
 */

/** Do a[from..aEnd) and b[bFrom..bFrom + (aEnd - from)) hold the same characters? */
function same(a: string, from: number, aEnd: number, b: string, bFrom: number): boolean {
  for (let i = from, j = bFrom; i < aEnd; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Is the first `la` characters of `a` within one edit of `b`? */
export function withinOneEditOfStart(a: string, la: number, b: string): boolean {
  const lb = b.length;
  if (la > a.length || Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // a substitution at i, or i and i+1 swapped
    if (same(a, i + 1, la, b, i + 1)) return true;
    return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && same(a, i + 2, la, b, i + 2);
  }
  // one character more in a (skip a[i]) or in b (skip b[i])
  return la > lb ? same(a, i + 1, la, b, i) : same(a, i, la, b, i + 1);
}

export function withinOneEdit(a: string, b: string): boolean {
  return withinOneEditOfStart(a, a.length, b);
}

const LATIN_WORD = /^[a-z]+$/;
export function isFuzzyQuery(key: string): boolean {
  return key.length >= 4 && LATIN_WORD.test(key);
}

/** Within one edit of the whole key, or of the key's beginning (alibaab ~ alibabagroup). */
export function fuzzyMatch(key: string, query: string): 'whole' | 'start' | null {
  if (withinOneEditOfStart(key, key.length, query)) return 'whole';
  for (let len = query.length - 1; len <= query.length + 1; len++) {
    if (len < key.length && withinOneEditOfStart(key, len, query)) return 'start';
  }
  return null;
}
