/**
 * Character classes the matcher's boundary rules are written in. Everything works on code
 * points of already-folded text (see fold.ts), so case and width no longer matter here.
 */
// Built on first use, not when the module is evaluated: content.js evaluates this module in
// every top frame at start-up, and most pages never need a Unicode-property RegExp here.
let letterOrDigit: RegExp | undefined;
const LETTER_OR_DIGIT = () => (letterOrDigit ??= /[\p{L}\p{N}\p{M}]/u);
/** Scripts written without spaces between words, plus Hangul (particles attach to names). */
let cjk: RegExp | undefined;
const CJK = () => (cjk ??= /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}]/u);

/**
 * Letters of the scripts written without spaces (CJK ideographs, Hangul syllables, kana):
 * decided without a Unicode-property RegExp, whose first use alone costs about a millisecond.
 */
function isCommonCjkLetter(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30a1 && cp <= 0x30fa);
}

/** Accented Latin letters (U+00C0–U+024F, bar × and ÷): the usual neighbours in European text. */
const isLatinLetter = (cp: number): boolean => cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7;

/** General punctuation (U+2000–U+206F): no letters, digits or marks. */
const isGeneralPunctuation = (cp: number): boolean => cp >= 0x2000 && cp <= 0x206f;

/** A letter, digit or combining mark of any script. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return cp >= 0 && isAsciiAlnum(cp);
  if (isCommonCjkLetter(cp) || isLatinLetter(cp)) return true;
  return !isGeneralPunctuation(cp) && LETTER_OR_DIGIT().test(String.fromCodePoint(cp));
}

/**
 * A character that glues onto a Latin word and so breaks its boundary. Han, kana and
 * Hangul do not: those scripts attach Latin names directly (小米SU7, 阿里巴巴和Alibaba, Xiaomi는).
 */
export function isLatinWordChar(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) return isAsciiAlnum(cp);
  if (isLatinLetter(cp)) return true;
  if (isCommonCjkLetter(cp) || isGeneralPunctuation(cp)) return false;
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT().test(ch) && !CJK().test(ch);
}

export function isHangul(cp: number): boolean {
  // Build-time only (classifying aliases): a literal here keeps the RegExp out of content.js.
  return cp >= 0x1100 && /\p{scx=Hang}/u.test(String.fromCodePoint(cp));
}

/** Han, kana or Hangul: no word boundary is required around these. */
export function isCjk(cp: number): boolean {
  return cp >= 0x1100 && CJK().test(String.fromCodePoint(cp));
}

function isAsciiAlnum(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
}

/** Code point ending just before `i` (-1 at the start), surrogate-aware. */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** Code point starting at `i` (-1 at the end). */
export function codePointAfter(s: string, i: number): number {
  return i >= s.length ? -1 : (s.codePointAt(i) ?? -1);
}

/** codePointBefore over code units (the matcher's folded buffer). */
export function unitsPointBefore(u: Uint16Array, i: number): number {
  if (i <= 0) return -1;
  const lo = u[i - 1]!;
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = u[i - 2]!;
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** codePointAfter over the first `length` code units. */
export function unitsPointAt(u: Uint16Array, length: number, i: number): number {
  if (i >= length) return -1;
  const hi = u[i]!;
  if (hi >= 0xd800 && hi <= 0xdbff && i + 1 < length) {
    const lo = u[i + 1]!;
    if (lo >= 0xdc00 && lo <= 0xdfff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return hi;
}

/** CJK ideographs (the unified block, extension A, compatibility ideographs): no Unicode-property RegExp. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Han, kana or the iteration mark 々: the characters a Chinese or Japanese word is written in. */
export function isHanOrKana(c: number): boolean {
  return isHan(c) || (c >= 0x3041 && c <= 0x30ff) || c === 0x3005;
}
