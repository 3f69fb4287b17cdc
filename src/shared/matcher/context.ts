/**
 * Context rules: what the text around a found alias must look like for it to be a mention.
 * Asked once per leftmost-longest match (never per character), on the folded code units,
 * after the boundary rules. A match they reject still takes up its text, like a negative
 * word: nothing inside it is marked either. Rules and reasons: docs/matching.md.
 */
import { insideAddress } from '../text/addresses';
import { isHangulSyllable, restIsParticles } from '../text/korean-suffixes';
import { isNumeral } from '../text/numerals';
import { isFunctionChar } from '../text/function-chars';
import { isHan, isHanOrKana } from '../text/scripts';
import { edgeInsideWord } from '../text/word-segments';

/** Lengths of the aliases of `company` that start at `from` and end by `limit`. */
export type SameCompanyAliases = (from: number, limit: number, company: number) => readonly number[];

/** Heads and particles never run longer (그룹에서부터는 is 7): a longer rest is another word. */
const MAX_KOREAN_REST = 16;

export function contextAllows(codes: Uint16Array, n: number, start: number, end: number, company: number, aliases: SameCompanyAliases): boolean {
  const first = codes[start]!;
  const last = codes[end - 1]!;
  const before = start > 0 ? codes[start - 1]! : -1;
  const after = end < n ? codes[end]! : -1;
  // Korean: the rest of the word after a Hangul name must be compound heads and particles.
  if (isHangulSyllable(last) && isHangulSyllable(after)) {
    let k = end;
    while (k < n && k - end <= MAX_KOREAN_REST && isHangulSyllable(codes[k]!)) k++;
    if (k - end > MAX_KOREAN_REST) return false;
    const rest = String.fromCharCode(...codes.subarray(end, k));
    if (!restIsParticles(rest, (i) => aliases(end + i, k, company))) return false;
  }
  // A name that starts with a numeral character, after a numeral, is part of a number: 三百度.
  if (isHan(first) && isNumeral(first) && isNumeral(before)) return false;
  if (insideAddress(codes, n, start, end)) return false;
  const checkStart = isHan(first) && isHanOrKana(before) && !isFunctionChar(before);
  const checkEnd = isHan(last) && isHanOrKana(after) && !isFunctionChar(after);
  return !((checkStart || checkEnd) && edgeInsideWord(codes, n, start, end, checkStart, checkEnd));
}
