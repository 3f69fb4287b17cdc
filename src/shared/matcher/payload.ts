/**
 * The wire format of a compiled Aho-Corasick automaton (CompiledPatterns.data). Plain JSON
 * with typed arrays as base64, so it survives extension messaging in every browser.
 *
 * States are numbered breadth-first with children in code-unit order, which makes the
 * edges of a state contiguous and lets edge k lead to state k + 1: no target array is
 * stored. The failure links are shipped (format 3): rebuilding them cost every frame ~2 ms of
 * its start-up (docs/detection.md); checking them, and deriving the dictionary links from them,
 * is one pass.
 */
import { codePointAfter, codePointBefore, isCjk, isHangul, isLatinWordChar, isLetterOrDigit, unitsPointAt, unitsPointBefore } from '../text/scripts';

export const FORMAT = 'aho-corasick/5';

export interface AutomatonPayload {
  format: typeof FORMAT;
  /** Number of states, root included. */
  states: number;
  /** base64 Uint16Array(states - 1): the code unit on edge k (edge k enters state k + 1). */
  chars: string;
  /** base64 Uint8Array(states): children per state; 255 means "next value of bigDegrees". */
  degrees: string;
  bigDegrees: number[];
  /** base64 Int32Array: [state, info] pairs for states where a pattern ends; see packInfo. */
  outputs: string;
  /**
   * base64 Uint16Array(256): the screen's folding of non-ASCII units (ScreenTable.bmp,
   * screen-table.ts), as the screen reads it (format 5): a unit c's value is
   * screenValues[256 * screenBlocks[c >> 8] + (c & 255)]. Expanding the table's ranges in every
   * frame was a loop per unit, a quarter of decoding the bundled matcher.
   */
  screenBlocks: string;
  /** base64 Uint16Array(256 × blocks): block 0 all zero ("the unit itself"), then one block of values per high byte in use. */
  screenValues: string;
  /** base64 Int32Array: ScreenTable.astral. */
  astral: string;
  /** base64 Uint16Array(states) (Int32Array past 65,536 states): each state's failure link. */
  fail: string;
  /** The screen's jump, a RegExp source (quick.ts; format 4, word starts at the text's first unit from format 5): built once with the payload, not in every frame. */
  quick: string;
}

/** Screen table values (U+FFFD–U+FFFF are never alias characters: buildScreenTable checks). */
export const ScreenValue = {
  /** Reset to the root: the unit folds to characters no alias contains. */
  Break: 0xfffd,
  /** Skip the unit: it folds to nothing. */
  Ignore: 0xfffe,
  /** Give up on this run: the exact matcher decides. */
  Exact: 0xffff,
} as const;

/** What must hold around a pattern for it to count. */
export const Rule = {
  None: 0,
  /** Latin, digits, other alphabets: no letter/digit of a spaced script next to it. */
  Latin: 1,
  /** Hangul start: not inside a word (no letter/digit of any script before it). */
  Hangul: 2,
} as const;

/** info = (company + 1) << 3 | startRule << 1 | endRule; company -1 (negative) packs to 0. */
export function packInfo(company: number, pattern: string): number {
  const first = codePointAfter(pattern, 0);
  const last = codePointBefore(pattern, pattern.length);
  const start = isHangul(first) ? Rule.Hangul : isCjk(first) ? Rule.None : isLatinWordChar(first) ? Rule.Latin : Rule.None;
  const end = isLatinWordChar(last) ? Rule.Latin : Rule.None;
  return ((company + 1) << 3) | (start << 1) | end;
}

export const companyOf = (info: number): number => (info >> 3) - 1;

/** Whether a pattern found at [start, end) of folded code units `codes[0..length)` respects its boundary rules. */
export function boundariesHold(info: number, codes: Uint16Array, length: number, start: number, end: number): boolean {
  const startRule = (info >> 1) & 3;
  if (startRule !== Rule.None) {
    const before = unitsPointBefore(codes, start);
    if (startRule === Rule.Latin ? isLatinWordChar(before) : isLetterOrDigit(before)) return false;
  }
  return (info & 1) === 0 || !isLatinWordChar(unitsPointAt(codes, length, end));
}
