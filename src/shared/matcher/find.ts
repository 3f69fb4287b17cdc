/**
 * One pass of the automaton over folded text, boundary checks as a filter on what it
 * reports, then leftmost-longest selection: per start offset keep the longest pattern
 * that passed, and walk the starts left to right skipping what a chosen match covers.
 * Negative words win the same way and simply emit nothing.
 *
 * The folded text is read in place from fold.ts's code-unit buffer (no string is built),
 * and its offset map turns a hit back into original offsets only when there is a hit.
 */
import { foldInto, releaseFoldBuffer } from '../text/fold';
import { advance, child, type Automaton } from './automaton';
import { contextAllows } from './context';
import { boundariesHold, companyOf } from './payload';

export interface MatchHit {
  /** [start, end): UTF-16 offsets in the ORIGINAL text. */
  start: number;
  end: number;
  /** Index into CompiledPatterns.companyIds. */
  company: number;
}

// Scratch per start offset, shared by every call (find is synchronous); kept all-zero between calls.
let bestLen = new Int32Array(256);
let bestInfo = new Int32Array(256);


export function findIn(a: Automaton, original: string): MatchHit[] {
  const { codes, starts, length: n } = foldInto(original);
  if (bestLen.length < n) {
    bestLen = new Int32Array(n * 2);
    bestInfo = new Int32Array(n * 2);
  }
  const { dict, info, depth, rootBlock, rootNext } = a;
  let first = n;
  let s = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    // Every alias starting with an ASCII letter or digit needs a word start: inside a
    // word, at the root, nothing can begin here (most of an English text stops here).
    const wordChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (s === 0 && wordChar && inWord) continue;
    inWord = wordChar;
    // Most text leaves the root at once: one table look-up, no call.
    s = s === 0 ? rootNext[rootBlock[c >> 8]! + (c & 255)]! : advance(a, s, c);
    if (s === 0) continue;
    for (let o = info[s]! >= 0 ? s : dict[s]!; o !== 0; o = dict[o]!) {
      const len = depth[o]!;
      const start = i + 1 - len;
      if (len > bestLen[start]! && boundariesHold(info[o]!, codes, n, start, i + 1)) {
        bestLen[start] = len;
        bestInfo[start] = info[o]!;
        if (start < first) first = start;
      }
    }
  }
  if (first === n) {
    releaseFoldBuffer();
    return [];
  }
  const hits: MatchHit[] = [];
  let free = 0;
  for (let p = first; p < n; p++) {
    const len = bestLen[p]!;
    if (len === 0) continue;
    bestLen[p] = 0;
    if (p < free) continue;
    free = p + len;
    const company = companyOf(bestInfo[p]!);
    if (company < 0 || !contextAllows(codes, n, p, free, company, (from, limit, c) => aliasLengthsAt(a, codes, from, limit, c))) continue;
    // An end inside one character's expansion (ﬁ -> "fi") widens to the whole character.
    let e = free;
    const last = starts[free - 1]!;
    while (e < n && starts[e] === last) e++;
    hits.push({ start: starts[p]!, end: starts[e]!, company });
  }
  releaseFoldBuffer();
  // One huge text must not pin megabytes for the page's lifetime (the walk left them zeroed).
  if (bestLen.length > 1 << 16) [bestLen, bestInfo] = [new Int32Array(256), new Int32Array(256)];
  return hits;
}

/** Lengths of the aliases of `company` spelled from codes[from], read down the trie (no failure links). */
function aliasLengthsAt(a: Automaton, codes: Uint16Array, from: number, limit: number, company: number): number[] {
  const lengths: number[] = [];
  let s = 0;
  for (let k = from; k < limit; k++) {
    s = child(a, s, codes[k]!);
    if (s === 0) break;
    if (a.info[s]! >= 0 && companyOf(a.info[s]!) === company) lengths.push(k + 1 - from);
  }
  return lengths;
}
