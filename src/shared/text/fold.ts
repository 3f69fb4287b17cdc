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

/**
 * Folded text as code units in shared scratch buffers, valid until the next foldInto():
 * the matcher reads it in place, so a page's text is never copied into new strings.
 */
export interface FoldBuffer {
  codes: Uint16Array;
  /** starts[k]: original offset of the segment codes[k] came from; starts[length] = original length. */
  starts: Int32Array;
  length: number;
}

// The RegExps and the TextDecoder are built on first use, not when the module is evaluated:
// content.js evaluates this module in every top frame at start-up, where each costs a few
// tenths of a millisecond cold, and pages of plain ASCII text never need them.
let mark: RegExp | undefined;
const MARK = () => (mark ??= /\p{M}/u);
const SPACE = /\s/u;
let dash: RegExp | undefined;
const DASH = () => (dash ??= /\p{Pd}/u);
const DROPPED = /[\u00ad\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;
const APOSTROPHES = '\u2018\u2019\u02bc\uff07';

/** Scratch buffers are reused across calls up to this many code units. */
const KEEP = 1 << 16;
const buffer: FoldBuffer = { codes: new Uint16Array(1024), starts: new Int32Array(1024), length: 0 };
let decoder: TextDecoder | undefined;
const segments = new Map<string, string>();

/** Characters NFKC and lower-casing leave alone, so common CJK text skips normalize(). */
function isStableCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa);
}

/** Joins the previous character when normalising (combining marks; half-width kana voicing marks). */
function joinsPrevious(cp: number): boolean {
  if (cp < 0x300 || isStableCjk(cp)) return false;
  if (cp >= 0xff00 && cp <= 0xffef) return cp === 0xff9e || cp === 0xff9f;
  // General punctuation, super/subscripts and currency (’ “ — … €) hold no marks: no RegExp needed.
  return !(cp >= 0x2000 && cp <= 0x20cf) && MARK().test(String.fromCodePoint(cp));
}

/**
 * What one code unit folds to when it stands alone (no combining mark after it): its folded
 * text, or null for a combining mark that joins the character before it ('' for one that
 * folding drops, like a variation selector). Build time: the matcher's screen table is
 * derived from this, so both agree by construction.
 */
export function foldUnitAlone(c: number): string | null {
  if (c < 0x80) return String.fromCharCode(ASCII[c]!);
  if (isStableCjk(c)) return String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) return String.fromCharCode(c);
  return foldCodePointAlone(c);
}

/** The same for any code point (a surrogate pair's character). */
export function foldCodePointAlone(cp: number): string | null {
  const folded = foldSegment(String.fromCodePoint(cp));
  return !joinsPrevious(cp) || folded === '' ? folded : null;
}

/** One segment folded, memoised: pages repeat the same few hundred non-ASCII characters. */
function foldSegment(segment: string): string {
  let out = segments.get(segment);
  if (out !== undefined) return out;
  out = '';
  for (const ch of segment === '\u0130' ? 'i' : segment.normalize('NFKC').toLowerCase()) {
    // ASCII out of NFKC (Ａ -> a, ideographic space -> " "): only white space changes.
    if (ch < '\x80') {
      out += ch === ' ' || (ch >= '\t' && ch <= '\r') ? ' ' : ch;
      continue;
    }
    if (DROPPED.test(ch)) continue;
    out += SPACE.test(ch) ? ' ' : DASH().test(ch) ? '-' : APOSTROPHES.includes(ch) ? "'" : ch;
  }
  if (segments.size >= 4096) segments.clear();
  segments.set(segment, out);
  return out;
}

/*
 * What one code unit folds to on its own, decided once per distinct unit (a page repeats
 * the same few hundred) and kept in lazily created blocks of 256: no regex, normalize()
 * or string per character. Entries hold the folded unit + 1; 0 means "not decided yet".
 */
