/**
 * Builds the automaton payload from pattern entries (build time in node, or a benchmark).
 * Sorted patterns give the trie in depth-first order; for a trie with ordered children,
 * breadth-first order is that same lexicographic order stably sorted by depth.
 */
import { toBase64 } from './base64';
import type { PatternEntry } from './entries';
import { FORMAT, packInfo, type AutomatonPayload } from './payload';
import { buildScreenTable } from './screen-table';

export function buildAutomaton(entries: PatternEntry[]): AutomatonPayload {
  const sorted = [...entries].sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
  const char: number[] = [0];
  const depth: number[] = [0];
  const parent: number[] = [-1];
  const info = new Map<number, number>();
  const path = [0];
  let prev = '';
  for (const { pattern, company } of sorted) {
    let common = 0;
    while (common < prev.length && common < pattern.length && prev.charCodeAt(common) === pattern.charCodeAt(common)) common++;
    for (let d = common; d < pattern.length; d++) {
      const id = char.length;
      char.push(pattern.charCodeAt(d));
      depth.push(d + 1);
      parent.push(path[d]!);
      path[d + 1] = id;
    }
    info.set(path[pattern.length]!, packInfo(company, pattern));
    prev = pattern;
  }
  const n = char.length;
  // Counting sort by depth, stable: depth-first ids -> breadth-first ids.
  const perDepth: number[] = [];
  for (const d of depth) perDepth[d] = (perDepth[d] ?? 0) + 1;
  const firstAt: number[] = [];
  let acc = 0;
  for (let d = 0; d < perDepth.length; d++) {
    firstAt[d] = acc;
    acc += perDepth[d] ?? 0;
  }
  const bfs = new Int32Array(n);
  for (let id = 0; id < n; id++) bfs[id] = firstAt[depth[id]!]!++;

  const chars = new Uint16Array(n - 1);
  const degree = new Int32Array(n);
  for (let id = 1; id < n; id++) {
    chars[bfs[id]! - 1] = char[id]!;
    degree[bfs[parent[id]!]!]!++;
  }
  const degrees = new Uint8Array(n);
  const bigDegrees: number[] = [];
  for (let s = 0; s < n; s++) {
    const d = degree[s]!;
    degrees[s] = Math.min(d, 255);
    if (d >= 255) bigDegrees.push(d);
  }
  const outs = [...info].map(([id, v]) => [bfs[id]!, v] as const).sort((a, b) => a[0] - b[0]);
  const outputs = new Int32Array(outs.flat());
  const screen = buildScreenTable(sorted.map((e) => e.pattern));
  return {
    format: FORMAT,
    states: n,
    chars: toBase64(chars),
    degrees: toBase64(degrees),
    bigDegrees,
    outputs: toBase64(outputs),
    screen: toBase64(screen.bmp),
    astral: toBase64(screen.astral),
  };
}
