/**
 * ICU's word dictionary (Intl.Segmenter, built into every supported browser and node) as a
 * veto for Han aliases: when the alias's first or last character sits strictly inside a
 * longer dictionary word, the reader sees that word, not the company (中华为 "China is",
 * 淘宝贝 "hunt for treasure", 百度参り a shrine custom). Asked only about matches, never
 * about the whole page, so the scan costs the same.
 */
import { isHanOrKana } from './scripts';

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  // One per frame, made on the first Han match. Without Intl.Segmenter the veto is off.
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}


/** How far each way the context window reaches (the dictionary's words are shorter). */
const REACH = 12;

/**
 * Whether the dictionary puts a word across `start` or across `end` in the folded units:
 * `checkStart`/`checkEnd` say which edges have a Han or kana neighbour worth asking about.
 */
export function edgeInsideWord(codes: Uint16Array, length: number, start: number, end: number, checkStart: boolean, checkEnd: boolean): boolean {
  const seg = wordSegmenter();
  if (!seg) return false;
  let a = start;
  while (a > 0 && start - a < REACH && isHanOrKana(codes[a - 1]!)) a--;
  let b = end;
  while (b < length && b - end < REACH && isHanOrKana(codes[b]!)) b++;
  const window = String.fromCharCode(...codes.subarray(a, b));
  for (const { index, segment } of seg.segment(window)) {
    const s = a + index;
    const e = s + segment.length;
    if (checkStart && s < start && start < e) return true;
    if (checkEnd && s < end && end < e) return true;
    if (s >= end) break;
  }
  return false;
}
