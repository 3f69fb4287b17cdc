/**
 * Folding text into search keys: NFKC (full/half width), lower case, Latin accents
 * stripped, traditional Han folded to simplified, and everything that is not a letter
 * or digit dropped (so "Ant Group", "ant-group" and "antgroup" are one key).
 * `foldWithMap` also returns where each key character came from, so a match found in
 * the key can be highlighted in the original text.
 */
import { TRAD_TO_SIMP } from './han';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}/gu;
// NFKC turns compatibility jamo (ㅅ, U+3145) into conjoining jamo (U+1109): map them back,
// so initial-consonant queries stay in the one alphabet the index uses.
const CONJOINING_CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

function foldCodePoint(c: string): string {
  const simp = TRAD_TO_SIMP.get(c);
  if (simp !== undefined) return simp;
  const code = c.codePointAt(0)!;
  if (code < 0x80) return c.toLowerCase();
  if (code >= 0xac00 && code <= 0xd7a3) return c; // Hangul syllables: never decompose
  if (code >= 0x3131 && code <= 0x318e) return c; // compatibility jamo: keep as typed
  let out = c.normalize('NFKC').toLowerCase();
  if (out.length === 1) {
    const k = out.charCodeAt(0);
    if (k >= 0x1100 && k <= 0x1112) return CONJOINING_CHOSEONG[k - 0x1100]!;
  }
  const first = out.normalize('NFD');
  const base = first.codePointAt(0)!;
  // Strip accents only from Latin letters: NFD would also split Hangul and kana voicing.
  if (base < 0x250 || (base >= 0x1e00 && base <= 0x1eff)) out = first.replace(MARKS, '');
  return out;
}

export interface Folded {
  key: string;
  /** For each key code unit, the [start, end) code units of the original it came from. */
  from: Uint32Array;
  to: Uint32Array;
}

export function foldWithMap(text: string): Folded {
  let key = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const c of text) {
    const folded = foldCodePoint(c);
    for (const f of folded) {
      if (!LETTER_OR_DIGIT.test(f)) continue;
      key += f;
      for (let u = 0; u < f.length; u++) {
        from.push(i);
        to.push(i + c.length);
      }
    }
    i += c.length;
  }
  return { key, from: Uint32Array.from(from), to: Uint32Array.from(to) };
}

const TRAD = new RegExp(`[${[...TRAD_TO_SIMP.keys()].join('')}]`, 'g');
// Everything outside ASCII, Hangul syllables and common Han goes through `foldCodePoint`;
// the rest is folded by native string operations, which keeps flat (un-roped) keys and
// makes folding 100,000 articles a matter of milliseconds per thousand.
const SLOW = /[^\x00-\x7f\uac00-\ud7a3\u4e00-\u9fff]/gu;
const HAN = /[\u4e00-\u9fff]/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

// Text that is only ASCII, Hangul syllables and common Han (nearly all of it) takes a
// fast path of native, non-Unicode-aware regular expressions. So does the punctuation of
// such text (·, curly quotes, dashes, …, and Chinese 、。，《》「」：), which both paths turn
// into separators: every Chinese summary has some, and sending each one through
// foldCodePoint made folding Chinese text several times slower than Korean.
const PUNCTUATION = '\u00b7\u2010-\u2027\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65';
const PLAIN = new RegExp(`^[\\x00-\\x7f\\uac00-\\ud7a3\\u4e00-\\u9fff${PUNCTUATION}]*$`);
const PLAIN_SEPARATORS = /[^a-z0-9\uac00-\ud7a3\u4e00-\u9fff]+/g;

/**
 * 1 for each traditional character TRAD_TO_SIMP folds. Most Han text has none of them, and
 * finding that out with one table look-up per character is ~40 times cheaper than scanning
 * with TRAD (a class of hundreds of characters): it was the bulk of indexing a Chinese summary.
 */
const IS_TRAD = new Uint8Array(0x10000);
for (const c of TRAD_TO_SIMP.keys()) IS_TRAD[c.charCodeAt(0)] = 1;

function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (IS_TRAD[s.charCodeAt(i)] === 1) return true;
  return false;
}

function foldChars(text: string, plain: boolean): string {
  const out = plain ? text.toLowerCase() : text.replace(SLOW, foldCodePoint).toLowerCase();
  return HAN.test(out) && hasTraditional(out) ? out.replace(TRAD, (c) => TRAD_TO_SIMP.get(c)!) : out;
}

/** The search key of a text: the same characters `foldWithMap(text).key` holds. */
export function fold(text: string): string {
  const plain = PLAIN.test(text);
  return foldChars(text, plain).replace(plain ? PLAIN_SEPARATORS : NOT_LETTER_OR_DIGIT, '');
}

/** Like `fold`, but separators become single spaces, so the words can be split apart. */
export function foldWords(text: string): string {
  const plain = PLAIN.test(text);
  return foldChars(text, plain).replace(plain ? PLAIN_SEPARATORS : NOT_LETTER_OR_DIGIT, ' ');
}

/** Maps key ranges back to merged ranges of the original text. */
export function toOriginalRanges(folded: Folded, keyRanges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of keyRanges) {
    if (e <= s || e > folded.key.length) continue;
    const start = folded.from[s]!;
    const end = folded.to[e - 1]!;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
