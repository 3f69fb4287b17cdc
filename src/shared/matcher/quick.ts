/**
 * The screen's jump (screen.ts): one native RegExp, built from the automaton, that finds the
 * next place in a text where an alias could begin. At the root, the screen runs it and skips
 * everything before the place it finds — in English text, nearly all of it — instead of
 * stepping through the text one unit at a time in script, which on a page's first scan runs
 * cold, in V8's interpreter (~100–200 ns a unit, against a few ns for the RegExp).
 *
 * A place is one of:
 * - a non-ASCII unit that may matter: a unit on the automaton's edges (an alias's CJK or
 *   Hangul character), a unit the screen table maps, skips or gives up on, or a surrogate
 *   (the screen then starts from the beginning of the Latin word it is in);
 * - an ASCII unit that is not a letter or digit and begins an alias (such aliases may begin
 *   anywhere);
 * - a word start (after a unit that is not an ASCII letter or digit, or at the text's first
 *   unit) whose first three units begin an alias, or whose one or two units do (a one- or
 *   two-unit alias, or the text's end: the next text node may go on with the alias).
 *
 * Everything else folds to itself outside the alphabet and sends the screen to its root, or is
 * an ASCII letter or digit inside a word, where the screen starts nothing (screen.ts), so the
 * screen answers the same: it only ever jumps from the root to such a place.
 *
 * Built with the payload (build-automaton.ts), once per dataset, and shipped as its source:
 * built in every frame it cost ~2 ms of start-up on the largest corpus pages.
 */
import type { TrieArrays } from './automaton';
import { ScreenValue } from './payload';

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const isWordUnit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
/** A folded ASCII unit and what folds to it, for a RegExp class: both cases of a letter, every ASCII space for a space. */
const spellings = (c: number) => (c >= 0x61 && c <= 0x7a ? String.fromCharCode(c, c - 32) : c === 0x20 ? '\\t-\\r ' : hex(c));

/** The jump's RegExp source for a trie and its screen table's BMP triples ([first, last, value]). */
export function quickSource(a: Pick<TrieArrays, 'edgeStart' | 'chars' | 'info'>, screenRanges: Uint16Array): string {
  const { edgeStart, chars, info } = a;
  const alphabet = new Set<number>();
  for (let k = 0; k < chars.length; k++) if (chars[k]! >= 0x80) alphabet.add(chars[k]!);
  const ranges: Array<[number, number]> = [[0xd800, 0xdfff], ...[...alphabet].map((u): [number, number] => [u, u])];
  for (let k = 0; k < screenRanges.length; k += 3) if (screenRanges[k + 2] !== ScreenValue.Break) ranges.push([screenRanges[k]!, screenRanges[k + 1]!]);
  ranges.sort((x, y) => x[0] - y[0]);
  let units = '';
  for (let r = 0; r < ranges.length; ) {
    const first = ranges[r]![0];
    let last = ranges[r]![1];
    for (r++; r < ranges.length && ranges[r]![0] <= last + 1; r++) last = Math.max(last, ranges[r]![1]);
    units += first === last ? hex(first) : `${hex(first)}-${hex(last)}`;
  }
  let punctuation = '';
  const starts: string[] = [];
  /** The ASCII units on a state's edges, as a class's contents (non-ASCII ones stop the jump through the units class). */
  const next = (state: number) => {
    let ascii = '';
    for (let e = edgeStart[state]!; e < edgeStart[state + 1]!; e++) if (chars[e]! < 0x80) ascii += spellings(chars[e]!);
    return ascii;
  };
  for (let k = edgeStart[0]!; k < edgeStart[1]!; k++) {
    const first = chars[k]!;
    if (first >= 0x80) continue;
    if (!isWordUnit(first)) {
      punctuation += hex(first);
      continue;
    }
    const one = k + 1;
    if (info[one]! >= 0) {
      starts.push(`[${spellings(first)}]`);
      continue;
    }
    // A word's first three units, where an alias could begin with them (or the text ends
    // before: the next text node may go on with the alias). Two were too few: "and", "also",
    // "more", "we" began aliases' pairs, and each such word was stepped in script.
    const seconds: string[] = [];
    for (let e = edgeStart[one]!; e < edgeStart[one + 1]!; e++) {
      if (chars[e]! >= 0x80) continue;
      const second = `[${spellings(chars[e]!)}]`;
      const two = e + 1;
      if (info[two]! >= 0) {
        seconds.push(second);
        continue;
      }
      const thirds = next(two);
      seconds.push(thirds ? `${second}(?:[${thirds}]|$)` : `${second}$`);
    }
    starts.push(`[${spellings(first)}](?:${[...seconds, '$'].join('|')})`);
  }
  const places = [`[${units}]`];
  if (punctuation) places.push(`[${punctuation}]`);
  // The separator is part of the match (screen.ts goes on at the word start after it).
  // At the text's first unit a word needs none (format 5): the screen asks from there when a
  // text node begins with a word, so the node's first word is never stepped in script either.
  if (starts.length) places.push(`(?:[^A-Za-z0-9]|^)(?:${starts.join('|')})`);
  return places.join('|');
}
