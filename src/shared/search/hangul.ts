/**
 * Korean initial-consonant (choseong) matching: ㅅㅇㅁ finds 샤오미 because each jamo in
 * the query matches any syllable that starts with it. Also covers the Korean IME's
 * in-between states (typing 샤오미 shows 샤ㅇ, 샤오, 샤옴, 샤오미), so results do not
 * flicker while a syllable is being composed.
 */
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Final consonant index -> [final that stays, initial that moves to the next syllable]. */
const JONGSEONG: ReadonlyArray<readonly [number, string] | null> = [
  null, [0, 'ㄱ'], [0, 'ㄲ'], [1, 'ㅅ'], [0, 'ㄴ'], [4, 'ㅈ'], [4, 'ㅎ'], [0, 'ㄷ'], [0, 'ㄹ'],
  [8, 'ㄱ'], [8, 'ㅁ'], [8, 'ㅂ'], [8, 'ㅅ'], [8, 'ㅌ'], [8, 'ㅍ'], [8, 'ㅎ'], [0, 'ㅁ'],
  [0, 'ㅂ'], [17, 'ㅅ'], [0, 'ㅅ'], [0, 'ㅆ'], [0, 'ㅇ'], [0, 'ㅈ'], [0, 'ㅊ'], [0, 'ㅋ'],
  [0, 'ㅌ'], [0, 'ㅍ'], [0, 'ㅎ'],
];
const JONG_INDEX_OF_SIMPLE = [0, 1, 2, 4, 7, 8, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27];

export function isSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}
/** By code - 0x3131: is that compatibility jamo an initial consonant? A table, because
 * this runs for every position of every Korean key and String.fromCharCode allocates. */
const IS_CHOSEONG = (() => {
  const table = new Uint8Array(0x314e - 0x3131 + 1);
  for (let i = 0; i < CHOSEONG.length; i++) table[CHOSEONG.charCodeAt(i) - 0x3131] = 1;
  return table;
})();

export function isChoseong(code: number): boolean {
  return code >= 0x3131 && code <= 0x314e && IS_CHOSEONG[code - 0x3131] === 1;
}
export function hasJamo(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isChoseong(s.charCodeAt(i))) return true;
  return false;
}
export function hasHangul(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSyllable(c) || isChoseong(c)) return true;
  }
  return false;
}

export function choseongOf(code: number): string {
  return CHOSEONG[((code - 0xac00) / 588) | 0]!;
}

/** Does `query` match `key` at `pos`, a query jamo standing for any syllable it starts? */
export function matchesAt(key: string, query: string, pos: number): boolean {
  if (pos + query.length > key.length) return false;
  for (let i = 0; i < query.length; i++) {
    const q = query.charCodeAt(i);
    const k = key.charCodeAt(pos + i);
    if (q === k) continue;
    if (isChoseong(q) && isSyllable(k) && CHOSEONG.charCodeAt(((k - 0xac00) / 588) | 0) === q) continue;
    return false;
  }
  return true;
}

/**
 * The other reading of a query whose last syllable has a final consonant: mid-typing,
 * 샤옴 is 샤오 + the ㅁ of the next syllable. Returns null when there is no such reading.
 */
export function imeAlternative(query: string): string | null {
  const code = query.charCodeAt(query.length - 1);
  if (!isSyllable(code)) return null;
  const jong = (code - 0xac00) % 28;
  const split = JONGSEONG[jong];
  if (!split) return null;
  const [keep, moved] = split;
  const base = code - jong + (JONG_INDEX_OF_SIMPLE.includes(keep) ? keep : 0);
  return query.slice(0, -1) + String.fromCharCode(base) + moved;
}
