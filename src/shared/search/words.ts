/**
 * Whole words versus pieces of words. "xiaomi" is a whole word of "Xiaomi Auto" but only
 * the start of "Xiaoming": when a query names a company outright, matches that need the
 * query to be part of a longer word are another name and go below, labelled.
 * Korean attaches particles to a name (샤오미는, 샤오미가), so a Hangul word followed by a
 * particle is still that word; Han and kana have no word boundaries to respect.
 */
const PARTICLES = new Set(
  ('은 는 이 가 을 를 의 에 에서 에게 께 께서 와 과 도 로 으로 로서 으로서 로써 으로써 만 까지 부터 보다 처럼 같이 ' +
    '나 이나 랑 이랑 하고 한테 에는 에서는 에서도 에도 에선 으로는 로는 와의 과의 와도 과도 에서의 으로의 로의 ' +
    '이라는 라는 이란 란 이라고 라고 이며 며 이고 이다 이다 측 측은 측이 측의 측도 뿐 조차 마저 밖에')
    .split(' '),
);

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** ASCII letter or digit: where a Latin word can go on. */
export function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Han or kana: no spaces, so every position is a word boundary. */
export function isCjkChar(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Does index token `token` (which starts with `query`) hold `query` as a whole word? */
export function isWholeToken(token: string, query: string): boolean {
  if (token.length === query.length) return true;
  return isHangulSyllable(query.charCodeAt(query.length - 1)) && PARTICLES.has(token.slice(query.length));
}
