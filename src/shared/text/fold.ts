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

/** Scratch buffers are reused across calls up to this many code units. */
const KEEP = 1 << 16;
let codes = new Uint16Array(1024);
let starts = new Int32Array(1024);
const decoder = new TextDecoder('utf-16le');
const segments = new Map<string, string>();

/** Characters NFKC and lower-casing leave alone, so common CJK text skips normalize(). */
function isStableCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa);
}

/** Joins the previous character when normalising (combining marks; half-width kana voicing marks). */
function joinsPrevious(cp: number): boolean {
  if (cp < 0x300 || isStableCjk(cp)) return false;
  return cp === 0xff9e || cp === 0xff9f || MARK.test(String.fromCodePoint(cp));
}

/** One segment folded, memoised: pages repeat the same few hundred non-ASCII characters. */
function foldSegment(segment: string): string {
  let out = segments.get(segment);
  if (out !== undefined) return out;
  out = '';
  for (const ch of segment === '\u0130' ? 'i' : segment.normalize('NFKC').toLowerCase()) {
    if (DROPPED.test(ch)) continue;
    out += SPACE.test(ch) ? ' ' : DASH.test(ch) ? '-' : APOSTROPHES.includes(ch) ? "'" : ch;
  }
  if (segments.size >= 4096) segments.clear();
  segments.set(segment, out);
  return out;
}

export function foldText(text: string): Folded {
  const n = text.length;
  if (codes.length < n * 2 + 2) grow(n * 2 + 2);
  let len = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if ((c < 0x80 || isStableCjk(c)) && !joinsPrevious(next >= 0xd800 ? text.codePointAt(i + 1)! : next)) {
      let f = c;
      if (c >= 0x41 && c <= 0x5a) f = c + 32;
      else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        f = 0x20;
        if (len > 0 && codes[len - 1] === 0x20) {
          i++;
          continue;
        }
      }
      codes[len] = f;
      starts[len++] = i++;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
    while (j < n) {
      const cp = text.codePointAt(j)!;
      if (!joinsPrevious(cp)) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const folded = foldSegment(text.slice(i, j));
    // Keep room for every remaining character, so the fast path above never checks.
    if (len + folded.length + (n - j) + 1 >= codes.length) grow(2 * (len + folded.length + (n - j) + 1));
    for (let k = 0; k < folded.length; k++) {
      const f = folded.charCodeAt(k);
      if (f === 0x20 && len > 0 && codes[len - 1] === 0x20) continue;
      codes[len] = f;
      starts[len++] = i;
    }
    i = j;
  }
  const out = new Int32Array(len + 1);
  out.set(starts.subarray(0, len));
  out[len] = n;
  const folded = decoder.decode(codes.subarray(0, len));
  if (codes.length > KEEP) grow(1024); // one huge text must not pin megabytes for the page's lifetime
  return { text: folded, starts: out };
}

function grow(size: number): void {
  const c = new Uint16Array(size);
  c.set(codes.subarray(0, Math.min(codes.length, size)));
  codes = c;
  const s = new Int32Array(size);
  s.set(starts.subarray(0, Math.min(starts.length, size)));
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
