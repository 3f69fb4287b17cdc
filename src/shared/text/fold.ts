/**
 * Folds text into the form aliases are matched in, keeping a map back to the original
 * so highlights land on the page's own characters even where folding changes length.
 *
 * Per "segment" (a character plus the combining marks after it): Unicode NFKC (full-width
 * Ａｌｉｂａｂａ -> alibaba, ｶﾞ -> ガ, compatibility ideographs -> unified), then default
 * lower-casing (no locale: ẞ -> ß, but ß stays ß, never "ss"; İ -> i). White-space runs
 * become one space, dashes "-", curly apostrophes "'"; invisible format characters (soft
 * hyphen, zero-width space/joiners, BOM, variation selectors) are dropped.
 */
export interface Folded {
  text: string;
  /** starts[i]: offset in the original of the segment folded char i came from; starts[text.length] = original length. */
  starts: Int32Array;
}

const MARK = /\p{M}/u;
const SPACE = /\s/u;
const DASH = /\p{Pd}/u;
const DROPPED = /[\u00ad\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;
const APOSTROPHES = '\u2018\u2019\u02bc\uff07';

let codes = new Uint16Array(1024);
let starts = new Int32Array(1024);
const decoder = new TextDecoder('utf-16le');

/** Joins the previous character when normalising (combining marks; half-width kana voicing marks). */
function joinsPrevious(cp: number): boolean {
  return cp >= 0x300 && (cp === 0xff9e || cp === 0xff9f || MARK.test(String.fromCodePoint(cp)));
}

/** Characters NFKC and lower-casing leave alone, so the common CJK text skips normalize(). */
function isStableCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa);
}

export function foldText(text: string): Folded {
  const n = text.length;
  let len = 0;
  const push = (c: number, at: number): void => {
    if (len + 1 >= codes.length) grow();
    if (c === 0x20 && len > 0 && codes[len - 1] === 0x20) return;
    codes[len] = c;
    starts[len++] = at;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if ((c < 0x80 || isStableCjk(c)) && !(next >= 0x300 && joinsPrevious(text.codePointAt(i + 1)!))) {
      if (c >= 0x41 && c <= 0x5a) push(c + 32, i);
      else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) push(0x20, i);
      else push(c, i);
      i++;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
    while (j < n) {
      const cp = text.codePointAt(j)!;
      if (!joinsPrevious(cp)) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const folded = c === 0x130 ? 'i' : text.slice(i, j).normalize('NFKC').toLowerCase();
    for (const ch of folded) {
      if (DROPPED.test(ch)) continue;
      if (ch.length === 2) {
        push(ch.charCodeAt(0), i);
        push(ch.charCodeAt(1), i);
      } else if (SPACE.test(ch)) push(0x20, i);
      else if (DASH.test(ch)) push(0x2d, i);
      else if (APOSTROPHES.includes(ch)) push(0x27, i);
      else push(ch.charCodeAt(0), i);
    }
    i = j;
  }
  const out = new Int32Array(len + 1);
  out.set(starts.subarray(0, len));
  out[len] = n;
  return { text: decoder.decode(codes.subarray(0, len)), starts: out };
}

function grow(): void {
  const c = new Uint16Array(codes.length * 2);
  c.set(codes);
  codes = c;
  const s = new Int32Array(starts.length * 2);
  s.set(starts);
  starts = s;
}

/**
 * Maps a [start, end) range of folded text back to the original. An end inside one
 * segment's expansion (ﬁ -> "fi") snaps outward to cover the whole original character.
 */
export function originalRange(f: Folded, start: number, end: number): [number, number] {
  let e = end;
  const last = f.starts[end - 1]!;
  while (e < f.text.length && f.starts[e] === last) e++;
  return [f.starts[start]!, f.starts[e]!];
}
