/**
 * The screen: a quick "could any pattern occur in this run?" over raw page text, fed node
 * by node while the walker reads it. Most runs of most pages hold no alias, and for those
 * nothing is copied, folded or joined: the same automaton steps over the page's own code
 * units, folded through a small build-time table (screen-table.ts) instead of normalize().
 *
 * It answers yes for every run where the exact matcher (find.ts) could report something,
 * and sometimes more (it ignores boundary rules, and gives up on text it cannot fold one
 * unit at a time): a yes sends the run to the exact matcher, which decides.
 */
import { ASCII } from '../text/fold';
import { advance, child, type Automaton } from './automaton';
import { ScreenValue } from './payload';

export interface Screen {
  /** Starts a new run. */
  reset(): void;
  /**
   * Feeds the next piece of the run; true once a pattern may occur in the run so far.
   * `nodeStart`: a word may also begin at the piece's first unit, and a partial match goes on
   * through it — for a stream of many runs' text fed without a reset between runs (the
   * walker's gate, text-blocks.ts): what it may join or cut there, it over-reports, never misses.
   */
  feed(text: string, nodeStart?: boolean): boolean;
}

/** ASCII letters and digits: what continues a Latin word. */
const WORD = new Uint8Array(128).map((_, c) => Number((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)));

/**
 * Where the screen goes on after a jump from `from` found a place at `at` (`length` units): a
 * word start (after its separator, if the match holds one); a non-ASCII unit's word start (a
 * Latin word with an accent or a soft hyphen is read from its beginning).
 */
function jumpTarget(text: string, from: number, at: number, length: number): number {
  if (length > 1) return WORD[text.charCodeAt(at)] === 1 ? at : at + 1;
  let p = at;
  // Back to the word's start, never before `from`: the separator the jump began at (the loop
  // stops one unit after it), or the text's first unit, where its first word begins.
  if (text.charCodeAt(p) >= 0x80) while (p > from && WORD[text.charCodeAt(p - 1)] === 1) p--;
  return p;
}

function astralValue(astral: Int32Array, cp: number): number {
  for (let k = 0; k < astral.length; k += 3) {
    if (cp < astral[k]!) return 0;
    if (cp <= astral[k + 1]!) return astral[k + 2]!;
  }
  return 0;
}

export function createScreen(a: Automaton): Screen {
  const { dict, fail, info, rootBlock, rootNext, screenBlock, screenValues, astral, quick } = a;
  let s = 0;
  let inWord = false;
  let lastSpace = false;
  /** The partial match at s is all ASCII letters and digits of one word (it began at a word start). */
  let wordOnly = false;
  return {
    reset() {
      s = 0;
      inWord = false;
      lastSpace = false;
      wordOnly = false;
    },
    feed(text, nodeStart) {
      if (nodeStart) {
        inWord = wordOnly = false;
        // At the root, a node where the jump finds no place at all is done in one native call
        // (most text nodes of most pages): the loop below would find the same, with a few more
        // bytecodes per node in V8's interpreter. The state it leaves can only over-report: inWord
        // stays false (the gate starts every node so anyway), and lastSpace does not count at the
        // root, since no alias begins with a space.
        if (s === 0) {
          quick.lastIndex = 0;
          if (!quick.test(text)) return false;
        }
      }
      const n = text.length;
      for (let i = 0; i < n; i++) {
        if (s === 0 && inWord) {
          // Inside a Latin word, at the root, nothing can begin (as in find.ts): most English
          // text is skipped here, two look-ups a character.
          let d = text.charCodeAt(i);
          while (d < 0x80 && WORD[d] === 1) {
            if (++i === n) return false;
            d = text.charCodeAt(i);
          }
        }
        let c = text.charCodeAt(i);
        // At the root on a unit that starts no word (a space, punctuation), or on the word that
        // begins the text: jump natively to the next place an alias could begin (quick.ts), or
        // to the end. (Past the inWord loop above, a word unit at i = 0 starts a word.)
        if (s === 0 && c < 0x80 && (WORD[c] !== 1 || i === 0)) {
          quick.lastIndex = i;
          const m = quick.exec(text);
          const p = m === null ? n : jumpTarget(text, i, m.index, m[0].length);
          if (p > i) {
            // The unit before the target decides as it would have: word or not, space or not.
            const q = text.charCodeAt(p - 1);
            inWord = q < 0x80 && WORD[q] === 1;
            lastSpace = q < 0x80 && ASCII[q] === 0x20;
            wordOnly = false;
            if (p === n) return false;
            i = p;
            c = text.charCodeAt(i);
          }
        }
        if (c < 0x80) c = ASCII[c]!;
        else {
          const v = screenValues[screenBlock[c >> 8]! + (c & 255)]!;
          if (v !== 0) {
            if (v === ScreenValue.Ignore) continue;
            if (v === ScreenValue.Exact) return true;
            c = v; // Break steps with U+FFFD, which no pattern holds: back to the root
          } else if (c >= 0xd800 && c <= 0xdbff && astral.length > 0) {
            // A pair split between two text nodes: only the exact matcher joins it.
            if (i + 1 === n) return true;
            const d = text.charCodeAt(i + 1);
            if ((d & 0xfc00) === 0xdc00) {
              const w = astralValue(astral, ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
              if (w === ScreenValue.Exact) return true;
              if (w === ScreenValue.Ignore) {
                i++;
                continue;
              }
            }
          }
        }
        // White-space runs fold to one space.
        if (c === 0x20) {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        // As find.ts: inside a Latin word nothing can begin at the root.
        const wordChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
        if (s === 0 && wordChar && inWord) continue;
        inWord = wordChar;
        if (s === 0) {
          s = rootNext[rootBlock[c >> 8]! + (c & 255)]!;
          wordOnly = wordChar;
        } else {
          const next = child(a, s, c);
          if (next !== 0) {
            s = next;
            if (!wordChar) wordOnly = false;
          } else if (wordOnly && wordChar) {
            // A miss inside the Latin word the partial match began with: every suffix the
            // failure links would try begins inside that word, where no alias may begin.
            s = 0;
            continue;
          } else {
            s = advance(a, fail[s]!, c);
            wordOnly = false;
          }
        }
        if (s !== 0 && (info[s]! >= 0 || dict[s] !== 0)) return true;
      }
      return false;
    },
  };
}
