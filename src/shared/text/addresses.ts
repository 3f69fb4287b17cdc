/**
 * Addresses written in the text (URLs, e-mail addresses) are not prose: a company name
 * inside http://cn.technode.com/post/2017-11-15/xiaomi-buy/ or press@xiaomi.com is part of
 * an identifier, not a mention. Only asked about a match, on the folded (lower-case) text.
 */

/** Characters an address is written with (printable ASCII but for quotes and angle brackets). */
const isAddressChar = (c: number): boolean => c > 0x20 && c < 0x7f && c !== 0x22 && c !== 0x3c && c !== 0x3e;

/** scheme://…, www.…, a domain followed by a path (technode.com/post/…), user@domain.tld. */
const ADDRESS = /[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;

/** Longer addresses exist, but a name this far from any ':', '@' or '/' is not read as one. */
const REACH = 512;

/** Whether [start, end) of the folded code units lies inside an address written in the text. */
export function insideAddress(codes: Uint16Array, length: number, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < REACH && isAddressChar(codes[a - 1]!)) a--;
  let b = end;
  while (b < length && b - end < REACH && isAddressChar(codes[b]!)) b++;
  // Only the run of address characters around the match can hold the address.
  if (a === start && b === end) return false;
  const token = String.fromCharCode(...codes.subarray(a, b));
  if (!/[:@./]/.test(token)) return false;
  for (const m of token.matchAll(ADDRESS)) {
    if (a + m.index <= start && a + m.index + m[0].length >= end) return true;
  }
  return false;
}
