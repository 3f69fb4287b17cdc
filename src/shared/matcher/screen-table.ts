/**
 * Build time: the table the content script's screen (screen.ts) folds page text with, so
 * it never calls normalize() or a Unicode RegExp. It lists only the non-ASCII code units
 * where "step the automaton with the unit itself" would be wrong for THIS alphabet (the
 * code units on the automaton's edges):
 *
 * - units that fold to a single unit of the alphabet (Ａ -> a, U+00A0 -> space, ｼ -> シ);
 * - units folding to nothing (soft hyphen, zero-width space): skipped;
 * - units whose folding cannot be decided one unit at a time and may produce alphabet
 *   characters (ﬁ -> "fi", a combining mark that may compose into an alias character):
 *   the screen gives up on that run and the exact matcher reads it.
 *
 * Every other unit folds to something outside the alphabet (or to itself), so stepping with
 * the unit itself sends the automaton to its root, exactly as the folded text would.
 * Supplementary characters (surrogate pairs) are listed as code-point ranges that give up
 * or are skipped.
 */
import { foldCodePointAlone, foldUnitAlone } from '../text/fold';
import { ScreenValue } from './payload';
import { runToEnd } from '../run-steps';

export interface ScreenTable {
  /** [first, last, value] triples over non-ASCII BMP units, sorted; a mapped value applies as value + (unit - first). */
  bmp: Uint16Array;
  /** [first, last, value] code-point ranges of supplementary characters that give up (Exact) or fold to nothing (Ignore). */
  astral: Int32Array;
}

/** Per-unit foldings do not depend on the alphabet: computed once per process. */
let unitFoldings: Array<string | null> | null = null;
let astralFoldings: Array<[number, string | null]> | null = null;

/** Code points per step of the sliced build: under a millisecond, as folding some blocks is slow (runSliced runs steps together up to its budget). */
const STEP = 512;

function* foldingsSteps(): Generator<void, { units: Array<string | null>; astral: Array<[number, string | null]> }> {
  if (!unitFoldings || !astralFoldings) {
    const units: Array<string | null> = [];
    for (let c = 0; c < 0x10000; c++) {
      units.push(foldUnitAlone(c));
      if (c % STEP === 0) yield;
    }
    // Only supplementary characters that folding changes can become alias characters.
    const astral: Array<[number, string | null]> = [];
    for (let cp = 0x10000; cp <= 0x10ffff; cp++) {
      if (cp >= 0xf0000 || (cp >= 0x30000 && cp < 0xe0000)) continue; // private use, unassigned planes
      const f = foldCodePointAlone(cp);
      if (f === null || f !== String.fromCodePoint(cp)) astral.push([cp, f]);
      if (cp % STEP === 0) yield;
    }
    unitFoldings = units;
    astralFoldings = astral;
  }
  return { units: unitFoldings, astral: astralFoldings };
}

/** The combining marks that occur in the decomposition of an alphabet character (tens of thousands of them for a big pack: in steps). */
function* composingMarksSteps(alphabet: ReadonlySet<number>): Generator<void, Set<number>> {
  const marks = new Set<number>();
  let seen = 0;
  for (const a of alphabet) {
    if (++seen % STEP === 0) yield;
    if (a < 0x80) continue;
    const d = String.fromCharCode(a).normalize('NFKD');
    for (let k = 1; k < d.length; k++) marks.add(d.charCodeAt(k));
  }
  return marks;
}

/**
 * Whether folded text `f` (several units from one character, like "..." from "…") could
 * take part in a match: some pattern overlaps it where their units agree. Most expansions
 * cannot (no alias has "..." or starts with "."), and those must not slow common text down.
 *
 * `asked`: the foldings that will be asked about (a few thousand at most, known before the
 * patterns are read). The pieces of them that matter are looked up in each pattern, so
 * nothing grows with the patterns: sets of every prefix, suffix and short substring of
 * 100,000 aliases held millions of strings, rehashed them in single tasks of 50–100 ms as
 * they grew, and left the collector a long pause after the compile.
 */
