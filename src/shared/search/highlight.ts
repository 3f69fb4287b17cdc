/**
 * Turning a hit into the text to show and the [start, end) ranges to mark in it.
 * Ranges are found in the folded key and mapped back through `foldWithMap`, so
 * "Alibaba" is marked in "ALIBABA集团" and 美團 in 美團點評 even though the key is folded.
 */
import { foldWithMap, toOriginalRanges } from './normalise';

export interface Marked {
  text: string;
  ranges: Array<[number, number]>;
}

export function markKeyRange(text: string, keyRange: [number, number]): Marked {
  return { text, ranges: toOriginalRanges(foldWithMap(text), [keyRange]) };
}

/** Marks the first occurrence of each piece (query tokens); `found` counts how many were. */
export function markPieces(text: string, pieces: readonly string[]): Marked & { found: number } {
  const folded = foldWithMap(text);
  const keyRanges: Array<[number, number]> = [];
  for (const p of pieces) {
    const at = folded.key.indexOf(p);
    if (at >= 0) keyRanges.push([at, at + p.length]);
  }
  keyRanges.sort((a, b) => a[0] - b[0]);
  return { text, ranges: toOriginalRanges(folded, keyRanges), found: keyRanges.length };
}

const SNIPPET = 140;
const LEAD = 40;

/** Long texts (summaries) are cut to a window around the first mark, with ellipses. */
export function snippet(m: Marked): Marked {
  if (m.text.length <= SNIPPET) return m;
  const first = m.ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD);
  const space = m.text.lastIndexOf(' ', start);
  if (start > 0 && space > first - LEAD - 15 && space >= 0) start = space + 1;
  const end = Math.min(m.text.length, start + SNIPPET);
  const pre = start > 0 ? '…' : '';
  const text = pre + m.text.slice(start, end) + (end < m.text.length ? '…' : '');
  const shift = pre.length - start;
  const ranges = m.ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s + shift, e + shift] as [number, number]);
  return { text, ranges };
}
