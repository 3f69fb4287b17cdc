/**
 * The screen's quick start: one native RegExp, built from the automaton, that finds the
 * first place in a node's text where a pattern could begin — the raw spellings of every
 * pattern's first three folded units (or the whole pattern when shorter) — or a unit the
 * screen cannot step over from the root (ignorable, unfoldable, half of an astral pair).
 *
 * It must never miss what the screen would find, only find more: every raw unit that folds
 * to a pattern's unit is in that unit's class (ASCII case, the folding table's mappings,
 * white-space runs), and the one condition it adds — no ASCII letter or digit right before a
 * pattern that begins with a Latin letter or digit — is one the screen applies too (nothing
 * begins inside a Latin word). So when it finds nothing in a node, every pattern occurrence
 * that still ends in a later node began within the node's last two folded units; when it
 * finds a place, nothing that matters began before it.
 */
import { ASCII } from '../text/fold';
import type { Automaton } from './automaton';
import { ScreenValue } from './payload';

/** Shorter nodes are stepped through directly: a RegExp call costs about what a dozen units do. */
export const QUICK_MIN_LENGTH = 16;
/** Past this many automaton states in the first three levels the RegExp grows too big to be quick (100,000 aliases). */
const MAX_STATES = 2_000;

export interface QuickStart {
  re: RegExp;
  /** The unit at a found place is one the screen must see from the node's start (see screen.ts). */
  stop(c: number): boolean;
}

const built = new WeakMap<Automaton, QuickStart | null>();

/** One per automaton (each scan job makes a new screen); null when the automaton is too big. */
export function quickStartOf(a: Automaton): QuickStart | null {
  let q = built.get(a);
  if (q === undefined) built.set(a, (q = buildQuickStart(a)));
  return q;
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** A character class of the given units, consecutive ones as ranges. */
function charClass(units: number[]): string {
  const sorted = [...new Set(units)].sort((x, y) => x - y);
  let out = '';
  for (let k = 0; k < sorted.length; ) {
    let j = k;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out += j > k ? `${hex(sorted[k]!)}-${hex(sorted[j]!)}` : hex(sorted[k]!);
    k = j + 1;
  }
  return `[${out}]`;
}

const isWordUnit = (f: number) => (f >= 0x61 && f <= 0x7a) || (f >= 0x30 && f <= 0x39);

export function buildQuickStart(a: Automaton): QuickStart | null {
  const { edgeStart, chars, info, screenBlock, screenValues, astral } = a;
  // The states of the first three levels (breadth-first numbering: parents before children).
  let states = 0;
  const wanted = new Set<number>();
  const level = (from: number[], depth: number): void => {
    if (depth > 3) return;
    const next: number[] = [];
    for (const s of from) {
      if (depth > 1 && info[s]! >= 0) continue;
      for (let k = edgeStart[s]!; k < edgeStart[s + 1]!; k++) {
        states++;
        wanted.add(chars[k]!);
        next.push(k + 1);
      }
    }
    if (states <= MAX_STATES) level(next, depth + 1);
  };
  level([0], 1);
  if (states > MAX_STATES || states === 0) return null;

  // Raw units folding to each wanted unit, and the units the screen stops at.
  const raw = new Map<number, number[]>();
  const add = (f: number, c: number) => {
    if (wanted.has(f)) (raw.get(f) ?? raw.set(f, []).get(f)!).push(c);
  };
  for (let c = 0; c < 0x80; c++) add(ASCII[c]!, c);
  const stops: number[] = [];
  // Only the blocks the folding table has entries in; elsewhere every unit folds to itself.
  for (let b = 0; b < 256; b++) {
    const base = screenBlock[b]!;
    if (base === 0) continue;
    for (let c = Math.max(b << 8, 0x80), end = (b + 1) << 8; c < end; c++) {
      const v = screenValues[base + (c & 255)]!;
      if (v === 0) add(c, c);
      else if (v === ScreenValue.Ignore || v === ScreenValue.Exact) stops.push(c);
      else if (v !== ScreenValue.Break) add(v, c);
    }
  }
  for (const f of wanted) if (f >= 0x80 && screenBlock[f >> 8] === 0) add(f, f);
  if (astral.length > 0) for (let c = 0xd800; c <= 0xdbff; c++) stops.push(c);

  const unit = (f: number) => `${charClass(raw.get(f) ?? [f])}${f === 0x20 ? '+' : ''}`;
  /** What may follow state s having read `depth` units: '' once a pattern ended or three units are read. */
  const rest = (s: number, depth: number): string => {
    if (depth === 3 || (depth > 0 && info[s]! >= 0)) return '';
    const alts: string[] = [];
    for (let k = edgeStart[s]!; k < edgeStart[s + 1]!; k++) alts.push(unit(chars[k]!) + rest(k + 1, depth + 1));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  const word: string[] = [];
  const other: string[] = [];
  for (let k = edgeStart[0]!; k < edgeStart[1]!; k++) (isWordUnit(chars[k]!) ? word : other).push(unit(chars[k]!) + rest(k + 1, 1));
  const alts = [...(word.length ? [`(?<![A-Za-z0-9])(?:${word.join('|')})`] : []), ...other];
  if (stops.length) alts.push(charClass(stops));
  const stopSet = new Set(stops);
  return { re: new RegExp(alts.join('|')), stop: (c) => stopSet.has(c) };
}