export function* overlapTestSteps(patterns: readonly string[], asked: Iterable<string>): Generator<void, (f: string) => boolean> {
  // Only foldings of 2–4 units are decided by the patterns: longer ones are assumed to overlap.
  const queries = new Set<string>();
  for (const f of asked) if (f.length >= 2 && f.length <= 4) queries.add(f);
  yield;
  // Pieces of up to 3 units are looked up as numbers (unitsKey), so reading 100,000 patterns
  // makes no string at all: slicing each pattern's short prefixes, suffixes and substrings
  // into new strings to look them up cost single steps of 57–106 ms (thread CPU) in the real
  // worker after a big import, in one run of two, however few patterns a step read.
  const heads = new Set<number>(); // a pattern starting with it: f's proper suffixes
  const tails = new Set<number>(); // a pattern ending with it: f's proper prefixes
  const wholes = new Set<string>(); // a pattern of at most 4 units equal to it: f's substrings
  const short = new Set<number>(); // the queries of 2–3 units, for "a pattern contains f"
  const long = new Set<number>(); // the first 3 units of the 4-unit queries
  const firstUnits = new Set<number>(); // of the queries
  let done = 0;
  for (const f of queries) {
    for (let k = 1; k < f.length; k++) {
      heads.add(unitsKey(f, k, f.length - k));
      tails.add(unitsKey(f, 0, k));
    }
    for (let a = 0; a < f.length; a++) for (let b = a + 1; b <= f.length; b++) wholes.add(f.slice(a, b));
    if (f.length <= 3) short.add(unitsKey(f, 0, f.length));
    else long.add(unitsKey(f, 0, 3));
    firstUnits.add(f.charCodeAt(0));
    if (++done % STEP === 0) yield;
  }
  const starts = new Set<number>();
  const ends = new Set<number>();
  const inside = new Set<string>();
  const equal = new Set<string>();
  if (queries.size) {
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i]!;
      const n = p.length;
      for (let len = 1; len <= 3 && len <= n; len++) {
        const head = unitsKey(p, 0, len);
        if (heads.has(head)) starts.add(head);
        const tail = unitsKey(p, n - len, len);
        if (tails.has(tail)) ends.add(tail);
      }
      for (let a = 0; a < n - 1; a++) {
        if (!firstUnits.has(p.charCodeAt(a))) continue;
        for (let len = 2; len <= 3 && a + len <= n; len++) if (short.has(unitsKey(p, a, len))) inside.add(p.slice(a, a + len));
        if (a + 4 <= n && long.has(unitsKey(p, a, 3))) {
          const sub = p.slice(a, a + 4);
          if (queries.has(sub)) inside.add(sub);
        }
      }
      if (n <= 4 && wholes.has(p)) equal.add(p);
      if (i % STEP === STEP - 1) yield;
    }
  }
  return (f) => {
    if (f.length > 4) return true; // a pattern may hold all of f (assumed)
    if (!queries.has(f)) return overlapsSlowly(patterns, f);
    for (let k = 1; k < f.length; k++) if (starts.has(unitsKey(f, k, f.length - k)) || ends.has(unitsKey(f, 0, k))) return true;
    if (inside.has(f)) return true;
    for (let a = 0; a < f.length; a++) for (let b = a + 1; b <= f.length; b++) if (equal.has(f.slice(a, b))) return true;
    return false;
  };
}

/** `len` (1–3) UTF-16 units of `s` from `at`, as one exact number: 16 bits a unit, then the length (50 bits at most). */
function unitsKey(s: string, at: number, len: number): number {
  let key = 0;
  for (let k = 0; k < len; k++) key = key * 65536 + s.charCodeAt(at + k);
  return key * 4 + len;
}

/** The definition, pattern by pattern: for a folding nobody announced (none today). */
function overlapsSlowly(patterns: readonly string[], f: string): boolean {
  for (const p of patterns) {
    if (p.includes(f) || f.includes(p)) return true;
    for (let k = 1; k < f.length; k++) if (p.startsWith(f.slice(k)) || p.endsWith(f.slice(0, k))) return true;
  }
  return false;
}

