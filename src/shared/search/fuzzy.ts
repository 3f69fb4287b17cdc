/**
 * "One typo" for Latin queries: optimal-string-alignment distance (Damerau–Levenshtein
 * restricted to adjacent transpositions) of at most 1. Bounded, so it rejects most keys
 * after a few characters instead of filling a full distance matrix.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // substitution, or transposition of i and i+1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  // one insertion or deletion
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const LATIN_WORD = /^[a-z]+$/;
export function isFuzzyQuery(key: string): boolean {
  return key.length >= 4 && LATIN_WORD.test(key);
}

/** Within one edit of the whole key, or of the key's beginning (alibaab ~ alibabagroup). */
export function fuzzyMatch(key: string, query: string): 'whole' | 'start' | null {
  if (withinOneEdit(key, query)) return 'whole';
  for (let len = query.length - 1; len <= query.length + 1; len++) {
    if (len < key.length && withinOneEdit(key.slice(0, len), query)) return 'start';
  }
  return null;
}