const SLOW = -1; // folds to several units or none (ﬁ, ㍿, soft hyphen): the segment path
const JOINS = -2; // a combining mark: joins the character before it
const SURROGATE = -3; // half of a pair: the segment path, by code point
/** An empty block stands for "no block yet" (a packed array stays fast). */
const NONE = new Int32Array(0);
const units: Int32Array[] = new Array<Int32Array>(256).fill(NONE);
/** ASCII: lower case, white space to one space; everything else folds to itself. The matcher's screen folds with it too. */
export const ASCII = new Int32Array(128).map((_, c) => (c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x20 || (c >= 0x09 && c <= 0x0d) ? 0x20 : c));

function unitEntry(c: number): number {
  let block = units[c >> 8]!;
  if (block === NONE) block = units[c >> 8] = new Int32Array(256);
  const e = block[c & 255]!;
  return e !== 0 ? e : (block[c & 255] = decideUnit(c));
}

function decideUnit(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE;
  if (isStableCjk(c)) return c + 1;
  if (joinsPrevious(c)) return JOINS;
  const f = foldSegment(String.fromCharCode(c));
  return f.length === 1 ? f.charCodeAt(0) + 1 : SLOW;
}

/** Whether the unit `d` at `j` (not ASCII) joins the character before it. */
function joinsAt(text: string, j: number, d: number): boolean {
  const e = unitEntry(d);
  return e === JOINS || (e === SURROGATE && d <= 0xdbff && joinsPrevious(text.codePointAt(j)!));
}

/**
 * Folds `text` into the shared buffer. Per segment (a character plus the combining marks
 * after it): a character with no marks after it takes its unit's entry; anything else
 * (marks, pairs, expansions) goes through foldSegment(), which defines the folding.
 */
export function foldInto(text: string): FoldBuffer {
  const n = text.length;
  if (buffer.codes.length < n * 2 + 2) grow(n * 2 + 2);
  let { codes, starts } = buffer;
  let len = 0;
  let last = -1;
  let i = 0;
  // Each unit is read once: the look-ahead (does a mark follow?) becomes the next `c`.
  let c = text.charCodeAt(0);
  while (i < n) {
    const f = c < 0x80 ? ASCII[c]! : unitEntry(c) - 1;
    const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (f >= 0 && (d < 0x300 || !joinsAt(text, i + 1, d))) {
      if (f !== 0x20 || last !== 0x20) {
        codes[len] = last = f;
        starts[len++] = i;
      }
      i++;
      c = d;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    while (j < n) {
      const cp = text.codePointAt(j)!;
      if (!joinsPrevious(cp)) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const folded = foldSegment(text.slice(i, j));
    // Keep room for every remaining character, so the fast path above never checks.
    if (len + folded.length + (n - j) + 1 >= codes.length) {
      grow(2 * (len + folded.length + (n - j) + 1));
      ({ codes, starts } = buffer);
    }
    for (let k = 0; k < folded.length; k++) {
      const u = folded.charCodeAt(k);
      if (u === 0x20 && last === 0x20) continue;
      codes[len] = last = u;
      starts[len++] = i;
    }
    i = j;
    c = text.charCodeAt(i);
  }
  starts[len] = n;
  buffer.length = len;
  return buffer;
}

/** One huge text must not pin megabytes for the page's lifetime. */
export function releaseFoldBuffer(): void {
  if (buffer.codes.length > KEEP) grow(1024);
}

export function foldText(text: string): Folded {
  const { codes, starts, length } = foldInto(text);
  const out = starts.slice(0, length + 1);
  const folded = (decoder ??= new TextDecoder('utf-16le')).decode(codes.subarray(0, length));
  releaseFoldBuffer();
  return { text: folded, starts: out };
}

function grow(size: number): void {
  const c = new Uint16Array(size);
  c.set(buffer.codes.subarray(0, Math.min(buffer.codes.length, size)));
  buffer.codes = c;
  const s = new Int32Array(size);
  s.set(buffer.starts.subarray(0, Math.min(buffer.starts.length, size)));
  buffer.starts = s;
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