/** The multi-unit foldings buildScreenTableSteps asks `overlaps` about: those with a unit of the alphabet. */
function* askedFoldingsSteps(units: ReadonlyArray<string | null>, astral: ReadonlyArray<[number, string | null]>, alphabet: ReadonlySet<number>): Generator<void, string[]> {
  const asked = (f: string | null | undefined): f is string => {
    if (!f || f.length < 2) return false;
    for (let k = 0; k < f.length; k++) if (alphabet.has(f.charCodeAt(k))) return true;
    return false;
  };
  const out: string[] = [];
  for (let c = 0x80; c < 0x10000; c++) {
    const f = units[c];
    if (asked(f)) out.push(f);
    if (c % STEP === 0) yield;
  }
  for (let i = 0; i < astral.length; i++) {
    const f = astral[i]![1];
    if (asked(f)) out.push(f);
    if (i % STEP === 0) yield;
  }
  return out;
}

/** `patterns`: the folded patterns the automaton is built from. */
export function buildScreenTable(patterns: readonly string[]): ScreenTable {
  return runToEnd(buildScreenTableSteps(patterns));
}

/** The same in slices of a few milliseconds (the background builds readers' matchers so). */
export function* buildScreenTableSteps(patterns: readonly string[]): Generator<void, ScreenTable> {
  const alphabet = new Set<number>();
  // 100,000 aliases made this loop alone a task of 50–80 ms: a pause every 5,000 patterns.
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    for (let k = 0; k < p.length; k++) alphabet.add(p.charCodeAt(k));
    if (i % 5000 === 4999) yield;
  }
  for (const v of Object.values(ScreenValue)) if (alphabet.has(v)) throw new Error(`U+${v.toString(16)} cannot be an alias character`);
  yield;
  const { units, astral } = yield* foldingsSteps();
  const marks = yield* composingMarksSteps(alphabet);
  const overlaps = yield* overlapTestSteps(patterns, yield* askedFoldingsSteps(units, astral, alphabet));
  const inAlphabet = (s: string) => {
    for (let k = 0; k < s.length; k++) if (alphabet.has(s.charCodeAt(k))) return s.length === 1 || overlaps(s);
    return false;
  };
  // A combining mark may compose with the unit before it into an alias character.
  const composes = (ch: string) => [...ch.normalize('NFKD')].some((d) => marks.has(d.charCodeAt(0)));
  const entries: Array<[number, number]> = [];
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // pairs: see astral; a lone half folds to itself
    const f = units[c];
    let value: number | null = null;
    if (f === null) value = alphabet.has(c) || composes(String.fromCharCode(c)) ? ScreenValue.Exact : null;
    else if (f === undefined || f === String.fromCharCode(c)) value = null;
    else if (f === '') value = ScreenValue.Ignore;
    else if (f.length === 1 && alphabet.has(f.charCodeAt(0))) value = f.charCodeAt(0);
    else if (f.length > 1 && inAlphabet(f)) value = ScreenValue.Exact;
    else if (alphabet.has(c)) value = ScreenValue.Break;
    if (value !== null) entries.push([c, value]);
    if (c % STEP === 0) yield;
  }
  const bmp: number[] = [];
  for (const [c, value] of entries) {
    const n = bmp.length;
    const mapped = value < ScreenValue.Break;
    // Extend the last range when this unit continues it: same class, or the next mapped value.
    if (n > 0 && bmp[n - 2] === c - 1) {
      const first = bmp[n - 3]!;
      const v = bmp[n - 1]!;
      if (mapped ? v < ScreenValue.Break && v + (c - first) === value : v === value) {
        bmp[n - 2] = c;
        continue;
      }
    }
    bmp.push(c, c, value);
  }
  const ranges: number[] = [];
  for (const [cp, f] of astral) {
    const value =
      f === '' ? ScreenValue.Ignore : (f === null ? composes(String.fromCodePoint(cp)) : inAlphabet(f)) ? ScreenValue.Exact : null;
    if (cp % STEP === 0) yield;
    if (value === null) continue;
    const n = ranges.length;
    if (n > 0 && ranges[n - 2] === cp - 1 && ranges[n - 1] === value) ranges[n - 2] = cp;
    else ranges.push(cp, cp, value);
  }
  return { bmp: new Uint16Array(bmp), astral: new Int32Array(ranges) };
}
